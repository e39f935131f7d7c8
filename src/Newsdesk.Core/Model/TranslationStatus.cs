namespace Newsdesk.Model;

/// <summary>Where a translation is on its way to the site.</summary>
public enum TranslationStatus
{
    /// <summary>Translated, waiting for the quality gate.</summary>
    Translated,
    /// <summary>Passed the gate (or approved by an editor) and live on the site.</summary>
    Published,
    /// <summary>Held by the gate for an editor, with its findings.</summary>
    Held,
    /// <summary>Rejected by the gate or an editor; not shown.</summary>
    Rejected,
    /// <summary>The engine failed for good (quota, unknown pair); the error says why. Segments already translated are kept.</summary>
    Failed,
}
