using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newsdesk.Processing;
using Newsdesk.Web.Composition;

namespace Newsdesk.Web.Tests;

/// <summary>
/// The shape of Newsdesk.Core (docs/architecture.md): each folder is a namespace that may use only the folders below it,
/// Processing alone runs the pipeline, and each fact (the body's HTML, the sanitiser policy) is written in one place.
/// Read from the sources, so that a wrong `using` fails here and not in review.
/// </summary>
public sealed partial class CoreLayeringTests
{
    /// <summary>What each Core folder may use besides itself. Anything not listed is a reach upward.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Model"] = [],
        ["Text"] = ["Model"],
        ["Sanitizing"] = ["Model", "Text"],
        ["Fetching"] = ["Model", "Text"],
        ["Storage"] = ["Model"],
        ["Locales"] = ["Model", "Text"],
        ["Extraction"] = ["Model", "Text", "Sanitizing", "Fetching", "Locales"],
        ["Ingest"] = ["Model", "Text", "Sanitizing", "Fetching", "Extraction", "Locales"],
        ["Quality"] = ["Model", "Text", "Sanitizing", "Locales"],
        ["Translation"] = ["Model", "Text", "Sanitizing", "Storage", "Locales"],
        ["Publishing"] = ["Model", "Text", "Sanitizing", "Storage", "Locales"],
        ["Review"] = ["Model", "Text", "Sanitizing", "Storage", "Translation", "Quality", "Locales"],
        ["Processing"] = ["Model", "Text", "Sanitizing", "Fetching", "Storage", "Locales", "Extraction", "Ingest", "Quality", "Translation",
            "Publishing", "Review"],
    };

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Newsdesk.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("The tests run outside the repository: Newsdesk.slnx not found above " + AppContext.BaseDirectory);
    }

    private static IEnumerable<string> Sources(string project) =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src", project), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [GeneratedRegex(@"\bNewsdesk\.([A-Z][A-Za-z]+)\b")]
    private static partial Regex NamespaceUse();

    [Fact]
    public void CoreFolders_UseOnlyTheFoldersBelowThem()
    {
        var core = Path.Combine(RepositoryRoot(), "src", "Newsdesk.Core");
        var folders = Directory.GetDirectories(core).Select(Path.GetFileName).OfType<string>().Where(f => f is not ("bin" or "obj")).ToList();
        Assert.All(folders, f => Assert.True(Allowed.ContainsKey(f), $"Core/{f} is a new folder: add it to docs/architecture.md and to this table"));

        var reaches = new List<string>();
        foreach (var file in Sources("Newsdesk.Core"))
        {
            var folder = Path.GetRelativePath(core, file).Split(Path.DirectorySeparatorChar)[0];
            if (!Allowed.TryGetValue(folder, out var allowed))
            {
                continue; // files at the project root (none today)
            }
            // Comments and doc comments may name other folders (cref links are checked by the compiler anyway).
            var code = string.Join('\n', File.ReadLines(file).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
            foreach (var used in NamespaceUse().Matches(code).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal))
            {
                if (used != folder && Allowed.ContainsKey(used) && !allowed.Contains(used))
                {
                    reaches.Add($"{Path.GetRelativePath(core, file)} uses Newsdesk.{used}");
                }
            }
        }
        Assert.True(reaches.Count == 0, "Core folders reach upward:\n" + string.Join("\n", reaches));
    }

    [Fact]
    public void Table_NoFolderButProcessingUsesProcessing_AndTheNamedReachesAreGone()
    {
        Assert.DoesNotContain(Allowed, kv => kv.Key != "Processing" && kv.Value.Contains("Processing"));
        Assert.DoesNotContain("Processing", Allowed["Publishing"]);
        Assert.DoesNotContain("Publishing", Allowed["Review"]);
        Assert.DoesNotContain("Publishing", Allowed["Storage"]);
    }

    [Fact]
    public void ArticleBodyHtml_OneRendererOneSanitiserPolicy()
    {
        var core = Assembly.Load("Newsdesk.Core").GetTypes();
        Assert.DoesNotContain(core, t => t.Name is "ArticleBodyHtml" or "BlockHtml");
        Assert.Single(core, t => t.FullName == "Newsdesk.Sanitizing.ArticleHtml");

        var constructing = new[] { "Newsdesk.Core", "Newsdesk.Web", "Newsdesk.Storage.Relational" }
            .SelectMany(Sources)
            .Where(f => File.ReadAllText(f).Contains("new HtmlSanitizer(", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepositoryRoot(), f))
            .ToList();
        Assert.Equal([Path.Combine("src", "Newsdesk.Core", "Sanitizing", "HtmlSanitizing.cs")], constructing);
    }

    [Fact]
    public void DeskComposition_EveryRouteHasExactlyOneStep()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database"] = "Data Source=" + Path.Combine(Path.GetTempPath(), "layering-unused.db") })
            .Build();
        using var services = new ServiceCollection().AddLogging().AddNewsdesk(configuration).BuildServiceProvider();

        var steps = services.GetServices<IPipelineStep>().ToList();
        _ = services.GetRequiredService<Pipeline>(); // throws when a route has no step or two

        Assert.Equal(PipelineRoutes.All.Select(r => r.Kind).Order(StringComparer.Ordinal),
            steps.Select(s => s.Route.Kind).Order(StringComparer.Ordinal));
    }
}
