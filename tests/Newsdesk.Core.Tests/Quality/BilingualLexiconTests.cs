using System.IO.Compression;
using System.Text;
using Newsdesk.Locales;
using Newsdesk.Quality;
using Newsdesk.Quality.Alignment;
using Newsdesk.Quality.Language;
using Newsdesk.Quality.Text;
using Newsdesk.Quality.Spelling;

namespace Newsdesk.Tests.Quality;

public sealed class BilingualLexiconTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("newsdesk-lexicon-");

    public void Dispose() => _dir.Delete(recursive: true);

    /// <summary>Writes a dictd dictionary (index with base64 offsets, gzip-compressed entries) of the given entries.</summary>
    private (string Index, string Dict) Write(string name, params (string Headword, string Entry)[] entries)
    {
        var body = new StringBuilder();
        var index = new StringBuilder("00databaseshort\tA\tB\n");
        foreach (var (headword, entry) in entries)
        {
            var offset = Encoding.UTF8.GetByteCount(body.ToString());
            var length = Encoding.UTF8.GetByteCount(entry);
            index.Append(headword).Append('\t').Append(Base64Number(offset)).Append('\t').Append(Base64Number(length)).Append('\n');
            body.Append(entry);
        }
        var indexPath = Path.Combine(_dir.FullName, name + ".index");
        var dictPath = Path.Combine(_dir.FullName, name + ".dict.dz");
        File.WriteAllText(indexPath, index.ToString());
        using (var file = File.Create(dictPath))
        using (var gzip = new GZipStream(file, CompressionLevel.Optimal))
        {
            gzip.Write(Encoding.UTF8.GetBytes(body.ToString()));
        }
        return (indexPath, dictPath);
    }

    private static string Base64Number(int n)
    {
        const string digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        var s = "";
        do
        {
            s = digits[n % 64] + s;
            n /= 64;
        }
        while (n > 0);
        return s;
    }

    private static readonly Func<string, bool> GermanFunctionWord = w => FunctionWordLexicon.Shared.Contains("de", w);

    [Fact]
    public void Load_WikDictEntry_KeepsNumberedSensesAndSkipsTheDefinitionsAfterThem()
    {
        var (index, dict) = Write("freedict-fra-deu",
            ("objectif", "objectif /ɔb.ʒɛk.tif/ <n, masc>\n1. Objektiv\n(Optique)\n2. Ziel\nBut que l’on cherche à atteindre\n"),
            ("frapper", "frapper /fʁa.pe/ <v>\nschlagen, prasseln gegen\nDonner un ou des coups à\n"));

        var lexicon = BilingualLexicon.Load(index, dict, GermanFunctionWord);

        Assert.Equal(2, lexicon.Count);
        Assert.Equal(["objektiv", "ziel"], lexicon.Translations("objectif").Order());
        // "gegen" is a German function word and would match any sentence; the French definition is not a translation.
        Assert.Equal(["prassel", "schlag"], lexicon.Translations("frapper").Order());
        Assert.Empty(lexicon.Translations("cherche"));
    }

    [Fact]
    public void Load_DingStyleEntry_SkipsIndentedExamplesAndGrammarLabels()
    {
        var (index, dict) = Write("freedict-eng-deu",
            ("Friday", "Friday /fɹˈaɪdeɪ/ (Fri /fɹˈaɪ/)\nFreitag <masc>\n      \"Thank God It's Friday!\"  - Endlich Freitag!\n"),
            ("secretary", "secretary /sˈɛkɹətɹi/\nSekretärin <fem>Sekr.,  /sˈɛkə/ , Sekretär <masc>\n see: {secretaries}\n"));

        var lexicon = BilingualLexicon.Load(index, dict, GermanFunctionWord);

        Assert.Equal(["freitag"], lexicon.Translations("friday"));
        Assert.Equal(["sekretar", "sekretari"], lexicon.Translations("secretary").Order());
    }

    [Theory]
    [InlineData("broken line without fields\n")]
    [InlineData("panne\tBAAA\tZ\n")] // an offset past the end of the entries
    public void Load_BadIndexLine_ThrowsNamingFileAndLine(string line)
    {
        var (index, dict) = Write("freedict-fra-deu", ("crise", "crise /kʁiz/ <n, fem>\nKrise\n"));
        File.AppendAllText(index, line);

        var e = Assert.Throws<InvalidDataException>(() => BilingualLexicon.Load(index, dict, GermanFunctionWord));

        Assert.Contains("freedict-fra-deu.index:3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SlashBetweenWords_IsNotAPronunciation()
    {
        var (index, dict) = Write("freedict-fra-deu", ("ou", "ou /u/ <conj>\nund/oder, beziehungsweise\n"));

        var lexicon = BilingualLexicon.Load(index, dict, _ => false);

        // Without the fix everything after "und/" was read as a pronunciation; "und" itself is too short to be a key.
        Assert.Equal(["beziehungsweis", "oder"], lexicon.Translations("ou").Order());
    }

    [Fact]
    public void Provider_TruncatedEntries_GivesNoLexiconAndTheReason()
    {
        var (_, dict) = Write("freedict-fra-deu", ("crise", "crise /kʁiz/ <n, fem>\nKrise\n"));
        var bytes = File.ReadAllBytes(dict);
        File.WriteAllBytes(dict, bytes[..(bytes.Length / 2)]);
        var provider = new LexiconProvider(_dir.FullName, FunctionWordLexicon.Shared);

        Assert.Null(provider.Get("fr", "de", out var problem));
        Assert.StartsWith("the freedict-fra-deu dictionary could not be read", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "de", "no freedict-fra-deu dictionary in ")]
    [InlineData("fr", "ca", "FreeDict has no fr-ca dictionary")]
    public void Provider_MissingDictionary_SaysWhetherAPackageWouldHelp(string source, string target, string reason)
    {
        var provider = new LexiconProvider(_dir.FullName, FunctionWordLexicon.Shared);

        Assert.Null(provider.Get(source, target, out var problem));
        Assert.StartsWith(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Evidence_CompoundIndexedWithoutItsHyphens_IsFound()
    {
        var provider = new LexiconProvider("/usr/share/dictd", FunctionWordLexicon.Shared);
        var lexicon = provider.Get("fr", "de", out var problem) ?? throw new InvalidOperationException(problem);
        var source = new TextAnalysis("Un arc-en-ciel pour le grand-père qui arrive.", "fr");
        var target = new TextAnalysis("Ein Regenbogen für den Großvater, der ankommt.", "de");
        var evidence = new LexicalEvidence(lexicon, null, FunctionWordLexicon.Shared, source, target);

        var coverage = evidence.Of(new TextSpan(0, source.Text.Length), new TextSpan(0, target.Text.Length));

        Assert.Equal(new WordCoverage(2, 2), coverage); // "arrive" needs its stem "arriver", not given here
    }

    [Theory]
    [InlineData("beschuldigen", "beschuldig")]
    [InlineData("Krise", "kris")]
    [InlineData("Bänkerin", "bankeri")]
    [InlineData("Ziel", "ziel")]
    public void Key_FoldsAndCutsACommonEnding(string word, string key)
    {
        Assert.Equal(key, BilingualLexicon.Key(word));
    }

    [Fact]
    public void Stems_OfAnInflectedFrenchWord_IncludeItsDictionaryForm()
    {
        using var french = HunspellDictionary.Open("/usr/share/hunspell/fr_FR.aff", "/usr/share/hunspell/fr_FR.dic");

        Assert.Contains("accuser", french.Stems("accuse"));
        Assert.Contains("objectif", french.Stems("objectifs"));
        Assert.Empty(french.Stems("xqzwv"));
    }
}
