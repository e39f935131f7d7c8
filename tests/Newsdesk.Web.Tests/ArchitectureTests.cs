using System.Reflection;

namespace Newsdesk.Web.Tests;

/// <summary>Dependencies point one way: Web -> (Storage.*, Translation.*) -> Core. These tests keep it so.</summary>
public sealed class ArchitectureTests
{
    private static readonly string[] Assemblies = Directory.GetFiles(AppContext.BaseDirectory, "Newsdesk.*.dll")
        .Select(Path.GetFileNameWithoutExtension).OfType<string>()
        .Where(n => !n.EndsWith(".Tests", StringComparison.Ordinal) && n != "Newsdesk.Testing")
        .ToArray();

    private static IReadOnlyList<string> ReferencesOf(string assembly) =>
        Assembly.Load(assembly).GetReferencedAssemblies().Select(a => a.Name!).ToList();

    [Fact]
    public void Core_ReferencesNoWebDatabaseOrEngineAssembly()
    {
        var refs = ReferencesOf("Newsdesk.Core");

        Assert.DoesNotContain(refs, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(refs, r => r is "Npgsql" or "Microsoft.Data.Sqlite" or "Dapper" or "System.Data.Common");
        Assert.DoesNotContain(refs, r => r.StartsWith("Newsdesk.", StringComparison.Ordinal));
    }

    [Fact]
    public void StorageDialects_DoNotReferenceEachOtherOrEngines()
    {
        var sqlite = ReferencesOf("Newsdesk.Storage.Sqlite");
        var postgres = ReferencesOf("Newsdesk.Storage.Postgres");

        Assert.DoesNotContain("Newsdesk.Storage.Postgres", sqlite);
        Assert.DoesNotContain("Npgsql", sqlite);
        Assert.DoesNotContain("Newsdesk.Storage.Sqlite", postgres);
        Assert.DoesNotContain("Microsoft.Data.Sqlite", postgres);
        Assert.DoesNotContain(sqlite.Concat(postgres), r => r.StartsWith("Newsdesk.Translation", StringComparison.Ordinal));
    }

    [Fact]
    public void EngineAdapters_ReferenceOnlyCore()
    {
        var engines = Assemblies.Where(a => a.StartsWith("Newsdesk.Translation.", StringComparison.Ordinal)).ToList();

        foreach (var engine in engines)
        {
            var newsdesk = ReferencesOf(engine).Where(r => r.StartsWith("Newsdesk.", StringComparison.Ordinal) || r == "newsdesk").ToList();
            Assert.True(newsdesk.All(r => r == "Newsdesk.Core"), $"{engine} references {string.Join(", ", newsdesk)}");
        }
    }

    [Fact]
    public void LocaleConventions_AreOneTableInCore()
    {
        var types = Assemblies.Append("newsdesk").SelectMany(a => Assembly.Load(a).GetTypes()).ToList();

        Assert.DoesNotContain(types, t => t.Name == "LocaleConventions");
        Assert.Equal("Newsdesk.Locales.Locale", Assert.Single(types, t => t.Name == "Locale").FullName);
    }
}
