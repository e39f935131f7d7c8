namespace Newsdesk.Translation;

/// <summary>One machine-translation engine behind one adapter (Apertium, DeepL, LibreTranslate, an OpenAI-compatible LLM).</summary>
public interface ITranslationEngine
{
    /// <summary>Short lower-case name used in configuration, on the command line and in the translation memory key.</summary>
    string Name { get; }

    EngineCapabilities Capabilities { get; }

    /// <summary>The pairs this engine translates (installed modes, a languages endpoint or configuration).</summary>
    Task<IReadOnlyCollection<LanguagePair>> GetPairsAsync(CancellationToken cancellationToken);

    /// <summary>Translates the batch's segments in one call (or as few as the engine allows); never throws for engine errors.</summary>
    Task<EngineResult> TranslateAsync(TranslationBatch batch, CancellationToken cancellationToken);
}
