using Newsdesk.Model;
using Newsdesk.Publishing;

namespace Newsdesk.Tests.Publishing;

public sealed class TopicExtractorTests
{
    private static readonly TopicExtractor Extractor = new();

    [Fact]
    public void Extract_PlaceInThreeLanguages_IsTheSameTopicWithEveryLabel()
    {
        var fr = Extractor.Extract(LanguageTag.Parse("fr"), "Les États-Unis investissent", "Texte.");
        var de = Extractor.Extract(LanguageTag.Parse("de"), "Die Vereinigten Staaten investieren", "Text.");
        var es = Extractor.Extract(LanguageTag.Parse("es"), "Estados Unidos invierte", "Texto.");

        Assert.All([fr, de, es], list => Assert.Contains(list, t => t.Key == "place:us"));
        var us = es.Single(t => t.Key == "place:us");
        Assert.Equal("Vereinigte Staaten", us.Labels["de"]);
        Assert.Equal("États-Unis", us.Labels["fr"]);
        Assert.Equal("Estados Unidos", us.Labels["es"]);
    }

    [Fact]
    public void Extract_CapitalisedNames_ArePeopleAndOrganisationsNotSentenceStarts()
    {
        var topics = Extractor.Extract(LanguageTag.Parse("fr"), "Elon Musk rencontre le Groupe Renault",
            "Selon Elon Musk, la décision est prise. Le ministre a parlé. Lundi Matin arrive.");

        Assert.Contains(topics, t => t.Key == "name:elon-musk" && t.Kind == "person" && t.Labels["fr"] == "Elon Musk");
        Assert.Contains(topics, t => t.Key == "name:groupe-renault" && t.Kind == "organisation");
        Assert.DoesNotContain(topics, t => t.Labels.Values.Any(l => l.StartsWith("Selon", StringComparison.Ordinal) || l.StartsWith("Le ", StringComparison.Ordinal)));
        Assert.DoesNotContain(topics, t => t.Labels.Values.Contains("Lundi Matin"));
    }

    [Fact]
    public void Extract_SectionAndTags_BecomeTopicsAndAPlaceTagIsThePlace()
    {
        var topics = Extractor.Extract(LanguageTag.Parse("fr"), "Titre", "Texte.", "Économie", ["Intelligence artificielle", "Allemagne"]);

        Assert.Contains(topics, t => t.Key == "name:economie" && t.Kind == "section");
        Assert.Contains(topics, t => t.Key == "name:intelligence-artificielle" && t.Kind == "tag");
        Assert.Contains(topics, t => t.Key == "place:de");
    }

    [Fact]
    public void Merge_TopicFoundInOneLanguage_GetsALabelInEveryEdition()
    {
        var fr = Extractor.Extract(LanguageTag.Parse("fr"), "Sarah Cohen à Paris", "Texte.");

        var merged = TopicExtractor.Merge([fr], [LanguageTag.Parse("fr"), LanguageTag.Parse("es")]);

        var sarah = merged.Single(t => t.Key == "name:sarah-cohen");
        Assert.Equal("Sarah Cohen", sarah.Labels["es"]);
        Assert.Equal("París", merged.Single(t => t.Key == "place:paris").Labels["es"]);
    }

    [Fact]
    public void Merge_SectionAndTagWords_GetNoLabelInAnotherEdition()
    {
        var fr = Extractor.Extract(LanguageTag.Parse("fr"), "Sarah Cohen à Paris", "Texte.", "Économie", ["Train de nuit", "Logement"]);

        var merged = TopicExtractor.Merge([fr], [LanguageTag.Parse("fr"), LanguageTag.Parse("ca")]);

        // The source's words are named in Catalan only by their translation (site.labels), never by the French word.
        var words = merged.Where(t => TopicExtractor.IsTranslatedKind(t.Kind)).ToList();
        Assert.Equal(3, words.Count);
        Assert.All(words, t => Assert.Equal(["fr"], t.Labels.Keys));
        Assert.Equal("Sarah Cohen", merged.Single(t => t.Key == "name:sarah-cohen").Labels["ca"]);
    }
}
