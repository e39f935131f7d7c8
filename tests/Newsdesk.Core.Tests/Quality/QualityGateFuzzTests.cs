using Newsdesk.Model;
using Newsdesk.Quality;

namespace Newsdesk.Tests.Quality;

/// <summary>
/// Texts stitched at random from the pieces the rules look at (quotes, dashes, glued units, magnitudes, names,
/// headings, widget labels): every check must finish without an exception and place its findings inside the texts.
/// Seeded, so a failure names an input that reproduces it.
/// </summary>
public class QualityGateFuzzTests
{
    private static readonly string[] Pieces =
    [
        "\"", "„", "“", "«", "»", " - ", "-", "--", "'", "’", " ", " ", " ", "\n", ".", ",", "?", ":", "(", ")", "\u00A0",
        "1000MW", "16-Millionen", "100 milliards", "d'euros", "de", "of", "zehnmal", "zehnten", "CO2", "CO9", "60er", "1960s",
        "375", "and", "400 pounds", "Vélib", "Le", "La", "Elle", "The", "Mrd.", "milliards.", "per", "cent.", "Bio-", "Tokayev",
        "Kazakh", "Asian", "an", "Keir", "Starmer", "s", "€", "$", "5", "3,5", "1.000", "Die", "und", "der", "ist", "est", "une",
        "Lesen Sie auch:", "Werbung", "é",
    ];

    private static readonly (string Source, string Target)[] Pairs = [("fr", "de"), ("en", "de"), ("fr", "es"), ("en", "es"), ("fr", "ca")];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Check_RandomTextsOfRulePieces_NeverThrowAndKeepSpansInside(int seed)
    {
        var random = new Random(seed);
        for (var n = 0; n < 300; n++)
        {
            var (sl, tl) = Pairs[random.Next(Pairs.Length)];
            var source = random.Next(3) == 0 ? null : Stitch(random, random.Next(0, 60));
            var target = Stitch(random, random.Next(1, 60));
            if (string.IsNullOrWhiteSpace(target))
            {
                continue;
            }
            var input = new QualityInput(target, LanguageTag.Parse(sl), LanguageTag.Parse(tl), null, source);

            var report = QualityFixtures.Gate.Check(input);

            foreach (var f in report.Findings)
            {
                Assert.True(f.Span.Start >= 0 && f.Span.Start <= f.Span.End && f.Span.End <= target.Length,
                    $"{f.Rule} span {f.Span} outside the target; seed {seed}, case {n}: {target}");
                if (f.SourceSpan is { } s)
                {
                    Assert.True(source is not null && s.Start >= 0 && s.Start <= s.End && s.End <= source.Length,
                        $"{f.Rule} source span {s} outside the source; seed {seed}, case {n}: {source}");
                }
            }
        }
    }

    private static string Stitch(Random random, int pieces)
    {
        var b = new System.Text.StringBuilder();
        for (var i = 0; i < pieces; i++)
        {
            b.Append(Pieces[random.Next(Pieces.Length)]);
        }
        return b.ToString();
    }
}
