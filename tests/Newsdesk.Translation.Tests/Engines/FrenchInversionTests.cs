using System.Text.RegularExpressions;
using Newsdesk.Model;
using Newsdesk.Tests.Support;
using Newsdesk.Translation;
using Newsdesk.Translation.Apertium;

namespace Newsdesk.Tests.Engines;

/// <summary>
/// French subject inversion ("a-t-il déclaré") glued words together in Apertium's output ("hadeclarado"); the pronoun is
/// put before its verb before the text goes to Apertium. The property test runs every paragraph of the demo's French
/// articles through the real `apertium` and looks for words glued or cut in the output.
/// </summary>
public sealed partial class FrenchInversionTests
{
    [Theory]
    [InlineData("Le maire a-t-il déclaré la guerre ?", "Le maire il a déclaré la guerre ?")]
    [InlineData("« Non », dit-il.", "« Non », il dit.")]
    [InlineData("Va-t-elle partir ?", "Elle va partir ?")]
    [InlineData("Y a-t-il un problème ?", "Il y a un problème ?")]
    [InlineData("N'est-il pas trop tard ?", "Il n'est pas trop tard ?")]
    [InlineData("« Oui », l'a-t-elle assuré.", "« Oui », elle l'a assuré.")]
    [InlineData("Peut-être viendra-t-on.", "Peut-être on viendra.")]
    [InlineData("Jean-Pierre et Marie-Claire sont arrivés peut-être hier, c'est-à-dire mardi.", "Jean-Pierre et Marie-Claire sont arrivés peut-être hier, c'est-à-dire mardi.")]
    [InlineData("<b>Pourquoi</b> sont-ils <i>partis</i> ?", "<b>Pourquoi</b> ils sont <i>partis</i> ?")]
    public void Undo_InvertedSubject_PutBeforeTheVerb(string french, string expected) =>
        Assert.Equal(expected, FrenchInversion.Undo(french));

    [Theory]
    [InlineData("fr->es", "Le maire a-t-il déclaré la fin des travaux ?", "ha declarado")]
    [InlineData("fr->es", "« Nous continuerons », a-t-elle répondu.", "ha respondido")]
    [InlineData("fr->ca", "Va-t-elle partir demain ?", "marxar")]
    public async Task TranslateAsync_InvertedSubject_NoWordsGlued(string pair, string french, string expected)
    {
        var engine = new ApertiumCommandEngine(new ApertiumOptions());
        var result = await engine.TranslateAsync(new TranslationBatch(LanguagePair.Parse(pair), [french]), TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess, result.Failure?.Message);
        Assert.Contains(expected, result.Segments[0], StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\b(?:hadeclarado|harespondido|Vaa)\b|\p{L}-(?=[\s.,;:!?»]|$)", result.Segments[0]);
    }

    /// <summary>Every paragraph of the demo's French articles, through fr->es and fr->ca: no glued or cut words.</summary>
    [Theory]
    [InlineData("fr->es")]
    [InlineData("fr->ca")]
    public async Task TranslateAsync_DemoArticles_NoOutputWordGluedOrCut(string pair)
    {
        var paragraphs = DemoParagraphs().ToList();
        Assert.True(paragraphs.Count > 100, $"only {paragraphs.Count} paragraphs found under {DemoContent()}");
        var engine = new ApertiumCommandEngine(new ApertiumOptions());
        var result = await engine.TranslateAsync(new TranslationBatch(LanguagePair.Parse(pair), paragraphs), TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess, result.Failure?.Message);
        // A real word of the target that looks glued ("hablado", "helicòpter") is not: the target's Hunspell knows it.
        using var spelling = new Newsdesk.Quality.Spelling.SpellCheckerProvider();
        var dictionary = spelling.Get(LanguagePair.Parse(pair).Target.Language, out var problem) ?? throw new InvalidOperationException(problem);
        var glued = result.Segments.SelectMany(Glued).Where(w => w.EndsWith('-') || !dictionary.IsCorrect(w)).ToList();
        Assert.True(glued.Count == 0, "glued or cut words: " + string.Join(", ", glued));
    }

    /// <summary>An auxiliary glued to a participle ("hadeclarado", "vaanar"), or a word cut at a hyphen ("dice-").</summary>
    private static IEnumerable<string> Glued(string text) =>
        GluedAuxiliary().Matches(text).Select(m => m.Value).Concat(CutAtHyphen().Matches(text).Select(m => m.Value));

    [GeneratedRegex(@"\b(?:ha|han|he|has|hemos|habéis|había|habían|hi ha|va|van|vaig|vas)(?:[a-zà-ú]{2,})(?:ado|ido|ados|idos|ada|ida|at|it|ut|ar|er|ir)\b")]
    private static partial Regex GluedAuxiliary();

    [GeneratedRegex(@"\b\p{L}+-(?=[\s.,;:!?»)]|$)")]
    private static partial Regex CutAtHyphen();

    private static string DemoContent()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var content = Path.Combine(dir.FullName, "src", "Newsdesk.Demo", "Content");
            if (Directory.Exists(content))
            {
                return content;
            }
        }
        throw new DirectoryNotFoundException("src/Newsdesk.Demo/Content not found above " + AppContext.BaseDirectory);
    }

    private static IEnumerable<string> DemoParagraphs() =>
        Directory.EnumerateFiles(DemoContent(), "*.txt")
            .SelectMany(File.ReadLines)
            .Select(l => l.Trim())
            .Where(l => l.Length > 40 && !l.Contains(':', StringComparison.Ordinal) || l.Contains("-t-", StringComparison.Ordinal));
}
