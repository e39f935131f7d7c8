using System.Globalization;
using System.Text;
using Newsdesk.Ingest;
using Newsdesk.Text;

namespace Newsdesk.Tests.Ingest;

/// <summary>Links from outside: whatever the text, the canonicaliser answers (a URL or null with a reason) and never throws.</summary>
public class UrlCanonicalizerFuzzTests
{
    [Theory]
    [InlineData("http://[::1]:18002/x", "http://[::1]:18002/x")]
    [InlineData("HTTP://[::1]/", "http://[::1]/")]
    [InlineData("http://[FE80::1%25eth0]:8080/a?utm_source=x", "http://[fe80::1]:8080/a")]
    [InlineData("http://[fe80::1%eth0]/a", "http://[fe80::1]/a")]
    [InlineData("http://[::ffff:127.0.0.1]/", "http://[::ffff:127.0.0.1]/")]
    [InlineData("https://[2001:DB8::1]:443/a#comments", "https://[2001:db8::1]/a")]
    [InlineData("http://[2001:db8::1]:0/", "http://[2001:db8::1]:0/")]
    [InlineData("http://Bücher.Example./ä?ö=ü", "http://xn--bcher-kva.example/%C3%A4?%C3%B6=%C3%BC")]
    [InlineData("http://例え.テスト/パス", "http://xn--r8jz45g.xn--zckzah/%E3%83%91%E3%82%B9")]
    [InlineData("http://☃.net/", "http://xn--n3h.net/")]
    [InlineData("http://m.例え.テスト/a", "http://www.xn--r8jz45g.xn--zckzah/a")]
    [InlineData("http://example.com/a%00b", "http://example.com/a%00b")]
    [InlineData("http://example.com/a?q=%00", "http://example.com/a?q=%00")]
    [InlineData("http://user:pa%40ss@example.com/a", "http://example.com/a")]
    [InlineData("http://@example.com/a", "http://example.com/a")]
    [InlineData("http://0x7f.1/", "http://127.0.0.1/")]
    [InlineData("https://www.google.com/amp/s/[::1]/x", "https://www.google.com/s/[::1]/x")]
    public void TryCanonicalize_HostileButValidLink_CanonicalForm(string input, string expected)
    {
        Assert.Equal(expected, UrlCanonicalizer.TryCanonicalize(input)?.AbsoluteUri);
    }

    [Theory]
    [InlineData("http://exa%00mple.com/")]
    [InlineData("http://a@b@example.com/")]
    [InlineData("http://m.[::1]/")]
    [InlineData("http://[::1")]
    [InlineData("http://[")]
    [InlineData("http://[v1.fe]/")]
    [InlineData("http://example.com:99999/")]
    [InlineData("http://ex ample.com/")]
    [InlineData("http://")]
    [InlineData("http:/example.com")]
    [InlineData("")]
    [InlineData("   ")]
    public void TryCanonicalize_Unusable_NullWithReason(string input)
    {
        Assert.Null(UrlCanonicalizer.TryCanonicalize(input, null, out var reason));
        Assert.False(string.IsNullOrWhiteSpace(reason));
    }

    [Fact]
    public void TryCanonicalize_IPv6WithZone_DedupeKeyKeepsBracketsAndDropsZone()
    {
        var a = UrlCanonicalizer.DedupeKey(new Uri("http://[fe80::1%25eth0]:8080/a/"));
        var b = UrlCanonicalizer.DedupeKey(new Uri("https://[FE80::1]:8080/a"));

        Assert.Equal("[fe80::1]:8080/a", a);
        Assert.Equal(a, b);
    }

    public static TheoryData<string> Schemes() =>
    [
        "ftp", "ftps", "sftp", "file", "javascript", "vbscript", "data", "mailto", "tel", "sms", "news", "nntp", "gopher", "ldap",
        "telnet", "ws", "wss", "urn", "blob", "about", "chrome", "view-source", "jar", "feed", "itms", "git", "ssh", "irc",
        "magnet", "http+unix", "x-custom", "h", "httpx", "hxxp",
    ];

    [Theory]
    [MemberData(nameof(Schemes))]
    public void TryCanonicalize_EverySchemeButHttp_NullAndNeverThrows(string scheme)
    {
        foreach (var text in (string[])[$"{scheme}://example.com/a", $"{scheme}:example.com/a", $"{scheme}:///etc/passwd", $"{scheme}://[::1]/",
                     $"{scheme}:alert(1)", $"{scheme.ToUpperInvariant()}://EXAMPLE.com/"])
        {
            Assert.Null(UrlCanonicalizer.TryCanonicalize(text));
            Assert.Null(UrlCanonicalizer.TryCanonicalize(text, new Uri("https://news.example.com/feed")));
            if (Uri.TryCreate(text, UriKind.Absolute, out var parsed))
            {
                Assert.False(UrlCanonicalizer.TryCanonicalize(parsed, out _, out var reason));
                Assert.Contains("not an absolute http(s) URL", reason, StringComparison.Ordinal);
                Assert.Throws<ArgumentException>(() => UrlCanonicalizer.Canonicalize(parsed));
            }
        }
    }

    [Theory]
    [InlineData("HTTP")]
    [InlineData("hTTps")]
    public void TryCanonicalize_HttpInAnyCase_Accepted(string scheme)
    {
        Assert.Equal("http" + (scheme.Length == 5 ? "s" : "") + "://example.com/a", UrlCanonicalizer.TryCanonicalize($"{scheme}://Example.COM/a")?.AbsoluteUri);
    }

    [Fact]
    public void TryCanonicalize_TenThousandCharacterLinks_RefusedWithReasonUnlessTheCanonicalFormIsShort()
    {
        var longPath = "http://example.com/" + new string('a', 10_000);
        var longHost = "http://" + new string('a', 10_000) + ".com/";
        var manyLabels = "http://" + string.Join('.', Enumerable.Repeat("ab", 3_400)) + ".com/";
        var longQuery = "http://example.com/a?id=" + new string('9', 10_000);
        var longTracking = "http://example.com/a?utm_source=" + new string('x', 10_000) + "&fbclid=" + new string('y', 10_000);

        Assert.Null(UrlCanonicalizer.TryCanonicalize(longPath, null, out var reason));
        Assert.NotNull(reason);
        Assert.Contains("over the 2,048 cap", reason, StringComparison.Ordinal);
        Assert.True(reason.Length < 300, "the reason quotes the link shortened, not whole");
        Assert.Null(UrlCanonicalizer.TryCanonicalize(longHost));
        Assert.Null(UrlCanonicalizer.TryCanonicalize(manyLabels));
        Assert.Null(UrlCanonicalizer.TryCanonicalize(longQuery));
        // Tracking parameters are dropped before the length is judged: what is stored is short.
        Assert.Equal("http://example.com/a", UrlCanonicalizer.TryCanonicalize(longTracking)?.AbsoluteUri);
        Assert.Throws<ArgumentException>(() => UrlCanonicalizer.Canonicalize(new Uri(longPath)));
    }

    [Fact]
    public void ChooseCanonical_HostileDeclarations_RefusedAndFetchedUrlKept()
    {
        var fetched = new Uri("https://news.example.com/world/story");
        foreach (var declared in (string[])["http://[::1]:18002/x", "http://[fe80::1%25eth0]/x", "https://news.example.com/" + new string('a', 10_000),
                     "javascript:alert(1)", "http://exa%00mple.com/", "//[", "https://user:pw@evil.example/world/story"])
        {
            var choice = UrlCanonicalizer.ChooseCanonical(fetched, declared, declared);

            Assert.Equal(CanonicalSource.FetchedUrl, choice.Source);
            Assert.Equal("https://news.example.com/world/story", choice.Url.AbsoluteUri);
            Assert.NotNull(choice.Rejected);
        }
    }

    [Fact]
    public void ChooseCanonical_FetchedFromIPv6Literal_Works()
    {
        var choice = UrlCanonicalizer.ChooseCanonical(new Uri("http://[::1]:18002/a/story"), "/a/story?utm_source=x");

        Assert.Equal("http://[::1]:18002/a/story", choice.Url.AbsoluteUri);
        Assert.Equal("[::1]:18002/a/story", choice.DedupeKey);
    }

    private static readonly string[] FuzzSchemes = ["http://", "https://", "HTTP://", "hTtPs://", "ftp://", "javascript:", "data:", "file://", "//", "", "http:", "http:/", "feed:http://"];

    private static readonly string[] FuzzUserInfo = ["", "", "", "user@", "user:pw@", "a@b@", "@", ":@", "us%40er:p%3Aw@", "%00@", "ü:ö@"];

    private static readonly string[] FuzzHosts =
    [
        "example.com", "news.example.com", "m.example.com", "amp.news.example.com", "www.example.com", "EXAMPLE.COM.", "localhost",
        "127.0.0.1", "0x7f.1", "2130706433", "[::1]", "[::]", "[FE80::1%25eth0]", "[fe80::1%eth0]", "[::ffff:127.0.0.1]", "[2001:db8::1]",
        "[v1.x]", "[::1", "::1", "bücher.example", "例え.テスト", "xn--bcher-kva.example", "xn--.example", "xn--zz.example", "☃.net", "ﬀ.com",
        "exa%00mple.com", "exa mple.com", "", ".", "...", "a..b", "-a-.com", "a_b.example", "www.google.com", "x.cdn.ampproject.org",
        "%5B::1%5D", "例え.テスト.", "m.[::1]", "\u202Eevil.com", "xn--n3h.net",
    ];

    private static readonly string[] FuzzPorts = ["", "", "", ":80", ":443", ":0", ":8080", ":65535", ":65536", ":99999", ":-1", ":", ":08", ":ab"];

    private static readonly string[] FuzzPaths =
    [
        "", "/", "/a", "/a/", "/amp/", "/amp/amp/x", "/a/amp", "/story.amp.html", "/%00", "/a%00b", "/%", "/%zz", "/%2e%2e/%2e%2e/etc",
        "/a/../../b", "/ä", "/パス", "/a b", "/\u0000", "/\u0001", "/\uD800", "/\uDC00x", "/%F0%9F%98%80", "/amp/s/[::1]/x", "/c/s/example.com/x",
        "/" + new string('a', 3000), "/a;b=c", "/a\\b", "/\t/", "/a?", "/a#", "/?#",
    ];

    private static readonly string[] FuzzQueries =
    [
        "", "", "?a=1", "?utm_source=x&id=2", "?z=1&a=2", "?=", "?&&&", "?a=%", "?%zz=1", "?q=%00", "?amp=1", "?amp", "?ref=x",
        "?a=1&a=1", "?ü=ö", "?x=\uD800", "?fbclid=" + new string('x', 3000), "?id=" + new string('9', 3000), "?a=b#c",
    ];

    private static readonly string[] FuzzFragments = ["", "", "#", "#top", "#%00", "#\u0000", "#a#b"];

    [Fact]
    public void TryCanonicalize_TwentyThousandGeneratedLinks_NeverThrowsAndEveryResultIsStorableAndStable()
    {
        var random = new Random(21);
        var baseUrl = new Uri("https://news.example.com/feed/");
        var fetched = new Uri("https://news.example.com/world/story");
        for (var i = 0; i < 20_000; i++)
        {
            var text = Generate(random);
            Uri? canonical = null;
            var ex = Record.Exception(() =>
            {
                canonical = UrlCanonicalizer.TryCanonicalize(text);
                UrlCanonicalizer.TryCanonicalize(text, baseUrl, out _);
                UrlCanonicalizer.ChooseCanonical(fetched, text, text);
                if (Uri.TryCreate(text, UriKind.Absolute, out var parsed))
                {
                    UrlCanonicalizer.TryCanonicalize(parsed, out _, out _);
                }
            });
            Assert.True(ex is null, $"'{Printable(text)}' threw {ex}");
            if (canonical is null)
            {
                continue;
            }
            var url = canonical.AbsoluteUri;
            Assert.True(canonical.Scheme is "http" or "https", url);
            Assert.True(url.Length <= FieldLimits.Url, url);
            Assert.Empty(canonical.UserInfo);
            Assert.DoesNotContain('#', url);
            Assert.True(url.All(c => c is > ' ' and < '\u007f'), $"not printable ASCII: {Printable(url)}");
            // Canonical twice is canonical once, and the identity does not move.
            var again = UrlCanonicalizer.TryCanonicalize(url);
            Assert.True(again is not null, $"'{Printable(text)}' -> '{url}' is not canonicalisable itself");
            Assert.Equal(UrlCanonicalizer.DedupeKey(canonical), UrlCanonicalizer.DedupeKey(again));
        }
    }

    private static string Generate(Random random)
    {
        if (random.Next(10) == 0)
        {
            // Pure noise: any characters at all, up to 10,000 of them.
            var length = random.Next(10) == 0 ? 10_000 : random.Next(0, 60);
            var sb = new StringBuilder(length);
            for (var i = 0; i < length; i++)
            {
                sb.Append((char)(random.Next(4) == 0 ? random.Next(0, 0x10000) : random.Next(0, 0x80)));
            }
            return (random.Next(2) == 0 ? "http://" : "") + sb;
        }
        string Pick(string[] options) => options[random.Next(options.Length)];
        var text = Pick(FuzzSchemes) + Pick(FuzzUserInfo) + Pick(FuzzHosts) + Pick(FuzzPorts) + Pick(FuzzPaths) + Pick(FuzzQueries) + Pick(FuzzFragments);
        return random.Next(20) == 0 ? text + new string('z', 10_000 - Math.Min(text.Length, 10_000)) : text;
    }

    private static string Printable(string s)
    {
        var shown = s.Length > 200 ? s[..200] + $"…({s.Length.ToString(CultureInfo.InvariantCulture)} chars)" : s;
        return string.Concat(shown.Select(c => c < ' ' || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString()));
    }
}
