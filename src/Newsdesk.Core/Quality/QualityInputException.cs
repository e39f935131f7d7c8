namespace Newsdesk.Quality;

/// <summary>The input cannot be checked at all (binary, too large, unknown language); the message says why.</summary>
public sealed class QualityInputException : Exception
{
    public QualityInputException(string message)
        : base(message)
    {
    }

    public QualityInputException()
    {
    }

    public QualityInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
