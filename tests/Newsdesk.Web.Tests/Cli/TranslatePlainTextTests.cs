namespace Newsdesk.Web.Tests.Cli;

/// <summary>`newsdesk translate` on a plain-text article with the real Apertium, and inputs it cannot read.</summary>
public sealed class TranslatePlainTextTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(int Code, string Stdout, string Stderr)> TranslateAsync(string fileName, byte[] content)
    {
        var dir = Directory.CreateTempSubdirectory("newsdesk-translate-text-").FullName;
        var file = Path.Combine(dir, fileName);
        await File.WriteAllBytesAsync(file, content, Ct);
        return await NewsdeskProcess.RunAsync(dir, TimeSpan.FromMinutes(2), "translate", "--from", "fr", "--to", "es", "--engine", "apertium",
            "--db", Path.Combine(dir, "desk.db"), file);
    }

    [Theory]
    [InlineData("Le maire présente le budget\n\nLa ville construira une nouvelle école.\n\nLes travaux commenceront en mars.\n")]
    [InlineData("Le maire présente le budget\nLa ville construira une nouvelle école.\nLes travaux commenceront en mars.")]
    public async Task Translate_PlainText_HeadlineAndParagraphsTranslated(string text)
    {
        var (code, stdout, stderr) = await TranslateAsync("article.txt", System.Text.Encoding.UTF8.GetBytes(text));

        Assert.True(code == 0, stdout + stderr);
        Assert.Contains("alcalde", stdout, StringComparison.Ordinal);
        Assert.Contains("escuela", stdout, StringComparison.Ordinal);
        Assert.Contains("marzo", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("0 segment(s)", stdout + stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("empty.txt", new byte[] { })]
    [InlineData("blank.txt", new byte[] { 0x20, 0x0A, 0x0A, 0x20 })]
    [InlineData("latin1.txt", new byte[] { 0x4C, 0x27, 0xE9, 0x74, 0xE9 })]
    public async Task Translate_NothingReadable_ExitsTwoAndSaysWhy(string name, byte[] content)
    {
        var (code, stdout, stderr) = await TranslateAsync(name, content);

        Assert.Equal(2, code);
        Assert.Contains("translate: cannot read", stderr, StringComparison.Ordinal);
        Assert.Equal("", stdout.Trim());
    }
}
