using AngleSharp.Dom;

namespace Newsdesk.Extraction;

/// <summary>Applies the lexicon's class/id/role patterns to elements.</summary>
internal sealed class AttributeRules(Lexicon lexicon)
{
    public bool IsBoilerplate(IElement element)
    {
        var role = element.GetAttribute("role");
        if (role is not null && lexicon.BoilerplateRoles.Contains(role.Trim().ToLowerInvariant()))
        {
            return true;
        }
        var names = Names(element);
        if (names.Length == 0)
        {
            return false;
        }
        if (ContainsAny(names, lexicon.NegativeSubstrings))
        {
            return true;
        }
        // Body container names protect only against the weaker word rules ("article-body meta-wrap").
        if (ContainsAny(names, lexicon.KeepSubstrings))
        {
            return false;
        }
        foreach (var token in names.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (lexicon.NegativeTokens.Contains(token))
            {
                return true;
            }
            // BEM modifiers ("section--ads", "field--label-hidden") describe a state, not the kind of region.
            var modifier = token.IndexOf("--", StringComparison.Ordinal);
            foreach (var word in SubTokens(modifier > 0 ? token[..modifier] : token))
            {
                if (lexicon.NegativeWords.Contains(word))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Names that mark boilerplate however much text the region holds (comments, consent banners, sidebars).</summary>
    public bool IsStrongBoilerplate(IElement element) => ContainsAny(Names(element), lexicon.StrongSubstrings);

    public bool IsPositive(IElement element) => ContainsAny(Names(element), lexicon.PositiveSubstrings);

    public bool IsArticleBody(IElement element) =>
        element.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase)
        || ContainsAny(Names(element), lexicon.BodySubstrings);

    /// <summary>The element's class and id, lower case, space separated.</summary>
    public static string Names(IElement element)
    {
        var cls = element.GetAttribute("class");
        var id = element.Id;
        if (string.IsNullOrEmpty(cls))
        {
            return string.IsNullOrEmpty(id) ? "" : id.ToLowerInvariant();
        }
        return string.IsNullOrEmpty(id) ? cls.ToLowerInvariant() : (cls + " " + id).ToLowerInvariant();
    }

    private static bool ContainsAny(string names, string[] patterns)
    {
        if (names.Length == 0)
        {
            return false;
        }
        foreach (var p in patterns)
        {
            if (names.Contains(p, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Splits "post-meta_data entryFooter" into post, meta, data, entry, footer.</summary>
    private static IEnumerable<string> SubTokens(string names)
    {
        var start = 0;
        for (var i = 0; i <= names.Length; i++)
        {
            if (i == names.Length || !char.IsAsciiLetterOrDigit(names[i]))
            {
                if (i > start)
                {
                    yield return names[start..i];
                }
                start = i + 1;
            }
        }
    }
}
