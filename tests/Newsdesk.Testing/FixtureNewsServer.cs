using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Newsdesk.Testing;

/// <summary>
/// A real HTTP server on 127.0.0.1 that serves generated news outlets: each outlet has a feed (RSS 2.0 or Atom,
/// alternating) and article pages with site chrome (navigation, related links, share bar, cookie banner).
/// Text is generated deterministically, distinct per article. Tests add their own routes for edge cases.
/// </summary>
public sealed class FixtureNewsServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);

    private FixtureNewsServer(WebApplication app, int outlets, int itemsPerOutlet)
    {
        _app = app;
        Outlets = outlets;
        ItemsPerOutlet = itemsPerOutlet;
    }

    public int Outlets { get; }

    public int ItemsPerOutlet { get; }

    public Uri BaseUrl { get; private set; } = null!;

    private readonly List<Uri> _outletBases = [];

    /// <summary>Where an outlet is served: the shared base, or its own loopback address when started with distinct hosts.</summary>
    public Uri OutletBase(int outlet) => _outletBases.Count > 0 ? _outletBases[outlet] : BaseUrl;

    public Uri FeedUrl(int outlet) => new(OutletBase(outlet), $"/outlet{outlet}/feed.xml");

    public Uri ArticleUrl(int outlet, int item) => new(OutletBase(outlet), $"/outlet{outlet}/article-{item}.html");

    /// <summary>How many requests a path has received.</summary>
    public int Hits(string path) => _hits.GetValueOrDefault(path);

    public int TotalArticleHits => _hits.Where(h => h.Key.Contains("/article-", StringComparison.Ordinal)).Sum(h => h.Value);

    /// <summary>Starts the server on a free loopback port.</summary>
    /// <param name="outlets">How many generated outlets.</param>
    /// <param name="itemsPerOutlet">Articles per outlet (all listed in its feed).</param>
    /// <param name="configure">Extra routes, mapped before the generated ones.</param>
    /// <param name="distinctHosts">Serve each outlet on its own loopback address (127.0.1.N), as separate sites would be,
    /// so per-host politeness does not serialise them all.</param>
    public static async Task<FixtureNewsServer> StartAsync(int outlets, int itemsPerOutlet, Action<WebApplication>? configure = null,
        bool distinctHosts = false)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o =>
        {
            o.Listen(IPAddress.Loopback, 0);
            for (var i = 0; distinctHosts && i < outlets; i++)
            {
                o.Listen(OutletAddress(i), 0);
            }
        });
        var app = builder.Build();
        var server = new FixtureNewsServer(app, outlets, itemsPerOutlet);
        app.Use(async (context, next) =>
        {
            server._hits.AddOrUpdate(context.Request.Path.Value ?? "", 1, (_, n) => n + 1);
            await next(context);
        });
        configure?.Invoke(app);
        app.MapGet("/robots.txt", () => Results.Text("User-agent: *\nAllow: /\n", "text/plain"));
        app.MapGet("/outlet{outlet:int}/feed.xml", (HttpContext context, int outlet) => server.Feed(context, outlet));
        app.MapGet("/outlet{outlet:int}/article-{item:int}.html", (int outlet, int item) =>
            outlet < 0 || outlet >= outlets || item < 0 || item >= itemsPerOutlet
                ? Results.NotFound()
                : Results.Content(Page(outlet, item), "text/html; charset=utf-8"));
        await app.StartAsync();
        var urls = app.Urls.Select(u => new Uri(u.EndsWith('/') ? u : u + "/")).ToList();
        server.BaseUrl = urls.First(u => u.Host == "127.0.0.1");
        for (var i = 0; distinctHosts && i < outlets; i++)
        {
            server._outletBases.Add(urls.First(u => u.Host == OutletAddress(i).ToString()));
        }
        return server;
    }

    private static IPAddress OutletAddress(int outlet) => IPAddress.Parse($"127.0.{1 + outlet / 250}.{1 + outlet % 250}");

    private IResult Feed(HttpContext context, int outlet)
    {
        if (outlet < 0 || outlet >= Outlets)
        {
            return Results.NotFound();
        }
        var etag = $"\"feed-{outlet}-{ItemsPerOutlet}\"";
        context.Response.Headers.ETag = etag;
        if (context.Request.Headers.IfNoneMatch.ToString() == etag)
        {
            return Results.StatusCode(304);
        }
        var atom = outlet % 2 == 1;
        var sb = new StringBuilder();
        var published = new DateTimeOffset(2026, 11, 28, 6, 0, 0, TimeSpan.FromHours(1));
        if (atom)
        {
            sb.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"fr\">")
                .Append(CultureInfo.InvariantCulture, $"<title>Outlet {outlet}</title><id>urn:outlet:{outlet}</id><updated>{published:O}</updated>");
            for (var i = 0; i < ItemsPerOutlet; i++)
            {
                sb.Append(CultureInfo.InvariantCulture,
                    $"<entry><id>urn:outlet:{outlet}:{i}</id><title>{WebUtility.HtmlEncode(Title(outlet, i))}</title><link href=\"/outlet{outlet}/article-{i}.html?utm_source=feed\"/><updated>{published.AddMinutes(-i):O}</updated></entry>");
            }
            sb.Append("</feed>");
            return Results.Content(sb.ToString(), "application/atom+xml; charset=utf-8");
        }
        sb.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>")
            .Append(CultureInfo.InvariantCulture, $"<title>Outlet {outlet}</title><link>{OutletBase(outlet)}outlet{outlet}/</link><language>fr</language>");
        for (var i = 0; i < ItemsPerOutlet; i++)
        {
            sb.Append(CultureInfo.InvariantCulture,
                $"<item><title>{WebUtility.HtmlEncode(Title(outlet, i))}</title><link>{OutletBase(outlet)}outlet{outlet}/article-{i}.html?utm_medium=rss</link><guid isPermaLink=\"false\">outlet-{outlet}-{i}</guid><pubDate>{published.AddMinutes(-i).ToString("r", CultureInfo.InvariantCulture)}</pubDate></item>");
        }
        sb.Append("</channel></rss>");
        return Results.Content(sb.ToString(), "application/rss+xml; charset=utf-8");
    }

    private static readonly string[] Subjects =
        ["Le conseil municipal", "La préfecture", "Le gouvernement", "La société Verdanne", "Le syndicat des transports", "L'université de Lyon",
         "La région", "Le club de rugby", "L'hôpital Saint-Just", "La chambre de commerce", "Le festival d'automne", "La cour d'appel"];
    private static readonly string[] Verbs =
        ["a annoncé", "a présenté", "a confirmé", "a reporté", "a dévoilé", "a contesté", "a validé", "a financé", "a suspendu", "a détaillé"];
    private static readonly string[] Objects =
        ["un plan d'investissement", "la rénovation du quartier", "un nouveau calendrier", "la fermeture de la ligne", "un accord salarial",
         "la construction d'un gymnase", "un budget rectificatif", "la réouverture du musée", "une enquête administrative", "un partenariat régional"];

    /// <summary>The headline of a generated article.</summary>
    public static string Title(int outlet, int item)
    {
        var r = new Random(outlet * 100_003 + item);
        return $"{Subjects[r.Next(Subjects.Length)]} {Verbs[r.Next(Verbs.Length)]} {Objects[r.Next(Objects.Length)]} (n° {outlet}-{item})";
    }

    // Body text is drawn word by word from a plain vocabulary: templated sentences would make every story look like a
    // syndicated copy of the others to the near-duplicate check, which real stories are not.
    private static readonly string[] Vocabulary = (
        "le la les un une des du de au aux et ou mais donc car ni que qui dont où ce cette ces son sa ses leur leurs " +
        "maire conseil ville région État gouvernement ministre député syndicat entreprise usine école hôpital tribunal " +
        "projet budget plan accord réforme enquête rapport chantier quartier rue pont gare ligne tramway port aéroport " +
        "habitants salariés élèves patients juges élus riverains agriculteurs commerçants chercheurs médecins policiers " +
        "annonce présente confirme reporte dévoile conteste valide finance suspend détaille critique soutient refuse " +
        "prépare lance termine ouvre ferme rénove agrandit réduit augmente baisse double triple vote adopte rejette " +
        "nouveau nouvelle ancien ancienne grand grande petit petite important importante public publique local locale " +
        "national nationale régional régionale premier première dernier dernière prochain prochaine long longue " +
        "semaine mois année matin soir hier demain lundi mardi mercredi jeudi vendredi samedi dimanche automne hiver " +
        "millions euros milliards pour cent kilomètres mètres heures jours places emplois logements véhicules " +
        "selon après avant pendant malgré grâce contre vers sans avec sous sur dans entre depuis jusqu'à"
    ).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The body paragraphs of a generated article; no two articles share their wording.</summary>
    public static IReadOnlyList<string> Paragraphs(int outlet, int item)
    {
        var r = new Random(outlet * 100_003 + item);
        var paragraphs = new List<string>();
        var count = 4 + r.Next(4);
        for (var p = 0; p < count; p++)
        {
            var sentences = new List<string>();
            for (var s = 0; s < 3; s++)
            {
                var words = Enumerable.Range(0, 10 + r.Next(9)).Select(_ => Vocabulary[r.Next(Vocabulary.Length)]).ToList();
                words.Insert(r.Next(words.Count), $"{r.Next(2, 900)}");
                var sentence = string.Join(' ', words);
                sentences.Add(char.ToUpperInvariant(sentence[0]) + sentence[1..] + ".");
            }
            paragraphs.Add(string.Join(" ", sentences));
        }
        return paragraphs;
    }

    /// <summary>A full article page with realistic chrome around the body.</summary>
    public static string Page(int outlet, int item)
    {
        var title = WebUtility.HtmlEncode(Title(outlet, item));
        var body = string.Concat(Paragraphs(outlet, item).Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>\n"));
        return $$"""
            <!DOCTYPE html>
            <html lang="fr"><head><meta charset="utf-8"><title>{{title}} | Outlet {{outlet}}</title>
            <link rel="canonical" href="/outlet{{outlet}}/article-{{item}}.html">
            <meta property="og:title" content="{{title}}">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"{{title}}","datePublished":"2026-11-28T06:00:00+01:00","author":{"@type":"Person","name":"Camille Reporter"} }</script>
            </head><body>
            <div id="cookie-banner">Nous utilisons des cookies pour améliorer votre expérience. <button>Accepter</button></div>
            <header><nav><ul><li><a href="/">Accueil</a></li><li><a href="/politique">Politique</a></li><li><a href="/economie">Économie</a></li></ul></nav></header>
            <main><article>
            <h1>{{title}}</h1>
            <div class="share"><a href="#">Partager sur Facebook</a> <a href="#">Partager sur X</a></div>
            {{body}}
            <aside class="related"><h3>Lire aussi</h3><ul><li><a href="/outlet{{outlet}}/article-{{item + 1}}.html">Un autre article</a></li></ul></aside>
            </article></main>
            <footer><p>© 2026 Outlet {{outlet}}. Tous droits réservés.</p><a href="/mentions">Mentions légales</a></footer>
            </body></html>
            """;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
