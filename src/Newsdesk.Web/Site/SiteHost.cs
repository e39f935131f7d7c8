using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.ResponseCompression;
using Newsdesk.Processing;
using Newsdesk.Publishing;
using Newsdesk.Storage;
using Newsdesk.Web.Composition;
using Newsdesk.Web.Editors;
using Newsdesk.Web.Endpoints;

namespace Newsdesk.Web.Site;

/// <summary>
/// Builds the web host: the one function `newsdesk serve`, `newsdesk run` and the tests share. The desk's services come
/// from <see cref="DeskServices.AddNewsdesk"/>; this adds the site, the editors' pages and (for `run`) the workers.
/// </summary>
public static class SiteHost
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <param name="configuration">The desk's settings (database, Site, Publishing, Worker …).</param>
    /// <param name="urls">Where Kestrel listens ("http://127.0.0.1:0" picks a free port).</param>
    /// <param name="withWorkers">Also run the pipeline's job worker in this process (`newsdesk run`).</param>
    /// <param name="logLevel">Console log level.</param>
    public static IHostBuilder CreateBuilder(IConfiguration configuration, string? urls = null, bool withWorkers = false, LogLevel logLevel = LogLevel.Warning) =>
        new HostBuilder()
            .UseContentRoot(AppContext.BaseDirectory)
            .ConfigureAppConfiguration(c => c.AddConfiguration(configuration))
            .ConfigureLogging(l => l.AddDeskConsole(logLevel))
            .ConfigureWebHost(web => web
                .UseKestrel(k => k.AddServerHeader = false)
                .UseUrls(urls ?? DefaultUrls)
                .UseContentRoot(AppContext.BaseDirectory)
                .ConfigureServices((context, services) =>
                {
                    services.AddNewsdesk(context.Configuration);
                    services.AddNewsdeskSite(context.Configuration);
                    if (withWorkers)
                    {
                        services.AddHostedService<WorkerService>();
                        // Stopping waits for the worker: its grace period, the few seconds cancelled steps get, and releasing.
                        var grace = DeskSettings.Worker(context.Configuration).ShutdownGrace;
                        services.Configure<HostOptions>(o => o.ShutdownTimeout = grace + TimeSpan.FromSeconds(15));
                    }
                })
                .Configure(app => app.UseNewsdeskSite()));

    public static IServiceCollection AddNewsdeskSite(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Site").Get<SiteOptions>() ?? new SiteOptions();
        services.AddSingleton(options);
        services.AddRouting();
        // Pages are UTF-8: letters of every language are written as they are, not as &#xE0; entities (markup is still escaped).
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorComponents();
        services.AddOutputCache(o => o.AddPolicy(SiteCache.Policy, b => b.Expire(options.CacheDuration).Tag(SiteCache.Tag)));
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true; // editor pages opt out (see EditorEndpoints.EditorGroup)
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/rss+xml", "application/atom+xml", "application/xml"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);

        services.AddAuthentication(EditorAccounts.Scheme).AddCookie(EditorAccounts.Scheme, o =>
        {
            o.Cookie.Name = "newsdesk-editor";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // HTTPS directly, or from a known proxy (Site:KnownProxies)
            o.Cookie.Path = "/";
            o.LoginPath = "/editor/sign-in";
            o.LogoutPath = "/editor/sign-out";
            o.AccessDeniedPath = "/editor/denied";
            o.ExpireTimeSpan = TimeSpan.FromHours(12);
            o.SlidingExpiration = true;
            o.Events = new CookieAuthenticationEvents
            {
                // Sessions are revocable: a cookie is good only while its user's security stamp is the one it carries.
                OnValidatePrincipal = async context =>
                {
                    var accounts = context.HttpContext.RequestServices.GetRequiredService<EditorAccounts>();
                    if (context.Principal is null || !await accounts.IsSessionCurrentAsync(context.Principal, context.HttpContext.RequestAborted))
                    {
                        context.RejectPrincipal();
                        await context.HttpContext.SignOutAsync(EditorAccounts.Scheme);
                    }
                },
                // Editors' pages are the only authenticated area; anything else gets a plain 401.
                OnRedirectToLogin = context =>
                {
                    if (context.Request.Path.StartsWithSegments("/editor"))
                    {
                        context.Response.Redirect(context.RedirectUri);
                    }
                    else
                    {
                        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    }
                    return Task.CompletedTask;
                },
            };
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(EditorAccounts.EditorPolicy, p => p.RequireRole(EditorAccounts.EditorRole, EditorAccounts.AdminRole))
            .AddPolicy(EditorAccounts.AdminPolicy, p => p.RequireRole(EditorAccounts.AdminRole));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "newsdesk-af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // its default is never Secure, even over HTTPS
            o.Cookie.Path = "/editor";
            o.FormFieldName = "__af";
        });
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(EditorEndpoints.SignInRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                ClientAddress.Key(context.Connection.RemoteIpAddress),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.SignInsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });

        if (options.KnownProxies.Count > 0)
        {
            services.Configure<ForwardedHeadersOptions>(o => KnownProxies.Configure(o, options.KnownProxies));
        }
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));

        services.AddSingleton<StaticAssets>();
        services.AddSingleton<SiteHtml>();
        services.AddSingleton<EditionCatalog>();
        services.AddSingleton<SitePages>();
        services.AddSingleton<SiteCacheInvalidator>();
        services.AddSingleton<ISiteChangeNotifier>(sp => sp.GetRequiredService<SiteCacheInvalidator>());
        services.AddSingleton<EditorAccounts>();
        services.AddSingleton<TrustedDevices>();
        services.AddSingleton<EditorPages>();
        services.AddSingleton<EditorActions>();
        services.AddHostedService<MigrateOnStart>();
        services.AddHostedService<SiteVersionWatcher>();
        return services;
    }

    public static IApplicationBuilder UseNewsdeskSite(this IApplicationBuilder app)
    {
        // First, so that everything after it (HSTS, Secure cookies, rate limits) sees the client's scheme and address.
        if (app.ApplicationServices.GetRequiredService<SiteOptions>().KnownProxies.Count > 0)
        {
            app.UseForwardedHeaders();
        }
        app.UseHsts(); // HTTPS requests only
        app.Use(static (context, next) =>
        {
            var headers = context.Response.Headers;
            headers["X-Content-Type-Options"] = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.ContentSecurityPolicy =
                "default-src 'self'; img-src 'self' https: http: data:; style-src 'self'; script-src 'none'; object-src 'none'; " +
                "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
            return next(context);
        });
        app.Use(static async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (BadHttpRequestException e) when (!context.Response.HasStarted)
            {
                // A form without a valid antiforgery token (a cross-site post, an expired page) and other malformed requests.
                context.Response.Clear();
                context.Response.StatusCode = e.StatusCode;
                await context.Response.WriteAsync(e.InnerException is Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException
                    ? "This form has expired or did not come from this site. Go back, reload the page and try again."
                    : "Bad request.");
            }
        });
        app.UseResponseCompression();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseOutputCache();
        app.UseEndpoints(endpoints => endpoints.MapNewsdesk());
        return app;
    }

    /// <summary>The site's database is brought up to date before the first request (the embedded SQLite default migrates on start).</summary>
    private sealed class MigrateOnStart(INewsStore store) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => store.MigrateAsync(cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    /// <summary>`newsdesk run`: the job worker beside the site, and due sources turned into jobs; stopped with the host
    /// (SIGTERM, SIGINT), when the worker finishes or releases the jobs it holds.</summary>
    private sealed class WorkerService(JobWorker worker, SourceScheduler scheduler) : BackgroundService
    {
        protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
            Task.WhenAll(worker.RunAsync(drain: false, stoppingToken), scheduler.RunAsync(TimeSpan.FromSeconds(15), stoppingToken));
    }

    internal static string? UserName(ClaimsPrincipal user) => user.Identity?.Name;
}
