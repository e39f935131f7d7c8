namespace Newsdesk.Translation;

/// <summary>Why a span of source text was kept away from the engine.</summary>
public enum ProtectedSpanKind
{
    Url,
    Email,
    Date,
    Amount,
    Percent,
    Number,
    DoNotTranslate,
    GlossaryRendering,
    Name,
}
