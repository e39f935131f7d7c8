using System.CommandLine;
using Microsoft.Extensions.Logging;
using Newsdesk.Web.Composition;
using Newsdesk.Extraction;

namespace Newsdesk.Web.Cli;

/// <summary>
/// <c>newsdesk extract PAGE.html --url URL [--json]</c> and <c>newsdesk extract --batch PAGES.tsv --out DIR</c>:
/// the extractor CLI contract. Never touches the network; logs go to stderr only.
/// </summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var page = new Argument<string?>("page") { Description = "Path of the page's raw bytes as fetched", Arity = ArgumentArity.ZeroOrOne };
        var url = new Option<string?>("--url") { Description = "The page's original URL (used to resolve links; never fetched)" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object (the extraction contract) on stdout" };
        var charset = new Option<string?>("--charset") { Description = "The HTTP Content-Type charset, when known" };
        var batch = new Option<string?>("--batch") { Description = "A pages.tsv (id, html, url columns) to extract in one process" };
        var outDir = new Option<string?>("--out") { Description = "Output folder for --batch: one <id>.json per page" };
        var command = new Command("extract", "Extract the article from a saved page (or a batch of pages).");
        command.Arguments.Add(page);
        command.Options.Add(url);
        command.Options.Add(json);
        command.Options.Add(charset);
        command.Options.Add(batch);
        command.Options.Add(outDir);
        command.SetAction((parseResult, cancellationToken) =>
        {
            // --verbose traces how the body was found (candidates, removed regions) on stderr; stdout stays the contract's JSON.
            using var loggerFactory = parseResult.GetValue(CliHost.Verbose) ? LoggerFactory.Create(b => b.AddDeskConsole(LogLevel.Trace)) : null;
            var exit = Run(parseResult.GetValue(page), parseResult.GetValue(url), parseResult.GetValue(json), parseResult.GetValue(charset),
                parseResult.GetValue(batch), parseResult.GetValue(outDir), loggerFactory?.CreateLogger<ArticleExtractor>(), Console.Out, Console.Error, cancellationToken);
            return Task.FromResult(exit);
        });
        return command;
    }

    /// <summary>The command's handler, callable in-process: returns the exit code.</summary>
    internal static int Run(string? page, string? url, bool json, string? charset, string? batch, string? outDir,
        ILogger<ArticleExtractor>? logger, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var extractor = new ArticleExtractor(logger: logger);
        if (batch is not null)
        {
            if (outDir is null || page is not null)
            {
                stderr.WriteLine("extract: --batch needs --out DIR and no PAGE argument.");
                return 2;
            }
            if (!File.Exists(batch))
            {
                stderr.WriteLine($"extract: the batch file '{batch}' does not exist.");
                return 2;
            }
            try
            {
                var (ok, failed) = ExtractionBatch.Run(extractor, batch, outDir, stderr, cancellationToken);
                stderr.WriteLine($"extract: {ok} pages extracted, {failed} failed.");
                return 0;
            }
            catch (InvalidDataException ex)
            {
                stderr.WriteLine($"extract: {ex.Message}");
                return 2;
            }
        }
        if (page is null || url is null)
        {
            stderr.WriteLine("extract: give PAGE.html --url URL [--json], or --batch PAGES.tsv --out DIR.");
            return 2;
        }
        if (!File.Exists(page))
        {
            stderr.WriteLine($"extract: the page file '{page}' does not exist.");
            return 2;
        }
        if (!Uri.TryCreate(url, UriKind.Absolute, out var pageUrl) || pageUrl.Scheme is not ("http" or "https"))
        {
            // The page is still worth extracting; only relative links lose their real base.
            stderr.WriteLine($"extract: warning: --url '{url}' is not an absolute http(s) URL; relative links resolve against {ExtractionBatch.UnknownUrl}.");
            pageUrl = ExtractionBatch.UnknownUrl;
        }
        var article = extractor.Extract(File.ReadAllBytes(page), pageUrl, charset);
        if (json)
        {
            stdout.Write(ExtractionContractJson.ToJson(article));
            stdout.Flush();
            return 0;
        }
        stdout.WriteLine($"Title:      {article.Title}");
        stdout.WriteLine($"Byline:     {article.Byline ?? "-"}");
        stdout.WriteLine($"Published:  {ExtractionContractJson.Format(article.Published) ?? "-"}");
        stdout.WriteLine($"Language:   {article.Language?.Value ?? "-"}");
        stdout.WriteLine($"Canonical:  {article.CanonicalUrl ?? "-"}");
        stdout.WriteLine($"Section:    {article.Section ?? "-"}   Tags: {(article.Tags.Count > 0 ? string.Join(", ", article.Tags) : "-")}");
        stdout.WriteLine($"Flags:      {(article.IsLiveBlog ? "live blog " : "")}{(article.IsPaywalled ? "paywalled" : "")}");
        stdout.WriteLine($"Kind:       {Model.PageKindNames.ToName(article.Kind)} ({article.KindReason}){(Model.PageKindNames.IsTranslated(article.Kind) ? "" : ": not translated")}");
        stdout.WriteLine($"Blocks:     {article.Blocks.Count}, {article.Text.Length} characters, found by {Model.ExtractionPathNames.ToName(article.Path)}");
        stdout.WriteLine();
        foreach (var block in article.Blocks)
        {
            stdout.WriteLine($"[{Model.BlockTypeNames.ToContractName(block.Type)}] {block.Text}");
        }
        return 0;
    }
}
