using Newsdesk.Testing;

namespace Newsdesk.Web.Tests.Support;

/// <summary>A site over a fresh database of one dialect, seeded once from fixtures/site/desk.json, shared by read-only tests.</summary>
public abstract class SeededSite : IAsyncLifetime
{
    protected abstract string Dialect { get; }

    public SiteFactory Factory { get; private set; } = default!;

    public DeskSeed Seed { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        var db = await TestDatabase.CreateAsync(Dialect, TimeProvider.System);
        Factory = new SiteFactory(db, new Dictionary<string, string?> { ["Site:Name"] = "Desk Test", ["Site:DefaultLanguage"] = "es" });
        Seed = await Factory.SeedAsync("desk.json");
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Factory.Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

public sealed class SeededSqliteSite : SeededSite
{
    protected override string Dialect => "sqlite";
}

public sealed class SeededPostgresSite : SeededSite
{
    protected override string Dialect => "postgres";
}
