using Newsdesk.Model;
using Newsdesk.Translation;
using Newsdesk.Translation.Apertium;

namespace Newsdesk.Tests.Engines;

/// <summary>
/// Words fr-es does not know, looked up through Apertium's installed fra-cat and spa-cat dictionaries (the Debian
/// packages scripts/test installs): analyser, bilingual dictionary and generator of each, run as resident lt-proc
/// programs.
/// </summary>
public sealed class ApertiumWordResolverTests : IDisposable
{
    private static readonly LanguagePair FrEs = LanguagePair.Parse("fr->es");
    private readonly ApertiumWordResolver _resolver = new();

    public void Dispose() => _resolver.Dispose();

    [Fact]
    public void PivotOf_FrenchToSpanish_IsCatalan() => Assert.Equal("ca", _resolver.PivotOf(FrEs));

    [Theory]
    [InlineData("flotteurs", "flotadores")] // plural noun: generated plural
    [InlineData("usagers", "usuarios")]
    [InlineData("rénové", "renovado")] // past participle
    [InlineData("enneigé", "nevado")] // an adjective whose Catalan word reads as a participle
    [InlineData("turbines", "turbinas")] // noun, not "tu turbines"
    [InlineData("longeait", "bordeaba")] // finite verb: third person imperfect
    [InlineData("Usagers", "Usuarios")] // capital kept
    public void Resolve_WordFrEsDoesNotKnow_InflectedLikeTheSource(string word, string expected)
    {
        var found = _resolver.Resolve(FrEs, word);

        Assert.NotNull(found);
        Assert.Equal(expected, found.Rendering);
        Assert.Contains("fra-cat", found.Evidence, StringComparison.Ordinal);
        Assert.Contains("cat-spa", found.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("posidonie")] // unknown to fra-cat too
    [InlineData("endémique")] // adjective of either gender: the Spanish form depends on the noun
    [InlineData("plaisance")] // feminine in French, its rendering masculine: the engine's article would not agree
    [InlineData("stroboscopiques")] // plural adjective of either gender
    [InlineData("premier")] // an ordinal: "primer" or "primero" by what follows
    [InlineData("racle")] // five readings of "racler" whose Spanish forms differ by person and mood
    public void Resolve_NoSafeRendering_GivesNone(string word) => Assert.Null(_resolver.Resolve(FrEs, word));

    [Theory]
    [InlineData("hydroélectriques", "centrales", "hidroeléctricas")] // either gender in French: the noun's (central <n, f, pl>)
    [InlineData("endémique", "especie", "endémica")]
    [InlineData("endémique", "pez", "endémico")]
    [InlineData("lyonnais", "entrenador", "lionés")] // singular or plural in French: the noun's
    [InlineData("lyonnais", "clubes", "lioneses")]
    public void Resolve_FormLeftToTheContext_AgreesWithTheWordBefore(string word, string before, string expected) =>
        Assert.Equal(expected, _resolver.Resolve(FrEs, word, before)?.Rendering);

    [Theory]
    [InlineData("enneigé", "cumbre", "nevada")] // "sommet" is masculine, the engine's "cumbre" feminine: the noun's gender
    [InlineData("enneigé", "paso", "nevado")]
    public void Resolve_AdjectiveAfterANounThatChangedGender_TakesTheNounsGender(string word, string before, string expected) =>
        Assert.Equal(expected, _resolver.Resolve(FrEs, word, before)?.Rendering);

    [Theory]
    [InlineData("ferré", false)] // Spanish Hunspell knows it (a verb form), Apertium's Spanish does not
    [InlineData("pic", false)]
    [InlineData("honorable", true)] // left by fr-es, but Spanish too
    [InlineData("inclinables", true)]
    public void IsTargetWord_WordLeftByTheEngine_AsTheTargetAnalyserKnowsIt(string word, bool expected) =>
        Assert.Equal(expected, _resolver.IsTargetWord(FrEs, word));

    [Theory]
    [InlineData("Tain-el")]
    [InlineData("CO2")]
    public void IsTargetWord_NotADictionaryWord_CannotTell(string word) => Assert.Null(_resolver.IsTargetWord(FrEs, word));

    [Theory]
    [InlineData("enneigé", "cumbres")] // singular in French, the word before plural
    [InlineData("ferré", "cobertura")] // two renderings through Catalan ("ferri", "ferrat")
    public void Resolve_AdjectiveWithoutAnAgreeingForm_GivesNone(string word, string before) =>
        Assert.Null(_resolver.Resolve(FrEs, word, before));

    [Theory]
    [InlineData("enneigé", "nevado", "cumbre", true)]
    [InlineData("enneigé", "nevada", "cumbre", false)]
    [InlineData("hydroélectriques", "hidroeléctricas", "centrales", false)]
    [InlineData("hydroélectriques", "hidroeléctricos", "centrales", true)]
    [InlineData("ferré", "ferrado", "cobertura", true)] // unknown to the Spanish analyser: read as the original, masculine
    [InlineData("érosion", "erosión", "el", false)] // a noun: the article is mended, not the noun
    [InlineData("enneigé", "nevado", "con", false)] // a preposition says nothing
    public void Disagrees_AdjectiveAndTheWordBefore_ByGenderAndNumber(string word, string rendering, string before, bool expected) =>
        Assert.Equal(expected, _resolver.Disagrees(FrEs, word, rendering, before));

    [Theory]
    [InlineData("endémique", "flores")] // singular in French, the word before plural: not the noun it agrees with
    [InlineData("endémique", "con")] // a preposition says nothing
    [InlineData("hydroélectriques", "luces")] // "luces" is also a verb form
    [InlineData("endémique", "")]
    [InlineData("endémique", "[especie]")]
    [InlineData("endémique", "especie\0")]
    public void Resolve_WordBeforeDoesNotDecide_GivesNone(string word, string before) =>
        Assert.Null(_resolver.Resolve(FrEs, word, before));

    [Theory]
    [InlineData("Marseille")] // a name
    [InlineData("CO2")]
    [InlineData("après-midi")]
    [InlineData("aujourd'hui")]
    [InlineData("^flotteurs$")]
    [InlineData("[flotteurs]")] // a superblank in Apertium's format
    [InlineData("flot\0teurs")]
    [InlineData("flotteurs\nusagers")]
    public void Resolve_NamesCompoundsAndMarkup_LeftAlone(string word) => Assert.Null(_resolver.Resolve(FrEs, word));

    [Fact]
    public void Resolve_NoRouteBetweenTheLanguages_GivesNone() =>
        Assert.Null(_resolver.Resolve(LanguagePair.Parse("fr->de"), "flotteurs"));

    [Fact]
    public void Resolve_ModesDirectoryMissing_GivesNone()
    {
        using var resolver = new ApertiumWordResolver(Path.Combine(Path.GetTempPath(), "no-apertium-here-" + Guid.NewGuid().ToString("N")));

        Assert.Null(resolver.PivotOf(FrEs));
        Assert.Null(resolver.Resolve(FrEs, "flotteurs"));
    }

    [Fact]
    public void Resolve_DictionaryFilesBroken_GivesNoneAndKeepsGoing()
    {
        // Two mode files naming lt-proc programs whose transducers are not transducers.
        var root = Directory.CreateTempSubdirectory("newsdesk-broken-apertium-");
        try
        {
            var modes = Directory.CreateDirectory(Path.Combine(root.FullName, "modes"));
            foreach (var (mode, pair) in new[] { ("fra-cat", "fra-cat"), ("cat-spa", "cat-spa") })
            {
                var files = new[] { "automorf", "autobil", "autogen" }.Select(kind => Path.Combine(root.FullName, $"{pair}.{kind}.bin")).ToList();
                files.ForEach(f => File.WriteAllText(f, "not a transducer"));
                File.WriteAllText(Path.Combine(modes.FullName, mode + ".mode"),
                    $"lt-proc -w '{files[0]}' | lt-proc -b '{files[1]}' | lt-proc -g '{files[2]}'\n");
            }
            // lt-proc does not exit on such a file: it waits, and the resolver's time limit stops it.
            using var resolver = new ApertiumWordResolver(modes.FullName, TimeSpan.FromSeconds(0.5));

            Assert.Equal("ca", resolver.PivotOf(FrEs));
            Assert.Null(resolver.Resolve(FrEs, "flotteurs"));
            Assert.Null(resolver.Resolve(FrEs, "usagers"));
            Assert.Null(resolver.Resolve(FrEs, "hydroélectriques", "centrales"));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public void Resolve_ManyThreadsAtOnce_SameAnswers()
    {
        string[] words = ["flotteurs", "usagers", "rénové", "posidonie", "longeait", "galets", "sillons", "privatifs"];
        var expected = words.ToDictionary(w => w, w => new ApertiumWordResolver().Resolve(FrEs, w)?.Rendering);

        var answers = words.SelectMany(w => Enumerable.Repeat(w, 6)).AsParallel().WithDegreeOfParallelism(6)
            .Select(w => (w, _resolver.Resolve(FrEs, w)?.Rendering)).ToList();

        Assert.All(answers, a => Assert.Equal(expected[a.w], a.Rendering));
    }

    [Fact]
    public void Prepare_ProgramsStartedWhileWordsAreAsked_SameAnswersAsWithout()
    {
        // The empty questions that start the programs must leave each one in step: every later answer is its own question's.
        string[] words = ["flotteurs", "usagers", "rénové", "posidonie", "longeait", "galets", "sillons", "privatifs"];
        using var unprepared = new ApertiumWordResolver();
        var expected = words.ToDictionary(w => w, w => unprepared.Resolve(FrEs, w)?.Rendering);

        _resolver.Prepare(FrEs);
        _resolver.Prepare(FrEs); // once per pair
        var answers = words.AsParallel().WithDegreeOfParallelism(4).Select(w => (w, _resolver.Resolve(FrEs, w)?.Rendering)).ToList();

        Assert.All(answers, a => Assert.Equal(expected[a.w], a.Rendering));
        Assert.Equal("flotadores", answers.Single(a => a.w == "flotteurs").Rendering);
    }

    [Fact]
    public void Prepare_NoRouteBetweenTheLanguages_DoesNothing()
    {
        var pair = LanguagePair.Parse("de->fi");
        _resolver.Prepare(pair);
        Assert.Null(_resolver.Resolve(pair, "Haus"));
    }

    [Theory]
    [InlineData("hidráulicos", "hidráulicas")]
    [InlineData("instalados", "instaladas")] // a past participle
    [InlineData("nuevo", "nueva")]
    [InlineData("verdes", null)] // either gender already
    [InlineData("giran", null)] // a verb
    [InlineData("turbinas", null)] // a noun
    [InlineData("Hidráulicos", null)] // capitalised: a name, or a sentence's start, not an adjective after a noun
    public void FeminineOf_MasculineAdjectiveOfTheTarget_GeneratedInTheSameNumber(string word, string? expected) =>
        Assert.Equal(expected, _resolver.FeminineOf(FrEs, word));
}
