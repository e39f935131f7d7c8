using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Newsdesk.Model;
using Newsdesk.Tests.Engines;
using Newsdesk.Tests.Support;
using Newsdesk.Translation;
using Newsdesk.Translation.Apertium;

namespace Newsdesk.Tests.Translation;

/// <summary>
/// Property: whatever the text, no internal marker (a placeholder, a split or rewritten one) reaches the translation,
/// and text of the input that looks like a marker comes out exactly as written. Random articles full of look-alikes,
/// URLs, code, numbers, names and markup go through the whole pipeline with each engine adapter: Apertium for real
/// (fr->es, fr->ca), DeepL, LibreTranslate and an OpenAI-compatible server through their local fake servers.
/// </summary>
public sealed partial class MaskPropertyTests
{
    private const int Articles = 12;

    private static readonly string[] LookAlikes =
    [
        "ZQ1Z", "zq2z", "Zq13Z", "ZQ 4 Z", "zq5", "nrco.ZQ1Z.content", "{{rubedo.zq7z.page.title}}", "<x-k i=\"2\"/>", "</x-k>",
        "x-k", "data-k=\"3\"", "<span data-k=\"1\">", "zq1zzq2z", "(ZQ9Z)", "ZQ3Z",
    ];

    private static readonly string[] Words =
    [
        "le", "gouvernement", "a", "annoncé", "mardi", "un", "plan", "pour", "les", "écoles", "de", "la", "ville", "et", "du",
        "département", "selon", "syndicats", "budget", "ne", "dépassera", "pas", "travaux", "commenceront", "avant", "maire",
        "rappelé", "que", "site", "page", "modèle", "affiche", "titre", "contenu", "vide", "erreur", "serveur",
    ];

    private static readonly string[] Others =
    [
        "https://example.org/zq1z/page?id=3&x=ZQ2Z", "www.example.com/a.b.c", "contact@example.org", "{{ page.title }}",
        "$('#main').hide();", "var x = a.b(c);", "rubedo.current.page.title", "3,5 %", "12 millions d'euros", "1 250 000 €",
        "le 5 mai 2016", "8 h 30", "Jean Dupont", "Marie-Anne Martin", "SoftBank", "M-A. Pioerron", "C.Turpin", "2024", "n° 7",
    ];

    /// <summary>A random paragraph of inline HTML: words, look-alikes, code and figures, some of it in well-nested markup.</summary>
    private static string Paragraph(Random random)
    {
        var parts = new List<string>();
        var count = random.Next(8, 30);
        for (var i = 0; i < count; i++)
        {
            var roll = random.Next(10);
            var piece = roll switch
            {
                < 2 => InlineHtml.Encode(LookAlikes[random.Next(LookAlikes.Length)]),
                < 4 => InlineHtml.Encode(Others[random.Next(Others.Length)]),
                _ => Words[random.Next(Words.Length)],
            };
            var wrap = random.Next(12);
            piece = wrap switch
            {
                0 => $"<b>{piece}</b>",
                1 => $"<em>{piece} {Words[random.Next(Words.Length)]}</em>",
                2 => $"<a href=\"https://example.org/{random.Next(100)}/zq{random.Next(9)}z\">{piece}</a>",
                _ => piece,
            };
            parts.Add(piece);
        }
        var text = string.Join(' ', parts);
        return char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }

    private static ExtractedArticle Article(int seed)
    {
        var random = new Random(seed);
        return new ExtractedArticle
        {
            Title = InlineHtml.ToText(Paragraph(random)),
            Language = LanguageTag.Parse("fr"),
            Blocks = Enumerable.Range(0, random.Next(2, 6)).Select(_ => Paragraph(random))
                .Select(html => new ArticleBlock(BlockType.Paragraph, InlineHtml.ToText(html), html)).ToList(),
        };
    }

    /// <summary>Every look-alike of the text, as written, in order of appearance.</summary>
    private static List<string> Markers(string text) => MarkerPattern().Matches(text).Select(m => m.Value).ToList();

    private static async Task AssertNoMarkerLeaksAsync(ITranslationEngine engine, string target)
    {
        var translator = new ArticleTranslator(new TranslationEngineRegistry([engine]), new DictionaryTranslationMemory(), new RecordingTimeProvider());
        for (var seed = 1; seed <= Articles; seed++)
        {
            var article = Article(seed);
            var result = await translator.TranslateAsync(new ArticleTranslationRequest(article, LanguageTag.Parse(target)),
                TestContext.Current.CancellationToken);

            Assert.True(result.IsComplete, $"seed {seed}: {string.Join("; ", result.Failures)}\n{string.Join("\n", article.Blocks.Select(b => b.Html))}\n{string.Join("\n", result.Failures.Select(f => f.EngineMessage))}");
            var sources = new[] { article.Title }.Concat(article.Blocks.Select(b => b.Text)).ToList();
            var targets = new[] { result.Article.Title }.Concat(result.Article.Blocks.Select(b => b.Text)).ToList();
            for (var i = 0; i < sources.Count; i++)
            {
                var expected = Markers(sources[i]).Order(StringComparer.Ordinal).ToList();
                var actual = Markers(targets[i]).Order(StringComparer.Ordinal).ToList();
                Assert.True(expected.SequenceEqual(actual),
                    $"seed {seed}, segment {i}: markers {string.Join(" | ", expected)} came out as {string.Join(" | ", actual)}\n{sources[i]}\n{targets[i]}");
                foreach (var lookAlike in LookAlikes.Where(l => sources[i].Contains(l, StringComparison.Ordinal)))
                {
                    Assert.True(targets[i].Contains(lookAlike, StringComparison.Ordinal), $"seed {seed}, segment {i}: '{lookAlike}' lost\n{sources[i]}\n{targets[i]}");
                }
            }
            foreach (var block in result.Article.Blocks)
            {
                // Nor in the markup that is stored: no x-k element, no data-k attribute, no token in a link.
                Assert.DoesNotMatch(@"<[^>]*(?:x-k|data-k)", block.Html ?? "");
            }
        }
    }

    [Theory]
    [InlineData("es")]
    [InlineData("ca")]
    public async Task Apertium_RandomTextFullOfLookAlikes_NoMarkerLeaksAndLookAlikesKept(string target) =>
        await AssertNoMarkerLeaksAsync(new ApertiumCommandEngine(new ApertiumOptions()), target);

    [Fact]
    public async Task DeepL_RandomTextFullOfLookAlikes_NoMarkerLeaksAndLookAlikesKept()
    {
        await using var server = await DeepLEngineTests.StartDeepLAsync();
        await AssertNoMarkerLeaksAsync(DeepLEngineTests.Engine(server), "de");
    }

    [Fact]
    public async Task LibreTranslate_RandomTextFullOfLookAlikes_NoMarkerLeaksAndLookAlikesKept()
    {
        await using var server = await LibreTranslateEngineTests.StartAsync();
        await AssertNoMarkerLeaksAsync(LibreTranslateEngineTests.Engine(server), "de");
    }

    [Fact]
    public async Task OpenAI_RandomTextFullOfLookAlikes_NoMarkerLeaksAndLookAlikesKept()
    {
        await using var server = await FakeChatServer.StartAsync(call => ChatReply.Segments(call.Segments.Select(German)));
        await AssertNoMarkerLeaksAsync(OpenAIEngineTests.Engine(server), "de");
    }

    /// <summary>A stand-in German translation: every tag and placeholder kept in place, the text between them in German words of about its length.</summary>
    private static string German(string html)
    {
        const string filler = "die Stadt hat am Montag einen neuen Plan für die Schulen des Landes vorgestellt und der Bürgermeister sagte dazu nichts ";
        var builder = new StringBuilder();
        var offset = 0;
        foreach (var (isTag, value) in InlineHtml.Tokenize(html))
        {
            if (isTag || !value.Any(char.IsLetter))
            {
                builder.Append(value);
                continue;
            }
            var length = InlineHtml.ToText(value).Length;
            var words = new StringBuilder();
            while (words.Length < length)
            {
                var next = filler.IndexOf(' ', offset % filler.Length);
                words.Append(filler, offset % filler.Length, next - offset % filler.Length + 1);
                offset = (next + 1) % filler.Length;
            }
            builder.Append(value[0] == ' ' ? " " : "").Append(words.ToString().Trim()).Append(value[^1] == ' ' ? " " : "");
        }
        return builder.ToString().Trim().TrimEnd('.') + ".";
    }

    [GeneratedRegex(@"zq\s?\d+(?:\s?z)?|(?<![\p{L}\p{N}])(?:x-k|data-k)(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MarkerPattern();
}
