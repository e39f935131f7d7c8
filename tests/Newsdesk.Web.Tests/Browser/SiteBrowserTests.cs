using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Newsdesk.Web.Editors;
using Newsdesk.Web.Tests.Support;

namespace Newsdesk.Web.Tests.Browser;

/// <summary>
/// A reader and an editor in real headless Chromium (/usr/bin/chromium, never a downloaded browser) against the site on a
/// real port. Screenshots are kept under the test output's artifacts/screenshots/ folder.
/// </summary>
public sealed class SiteBrowserTests : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";

    private LiveSite _site = default!;
    private IPlaywright _playwright = default!;
    private IBrowser _browser = default!;

    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"The browser tests need Chromium at {Chromium} (Debian package 'chromium'; scripts/test installs it).");
        }
        _site = await LiveSite.StartAsync("sqlite", new Dictionary<string, string?> { ["Site:Name"] = "Newsdesk", ["Site:DefaultLanguage"] = "es" });
        await _site.SeedAsync("desk.json");
        await _site.Services.GetRequiredService<EditorAccounts>().CreateAsync("alice", "correct horse battery", EditorAccounts.AdminRole,
            TestContext.Current.CancellationToken);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run"],
        });
        Directory.CreateDirectory(Screenshots);
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _site.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private async Task<IPage> PageAsync()
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        // Nothing leaves the machine: requests to other hosts (the fixture's image URLs) are answered empty.
        await context.RouteAsync("**/*", route => route.Request.Url.StartsWith(_site.BaseUrl, StringComparison.Ordinal)
            ? route.ContinueAsync()
            : route.FulfillAsync(new RouteFulfillOptions { Status = 204 }));
        var page = await context.NewPageAsync();
        // The machine is small and shared, and other test classes run alongside: allow slow steps rather than flake.
        page.SetDefaultTimeout(120_000);
        page.SetDefaultNavigationTimeout(120_000);
        return page;
    }

    /// <summary>
    /// Waits until the page's address matches the glob (** any characters, * any but a slash) and its document is
    /// parsed, polled in the page itself. Not through Playwright's navigation and load events: in loaded test runs one
    /// reached Playwright as "network idle" with no "load", and WaitForURL, when the address already matches, waits
    /// for "load" whatever WaitUntil says; both ran into their timeouts.
    /// </summary>
    private static async Task ArriveAsync(IPage page, string glob)
    {
        var pattern = "^" + System.Text.RegularExpressions.Regex.Escape(glob)
            .Replace(@"\*\*", ".*", StringComparison.Ordinal).Replace(@"\*", "[^/]*", StringComparison.Ordinal) + "$";
        await page.WaitForFunctionAsync("pattern => new RegExp(pattern).test(location.href) && document.readyState !== 'loading'", pattern);
    }

    private static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });

    [Fact]
    public async Task Reader_FrontArticleTopicSearchAndLanguageSwitch()
    {
        var page = await PageAsync();

        await page.GotoAsync(_site.BaseUrl + "/");
        Assert.EndsWith("/es/", page.Url, StringComparison.Ordinal);
        await ShotAsync(page, "01-front-es");

        await page.ClickAsync("a.headline:has-text('Un fondo estadounidense')");
        await ArriveAsync(page, "**/es/a/**");
        Assert.Equal("Un fondo estadounidense promete 40.000 millones de euros para centros de datos en Francia", await page.InnerTextAsync("h1"));
        Assert.Equal("Traducido automáticamente del francés por apertium", await page.InnerTextAsync(".translation-label"));
        await ShotAsync(page, "02-article-es");

        await page.ClickAsync(".article-topics a:has-text('Estados Unidos')");
        await ArriveAsync(page, "**/es/topics/estados-unidos");
        Assert.Equal("Tema: Estados Unidos", await page.InnerTextAsync("h1"));
        await ShotAsync(page, "03-topic-es");

        await page.FillAsync("form.search input[name=q]", "inversiones");
        await page.PressAsync("form.search input[name=q]", "Enter");
        await ArriveAsync(page, "**/es/search?q=inversiones");
        Assert.True(await page.Locator(".results mark").CountAsync() > 0);
        await ShotAsync(page, "04-search-es");

        await page.ClickAsync(".results a.headline >> nth=0");
        await page.ClickAsync("nav.languages a[hreflang=de]");
        await ArriveAsync(page, "**/de/**");
        Assert.Equal("de", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("Startseite", await page.InnerTextAsync("nav.primary"), StringComparison.Ordinal);
        await ShotAsync(page, "05-switched-to-de");
    }

    [Fact]
    public async Task Editor_SignInApproveHeldTranslationAndSeeItPublished()
    {
        var page = await PageAsync();

        await page.GotoAsync(_site.BaseUrl + "/ca/");
        Assert.NotEqual("ca", await page.GetAttributeAsync("html", "lang")); // no Catalan edition before the approval

        await page.GotoAsync(_site.BaseUrl + "/editor/");
        Assert.Contains("/editor/sign-in", page.Url, StringComparison.Ordinal);
        await page.FillAsync("input[name=name]", "alice");
        await page.FillAsync("input[name=password]", "correct horse battery");
        await page.ClickAsync("button:has-text('Sign in')");
        await ArriveAsync(page, "**/editor/");
        await ShotAsync(page, "10-review-queue");

        await page.ClickAsync("table.queue a");
        await ArriveAsync(page, "**/editor/review/**");
        Assert.Equal("40 milions", await page.InnerTextAsync(".translation mark.finding"));
        await ShotAsync(page, "11-review-held");

        await page.ClickAsync("button[name=approve]");
        await ArriveAsync(page, "**done=approved");
        await page.ClickAsync("a.live");
        await ArriveAsync(page, "**/ca/a/**");
        Assert.StartsWith("Un fons nord-americà promet", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        Assert.Contains("revisat per alice", await page.InnerTextAsync(".translation-label"), StringComparison.Ordinal);
        await ShotAsync(page, "12-approved-published-ca");

        await page.GotoAsync(_site.BaseUrl + "/ca/");
        Assert.Contains("Un fons nord-americà promet", await page.InnerTextAsync("main"), StringComparison.Ordinal);
    }
}
