using Newsdesk.Model;
using Newsdesk.Translation;

namespace Newsdesk.Tests.Support;

/// <summary>
/// Test double of an engine: "translates" by upper-casing text outside tags (so placeholders and markup survive
/// the way a well-behaved engine keeps them), or answers with scripted failures first.
/// </summary>
public sealed class ScriptedEngine : ITranslationEngine
{
    private readonly Queue<Func<TranslationBatch, EngineResult?>> _script = new();

    public ScriptedEngine(string name = "scripted", params string[] pairs)
    {
        Name = name;
        Pairs = pairs.Length == 0 ? [LanguagePair.Parse("fr->de"), LanguagePair.Parse("fr->es"), LanguagePair.Parse("fr->en")] : pairs.Select(LanguagePair.Parse).ToList();
    }

    public string Name { get; }

    public IReadOnlyCollection<LanguagePair> Pairs { get; }

    public EngineCapabilities Capabilities { get; init; } = new();

    public List<TranslationBatch> Calls { get; } = [];

    /// <summary>Rewrites each translated segment (default: upper-case the text, keep tags).</summary>
    public Func<string, string> Translate { get; init; } = UpperText;

    /// <summary>Queues a scripted answer for the next call (null from the function means: translate normally).</summary>
    public ScriptedEngine Then(Func<TranslationBatch, EngineResult?> answer)
    {
        _script.Enqueue(answer);
        return this;
    }

    public Task<IReadOnlyCollection<LanguagePair>> GetPairsAsync(CancellationToken cancellationToken) => Task.FromResult(Pairs);

    public Task<EngineResult> TranslateAsync(TranslationBatch batch, CancellationToken cancellationToken)
    {
        Calls.Add(batch);
        if (_script.TryDequeue(out var answer) && answer(batch) is { } scripted)
        {
            return Task.FromResult(scripted);
        }
        var cost = new TranslationCost(batch.SourceCharacters, 0, 0, 1);
        return Task.FromResult(EngineResult.Success(batch.Segments.Select(Translate).ToList(), cost));
    }

    public static string UpperText(string html) =>
        string.Concat(InlineHtml.Tokenize(html).Select(t => t.IsTag ? t.Value : t.Value.ToUpperInvariant()));

    public static LanguageTag Tag(string value) => LanguageTag.Parse(value);
}
