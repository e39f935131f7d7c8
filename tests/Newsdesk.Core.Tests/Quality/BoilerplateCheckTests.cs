using Newsdesk.Model;
using Newsdesk.Quality;

namespace Newsdesk.Tests.Quality;

public class BoilerplateCheckTests
{
    [Fact]
    public void Check_WidgetLinesAndInlinePrompt_ReportsEach()
    {
        var target = QualityFixtures.Read("boilerplate-lines-and-inline.de.txt");
        var report = QualityFixtures.Check(target);

        var found = report.Of(FindingCategory.Boilerplate).Select(f => f.At(target)).ToList();
        Assert.Equal(["Lesen Sie auch:", "Abonnieren Sie unseren Newsletter", "Kommentare (4)"], found);
    }

    [Fact]
    public void Fix_WidgetLinesAndInlinePrompt_RemovesThemCleanly()
    {
        var target = QualityFixtures.Read("boilerplate-lines-and-inline.de.txt");
        var result = QualityFixtures.Gate.Fix(QualityFixtures.FrDe(target));

        Assert.Equal(
            "Der Hafen von Hamburg meldet einen Rückgang beim Containerumschlag.\n"
            + "Im dritten Quartal wurden weniger Container umgeschlagen als im Vorjahr.\n"
            + "Die Hafengesellschaft rechnet für das kommende Jahr mit einer Erholung.",
            result.Text.TrimEnd('\n'));
        Assert.Equal(3, result.Applied.Count);
        Assert.Equal(Verdict.Publish, result.Report.Verdict);
    }

    [Theory]
    [InlineData("DayFR Deutsch\nDer Hafen von Hamburg meldet einen Rückgang beim Containerumschlag.", "DayFR Deutsch")]
    [InlineData("Der Hafen von Hamburg meldet einen Rückgang beim Containerumschlag.\nNews24 Deutsch", "News24 Deutsch")]
    [InlineData("Le360.ma Deutsch\nDer Hafen von Hamburg meldet einen Rückgang beim Containerumschlag.", "Le360.ma Deutsch")]
    public void Check_MastheadOfARepublishingSite_IsRemovedByTheFix(string target, string masthead)
    {
        var finding = Assert.Single(QualityFixtures.Check(target).Of(FindingCategory.Boilerplate));
        var result = QualityFixtures.Gate.Fix(QualityFixtures.FrDe(target));

        Assert.Equal("boilerplate.masthead", finding.Rule);
        Assert.Equal(masthead, finding.At(target));
        Assert.Equal("Der Hafen von Hamburg meldet einen Rückgang beim Containerumschlag.", result.Text.Trim('\n'));
    }

    [Theory]
    // A headline about the language, a person's name, and a brand-like line in the middle of the text.
    [InlineData("Mehr Deutsch\nDie Schulen sollen mehr Deutschstunden anbieten.")]
    [InlineData("Die Rede hielt Frank Deutsch.\nFrank Deutsch")]
    [InlineData("Der Hafen meldet einen Rückgang.\nDayFR Deutsch\nIm dritten Quartal wurden weniger Container umgeschlagen.")]
    // Hyphenated and elided words, a second word before the language, another language, a brand the text names again.
    [InlineData("Nordrhein-Westfalen stärkt Deutsch\nDie Schulen sollen mehr Deutschstunden anbieten.")]
    [InlineData("Die Rede hielt er am Montag.\nHans-Peter Deutsch")]
    [InlineData("CDU-Politiker Deutsch\nDer Abgeordnete tritt zurück.")]
    [InlineData("L'Art Français\nDie Ausstellung zeigt Gemälde aus drei Jahrhunderten.")]
    [InlineData("TestDaF Deutsch\nDer TestDaF wird künftig digital abgelegt.")]
    public void Check_LanguageNameThatIsNoMasthead_IsNotBoilerplate(string target)
    {
        Assert.Empty(QualityFixtures.Check(target).Of(FindingCategory.Boilerplate));
    }

    [Fact]
    public void Check_EnginePreamble_IsBoilerplate()
    {
        var target = QualityFixtures.Read("engine-preamble.de.txt");
        var report = QualityFixtures.Check(target);

        var finding = Assert.Single(report.Of(FindingCategory.Boilerplate));
        Assert.StartsWith("Sure, here is the translation", finding.At(target), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ArticleText_ReportsNoBoilerplate()
    {
        var report = QualityFixtures.Check(QualityFixtures.Read("clean-article.de.txt"));

        Assert.Empty(report.Of(FindingCategory.Boilerplate));
    }

    // Widget labels as sites print them and as engines render the French ones ("Sur le même sujet", "À la une",
    // "Dans la même rubrique", "Réagir"): none of them may survive as a line of the translated body.
    [Theory]
    [InlineData("Zum gleichen Thema")]
    [InlineData("In derselben Rubrik")]
    [InlineData("Auf der Titelseite")]
    [InlineData("Lesen Sie den Rest des Artikels")]
    [InlineData("Siehe auch")]
    [InlineData("Reagieren")]
    [InlineData("Einen Kommentar hinterlassen")]
    [InlineData("Die meistgelesenen Artikel")]
    [InlineData("Teilen auf WhatsApp")]
    [InlineData("Teilen Sie diesen Artikel")]
    [InlineData("Alle unsere Artikel über Europa")]
    [InlineData("Abonnieren Sie unseren Newsletter, um keine Nachricht zu verpassen")]
    [InlineData("Schlagwörter: Wirtschaft, Frankreich")]
    [InlineData("Bildergalerie")]
    [InlineData("© AFP")]
    public void Check_WidgetLabelAsALineOfTheBody_IsBoilerplate(string label)
    {
        var target = "Der Hafen von Hamburg meldet einen Rückgang beim Containerumschlag.\n" + label
            + "\nDie Hafengesellschaft rechnet für das kommende Jahr mit einer Erholung.";
        var report = QualityFixtures.Check(target);

        var finding = Assert.Single(report.Of(FindingCategory.Boilerplate));
        Assert.Equal(label, finding.At(target));
    }

    [Theory]
    [InlineData("Die Gewerkschaft will reagieren, sagte ihr Sprecher am Montag.")]
    [InlineData("Das Video zeigt, wie die Polizei den Platz räumt.")]
    [InlineData("Zum Thema Klima äußerte sich die Ministerin nicht.")]
    [InlineData("Siehe auch den Bericht der Kommission vom Vorjahr, der zu ähnlichen Schlüssen kam.")]
    [InlineData("Verpassen Sie keine Folge der neuen Staffel.")]
    [InlineData("Verpassen Sie nichts vom Feuerwerk am Samstag.")]
    [InlineData("Lesen Sie den Artikel 20 des Grundgesetzes.")]
    [InlineData("Zum Thema Klima: Die Ministerin will bis Mai einen Plan vorlegen.")]
    public void Check_SentenceThatBeginsLikeALabel_IsNotBoilerplate(string sentence)
    {
        // As a line of its own and as a sentence of a paragraph (the two places the check reads).
        var asLine = QualityFixtures.Check("Der Hafen von Hamburg meldet einen Rückgang beim Containerumschlag.\n" + sentence);
        var inParagraph = QualityFixtures.Check("Der Hafen von Hamburg meldet einen Rückgang beim Containerumschlag. " + sentence);

        Assert.Empty(asLine.Of(FindingCategory.Boilerplate));
        Assert.Empty(inParagraph.Of(FindingCategory.Boilerplate));
    }

    // A cross-link label with the linked story's headline, as its own line and glued to the paragraph before it.
    [Theory]
    [InlineData("Lesen Sie auch: Merz will die Schuldenbremse reformieren")]
    [InlineData("Mehr zum Thema: Streik im Hafen")]
    [InlineData("Lire aussi : Le port de Marseille en grève")]
    [InlineData("Related News : Port strike ends")]
    [InlineData("Read more: Port strike ends after three weeks")]
    public void Check_CrossLinkLabelWithHeadline_IsBoilerplateWithTheHeadline(string teaser)
    {
        const string before = "Der Hafen von Hamburg meldet einen Rückgang beim Containerumschlag.";
        const string after = "\nDie Hafengesellschaft rechnet für das kommende Jahr mit einer Erholung.";
        foreach (var target in new[] { before + "\n" + teaser + after, before + " " + teaser + after })
        {
            var report = QualityFixtures.Check(target);

            var finding = Assert.Single(report.Findings);
            Assert.Equal(FindingCategory.Boilerplate, finding.Category);
            Assert.Equal(teaser, finding.At(target));
        }
    }

    [Fact]
    public void Check_PromptGluedToTheLastParagraph_IsBoilerplate()
    {
        var target = "Die Hafengesellschaft rechnet für das kommende Jahr mit einer Erholung. Verpassen Sie keine Nachrichten mehr.";
        var report = QualityFixtures.Check(target);

        var finding = Assert.Single(report.Of(FindingCategory.Boilerplate));
        Assert.Equal("Verpassen Sie keine Nachrichten mehr.", finding.At(target).Trim());
    }

    /// <summary>Furniture worded as no list has it: found by its shape and by having no counterpart in the original.</summary>
    [Theory]
    [InlineData("Beitrag vorlesen lassen")]
    [InlineData("Weitere Meldungen aus dem Rhônetal:")]
    [InlineData("KULTUR IN LYON")]
    [InlineData("Stadt | Region | Welt")]
    [InlineData("Zur Übersicht der Lyoner Bibliotheken →")]
    public void Check_UnlistedLabelWithoutCounterpart_FoundByShape(string label)
    {
        var source = QualityFixtures.Read("clean-article.fr.txt");
        var lines = QualityFixtures.Read("clean-article.de.txt").Split('\n').ToList();
        lines.Insert(2, label);
        var target = string.Join('\n', lines);

        var report = QualityFixtures.Check(target, source);

        var finding = Assert.Single(report.Of(FindingCategory.Boilerplate));
        Assert.Equal(label, finding.At(target));
        Assert.NotNull(finding.Fix);
    }

    [Fact]
    public void Check_SubheadingTheOriginalHasToo_NotFurniture()
    {
        var source = QualityFixtures.Read("clean-article.fr.txt").Split('\n').ToList();
        var target = QualityFixtures.Read("clean-article.de.txt").Split('\n').ToList();
        source.Insert(2, "Une affluence record");
        target.Insert(2, "Ein Rekordandrang");

        var report = QualityFixtures.Check(string.Join('\n', target), string.Join('\n', source));

        Assert.Empty(report.Of(FindingCategory.Boilerplate));
    }

    [Fact]
    public void Check_UnlistedLabelWithoutSource_NotGuessed()
    {
        var lines = QualityFixtures.Read("clean-article.de.txt").Split('\n').ToList();
        lines.Insert(2, "Beitrag vorlesen lassen");

        Assert.Empty(QualityFixtures.Check(string.Join('\n', lines)).Of(FindingCategory.Boilerplate));
    }

    // Furniture glued after a paragraph's last sentence, found by its shape and place (issue 14), not by the list.
    [Theory]
    [InlineData("Zur Merkliste hinzufügen")]
    [InlineData("Unsere Auswahl für Sie:")]
    [InlineData("BILDER DES TAGES")]
    public void Check_LabelGluedAfterAParagraphsLastSentence_IsFurniture(string label)
    {
        var source = QualityFixtures.Read("clean-article.fr.txt");
        var lines = QualityFixtures.Read("clean-article.de.txt").Split('\n');
        lines[1] += " " + label;
        var target = string.Join('\n', lines);
        var report = QualityFixtures.Check(target, source);

        var finding = Assert.Single(report.Of(FindingCategory.Boilerplate));
        Assert.Equal("boilerplate.glued-shape", finding.Rule);
        Assert.Equal(label, finding.At(target));
        Assert.Equal(QualityFixtures.Read("clean-article.de.txt"), QualityGate.ApplyFixes(target, QualityGate.SafeFixes(report, target)));
    }

    // Furniture glued to a heading, which has no full stop to show where it ends (issue 14).
    [Theory]
    [InlineData("Jetzt kostenlos weiterlesen")]
    [InlineData("Alle Termine im Überblick")]
    [InlineData("Unsere Tipps für Sie:")]
    public void Check_LabelGluedToAHeadingWithoutFullStop_IsFurniture(string label)
    {
        var source = QualityFixtures.Read("clean-article.fr.txt");
        var lines = QualityFixtures.Read("clean-article.de.txt").Split('\n');
        lines[0] += " " + label;
        var target = string.Join('\n', lines);
        var report = QualityFixtures.Check(target, source);

        var finding = Assert.Single(report.Of(FindingCategory.Boilerplate));
        Assert.Equal("boilerplate.glued-heading", finding.Rule);
        Assert.Equal(label, finding.At(target));
        Assert.Equal(QualityFixtures.Read("clean-article.de.txt"), QualityGate.ApplyFixes(target, QualityGate.SafeFixes(report, target)));
    }

    // A heading whose last words start with a capital for their own reasons: a noun that is also a verb form ("Wandel",
    // "wandeln"), a subtitle after a colon, and an English headline in title case.
    [Theory]
    [InlineData("Relance : Bruno Le Maire promet 30 milliards d'euros pour la transition écologique",
        "Wiederbelebung: Bruno Le Maire verspricht 30 Milliarden Euro für den ökologischen Wandel", "de")]
    [InlineData("La mairie de Lyon ouvre une nouvelle bibliothèque : ce qui change",
        "Die Stadt Lyon eröffnet eine neue Bibliothek: Was sich ändert", "de")]
    [InlineData("La mairie de Lyon ouvre une nouvelle bibliothèque en plein centre",
        "Lyon City Hall Opens a New Library Right in the Centre", "en")]
    public void Check_HeadingWithCapitalisedLastWords_NotFurniture(string sourceHeading, string targetHeading, string to)
    {
        var source = sourceHeading + "\n" + string.Join('\n', QualityFixtures.Read("clean-article.fr.txt").Split('\n').Skip(1));
        var body = to == "de"
            ? string.Join('\n', QualityFixtures.Read("clean-article.de.txt").Split('\n').Skip(1))
            : "The new media library in the Guillotière district opened its doors on Saturday. It cost 12.5 million euros and offers 80,000 books.";
        var target = targetHeading + "\n" + body;
        var report = QualityFixtures.Gate.Check(new QualityInput(target, LanguageTag.Parse("fr"), LanguageTag.Parse(to), null,
            to == "de" ? source : string.Join('\n', source.Split('\n').Take(2))));

        Assert.DoesNotContain(report.Findings, f => f.Rule == "boilerplate.glued-heading");
    }

    [Fact]
    public void Check_ShortClosingSentenceTranslatedFromTheOriginal_IsNotFurniture()
    {
        var source = "Le maire a été interrogé sur le coût du projet. Il n'a pas répondu. Sans commentaire.";
        var target = "Der Bürgermeister wurde nach den Kosten des Projekts gefragt. Er antwortete nicht. Kein Kommentar.";
        var report = QualityFixtures.Check(target, source);

        Assert.Empty(report.Of(FindingCategory.Boilerplate));
    }
}
