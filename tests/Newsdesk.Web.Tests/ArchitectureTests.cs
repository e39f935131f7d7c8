using System.Reflection;
using System.Text.RegularExpressions;

namespace Newsdesk.Web.Tests;

/// <summary>Dependencies point one way: Web -> (Storage.*, Translation.*) -> Core, and Web -> Demo for `newsdesk demo` only.
/// These tests keep it so.</summary>
public sealed partial class ArchitectureTests
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
    public void Demo_ReferencesNoWebAssembly()
    {
        var refs = ReferencesOf("Newsdesk.Demo");

        Assert.DoesNotContain(refs, r => r == "newsdesk" || r.StartsWith("Newsdesk.Web", StringComparison.Ordinal));
    }

    [Fact]
    public void WebSources_OnlyTheDemoCommandUsesTheDemo()
    {
        var web = Path.Combine(RepositoryRoot(), "src", "Newsdesk.Web");
        var users = Directory.EnumerateFiles(web, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(web, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("bin/", StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal))
            .Where(f => DemoNamespace().IsMatch(File.ReadAllText(Path.Combine(web, f))))
            .ToList();

        Assert.Equal(["Cli/DemoCommand.cs"], users);
        // A global using in the project file would let any file use the demo without naming it.
        Assert.DoesNotMatch(@"<Using\s+Include=""Newsdesk\.Demo", File.ReadAllText(Path.Combine(web, "Newsdesk.Web.csproj")));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Newsdesk.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"no Newsdesk.slnx above {AppContext.BaseDirectory}");
    }

    [GeneratedRegex(@"\bNewsdesk\.Demo\b")]
    private static partial Regex DemoNamespace();

    [Fact]
    public void LocaleConventions_AreOneTableInCore()
    {
        var types = Assemblies.Append("newsdesk").SelectMany(a => Assembly.Load(a).GetTypes()).ToList();

        Assert.DoesNotContain(types, t => t.Name == "LocaleConventions");
        Assert.Equal("Newsdesk.Locales.Locale", Assert.Single(types, t => t.Name == "Locale").FullName);
    }
}
