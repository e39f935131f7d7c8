using System.Reflection;
using System.Text;

namespace Newsdesk.Demo;

/// <summary>Loads the demo content embedded in this assembly (Content/*.txt and Images/*) and checks what
/// crosses files: unique slugs, images and link targets that exist.</summary>
public static class DemoContent
{
    /// <summary>The day the content is written around: articles are dated in the few days up to it.</summary>
    public static readonly DateTimeOffset DemoDate = new(2026, 3, 12, 20, 0, 0, TimeSpan.FromHours(1));

    private const string ContentPrefix = "NewsdeskDemo/Content/";
    private const string ImagePrefix = "NewsdeskDemo/Images/";

    /// <summary>The embedded content.</summary>
    public static DemoContentSet LoadEmbedded()
    {
        var assembly = typeof(DemoContent).Assembly;
        var texts = new List<(string File, string Text)>();
        var images = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            if (name.StartsWith(ContentPrefix, StringComparison.Ordinal))
            {
                texts.Add((name[ContentPrefix.Length..], Encoding.UTF8.GetString(Read(assembly, name))));
            }
            else if (name.StartsWith(ImagePrefix, StringComparison.Ordinal))
            {
                images[name[ImagePrefix.Length..]] = Read(assembly, name);
            }
        }
        return Build(texts, images);
    }

    /// <summary>Parses every text; a broken file becomes a problem and the rest still load.</summary>
    public static DemoContentSet Build(IEnumerable<(string File, string Text)> texts, IReadOnlyDictionary<string, byte[]> images)
    {
        var problems = new List<DemoContentException>();
        var parsed = new List<DemoArticle>();
        foreach (var (file, text) in texts)
        {
            try
            {
                parsed.Add(DemoContentParser.Parse(file, text));
            }
            catch (DemoContentException ex)
            {
                problems.Add(ex);
            }
        }

        var bySlug = new Dictionary<string, DemoArticle>(StringComparer.Ordinal);
        var articles = new List<DemoArticle>();
        foreach (var article in parsed)
        {
            if (bySlug.TryGetValue(article.Slug, out var first))
            {
                problems.Add(new DemoContentException(article.SourceFile, 1, $"slug '{article.Slug}' is already used by {first.SourceFile}"));
                continue;
            }
            bySlug[article.Slug] = article;
        }
        foreach (var article in bySlug.Values)
        {
            if (CrossFileProblem(article, bySlug, images) is { } problem)
            {
                problems.Add(problem);
                continue;
            }
            articles.Add(article);
        }
        return new DemoContentSet(articles, images, problems);
    }

    private static DemoContentException? CrossFileProblem(DemoArticle article, Dictionary<string, DemoArticle> bySlug, IReadOnlyDictionary<string, byte[]> images)
    {
        if (article.Image is { } image && !images.ContainsKey(image.File))
        {
            return new DemoContentException(article.SourceFile, image.Line, $"image '{image.File}' is not among the demo images");
        }
        foreach (var block in article.Blocks)
        {
            if (block.Image is { } file && !images.ContainsKey(file))
            {
                return new DemoContentException(article.SourceFile, block.Line, $"image '{file}' is not among the demo images");
            }
            foreach (var target in DemoInline.Targets(block.Markup))
            {
                if (target.StartsWith("slug:", StringComparison.Ordinal))
                {
                    if (!bySlug.ContainsKey(target[5..]))
                    {
                        return new DemoContentException(article.SourceFile, block.Line, $"link target '{target}' names no demo article");
                    }
                }
                else if (!Uri.TryCreate(target, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                {
                    return new DemoContentException(article.SourceFile, block.Line, $"link target '{target}' is neither slug:SLUG nor an absolute http(s) URL");
                }
            }
        }
        return null;
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
