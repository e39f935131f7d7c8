using System.Text;
using System.Xml;

namespace Newsdesk.Demo;

/// <summary>"L’Écume du Littoral", a Mediterranean-coast daily: Atom feed, Open Graph and article: meta tags (no
/// JSON-LD), French class names, an "À lire aussi" box in the body, a paywall for subscriber articles.</summary>
internal sealed class EcumeSite(Uri baseUrl, IReadOnlyList<DemoArticle> articles, Func<string, string, Uri?> resolve,
    IReadOnlyDictionary<string, byte[]> images, DateTimeOffset now) : OutletSite(DemoOutlets.Ecume, baseUrl, articles, resolve, images, now)
{
    private static readonly string[] Rubriques =
        ["Marseille", "Var", "Hérault", "Société", "Économie", "Politique", "Sciences", "Monde", "Sport", "Culture", "Mer"];

    public override string FeedKind => "atom";

    public override string FeedPath => "flux/atom.xml";

    protected override string FeedContentType => "application/atom+xml; charset=utf-8";

    protected override string StylesheetPath => "assets/css/ecume.min.css";

    protected override string Stylesheet => """
        body{font-family:"Helvetica Neue",Arial,sans-serif;margin:0;background:#f7f9fa;color:#14232f}
        .topbar{background:#0b3d5c;color:#cfe3ee;font-size:.8rem;padding:.25rem 1rem}.topbar a{color:#fff}
        .masthead{text-align:center;padding:1rem}.masthead__logo{font-size:2.4rem;color:#0b3d5c;text-decoration:none}
        .rubriques{display:flex;flex-wrap:wrap;gap:.75rem;justify-content:center;border-block:1px solid #c8d6df;padding:.5rem}
        .container{max-width:1140px;margin:auto}.row{display:flex;gap:2rem}.col-main{flex:1}.col-side{width:320px}
        .story__intro{font-size:1.15rem;font-weight:600}.citation{font-style:italic;border-left:3px solid #1d7fb0;padding-left:1rem}
        .gdpr{position:fixed;inset:0;background:rgba(0,0,0,.5)}.gdpr__box{background:#fff;max-width:560px;margin:10vh auto;padding:1.5rem}
        .pub{background:repeating-linear-gradient(45deg,#eee,#eee 10px,#f6f6f6 10px,#f6f6f6 20px);min-height:250px}
        .paywall{background:#0b3d5c;color:#fff;padding:1.5rem;margin:1rem 0}
        img{max-width:100%;height:auto}
        """;

    public override string ArticlePath(DemoArticle article) => $"actu/{Slugify(article.Section)}/{article.Slug}/";

    public override string ImagePath(string file) => $"img/articles/{file}";

    public override string SectionPath(string section) => $"actu/{Slugify(section)}/";

    public override string TagPath(string tag) => $"tag/{Slugify(tag)}/";

    protected override string RenderArticle(DemoArticle article)
    {
        var url = ArticleUrl(article);
        var html = new StringBuilder(32_768);
        Head(html, $"{article.Title} | {Name}", article.Lead, url, article);
        html.Append("<body class=\"single single-post rubrique-").Append(Slugify(article.Section)).Append("\">\n");
        Chrome(html);
        html.Append("<div class=\"container\"><div class=\"row\">\n<div class=\"col-main\">\n<div class=\"story\">\n");
        html.Append("<div class=\"story__kicker\"><a href=\"").Append(E(UrlOf(SectionPath(article.Section)).ToString())).Append("\">").Append(E(article.Section)).Append("</a>");
        if (article.Kind == DemoArticleKind.Paywalled)
        {
            html.Append(" <span class=\"badge-abonne\">Abonnés</span>");
        }
        html.Append("</div>\n<h1 class=\"story__headline\">").Append(E(article.Title)).Append("</h1>\n");
        html.Append("<div class=\"story__intro\"><p>").Append(E(article.Lead)).Append("</p></div>\n");
        html.Append("<div class=\"story__byline\"><span class=\"byline__name\">Par <b>").Append(E(article.Author)).Append("</b></span> ")
            .Append("<span class=\"byline__dates\">Publié le ").Append(FrenchDates.Numeric(article.Published));
        if (article.Updated is { } updated)
        {
            html.Append(" · Mis à jour le ").Append(FrenchDates.Numeric(updated));
        }
        html.Append("</span></div>\n");
        ShareButtons(html, article, url);
        if (article.Image is { } image)
        {
            Media(html, image.File, image.Caption, image.Credit);
        }
        html.Append("<div class=\"story__content\">\n");
        var shown = article.Kind == DemoArticleKind.Paywalled ? article.Blocks.Take(article.VisibleBlocks).ToList() : [.. article.Blocks];
        Body(html, article, shown);
        html.Append("</div>\n");
        if (article.Kind == DemoArticleKind.Paywalled)
        {
            var hiddenWords = article.Blocks.Skip(article.VisibleBlocks).Sum(b => b.Text.Split(' ').Length);
            var totalWords = Math.Max(1, article.Blocks.Sum(b => b.Text.Split(' ').Length));
            html.Append("<div class=\"paywall\" id=\"paywall\"><p class=\"paywall__reste\">Il vous reste ").Append(hiddenWords * 100 / totalWords)
                .Append(" % de cet article à lire.</p><p class=\"paywall__titre\">Cet article est réservé aux abonnés.</p>")
                .Append("<a class=\"paywall__btn\" href=\"/abonnement/?origine=paywall\">Je m’abonne – 1 € le premier mois</a> ")
                .Append("<a class=\"paywall__login\" href=\"/compte/connexion\">Déjà abonné ? Se connecter</a></div>\n");
        }
        html.Append("<div class=\"story__tags\"><span>Sujets :</span> ");
        html.AppendJoin(" ", article.Tags.Select(t => $"<a class=\"tag\" href=\"{E(UrlOf(TagPath(t)).ToString())}\">#{E(t)}</a>"));
        html.Append("</div>\n");
        html.Append("""
            <div class="bloc-newsletter">
              <p class="bloc-newsletter__titre">La lettre de l’Écume</p>
              <p>Chaque matin à 7 heures, l’essentiel de l’actualité du littoral dans votre boîte mail.</p>
              <form class="bloc-newsletter__form" action="/newsletter" method="post"><input type="email" name="courriel" placeholder="Votre adresse e-mail"> <button>Je m’inscris</button></form>
            </div>

            """);
        html.Append("<section class=\"a-lire-aussi\"><h2 class=\"a-lire-aussi__titre\">À lire aussi</h2>\n<div class=\"cards\">\n");
        foreach (var other in Related(article, 3))
        {
            var img = other.Image is { } i ? $"<img src=\"{E(UrlOf(ImagePath(i.File)).ToString())}\" alt=\"\" loading=\"lazy\">" : "";
            html.Append("<a class=\"card\" href=\"").Append(E(ArticleUrl(other).ToString())).Append("\">").Append(img)
                .Append("<span class=\"card__rubrique\">").Append(E(other.Section)).Append("</span><span class=\"card__titre\">").Append(E(other.Title)).Append("</span></a>\n");
        }
        html.Append("</div></section>\n");
        Reactions(html, article);
        html.Append("</div>\n</div>\n");
        Side(html);
        html.Append("</div></div>\n");
        Footer(html);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    protected override string RenderHome()
    {
        var html = new StringBuilder(16_384);
        Head(html, $"{Name} | L’actualité de Sète à Menton", "Toute l’actualité du littoral méditerranéen : Marseille, Toulon, Montpellier, Sète, Nice.", BaseUrl, null);
        html.Append("<body class=\"home\">\n");
        Chrome(html);
        html.Append("<div class=\"container\"><div class=\"row\">\n<div class=\"col-main\">\n<h1 class=\"sr-only\">").Append(E(Name)).Append("</h1>\n");
        Cards(html, Articles);
        html.Append("</div>\n");
        Side(html);
        html.Append("</div></div>\n");
        Footer(html);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    protected override string RenderListing(string title, IReadOnlyList<DemoArticle> articles)
    {
        var html = new StringBuilder(8_192);
        var path = articles.Any(a => a.Section == title) ? SectionPath(title) : TagPath(title);
        Head(html, $"{title} | {Name}", $"{title} : toute l’actualité avec {Name}.", UrlOf(path), null);
        html.Append("<body class=\"archive\">\n");
        Chrome(html);
        html.Append("<div class=\"container\"><div class=\"row\">\n<div class=\"col-main\">\n<h1 class=\"archive__titre\">").Append(E(title)).Append("</h1>\n");
        Cards(html, articles);
        html.Append("</div>\n");
        Side(html);
        html.Append("</div></div>\n");
        Footer(html);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    protected override string RenderNotFound()
    {
        var html = new StringBuilder(4_096);
        Head(html, $"Erreur 404 | {Name}", "Page introuvable.", BaseUrl, null);
        html.Append("<body class=\"error404\">\n");
        Chrome(html);
        html.Append("<div class=\"container\"><h1>Oups, cette page a pris le large</h1><p>Elle n’existe pas ou plus. <a href=\"/\">Revenir à l’accueil</a></p></div>\n");
        Footer(html);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    protected override string BuildFeed() => Xml(x =>
    {
        const string atom = "http://www.w3.org/2005/Atom";
        x.WriteStartElement("feed", atom);
        x.WriteAttributeString("xml", "lang", null, "fr");
        x.WriteElementString("title", atom, $"{Name} – Toute l’actualité");
        x.WriteElementString("subtitle", atom, "Le quotidien de la côte, de Sète à Menton");
        x.WriteElementString("id", atom, BaseUrl.ToString());
        x.WriteElementString("updated", atom, FrenchDates.Iso(SiteModified));
        Link(x, "alternate", BaseUrl.ToString(), "text/html");
        Link(x, "self", UrlOf(FeedPath).ToString(), "application/atom+xml");
        x.WriteElementString("rights", atom, $"© 2026 {Name}");
        x.WriteStartElement("generator", atom);
        x.WriteString("Écume CMS");
        x.WriteEndElement();
        foreach (var article in Articles)
        {
            var url = ArticleUrl(article).ToString();
            x.WriteStartElement("entry", atom);
            x.WriteElementString("id", atom, $"tag:ecume-littoral.demo,2026:{article.Slug}");
            x.WriteElementString("title", atom, article.Title);
            Link(x, "alternate", url, "text/html");
            x.WriteElementString("published", atom, FrenchDates.Iso(article.Published));
            x.WriteElementString("updated", atom, FrenchDates.Iso(article.LastChanged));
            x.WriteStartElement("author", atom);
            x.WriteElementString("name", atom, article.Author);
            x.WriteEndElement();
            x.WriteStartElement("category", atom);
            x.WriteAttributeString("term", Slugify(article.Section));
            x.WriteAttributeString("label", article.Section);
            x.WriteEndElement();
            foreach (var tag in article.Tags)
            {
                x.WriteStartElement("category", atom);
                x.WriteAttributeString("term", tag);
                x.WriteEndElement();
            }
            x.WriteStartElement("summary", atom);
            x.WriteAttributeString("type", "text");
            x.WriteString(article.Lead);
            x.WriteEndElement();
            if (article.Image is { } image)
            {
                x.WriteStartElement("link", atom);
                x.WriteAttributeString("rel", "enclosure");
                x.WriteAttributeString("href", UrlOf(ImagePath(image.File)).ToString());
                x.WriteAttributeString("type", "image/svg+xml");
                x.WriteEndElement();
            }
            x.WriteEndElement();
        }
        x.WriteEndElement();

        static void Link(XmlWriter x, string rel, string href, string type)
        {
            x.WriteStartElement("link", atom);
            x.WriteAttributeString("rel", rel);
            x.WriteAttributeString("href", href);
            x.WriteAttributeString("type", type);
            x.WriteEndElement();
        }
    });

    private void Head(StringBuilder html, string title, string description, Uri canonical, DemoArticle? article)
    {
        html.Append("<!doctype html>\n<html lang=\"fr-FR\" prefix=\"og: https://ogp.me/ns# article: https://ogp.me/ns/article#\">\n<head>\n<meta charset=\"UTF-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1, shrink-to-fit=no\">\n")
            .Append("<title>").Append(E(title)).Append("</title>\n")
            .Append("<meta name=\"description\" content=\"").Append(E(description)).Append("\">\n")
            .Append("<link rel=\"canonical\" href=\"").Append(E(canonical.ToString())).Append("\">\n")
            .Append("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"").Append(E(Name)).Append(" – Toute l’actualité\" href=\"")
            .Append(E(UrlOf(FeedPath).ToString())).Append("\">\n")
            .Append("<meta property=\"og:site_name\" content=\"").Append(E(Name)).Append("\">\n")
            .Append("<meta property=\"og:locale\" content=\"fr_FR\">\n")
            .Append("<meta property=\"og:title\" content=\"").Append(E(article?.Title ?? title)).Append("\">\n")
            .Append("<meta property=\"og:description\" content=\"").Append(E(description)).Append("\">\n")
            .Append("<meta property=\"og:url\" content=\"").Append(E(canonical.ToString())).Append("\">\n")
            .Append("<meta property=\"og:type\" content=\"").Append(article is null ? "website" : "article").Append("\">\n");
        if (article is not null)
        {
            if (article.Image is { } image)
            {
                html.Append("<meta property=\"og:image\" content=\"").Append(E(UrlOf(ImagePath(image.File)).ToString())).Append("\">\n")
                    .Append("<meta property=\"og:image:alt\" content=\"").Append(E(image.Caption)).Append("\">\n");
            }
            html.Append("<meta name=\"author\" content=\"").Append(E(article.Author)).Append("\">\n")
                .Append("<meta property=\"article:author\" content=\"").Append(E(article.Author)).Append("\">\n")
                .Append("<meta property=\"article:published_time\" content=\"").Append(FrenchDates.Iso(article.Published)).Append("\">\n")
                .Append("<meta property=\"article:modified_time\" content=\"").Append(FrenchDates.Iso(article.LastChanged)).Append("\">\n")
                .Append("<meta property=\"article:section\" content=\"").Append(E(article.Section)).Append("\">\n");
            foreach (var tag in article.Tags)
            {
                html.Append("<meta property=\"article:tag\" content=\"").Append(E(tag)).Append("\">\n");
            }
            if (article.Kind == DemoArticleKind.Paywalled)
            {
                html.Append("<meta property=\"article:content_tier\" content=\"locked\">\n");
            }
            html.Append("<meta name=\"twitter:card\" content=\"summary_large_image\">\n");
        }
        html.Append("<link rel=\"stylesheet\" href=\"").Append(E(UrlOf(StylesheetPath).ToString())).Append("\">\n");
        html.Append("""
            <script>var ecumeAds={slots:["banniere","inread","pave"],consent:false};</script>
            <noscript><img src="/stats/pixel.gif?noscript=1" width="1" height="1" alt=""></noscript>
            </head>

            """);
    }

    private void Chrome(StringBuilder html)
    {
        html.Append("""
            <div class="gdpr" id="gdpr-consent" role="dialog" aria-modal="true">
              <div class="gdpr__box">
                <p class="gdpr__title">Votre vie privée nous importe</p>
                <p>Avec nos 142 partenaires, nous utilisons des cookies pour stocker et accéder à des informations sur votre appareil : publicités et contenus personnalisés, mesure d’audience, développement de services. Vous pouvez modifier vos choix à tout moment en cliquant sur « Paramètres des cookies » en bas de page.</p>
                <button class="gdpr__ok">Accepter et fermer</button> <button class="gdpr__non">Continuer sans accepter</button> <a class="gdpr__perso" href="/cookies/">Personnaliser mes choix</a>
              </div>
            </div>

            """);
        html.Append("<div class=\"topbar\"><span class=\"topbar__date\">").Append(FrenchDates.Day(Now)).Append("</span> <span class=\"topbar__meteo\">Marseille 14 °C, mistral modéré</span> ")
            .Append("<a href=\"/compte/connexion\">Se connecter</a> <a class=\"topbar__abo\" href=\"/abonnement/\">Abonnez-vous</a></div>\n");
        html.Append("<header class=\"masthead\"><a class=\"masthead__logo\" href=\"").Append(E(BaseUrl.ToString())).Append("\">L’Écume du Littoral</a>")
            .Append("<p class=\"masthead__baseline\">Le quotidien de la côte, de Sète à Menton</p></header>\n");
        html.Append("<nav class=\"rubriques\" aria-label=\"Rubriques\">");
        foreach (var rubrique in Rubriques)
        {
            html.Append("<a class=\"rubriques__lien\" href=\"").Append(E(UrlOf(SectionPath(rubrique)).ToString())).Append("\">").Append(E(rubrique)).Append("</a>");
        }
        html.Append("<a class=\"rubriques__lien rubriques__lien--jeux\" href=\"/jeux/\">Jeux</a></nav>\n");
        html.Append("<div class=\"pub pub--banniere\" id=\"div-gpt-ad-1001\"><!-- emplacement publicitaire 728x90 --></div>\n");
    }

    private static void ShareButtons(StringBuilder html, DemoArticle article, Uri url)
    {
        var u = Uri.EscapeDataString(url.ToString());
        var t = Uri.EscapeDataString(article.Title);
        html.Append("<div class=\"social-share\">")
            .Append("<a class=\"social-share__btn social-share__btn--fb\" href=\"https://www.facebook.com/sharer/sharer.php?u=").Append(u).Append("\" title=\"Partager sur Facebook\">Facebook</a>")
            .Append("<a class=\"social-share__btn social-share__btn--x\" href=\"https://x.com/intent/post?url=").Append(u).Append("&amp;text=").Append(t).Append("\" title=\"Partager sur X\">X</a>")
            .Append("<a class=\"social-share__btn social-share__btn--in\" href=\"https://www.linkedin.com/sharing/share-offsite/?url=").Append(u).Append("\" title=\"Partager sur LinkedIn\">LinkedIn</a>")
            .Append("<a class=\"social-share__btn social-share__btn--mail\" href=\"mailto:?subject=").Append(t).Append("&amp;body=").Append(u).Append("\" title=\"Envoyer par e-mail\">E-mail</a>")
            .Append("<button class=\"social-share__btn social-share__btn--copy\" type=\"button\">Copier le lien</button></div>\n");
    }

    private void Media(StringBuilder html, string file, string caption, string credit)
    {
        html.Append("<div class=\"media\"><img src=\"").Append(E(UrlOf(ImagePath(file)).ToString())).Append("\" alt=\"").Append(E(caption))
            .Append("\" width=\"1200\" height=\"675\"><p class=\"media__legende\">").Append(E(caption)).Append(" <em class=\"media__credit\">Photo ")
            .Append(E(credit)).Append("</em></p></div>\n");
    }

    private void Body(StringBuilder html, DemoArticle article, IReadOnlyList<DemoBlock> blocks)
    {
        var related = Related(article, 2);
        var paragraphs = 0;
        var inList = false;
        foreach (var block in blocks)
        {
            if (inList && block.Kind != DemoBlockKind.ListItem)
            {
                html.Append("</ul>\n");
                inList = false;
            }
            switch (block.Kind)
            {
                case DemoBlockKind.Paragraph:
                    html.Append("<p class=\"txt\">").Append(Inline(block.Markup)).Append("</p>\n");
                    paragraphs++;
                    if (paragraphs == 3 && related.Count > 0)
                    {
                        html.Append("<aside class=\"encart-lire\"><p class=\"encart-lire__titre\">À lire aussi</p><ul>");
                        foreach (var other in related)
                        {
                            html.Append("<li><a href=\"").Append(E(ArticleUrl(other).ToString())).Append("\">").Append(E(other.Title)).Append("</a></li>");
                        }
                        html.Append("</ul></aside>\n");
                    }
                    if (paragraphs == 2)
                    {
                        html.Append("<div class=\"pub pub--inread\" id=\"div-gpt-ad-1002\"><!-- inread --></div>\n");
                    }
                    break;
                case DemoBlockKind.Heading:
                    html.Append("<h2 class=\"inter\">").Append(Inline(block.Markup)).Append("</h2>\n");
                    break;
                case DemoBlockKind.Quote:
                    html.Append("<blockquote class=\"citation\"><p>").Append(Inline(block.Markup)).Append("</p></blockquote>\n");
                    break;
                case DemoBlockKind.ListItem:
                    if (!inList)
                    {
                        html.Append("<ul class=\"liste\">\n");
                        inList = true;
                    }
                    html.Append("<li>").Append(Inline(block.Markup)).Append("</li>\n");
                    break;
                case DemoBlockKind.Figure:
                    Media(html, block.Image!, block.Text, block.Credit!);
                    break;
                case DemoBlockKind.LiveEntry:
                    html.Append("<h3 class=\"inter\">").Append(FrenchDates.Time(article.EntryTime(block.Time!.Value))).Append(" – ").Append(Inline(block.Markup)).Append("</h3>\n");
                    break;
            }
        }
        if (inList)
        {
            html.Append("</ul>\n");
        }
    }

    private void Reactions(StringBuilder html, DemoArticle article)
    {
        var comments = Comments(article);
        html.Append("<section class=\"reactions\" id=\"reactions\"><h2 class=\"reactions__titre\">Réactions (").Append(comments.Count).Append(")</h2>\n");
        foreach (var (author, text, at) in comments)
        {
            html.Append("<div class=\"reaction\"><p class=\"reaction__auteur\"><b>").Append(E(author)).Append("</b> · ").Append(FrenchDates.Numeric(at))
                .Append("</p><p class=\"reaction__texte\">").Append(E(FrenchTypography.Apply(text))).Append("</p></div>\n");
        }
        html.Append("<a class=\"reactions__btn\" href=\"/compte/connexion?retour=reactions\">Réagir à cet article</a></section>\n");
    }

    private void Side(StringBuilder html)
    {
        html.Append("<aside class=\"col-side\">\n<div class=\"widget widget--top\"><h3 class=\"widget__titre\">Les plus lus</h3>\n<ol class=\"top-liste\">\n");
        foreach (var article in MostRead(5))
        {
            html.Append("<li><a href=\"").Append(E(ArticleUrl(article).ToString())).Append("\">").Append(E(article.Title)).Append("</a></li>\n");
        }
        html.Append("</ol></div>\n<div class=\"pub pub--pave\" id=\"div-gpt-ad-1003\"><!-- pavé 300x250 --></div>\n");
        html.Append("<div class=\"widget widget--meteo\"><h3 class=\"widget__titre\">Météo marine</h3><p>Golfe du Lion : ouest 4 à 5, mer agitée. Provence : mistral 5 à 6, mer forte.</p></div>\n</aside>\n");
    }

    private static void Footer(StringBuilder html)
    {
        html.Append("""
            <footer class="pied">
              <div class="pied__logo">L’Écume du Littoral</div>
              <nav class="pied__liens"><a href="/a-propos/">À propos</a> · <a href="/charte/">Charte déontologique</a> · <a href="/mentions-legales/">Mentions légales</a> · <a href="/cookies/">Paramètres des cookies</a> · <a href="/contact/">Contact</a> · <a href="/flux/">Nos flux</a></nav>
              <p class="pied__reseaux">Suivez-nous : <a href="https://www.facebook.com/">Facebook</a> <a href="https://x.com/">X</a> <a href="https://www.instagram.com/">Instagram</a></p>
              <p class="pied__copyright">© 2026 L’Écume du Littoral. Toute reproduction, même partielle, est soumise à autorisation.</p>
            </footer>
            <script>document.querySelector('.gdpr__ok')&&document.querySelector('.gdpr__ok').addEventListener('click',function(){document.getElementById('gdpr-consent').style.display='none';});</script>

            """);
    }

    private void Cards(StringBuilder html, IReadOnlyList<DemoArticle> articles)
    {
        html.Append("<div class=\"grille\">\n");
        foreach (var article in articles)
        {
            html.Append("<article class=\"carte\">");
            if (article.Image is { } image)
            {
                html.Append("<img class=\"carte__img\" src=\"").Append(E(UrlOf(ImagePath(image.File)).ToString())).Append("\" alt=\"\" loading=\"lazy\">");
            }
            html.Append("<p class=\"carte__rubrique\">").Append(E(article.Section)).Append(article.Kind == DemoArticleKind.Paywalled ? " · Abonnés" : "").Append("</p>")
                .Append("<h2 class=\"carte__titre\"><a href=\"").Append(E(ArticleUrl(article).ToString())).Append("\">").Append(E(article.Title)).Append("</a></h2>")
                .Append("<p class=\"carte__chapo\">").Append(E(article.Lead)).Append("</p><p class=\"carte__date\">").Append(FrenchDates.Numeric(article.Published)).Append("</p></article>\n");
        }
        html.Append("</div>\n");
    }
}
