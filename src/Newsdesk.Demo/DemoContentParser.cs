using System.Globalization;
using System.Text.RegularExpressions;

namespace Newsdesk.Demo;

/// <summary>Reads one demo content file (front matter, a line "---", then the body); the format is described in
/// the project's README.md. Every problem is reported as a <see cref="DemoContentException"/> naming the file and line.</summary>
public static partial class DemoContentParser
{
    private static readonly HashSet<string> KnownKeys = new(StringComparer.Ordinal)
    {
        "slug", "outlet", "title", "lead", "author", "published", "updated", "section", "tags",
        "image", "image-caption", "image-credit", "kind", "visible-blocks", "story",
    };

    private static readonly string[] RequiredKeys = ["slug", "outlet", "title", "lead", "author", "published", "section"];

    public static DemoArticle Parse(string file, string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var fields = new Dictionary<string, (string Value, int Line)>(StringComparer.Ordinal);
        var i = 0;
        for (; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Trim() == "---")
            {
                break;
            }
            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new DemoContentException(file, i + 1, $"expected 'key: value' in the front matter, found '{Clip(line)}'");
            }
            var key = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (!KnownKeys.Contains(key))
            {
                throw new DemoContentException(file, i + 1, $"unknown front-matter key '{key}'; known keys: {string.Join(", ", KnownKeys)}");
            }
            if (fields.TryGetValue(key, out var earlier))
            {
                throw new DemoContentException(file, i + 1, $"'{key}' is given twice (first on line {earlier.Line})");
            }
            if (value.Length == 0)
            {
                throw new DemoContentException(file, i + 1, $"'{key}' has no value");
            }
            fields[key] = (value, i + 1);
        }
        if (i == lines.Length)
        {
            var last = Array.FindLastIndex(lines, l => l.Trim().Length > 0) + 1;
            throw new DemoContentException(file, Math.Max(1, last), "the front matter is not closed by a line '---' before the body");
        }
        var separatorLine = i + 1;
        foreach (var key in RequiredKeys)
        {
            if (!fields.ContainsKey(key))
            {
                throw new DemoContentException(file, separatorLine, $"the front matter has no '{key}' (required: {string.Join(", ", RequiredKeys)})");
            }
        }

        string? Get(string key) => fields.TryGetValue(key, out var f) ? f.Value : null;
        int LineOf(string key) => fields[key].Line;

        var slug = Get("slug")!;
        if (!SlugPattern().IsMatch(slug))
        {
            throw new DemoContentException(file, LineOf("slug"), $"slug '{slug}' must be lower-case ASCII letters, digits and hyphens");
        }
        var outlets = Get("outlet")!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var outlet in outlets)
        {
            if (!DemoOutlets.Ids.Contains(outlet))
            {
                throw new DemoContentException(file, LineOf("outlet"), $"unknown outlet '{outlet}'; known outlets: {string.Join(", ", DemoOutlets.Ids)}");
            }
        }
        var kind = DemoArticleKind.Standard;
        if (Get("kind") is { } kindText)
        {
            kind = kindText switch
            {
                "standard" => DemoArticleKind.Standard,
                "live" => DemoArticleKind.Live,
                "paywalled" => DemoArticleKind.Paywalled,
                _ => throw new DemoContentException(file, LineOf("kind"), $"kind '{kindText}' is not one of standard, live, paywalled"),
            };
        }
        var visible = 0;
        if (Get("visible-blocks") is { } visibleText)
        {
            if (!int.TryParse(visibleText, NumberStyles.None, CultureInfo.InvariantCulture, out visible) || visible < 1)
            {
                throw new DemoContentException(file, LineOf("visible-blocks"), $"visible-blocks '{visibleText}' is not a positive whole number");
            }
        }
        if (kind == DemoArticleKind.Paywalled && visible == 0)
        {
            throw new DemoContentException(file, LineOf("kind"), "a paywalled article needs 'visible-blocks' (how many blocks show before the paywall)");
        }
        DemoImage? image = null;
        if (Get("image") is { } imageFile)
        {
            if (Get("image-caption") is not { } caption || Get("image-credit") is not { } credit)
            {
                throw new DemoContentException(file, LineOf("image"), "an image needs 'image-caption' and 'image-credit'");
            }
            image = new DemoImage(imageFile, Text(file, LineOf("image-caption"), caption), FrenchTypography.Apply(credit)) { Line = LineOf("image") };
        }
        else if (fields.ContainsKey("image-caption") || fields.ContainsKey("image-credit"))
        {
            var key = fields.ContainsKey("image-caption") ? "image-caption" : "image-credit";
            throw new DemoContentException(file, LineOf(key), $"'{key}' is given without 'image'");
        }

        var blocks = ParseBody(file, lines, separatorLine, kind);
        if (blocks.Count == 0)
        {
            throw new DemoContentException(file, separatorLine, "the body is empty");
        }
        if (visible > blocks.Count)
        {
            throw new DemoContentException(file, LineOf("visible-blocks"), $"visible-blocks is {visible} but the body has only {blocks.Count} blocks");
        }
        var title = Text(file, LineOf("title"), Get("title")!);
        var lead = Text(file, LineOf("lead"), Get("lead")!);
        return new DemoArticle
        {
            SourceFile = file,
            Slug = slug,
            Outlets = outlets,
            Title = title,
            Lead = lead,
            Author = Get("author")!,
            Published = Date(file, LineOf("published"), Get("published")!),
            Updated = Get("updated") is { } updated ? Date(file, LineOf("updated"), updated) : null,
            Section = Get("section")!,
            Tags = (Get("tags") ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            Image = image,
            Kind = kind,
            VisibleBlocks = visible,
            Story = Get("story"),
            Blocks = blocks,
        };
    }

    private static List<DemoBlock> ParseBody(string file, string[] lines, int separatorLine, DemoArticleKind kind)
    {
        var blocks = new List<DemoBlock>();
        var paragraph = new List<string>();
        var paragraphLine = 0;
        var quote = new List<string>();
        var quoteLine = 0;

        void FlushParagraph()
        {
            if (paragraph.Count > 0)
            {
                blocks.Add(new DemoBlock(DemoBlockKind.Paragraph, Text(file, paragraphLine, string.Join(' ', paragraph)), paragraphLine));
                paragraph.Clear();
            }
        }

        void FlushQuote()
        {
            if (quote.Count > 0)
            {
                blocks.Add(new DemoBlock(DemoBlockKind.Quote, Text(file, quoteLine, string.Join(' ', quote)), quoteLine));
                quote.Clear();
            }
        }

        for (var i = separatorLine; i < lines.Length; i++)
        {
            var number = i + 1;
            var line = lines[i].TrimEnd();
            if (line.Length == 0)
            {
                FlushParagraph();
                FlushQuote();
                continue;
            }
            if (line.StartsWith("> ", StringComparison.Ordinal))
            {
                FlushParagraph();
                if (quote.Count == 0)
                {
                    quoteLine = number;
                }
                quote.Add(line[2..].Trim());
                continue;
            }
            FlushQuote();
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                FlushParagraph();
                blocks.Add(new DemoBlock(DemoBlockKind.Heading, Text(file, number, line[3..].Trim()), number));
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                FlushParagraph();
                blocks.Add(new DemoBlock(DemoBlockKind.ListItem, Text(file, number, line[2..].Trim()), number));
            }
            else if (line.StartsWith("![", StringComparison.Ordinal))
            {
                FlushParagraph();
                var figure = FigurePattern().Match(line);
                if (!figure.Success)
                {
                    throw new DemoContentException(file, number, "a figure is written ![caption](file.svg \"credit\")");
                }
                blocks.Add(new DemoBlock(DemoBlockKind.Figure, Text(file, number, figure.Groups["caption"].Value), number)
                {
                    Image = figure.Groups["file"].Value,
                    Credit = FrenchTypography.Apply(figure.Groups["credit"].Value),
                });
            }
            else if (line.StartsWith("@ ", StringComparison.Ordinal))
            {
                FlushParagraph();
                if (kind != DemoArticleKind.Live)
                {
                    throw new DemoContentException(file, number, "a live entry ('@ HH:MM title') is only allowed in an article of kind 'live'");
                }
                var entry = LiveEntryPattern().Match(line);
                if (!entry.Success || !TimeOnly.TryParseExact(entry.Groups["time"].Value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
                {
                    throw new DemoContentException(file, number, "a live entry is written '@ HH:MM title' with a 24-hour time");
                }
                blocks.Add(new DemoBlock(DemoBlockKind.LiveEntry, Text(file, number, entry.Groups["title"].Value), number) { Time = time });
            }
            else if (line.StartsWith('#'))
            {
                throw new DemoContentException(file, number, "only '## ' sub-headings are allowed in the body (the title is in the front matter)");
            }
            else
            {
                if (paragraph.Count == 0)
                {
                    paragraphLine = number;
                }
                paragraph.Add(line.Trim());
            }
        }
        FlushParagraph();
        FlushQuote();
        if (kind == DemoArticleKind.Live && !blocks.Any(b => b.Kind == DemoBlockKind.LiveEntry))
        {
            throw new DemoContentException(file, separatorLine, "a live article needs at least one entry ('@ HH:MM title')");
        }
        return blocks;
    }

    /// <summary>Checks authored text for what the format forbids, then applies French typography.</summary>
    private static string Text(string file, int line, string text)
    {
        if (text.Contains('"', StringComparison.Ordinal))
        {
            throw new DemoContentException(file, line, "straight double quotes (\") in the text; French quotes are « guillemets »");
        }
        if (DemoInline.Check(text) is { } problem)
        {
            throw new DemoContentException(file, line, problem);
        }
        var opens = text.Count(c => c == '«');
        var closes = text.Count(c => c == '»');
        if (opens != closes)
        {
            throw new DemoContentException(file, line, $"unbalanced guillemets: {opens} « and {closes} »");
        }
        return FrenchTypography.Apply(text);
    }

    private static DateTimeOffset Date(string file, int line, string value)
    {
        if (!DateTimeOffset.TryParseExact(value, ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mmzzz"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new DemoContentException(file, line, $"'{value}' is not an ISO-8601 date with an offset, such as 2026-03-12T07:45:00+01:00");
        }
        return date;
    }

    private static string Clip(string line) => line.Length <= 60 ? line : line[..60] + "…";

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("""^!\[(?<caption>[^\]]+)\]\((?<file>[A-Za-z0-9_.-]+)\s+"(?<credit>[^"]+)"\)$""")]
    private static partial Regex FigurePattern();

    [GeneratedRegex(@"^@ (?<time>\d{2}:\d{2}) (?<title>.+)$")]
    private static partial Regex LiveEntryPattern();
}
