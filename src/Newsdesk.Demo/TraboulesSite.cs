using System.Text;
using System.Xml;

namespace Newsdesk.Demo;

/// <summary>"Le Quotidien des Traboules", a Lyon daily: RSS 2.0 with tracking parameters on links, JSON-LD
/// NewsArticle (LiveBlogPosting for live pages), BEM class names, "Lire aussi" and topic boxes inside the body.</summary>
internal sealed class TraboulesSite(Uri baseUrl, IReadOnlyList<DemoArticle> articles, Func<string, string, Uri?> resolve,
    IReadOnlyDictionary<string, byte[]> images, DateTimeOffset now) : OutletSite(DemoOutlets.Traboules, baseUrl, articles, resolve, images, now)
{
    private static readonly string[] Navigation =
        ["Lyon & Métropole", "Politique", "Économie", "Société", "Sciences", "International", "Sport", "Culture", "Débats"];

    public override string FeedKind => "rss";

    public override string FeedPath => "rss/une.xml";

    protected override string FeedContentType => "application/rss+xml; charset=utf-8";

    protected override string StylesheetPath => "static/qt-2026.css";

    protected override string Stylesheet => """
        body{font-family:Georgia,serif;margin:0;color:#1d1d1b}
        .site-header{background:#7a1f2b;color:#fff;padding:.5rem 1rem}.site-header a{color:#fff}
        .main-nav ul{display:flex;gap:1rem;list-style:none;margin:0;padding:0}
        .layout{display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:2rem;max-width:1100px;margin:auto;padding:1rem}
        .article__chapo{font-size:1.2rem;font-weight:bold}.article__quote{border-left:4px solid #7a1f2b;margin:1rem 0;padding-left:1rem}
        .cmp-banner{position:fixed;bottom:0;left:0;right:0;background:#fff;border-top:2px solid #7a1f2b;padding:1rem}
        .ad{background:#f2f2f2;min-height:90px;text-align:center;color:#999}
        .share-bar ul{display:flex;gap:.5rem;list-style:none;padding:0}
        .live__entry{border-left:3px solid #c00;padding-left:1rem;margin:1.5rem 0}
        img{max-width:100%;height:auto}
        """;

    public override string ArticlePath(DemoArticle article) =>
        $"{Slugify(article.Section)}/{article.Slug}_{6_000_000 + Stable(article.Slug) % 1_000_000}.html";

    public override string ImagePath(string file) => $"medias/2026/{file}";

    public override string SectionPath(string section) => $"{Slugify(section)}/";

    public override string TagPath(string tag) => $"sujets/{Slugify(tag)}/";

    protected override string RenderArticle(DemoArticle article)
    {
        var url = ArticleUrl(article);
        var html = new StringBuilder(32_768);
        Head(html, $"{article.Title} – {Name}", article.Lead, url, JsonLd(article, url));
        html.Append("<body class=\"page page--article").Append(article.Kind == DemoArticleKind.Live ? " page--live" : "").Append("\">\n");
        Chrome(html);
        html.Append("<main class=\"layout\" id=\"contenu\">\n<article class=\"article\" data-article-id=\"").Append(Stable(article.Slug) % 1_000_000).Append("\">\n");
        html.Append("<nav class=\"breadcrumb\" aria-label=\"Fil d’Ariane\"><a href=\"/\">Accueil</a> › <a href=\"")
            .Append(E(UrlOf(SectionPath(article.Section)).ToString())).Append("\">").Append(E(article.Section)).Append("</a></nav>\n");
        if (article.Kind == DemoArticleKind.Live)
        {
            html.Append("<p class=\"live__badge\"><span class=\"live__dot\"></span>EN DIRECT</p>\n");
        }
        html.Append("<h1 class=\"article__title\">").Append(E(article.Title)).Append("</h1>\n");
        html.Append("<p class=\"article__chapo\">").Append(E(article.Lead)).Append("</p>\n");
        html.Append("<div class=\"article__meta\"><span class=\"article__author\">Par <a rel=\"author\" href=\"/auteurs/")
            .Append(Slugify(article.Author)).Append("/\">").Append(E(article.Author)).Append("</a></span> ")
            .Append("<span class=\"article__dates\">Publié le <time datetime=\"").Append(FrenchDates.Iso(article.Published)).Append("\">")
            .Append(FrenchDates.Long(article.Published)).Append("</time>");
        if (article.Updated is { } updated)
        {
            html.Append(", mis à jour le <time datetime=\"").Append(FrenchDates.Iso(updated)).Append("\">").Append(FrenchDates.Long(updated)).Append("</time>");
        }
        html.Append("</span> <span class=\"article__reading-time\">Temps de lecture : ").Append(ReadingMinutes(article)).Append(" min</span></div>\n");
        ShareBar(html, article, url);
        if (article.Image is { } image)
        {
            Figure(html, image.File, image.Caption, image.Credit, "article__figure article__figure--main");
        }
        html.Append("<div class=\"article__body\" itemprop=\"articleBody\">\n");
        if (article.Kind == DemoArticleKind.Live)
        {
            LiveBody(html, article);
        }
        else
        {
            Body(html, article);
        }
        html.Append("</div>\n");
        html.Append("<div class=\"article__tags\"><span class=\"article__tags-label\">Mots-clés :</span> ");
        html.AppendJoin(", ", article.Tags.Select(t => $"<a href=\"{E(UrlOf(TagPath(t)).ToString())}\" rel=\"tag\">{E(t)}</a>"));
        html.Append("</div>\n");
        html.Append("""
            <aside class="newsletter-box">
              <p class="newsletter-box__title">La Matinale des Traboules</p>
              <p>Recevez notre newsletter chaque matin à 6 h 30 : l’essentiel de l’actualité lyonnaise et nationale, gratuitement.</p>
              <form action="/newsletter/inscription" method="post"><input type="email" name="email" placeholder="Votre adresse e-mail" required> <button type="submit">S’inscrire</button></form>
              <p class="newsletter-box__legal">Vous pouvez vous désinscrire à tout moment via le lien en bas de chaque lettre.</p>
            </aside>

            """);
        html.Append("<section class=\"related\"><h2 class=\"related__title\">Sur le même sujet</h2>\n<ul class=\"related__list\">\n");
        foreach (var other in Related(article, 3))
        {
            html.Append("<li class=\"related__item\"><a href=\"").Append(E(ArticleUrl(other).ToString())).Append("\"><span class=\"related__section\">")
                .Append(E(other.Section)).Append("</span> ").Append(E(other.Title)).Append("</a></li>\n");
        }
        html.Append("</ul></section>\n");
        Comments(html, article);
        html.Append("</article>\n");
        Sidebar(html);
        html.Append("</main>\n");
        Footer(html);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    protected override string RenderHome()
    {
        var html = new StringBuilder(16_384);
        Head(html, $"{Name} – Actualités de Lyon, de la région et du monde", "L’actualité lyonnaise, régionale, nationale et internationale, par la rédaction du Quotidien des Traboules.", BaseUrl, null);
        html.Append("<body class=\"page page--home\">\n");
        Chrome(html);
        html.Append("<main class=\"layout\" id=\"contenu\">\n<div class=\"home\">\n<h1 class=\"visually-hidden\">").Append(E(Name)).Append(" – À la une</h1>\n");
        html.Append("<p class=\"home__date\">").Append(FrenchDates.Day(Now)).Append("</p>\n");
        Teasers(html, Articles, lead: true);
        html.Append("</div>\n");
        Sidebar(html);
        html.Append("</main>\n");
        Footer(html);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    protected override string RenderListing(string title, IReadOnlyList<DemoArticle> articles)
    {
        var html = new StringBuilder(8_192);
        Head(html, $"{title} – {Name}", $"Toute l’actualité « {title} » avec {Name}.", UrlOf(articles.Any(a => a.Section == title) ? SectionPath(title) : TagPath(title)), null);
        html.Append("<body class=\"page page--rubrique\">\n");
        Chrome(html);
        html.Append("<main class=\"layout\" id=\"contenu\">\n<div class=\"rubrique\">\n<h1 class=\"rubrique__title\">").Append(E(title)).Append("</h1>\n");
        Teasers(html, articles, lead: false);
        html.Append("</div>\n");
        Sidebar(html);
        html.Append("</main>\n");
        Footer(html);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    protected override string RenderNotFound()
    {
        var html = new StringBuilder(4_096);
        Head(html, $"Page introuvable – {Name}", "Cette page n’existe pas ou plus.", BaseUrl, null);
        html.Append("<body class=\"page page--404\">\n");
        Chrome(html);
        html.Append("<main class=\"layout\"><div class=\"error\"><h1>Page introuvable</h1><p>La page que vous cherchez n’existe pas ou a été déplacée. <a href=\"/\">Retour à la une</a></p></div></main>\n");
        Footer(html);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    protected override string BuildFeed() => Xml(x =>
    {
        const string dc = "http://purl.org/dc/elements/1.1/";
        const string media = "http://search.yahoo.com/mrss/";
        const string atom = "http://www.w3.org/2005/Atom";
        x.WriteStartElement("rss");
        x.WriteAttributeString("version", "2.0");
        x.WriteAttributeString("xmlns", "dc", null, dc);
        x.WriteAttributeString("xmlns", "media", null, media);
        x.WriteAttributeString("xmlns", "atom", null, atom);
        x.WriteStartElement("channel");
        x.WriteElementString("title", $"{Name} – À la une");
        x.WriteElementString("link", BaseUrl.ToString());
        x.WriteElementString("description", "Les derniers articles du Quotidien des Traboules.");
        x.WriteElementString("language", "fr-fr");
        x.WriteElementString("copyright", $"© {Name}");
        x.WriteElementString("lastBuildDate", FrenchDates.Rfc822(SiteModified));
        x.WriteElementString("ttl", "15");
        x.WriteStartElement("atom", "link", atom);
        x.WriteAttributeString("href", UrlOf(FeedPath).ToString());
        x.WriteAttributeString("rel", "self");
        x.WriteAttributeString("type", "application/rss+xml");
        x.WriteEndElement();
        foreach (var article in Articles)
        {
            x.WriteStartElement("item");
            x.WriteElementString("title", article.Title);
            // Like many publishers, the feed tags its links for audience measurement; the page's canonical URL has no query.
            x.WriteElementString("link", ArticleUrl(article) + "?xtor=RSS-1&utm_source=rss&utm_medium=feed");
            x.WriteElementString("description", article.Lead);
            x.WriteElementString("pubDate", FrenchDates.Rfc822(article.Published));
            x.WriteStartElement("guid");
            x.WriteAttributeString("isPermaLink", "false");
            x.WriteString($"qt-{Stable(article.Slug) % 1_000_000}");
            x.WriteEndElement();
            x.WriteElementString("category", article.Section);
            foreach (var tag in article.Tags)
            {
                x.WriteElementString("category", tag);
            }
            x.WriteElementString("dc", "creator", dc, article.Author);
            if (article.Image is { } image)
            {
                x.WriteStartElement("media", "content", media);
                x.WriteAttributeString("url", UrlOf(ImagePath(image.File)).ToString());
                x.WriteAttributeString("medium", "image");
                x.WriteElementString("media", "description", media, image.Caption);
                x.WriteElementString("media", "credit", media, image.Credit);
                x.WriteEndElement();
            }
            x.WriteEndElement();
        }
        x.WriteEndElement();
        x.WriteEndElement();
    });

    private void Head(StringBuilder html, string title, string description, Uri canonical, string? jsonLd)
    {
        html.Append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(title)).Append("</title>\n")
            .Append("<meta name=\"description\" content=\"").Append(E(description)).Append("\">\n")
            .Append("<meta name=\"robots\" content=\"index, follow, max-image-preview:large\">\n")
            .Append("<link rel=\"canonical\" href=\"").Append(E(canonical.ToString())).Append("\">\n")
            .Append("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"").Append(E(Name)).Append(" – À la une\" href=\"")
            .Append(E(UrlOf(FeedPath).ToString())).Append("\">\n")
            .Append("<link rel=\"stylesheet\" href=\"").Append(E(UrlOf(StylesheetPath).ToString())).Append("\">\n");
        if (jsonLd is not null)
        {
            html.Append("<script type=\"application/ld+json\">\n").Append(jsonLd).Append("\n</script>\n");
        }
        html.Append("""
            <script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({"site":"quotidien-traboules","env":"prod"});</script>
            </head>

            """);
    }

    private void Chrome(StringBuilder html)
    {
        html.Append("""
            <div id="cmp-consent" class="cmp-banner" role="dialog" aria-label="Gestion des cookies">
              <p class="cmp-banner__text">Nous utilisons des cookies et des technologies similaires pour mesurer l’audience, personnaliser les contenus et vous proposer des publicités adaptées. Vous pouvez accepter, refuser ou paramétrer vos choix à tout moment.</p>
              <div class="cmp-banner__actions"><button type="button" class="cmp-banner__accept">Tout accepter</button> <button type="button" class="cmp-banner__refuse">Continuer sans accepter</button> <a href="/confidentialite/" class="cmp-banner__settings">Paramétrer les cookies</a></div>
            </div>
            <a class="skip-link" href="#contenu">Aller au contenu</a>
            <header class="site-header">
            <div class="site-header__top"><a class="site-header__logo" href="/">Le Quotidien des Traboules</a>
            <span class="site-header__tagline">L’information de Lyon et d’ailleurs depuis 1987</span>
            <a class="site-header__subscribe" href="/abonnement/">S’abonner – 1 € le premier mois</a> <a class="site-header__login" href="/compte/connexion">Se connecter</a></div>
            <nav class="main-nav" aria-label="Navigation principale"><ul>
            """);
        html.Append("<li class=\"main-nav__item\"><a href=\"").Append(E(BaseUrl.ToString())).Append("\">À la une</a></li>");
        foreach (var section in Navigation)
        {
            html.Append("<li class=\"main-nav__item\"><a href=\"").Append(E(UrlOf(SectionPath(section)).ToString())).Append("\">").Append(E(section)).Append("</a></li>");
        }
        html.Append("\n</ul></nav>\n</header>\n");
        html.Append("<div class=\"ad ad--banner\" id=\"ad-top\" data-slot=\"banniere-haute\"><span class=\"ad__label\">Publicité</span></div>\n");
    }

    private void ShareBar(StringBuilder html, DemoArticle article, Uri url)
    {
        var u = Uri.EscapeDataString(url.ToString());
        var t = Uri.EscapeDataString(article.Title);
        html.Append("<div class=\"share-bar\" aria-label=\"Partager l’article\"><span class=\"share-bar__label\">Partager</span><ul>")
            .Append("<li><a class=\"share-bar__facebook\" href=\"https://www.facebook.com/sharer/sharer.php?u=").Append(u).Append("\">Facebook</a></li>")
            .Append("<li><a class=\"share-bar__x\" href=\"https://x.com/intent/post?url=").Append(u).Append("&amp;text=").Append(t).Append("\">X</a></li>")
            .Append("<li><a class=\"share-bar__linkedin\" href=\"https://www.linkedin.com/sharing/share-offsite/?url=").Append(u).Append("\">LinkedIn</a></li>")
            .Append("<li><a class=\"share-bar__mail\" href=\"mailto:?subject=").Append(t).Append("&amp;body=").Append(u).Append("\">Envoyer par e-mail</a></li>")
            .Append("</ul></div>\n");
    }

    private void Figure(StringBuilder html, string file, string caption, string credit, string cssClass)
    {
        html.Append("<figure class=\"").Append(cssClass).Append("\"><img src=\"").Append(E(UrlOf(ImagePath(file)).ToString()))
            .Append("\" alt=\"").Append(E(caption)).Append("\" width=\"800\" height=\"450\" loading=\"lazy\">")
            .Append("<figcaption><span class=\"figure__caption\">").Append(E(caption)).Append("</span> <span class=\"figure__credit\">")
            .Append(E(credit)).Append("</span></figcaption></figure>\n");
    }

    private void Body(StringBuilder html, DemoArticle article)
    {
        var related = Related(article, 2);
        var paragraphs = 0;
        var total = article.Blocks.Count(b => b.Kind == DemoBlockKind.Paragraph);
        var inList = false;
        foreach (var block in article.Blocks)
        {
            if (inList && block.Kind != DemoBlockKind.ListItem)
            {
                html.Append("</ul>\n");
                inList = false;
            }
            switch (block.Kind)
            {
                case DemoBlockKind.Paragraph:
                    html.Append("<p>").Append(Inline(block.Markup)).Append("</p>\n");
                    paragraphs++;
                    if (paragraphs == 2 && related.Count > 0)
                    {
                        html.Append("<p class=\"article__read-also\"><span class=\"read-also__label\">Lire aussi</span> <a href=\"")
                            .Append(E(ArticleUrl(related[0]).ToString())).Append("\">").Append(E(related[0].Title)).Append("</a></p>\n");
                    }
                    if (paragraphs == 4 && total > 5)
                    {
                        html.Append("<div class=\"ad ad--inread\" id=\"ad-inread-1\" data-slot=\"inread\"><span class=\"ad__label\">Publicité</span></div>\n");
                    }
                    if (paragraphs == 5 && total > 6 && article.Tags.Count > 0)
                    {
                        html.Append("<div class=\"topic-box\"><a href=\"").Append(E(UrlOf(TagPath(article.Tags[0])).ToString()))
                            .Append("\">Tous nos articles : ").Append(E(article.Tags[0])).Append("</a></div>\n");
                    }
                    break;
                case DemoBlockKind.Heading:
                    html.Append("<h2 class=\"article__subtitle\">").Append(Inline(block.Markup)).Append("</h2>\n");
                    break;
                case DemoBlockKind.Quote:
                    html.Append("<blockquote class=\"article__quote\"><p>").Append(Inline(block.Markup)).Append("</p></blockquote>\n");
                    break;
                case DemoBlockKind.ListItem:
                    if (!inList)
                    {
                        html.Append("<ul class=\"article__list\">\n");
                        inList = true;
                    }
                    html.Append("<li>").Append(Inline(block.Markup)).Append("</li>\n");
                    break;
                case DemoBlockKind.Figure:
                    Figure(html, block.Image!, block.Text, block.Credit!, "article__figure");
                    break;
                case DemoBlockKind.LiveEntry:
                    html.Append("<h3>").Append(FrenchDates.Time(article.EntryTime(block.Time!.Value))).Append(" – ").Append(Inline(block.Markup)).Append("</h3>\n");
                    break;
            }
        }
        if (inList)
        {
            html.Append("</ul>\n");
        }
        if (related.Count > 1)
        {
            html.Append("<p class=\"article__read-also\"><span class=\"read-also__label\">À lire aussi</span> <a href=\"")
                .Append(E(ArticleUrl(related[1]).ToString())).Append("\">").Append(E(related[1].Title)).Append("</a></p>\n");
        }
    }

    /// <summary>A live page: the summary first, then the entries newest first, each with its own anchor.</summary>
    private void LiveBody(StringBuilder html, DemoArticle article)
    {
        var summary = article.Blocks.TakeWhile(b => b.Kind != DemoBlockKind.LiveEntry).ToList();
        if (summary.Count > 0)
        {
            html.Append("<div class=\"live__summary\"><p class=\"live__summary-title\">L’essentiel</p>\n<ul>\n");
            foreach (var block in summary)
            {
                html.Append("<li>").Append(Inline(block.Markup)).Append("</li>\n");
            }
            html.Append("</ul></div>\n");
        }
        var entries = new List<(DemoBlock Head, List<DemoBlock> Body)>();
        foreach (var block in article.Blocks.Skip(summary.Count))
        {
            if (block.Kind == DemoBlockKind.LiveEntry)
            {
                entries.Add((block, []));
            }
            else
            {
                entries[^1].Body.Add(block);
            }
        }
        html.Append("<div class=\"live__feed\" aria-live=\"polite\">\n");
        for (var i = entries.Count - 1; i >= 0; i--)
        {
            var (head, body) = entries[i];
            var at = article.EntryTime(head.Time!.Value);
            html.Append("<div class=\"live__entry\" id=\"post-").Append(i + 1).Append("\">\n<time class=\"live__time\" datetime=\"")
                .Append(FrenchDates.Iso(at)).Append("\">").Append(FrenchDates.Time(at)).Append("</time>\n<h2 class=\"live__entry-title\">")
                .Append(Inline(head.Markup)).Append("</h2>\n");
            foreach (var block in body)
            {
                switch (block.Kind)
                {
                    case DemoBlockKind.Quote:
                        html.Append("<blockquote class=\"article__quote\"><p>").Append(Inline(block.Markup)).Append("</p></blockquote>\n");
                        break;
                    case DemoBlockKind.Figure:
                        Figure(html, block.Image!, block.Text, block.Credit!, "article__figure");
                        break;
                    default:
                        html.Append("<p>").Append(Inline(block.Markup)).Append("</p>\n");
                        break;
                }
            }
            html.Append("<div class=\"live__entry-share\"><a href=\"#post-").Append(i + 1).Append("\">Copier le lien de ce post</a></div>\n</div>\n");
        }
        html.Append("</div>\n");
    }

    private void Comments(StringBuilder html, DemoArticle article)
    {
        var comments = Comments(article);
        html.Append("<section class=\"comments\" id=\"commentaires\"><h2 class=\"comments__title\">Commentaires (").Append(comments.Count).Append(")</h2>\n");
        foreach (var (author, text, at) in comments)
        {
            html.Append("<div class=\"comment\"><p class=\"comment__author\">").Append(E(author)).Append(" <time datetime=\"").Append(FrenchDates.Iso(at))
                .Append("\">le ").Append(FrenchDates.Long(at)).Append("</time></p><p class=\"comment__text\">").Append(E(FrenchTypography.Apply(text)))
                .Append("</p><a class=\"comment__report\" href=\"#\">Signaler un abus</a></div>\n");
        }
        html.Append("<p class=\"comments__cta\"><a href=\"/compte/connexion\">Connectez-vous pour réagir</a></p></section>\n");
    }

    private void Sidebar(StringBuilder html)
    {
        html.Append("<aside class=\"sidebar\">\n<div class=\"most-read\"><h2 class=\"most-read__title\">Les plus lus</h2>\n<ol>\n");
        foreach (var article in MostRead(5))
        {
            html.Append("<li><a href=\"").Append(E(ArticleUrl(article).ToString())).Append("\">").Append(E(article.Title)).Append("</a></li>\n");
        }
        html.Append("</ol></div>\n<div class=\"ad ad--pave\" id=\"ad-side\" data-slot=\"pave-droit\"><span class=\"ad__label\">Publicité</span></div>\n");
        html.Append("<div class=\"sidebar__promo\"><p>Soutenez une information locale et indépendante.</p><a href=\"/abonnement/\">Je m’abonne</a></div>\n</aside>\n");
    }

    private void Footer(StringBuilder html)
    {
        html.Append("""
            <footer class="site-footer">
            <div class="site-footer__cols">
            <ul><li><a href="/qui-sommes-nous/">Qui sommes-nous ?</a></li><li><a href="/redaction/">La rédaction</a></li><li><a href="/contact/">Nous contacter</a></li><li><a href="/recrutement/">Recrutement</a></li></ul>
            <ul><li><a href="/mentions-legales/">Mentions légales</a></li><li><a href="/cgu/">Conditions générales d’utilisation</a></li><li><a href="/confidentialite/">Politique de confidentialité</a></li><li><a href="/confidentialite/#cookies">Gestion des cookies</a></li></ul>
            <ul><li><a href="/abonnement/">Abonnements</a></li><li><a href="/newsletters/">Newsletters</a></li><li><a href="/rss/">Flux RSS</a></li><li><a href="/archives/">Archives</a></li></ul>
            </div>
            <p class="site-footer__copy">© 2026 Le Quotidien des Traboules – Tous droits réservés. Reproduction interdite sans autorisation.</p>
            </footer>
            <script>document.querySelector('.cmp-banner__accept')?.addEventListener('click',function(){document.getElementById('cmp-consent').remove();});</script>

            """);
    }

    private void Teasers(StringBuilder html, IReadOnlyList<DemoArticle> articles, bool lead)
    {
        var first = true;
        html.Append("<ul class=\"teasers\">\n");
        foreach (var article in articles)
        {
            var url = E(ArticleUrl(article).ToString());
            html.Append("<li class=\"teaser").Append(first && lead ? " teaser--une" : "").Append("\">");
            if (first && lead && article.Image is { } image)
            {
                html.Append("<img class=\"teaser__img\" src=\"").Append(E(UrlOf(ImagePath(image.File)).ToString())).Append("\" alt=\"\">");
            }
            html.Append("<span class=\"teaser__kicker\">").Append(E(article.Section)).Append("</span> <a class=\"teaser__title\" href=\"").Append(url).Append("\">")
                .Append(E(article.Title)).Append("</a> <time datetime=\"").Append(FrenchDates.Iso(article.Published)).Append("\">")
                .Append(FrenchDates.Time(article.Published)).Append("</time><p class=\"teaser__lead\">").Append(E(article.Lead)).Append("</p></li>\n");
            first = false;
        }
        html.Append("</ul>\n");
    }

    private string JsonLd(DemoArticle article, Uri url) => Json(j =>
    {
        j.WriteStartObject();
        j.WriteString("@context", "https://schema.org");
        j.WriteString("@type", article.Kind == DemoArticleKind.Live ? "LiveBlogPosting" : "NewsArticle");
        j.WriteString("@id", url + "#article");
        j.WriteStartObject("mainEntityOfPage");
        j.WriteString("@type", "WebPage");
        j.WriteString("@id", url.ToString());
        j.WriteEndObject();
        j.WriteString("headline", article.Title);
        j.WriteString("description", article.Lead);
        j.WriteString("datePublished", FrenchDates.Iso(article.Published));
        j.WriteString("dateModified", FrenchDates.Iso(article.LastChanged));
        j.WriteString("inLanguage", "fr-FR");
        j.WriteString("articleSection", article.Section);
        j.WriteString("keywords", string.Join(", ", article.Tags));
        j.WriteNumber("wordCount", article.WordCount);
        j.WriteBoolean("isAccessibleForFree", true);
        j.WriteStartArray("author");
        j.WriteStartObject();
        j.WriteString("@type", "Person");
        j.WriteString("name", article.Author);
        j.WriteString("url", UrlOf($"auteurs/{Slugify(article.Author)}/").ToString());
        j.WriteEndObject();
        j.WriteEndArray();
        j.WriteStartObject("publisher");
        j.WriteString("@type", "NewsMediaOrganization");
        j.WriteString("name", Name);
        j.WriteString("url", BaseUrl.ToString());
        j.WriteEndObject();
        if (article.Image is { } image)
        {
            j.WriteStartObject("image");
            j.WriteString("@type", "ImageObject");
            j.WriteString("url", UrlOf(ImagePath(image.File)).ToString());
            j.WriteString("caption", image.Caption);
            j.WriteString("creditText", image.Credit);
            j.WriteNumber("width", 800);
            j.WriteNumber("height", 450);
            j.WriteEndObject();
        }
        if (article.Kind == DemoArticleKind.Live)
        {
            j.WriteString("coverageStartTime", FrenchDates.Iso(article.Published));
            j.WriteString("coverageEndTime", FrenchDates.Iso(article.LastChanged.AddHours(2)));
            j.WriteStartArray("liveBlogUpdate");
            foreach (var entry in article.Blocks.Where(b => b.Kind == DemoBlockKind.LiveEntry).Reverse())
            {
                j.WriteStartObject();
                j.WriteString("@type", "BlogPosting");
                j.WriteString("headline", entry.Text);
                j.WriteString("datePublished", FrenchDates.Iso(article.EntryTime(entry.Time!.Value)));
                j.WriteEndObject();
            }
            j.WriteEndArray();
        }
        j.WriteEndObject();
    });
}
