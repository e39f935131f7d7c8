namespace Newsdesk.Translation;

/// <summary>No installed engine translates the requested pair, or the named engine does not exist or lacks the pair.</summary>
public sealed class TranslationUnavailableException : Exception
{
    public TranslationUnavailableException()
    {
    }

    public TranslationUnavailableException(string message)
        : base(message)
    {
    }

    public TranslationUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
