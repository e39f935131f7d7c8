namespace Newsdesk.Storage;

/// <summary>
/// The desk's database: every role below, behind one relational implementation per SQL dialect (SQLite, the embedded
/// default, and PostgreSQL), checked by one contract test suite on both. Parts of the desk take only the roles they use;
/// this whole interface is for composition, migrations and the command line.
/// </summary>
public interface INewsStore : ISourceStore, IArticleStore, ITranslationStore, IJobStore, ISiteStore, IEditorStore
{
    /// <summary>"sqlite" or "postgres".</summary>
    string Dialect { get; }

    /// <summary>Applies the numbered migrations not yet applied; returns their names.</summary>
    Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken);
}
