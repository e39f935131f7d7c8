using System.Text.Json;
using Newsdesk.Model;

namespace Newsdesk.Bench.Translation;

/// <summary>
/// Builds the bench's articles from the QA development cases at run time (never copied into the repository):
/// distinct source paragraphs of one language, grouped by their document (meta.doc) in order, each document cut
/// into articles of at most N paragraphs.
/// </summary>
internal static class BenchArticles
{
    public static List<ExtractedArticle> Load(string casesPath, string sourceLanguage, int count, int paragraphsPerArticle)
    {
        var documents = new List<(string Doc, List<string> Paragraphs)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(casesPath))
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.GetProperty("src_lang").GetString() != sourceLanguage)
            {
                continue;
            }
            var doc = root.TryGetProperty("meta", out var meta) && meta.TryGetProperty("doc", out var d) ? d.GetString() ?? "" : "";
            var entry = documents.FindIndex(x => x.Doc == doc);
            if (entry < 0)
            {
                documents.Add((doc, []));
                entry = documents.Count - 1;
            }
            foreach (var paragraph in (root.GetProperty("source").GetString() ?? "").Split('\n'))
            {
                var text = paragraph.Trim();
                if (text.Length > 0 && seen.Add(text))
                {
                    documents[entry].Paragraphs.Add(text);
                }
            }
        }
        var articles = new List<ExtractedArticle>();
        foreach (var (_, paragraphs) in documents)
        {
            for (var i = 0; i < paragraphs.Count && articles.Count < count; i += paragraphsPerArticle)
            {
                var blocks = paragraphs.Skip(i).Take(paragraphsPerArticle).Select(p => new ArticleBlock(BlockType.Paragraph, p)).ToList();
                articles.Add(new ExtractedArticle { Language = LanguageTag.Parse(sourceLanguage), Blocks = blocks });
            }
        }
        return articles;
    }
}
