using System.Text;

namespace Newsdesk.Extraction;

/// <summary>
/// Runs the extractor over a pages.tsv (columns id, html, url; a header line first) and writes
/// OUT/&lt;id&gt;.json per page. A page that fails gets an empty article and a message; the rest go on.
/// </summary>
public static class ExtractionBatch
{
    /// <summary>The base used when a page comes without a usable URL (the reserved .invalid domain, never fetched).</summary>
    public static Uri UnknownUrl { get; } = new("https://unknown.invalid/");

    /// <summary>Processes every row; returns how many pages succeeded and failed.</summary>
    public static (int Succeeded, int Failed) Run(ArticleExtractor extractor, string pagesTsv, string outDir, TextWriter errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(errors);
        Directory.CreateDirectory(outDir);
        using var reader = new StreamReader(pagesTsv, Encoding.UTF8);
        var header = reader.ReadLine()?.Split('\t') ?? throw new InvalidDataException($"{pagesTsv} is empty; expected a header line with id, html and url.");
        var idColumn = Array.IndexOf(header, "id");
        var htmlColumn = Array.IndexOf(header, "html");
        var urlColumn = Array.IndexOf(header, "url");
        if (idColumn < 0 || htmlColumn < 0 || urlColumn < 0)
        {
            throw new InvalidDataException($"{pagesTsv} header must name the columns id, html and url (tab separated); it has: {string.Join(", ", header)}.");
        }
        var baseDir = Path.GetDirectoryName(Path.GetFullPath(pagesTsv)) ?? ".";
        int ok = 0, failed = 0, lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }
            var cells = line.Split('\t');
            if (cells.Length <= Math.Max(idColumn, Math.Max(htmlColumn, urlColumn)) || !IsSafeId(cells[idColumn]))
            {
                errors.WriteLine($"{pagesTsv}:{lineNumber}: skipped: expected id, html and url columns with a file-name-safe id.");
                failed++;
                continue;
            }
            var id = cells[idColumn];
            var article = ExtractionContractJson.Empty;
            try
            {
                var path = Path.IsPathRooted(cells[htmlColumn]) ? cells[htmlColumn] : Path.Combine(baseDir, cells[htmlColumn]);
                if (!Uri.TryCreate(cells[urlColumn], UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
                {
                    errors.WriteLine($"{id}: '{cells[urlColumn]}' is not an absolute http(s) URL; relative links resolve against {UnknownUrl}.");
                    url = UnknownUrl;
                }
                article = extractor.Extract(File.ReadAllBytes(path), url);
                ok++;
            }
#pragma warning disable CA1031 // one bad page must never stop the batch; the error is reported and the page gets empty output
            catch (Exception ex)
#pragma warning restore CA1031
            {
                errors.WriteLine($"{id}: extraction failed: {ex.GetType().Name}: {ex.Message}");
                failed++;
            }
            using var output = File.Create(Path.Combine(outDir, id + ".json"));
            ExtractionContractJson.Write(output, article);
        }
        return (ok, failed);
    }

    private static bool IsSafeId(string id) =>
        id.Length > 0 && id.IndexOfAny(Path.GetInvalidFileNameChars()) < 0 && id is not "." and not ".." && !id.Contains('/', StringComparison.Ordinal);
}
