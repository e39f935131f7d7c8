namespace Newsdesk.Demo;

/// <summary>A demo content file is malformed; the message names the file and the line.</summary>
public sealed class DemoContentException : FormatException
{
    public DemoContentException(string file, int line, string problem)
        : base($"{file}, line {line}: {problem}")
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    public DemoContentException()
    {
        File = "";
        Problem = "";
    }

    public DemoContentException(string message) : base(message)
    {
        File = "";
        Problem = message;
    }

    public DemoContentException(string message, Exception innerException) : base(message, innerException)
    {
        File = "";
        Problem = message;
    }

    public string File { get; }

    /// <summary>1-based line number in the file.</summary>
    public int Line { get; }

    public string Problem { get; }
}
