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
    }

    public LanguageIdentifier Languages { get; }

    public FunctionWordLexicon Lexicon { get; }

    public SpellCheckerProvider Spelling { get; }

    public void Dispose() => Spelling.Dispose();
}
