namespace Newsdesk.Translation.OpenAI;

/// <summary>What is wrong with one translated segment, found before anything of the answer is used.</summary>
/// <param name="Code">Stable name of the fault: "wrong-language", "refusal", "note", "too-short", "placeholder-missing",
/// "placeholder-doubled", "placeholder-unknown", "placeholder-nesting", "markup-nesting".</param>
/// <param name="Reason">The fault in words, phrased to follow "because" (it goes into the retry prompt and the failure message).</param>
internal sealed record SegmentFault(string Code, string Reason);
