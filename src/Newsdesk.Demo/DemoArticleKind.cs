namespace Newsdesk.Demo;

/// <summary>How a demo article is presented.</summary>
public enum DemoArticleKind
{
    Standard,
    /// <summary>A live blog: the body is a run of timed entries, newest shown first.</summary>
    Live,
    /// <summary>A subscriber article: the page shows only the first blocks and a paywall box.</summary>
    Paywalled,
}
