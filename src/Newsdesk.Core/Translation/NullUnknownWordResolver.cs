namespace Newsdesk.Translation;

/// <summary>Mends nothing: unknown words stay as the engine left them (and the gate holds them).</summary>
public sealed class NullUnknownWordResolver : IUnknownWordResolver
{
    public static NullUnknownWordResolver Instance { get; } = new();

    public UnknownWordRendering? Resolve(LanguagePair pair, string word) => null;
}
