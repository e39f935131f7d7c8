namespace Newsdesk.Processing;

/// <summary>The names of the pipeline's steps, as stored on jobs.</summary>
public static class JobKinds
{
    public const string FetchSource = "source.fetch";
    public const string FetchPage = "page.fetch";
    public const string ExtractPage = "page.extract";
    public const string Translate = "article.translate";
    public const string Check = "translation.check";
    public const string Publish = "translation.publish";

    /// <summary>A diagnostic job that only records that it ran (used to prove jobs run exactly once across processes).</summary>
    public const string Probe = "probe";
}
