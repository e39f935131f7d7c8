using System.Globalization;
using Newsdesk.Model;

namespace Newsdesk.Translation;

/// <summary>
/// Translates short names (a site's section and topic names) through the translation memory, then the engine the registry
/// picks for the pair, and remembers what the engine gave, so each name costs one engine call per language ever.
/// Names are kept apart from article segments in the memory (their own glossary slot): "Culture" as a section heading is
/// not the sentence "Culture.".
/// </summary>
public sealed class LabelTranslator(TranslationEngineRegistry engines, ITranslationMemory memory)
{
    /// <summary>The memory's glossary-version slot for names.</summary>
    public const string MemorySlot = "site-label";

    /// <summary>The names' renderings (every name, or a failure), and the engine that gave them.</summary>
    public async Task<LabelTranslation> TranslateAsync(LanguagePair pair, IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        var engine = await engines.ResolveAsync(pair, null, cancellationToken);
        var wanted = names.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var keys = wanted.ToDictionary(n => n, n => new TranslationMemoryKey(pair.Source, pair.Target, engine.Name, MemorySlot, TranslationMemoryKey.Hash(n)),
            StringComparer.Ordinal);
        var found = await memory.GetManyAsync(keys.Values.ToList(), cancellationToken);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in wanted)
        {
            if (found.TryGetValue(keys[name], out var hit) && hit.TargetHtml.Length > 0)
            {
                result[name] = hit.TargetHtml;
            }
        }
        var missing = wanted.Where(n => !result.ContainsKey(n)).ToList();
        if (missing.Count == 0)
        {
            return new LabelTranslation(engine.Name, result, null);
        }
        var answer = await engine.TranslateAsync(new TranslationBatch(pair, missing.Select(InlineHtml.Encode).ToList()), cancellationToken);
        if (!answer.IsSuccess || answer.Segments.Count != missing.Count)
        {
            return new LabelTranslation(engine.Name, result, answer.Failure
                ?? new EngineFailure(engine.Name, FailureKind.Transient, $"answered {answer.Segments.Count} name(s) for {missing.Count}"));
        }
        var fresh = new List<TranslationMemoryEntry>();
        for (var i = 0; i < missing.Count; i++)
        {
            var name = missing[i];
            var rendering = Clean(answer.Segments[i], name);
            if (rendering.Length == 0)
            {
                continue;
            }
            result[name] = rendering;
            fresh.Add(new TranslationMemoryEntry(keys[name], name, rendering));
        }
        await memory.PutManyAsync(fresh, cancellationToken);
        return new LabelTranslation(engine.Name, result, null);
    }

    /// <summary>The engine's answer as a plain name: no markup, no unknown-word marks, one line, capitalised as the source was.</summary>
    public static string Clean(string answer, string source)
    {
        var text = InlineHtml.Decode(answer).Replace('\n', ' ').Replace('\r', ' ').Trim();
        // Apertium marks words it does not know (*, #, @) when asked to; a name never starts a word with them.
        text = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimStart('*', '#', '@')))
            .Trim().TrimEnd('.');
        if (text.Length > 0 && source.Length > 0 && char.IsUpper(source[0]) && char.IsLower(text[0]))
        {
            text = char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
        }
        return text;
    }
}
