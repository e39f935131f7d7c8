using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SmartReader;

// Peer wrapper: SmartReader (a .NET port of Readability) following the extractor CLI contract
// (per-page: FILE --url URL --json; batch: --batch PAGES.tsv --out DIR). Charset detection mirrors the
// reference wrappers (BOM, <meta> prescan of 4 KiB, strict UTF-8, windows-1252) so only extraction differs.
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
var jsonOptions = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

if (args.Length >= 4 && args[0] == "--batch")
{
    var outDir = args[Array.IndexOf(args, "--out") + 1];
    foreach (var line in File.ReadLines(args[1]).Skip(1))
    {
        var cells = line.Split('\t');
        if (cells.Length < 3)
        {
            continue;
        }
        string json;
        try
        {
            json = Extract(cells[1], cells[2]);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Console.Error.WriteLine($"{cells[0]}: {ex.GetType().Name}: {ex.Message}");
            json = "{\"title\":\"\",\"text\":\"\"}";
        }
        File.WriteAllText(Path.Combine(outDir, cells[0] + ".json"), json);
    }
    return 0;
}
if (args.Length >= 3 && args[1] == "--url")
{
    Console.Out.Write(Extract(args[0], args[2]));
    return 0;
}
Console.Error.WriteLine("usage: smartreader-peer PAGE --url URL --json | --batch PAGES.tsv --out DIR");
return 2;

string Extract(string path, string url)
{
    var html = Decode(File.ReadAllBytes(path));
    var reader = new Reader(Uri.TryCreate(url, UriKind.Absolute, out _) ? url : "https://unknown.invalid/", html);
    var article = reader.GetArticle();
    var result = new Dictionary<string, object?>
    {
        ["title"] = article.Title ?? "",
        ["text"] = article.IsReadable ? (article.TextContent ?? "").Trim() : "",
        ["byline"] = string.IsNullOrWhiteSpace(article.Byline) ? null : article.Byline,
        ["published"] = article.PublicationDate?.ToString("o", System.Globalization.CultureInfo.InvariantCulture),
        ["lang"] = string.IsNullOrWhiteSpace(article.Language) ? null : article.Language,
    };
    return JsonSerializer.Serialize(result, jsonOptions);
}

static string Decode(byte[] bytes)
{
    if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
    {
        return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
    }
    var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
    var match = System.Text.RegularExpressions.Regex.Match(head, @"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_.:-]+)", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
    if (match.Success)
    {
        var label = match.Groups[1].Value.ToLowerInvariant();
        label = label is "iso-8859-1" or "latin1" or "us-ascii" or "ascii" ? "windows-1252" : label.StartsWith("utf-16", StringComparison.Ordinal) ? "utf-8" : label;
        try
        {
            return Encoding.GetEncoding(label).GetString(bytes);
        }
        catch (ArgumentException)
        {
            // unknown label: fall through to detection
        }
    }
    try
    {
        return new UTF8Encoding(false, true).GetString(bytes);
    }
    catch (DecoderFallbackException)
    {
        return Encoding.GetEncoding(1252).GetString(bytes);
    }
}
