using Newsdesk.Locales;
using Newsdesk.Quality.Language;
using Newsdesk.Quality.Spelling;

namespace Newsdesk.Quality;

/// <summary>The heavy, shared resources of the gate (language models, dictionaries), created once and shared by all requests.</summary>
public sealed class QualityServices : IDisposable
{
    public QualityServices(QualityGateOptions options)
    {
        Languages = new LanguageIdentifier();
        Lexicon = FunctionWordLexicon.Shared;
        Spelling = new SpellCheckerProvider(options.HunspellDirectory);
        Lexicons = new LexiconProvider(options.DictionaryDirectory, Lexicon);
    }

    public LanguageIdentifier Languages { get; }

    public FunctionWordLexicon Lexicon { get; }

    public SpellCheckerProvider Spelling { get; }

    /// <summary>Bilingual word lists (FreeDict) per language pair, for sentence alignment evidence.</summary>
    public LexiconProvider Lexicons { get; }

    public void Dispose() => Spelling.Dispose();
}
