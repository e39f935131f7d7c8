using System.Globalization;
using Newsdesk.Model;
using Newsdesk.Storage;

namespace Newsdesk.Publishing;

/// <summary>
/// Finds an article's topics: places from the gazetteer (one topic across languages), people and organisations as
/// capitalised multi-word names ("Elon Musk", "Mistral AI Group"), and the source's section and tags.
/// Pure and deterministic; the publisher stores what it returns.
/// </summary>
public sealed class TopicExtractor(Gazetteer gazetteer)
{
    private static readonly HashSet<string> OrgWords = TopicData.Words("org-words.txt");
    private static readonly HashSet<string> StopWords = TopicData.Words("name-stopwords.txt");
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "de", "del", "della", "di", "da", "do", "dos", "van", "von", "der", "den", "y", "i", "al", "bin", "ben", "la", "le", "du", "des",
    };

    /// <summary>How many names at most become topics (the most mentioned, headline names first).</summary>
    public const int MaxNames = 8;

    public TopicExtractor()
        : this(Gazetteer.Default)
    {
    }

    /// <summary>Topics of one text in one language: labels are in that language (places get every language's name).</summary>
    public IReadOnlyList<TopicDraft> Extract(LanguageTag language, string title, string text, string? section = null, IEnumerable<string>? tags = null)
    {
        var lang = language.Language;
        var found = new Dictionary<string, TopicDraft>(StringComparer.Ordinal);
        void Add(string key, string kind, IReadOnlyDictionary<string, string> labels, int weight)
        {
            found[key] = found.TryGetValue(key, out var had)
                ? had with { Weight = had.Weight + weight }
                : new TopicDraft(key, kind, labels, weight);
        }

        var full = title + "\n" + text;
        var placeSpans = new List<(int Start, int End)>();
        foreach (var (key, index, length) in gazetteer.Find(full))
        {
            // A place in the headline counts more than one in passing.
            Add("place:" + key, "place", gazetteer.Labels(key), index < title.Length ? 3 : 1);
            placeSpans.Add((index, index + length));
        }

        var names = new Dictionary<string, (int Count, bool InTitle)>(StringComparer.Ordinal);
        foreach (var (name, start, end) in CapitalisedNames(full))
        {
            if (placeSpans.Any(p => p.Start < end && start < p.End) || gazetteer.KeyOf(name) is not null)
            {
                continue;
            }
            var had = names.GetValueOrDefault(name);
            names[name] = (had.Count + 1, had.InTitle || start < title.Length);
        }
        foreach (var (name, (count, inTitle)) in names.OrderByDescending(n => n.Value.InTitle).ThenByDescending(n => n.Value.Count)
                     .ThenBy(n => n.Key, StringComparer.Ordinal).Take(MaxNames))
        {
            var words = name.Split(' ');
            var kind = words.Any(OrgWords.Contains) ? "organisation" : words.Length <= 3 && words.All(w => !Connectors.Contains(w)) ? "person" : "name";
            Add("name:" + Slug.From(name), kind, new Dictionary<string, string> { [lang] = name }, count + (inTitle ? 2 : 0));
        }

        foreach (var (label, kind) in (tags ?? []).Select(t => (t, "tag")).Prepend((section ?? "", "section")))
        {
            var clean = label.Trim();
            if (clean.Length is < 2 or > 80)
            {
                continue;
            }
            if (gazetteer.KeyOf(clean) is { } place)
            {
                Add("place:" + place, "place", gazetteer.Labels(place), 1);
                continue;
            }
            var slug = Slug.From(clean);
            if (slug.Length == 0)
            {
                continue;
            }
            // A tag that names a person found in the text is that person's topic.
            Add("name:" + slug, found.TryGetValue("name:" + slug, out var same) ? same.Kind : kind,
                new Dictionary<string, string> { [lang] = Capitalise(clean) }, 1);
        }
        return found.Values.ToList();
    }

    /// <summary>Sections and tags are words of the source's language, translated per edition; other topics are names.</summary>
    public static bool IsTranslatedKind(string kind) => kind is "section" or "tag";

    /// <summary>Merges topic lists from several languages of one article: labels are united, weights add up.</summary>
    public static IReadOnlyList<TopicDraft> Merge(IEnumerable<IReadOnlyList<TopicDraft>> lists, IEnumerable<LanguageTag> editions)
    {
        var merged = new Dictionary<string, (string Kind, Dictionary<string, string> Labels, int Weight)>(StringComparer.Ordinal);
        foreach (var topic in lists.SelectMany(l => l))
        {
            if (!merged.TryGetValue(topic.Key, out var had))
            {
                had = (topic.Kind, new Dictionary<string, string>(StringComparer.Ordinal), 0);
            }
            foreach (var (lang, label) in topic.Labels)
            {
                had.Labels.TryAdd(lang, label);
            }
            merged[topic.Key] = (had.Kind, had.Labels, had.Weight + topic.Weight);
        }
        // Every edition the article is in needs a label to link to, even when the topic was only found in another language:
        // a name is written the same in every language. A section or tag is a word of the source's language, named in
        // another edition only by its translation (ISiteStore.SetSiteLabelAsync), never by the source's word.
        var langs = editions.Select(e => e.Language).Distinct().ToList();
        foreach (var (_, (kind, labels, _)) in merged)
        {
            if (IsTranslatedKind(kind))
            {
                continue;
            }
            var fallback = labels.Values.First();
            foreach (var lang in langs)
            {
                labels.TryAdd(lang, fallback);
            }
        }
        return merged.Select(kv => new TopicDraft(kv.Key, kv.Value.Kind, kv.Value.Labels, kv.Value.Weight))
            .OrderByDescending(t => t.Weight).ThenBy(t => t.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>Runs of two or more capitalised words ("Elon Musk", "Banco de España"), without a leading stop word.</summary>
    internal static IEnumerable<(string Name, int Start, int End)> CapitalisedNames(string text)
    {
        var words = new List<(string Word, int Start, int End, bool SentenceStart)>();
        var i = 0;
        var sentenceStart = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '-' && i + 1 < text.Length && char.IsLetter(text[i + 1])
                           || CharUnicodeInfo.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark))
                {
                    i++;
                }
                words.Add((text[start..i], start, i, sentenceStart));
                sentenceStart = false;
                continue;
            }
            if (c is '.' or '!' or '?' or '\n' or ':' or '«' or '»' or '"' or '“' or '”' or '(' or ')' or ',' or ';' or '—' or '–')
            {
                // Punctuation breaks a name; sentence ends also make the next word's capital meaningless.
                if (c is '.' or '!' or '?' or '\n' or ':')
                {
                    sentenceStart = true;
                }
                words.Add(("", i, i, false));
            }
            else if (c is '\'' or '’')
            {
                words.Add(("", i, i, false)); // elision: "l'Élysée" starts a new word
            }
            i++;
        }

        var run = new List<(string Word, int Start, int End)>();
        words.Add(("", text.Length, text.Length, false));
        foreach (var w in words)
        {
            var isCap = w.Word.Length > 1 && char.IsUpper(w.Word[0]) && !(w.SentenceStart && StopWords.Contains(w.Word)) && !StopWords.Contains(w.Word);
            if (isCap)
            {
                run.Add((w.Word, w.Start, w.End));
                continue;
            }
            if (w.Word.Length > 0 && Connectors.Contains(w.Word) && run.Count > 0)
            {
                run.Add((w.Word, w.Start, w.End));
                continue;
            }
            while (run.Count > 0 && Connectors.Contains(run[^1].Word))
            {
                run.RemoveAt(run.Count - 1);
            }
            if (run.Count >= 2 && run.Count <= 5)
            {
                yield return (string.Join(' ', run.Select(r => r.Word)), run[0].Start, run[^1].End);
            }
            run.Clear();
        }
    }

    private static string Capitalise(string s) =>
        s.Length == 0 || char.IsUpper(s[0]) ? s : char.ToUpper(s[0], CultureInfo.InvariantCulture) + s[1..];
}
