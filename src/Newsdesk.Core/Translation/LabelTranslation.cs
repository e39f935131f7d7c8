namespace Newsdesk.Translation;

/// <summary>What <see cref="LabelTranslator"/> gave: renderings by source name, and the engine's failure when it could not give them all.</summary>
/// <param name="Engine">The engine that translates the pair.</param>
/// <param name="Renderings">Each translated name (from the memory or the engine), by source name.</param>
/// <param name="Failure">Why some names are missing, or null.</param>
public sealed record LabelTranslation(string Engine, IReadOnlyDictionary<string, string> Renderings, EngineFailure? Failure);
