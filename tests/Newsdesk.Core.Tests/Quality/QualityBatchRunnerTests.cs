using System.Text.Json;
using Newsdesk.Quality.Contract;
using Newsdesk.Quality.Data;

namespace Newsdesk.Tests.Quality;

public class QualityBatchRunnerTests
{
    [Fact]
    public void Run_BatchWithBadLines_WritesOneLinePerInputLineWithErrorsNamingIdOrLine()
    {
        using var input = new StreamReader(QualityFixtures.PathOf("batch-with-bad-lines.jsonl"));
        using var output = new StringWriter();
        using var log = new StringWriter();

        var errors = new QualityBatchRunner(QualityFixtures.Gate).Run(input, output, log, fix: false, CancellationToken.None);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(7, lines.Count);
        Assert.Equal(5, errors);
        Assert.Equal("ok-1", lines[0].GetProperty("id").GetString());
        Assert.Equal("publish", lines[0].GetProperty("verdict").GetString());
        Assert.Equal(2, lines[1].GetProperty("line").GetInt32());
        Assert.StartsWith("invalid JSON", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("no-target", lines[2].GetProperty("id").GetString());
        Assert.Contains("missing field 'target'", lines[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("unknown src_lang 'xx'", lines[3].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("missing field 'id'", lines[4].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(6, lines[5].GetProperty("line").GetInt32());
        Assert.Equal("boilerplate", lines[6].GetProperty("findings")[0].GetProperty("category").GetString());
    }

    [Fact]
    public void Serialize_Finding_HasTheContractFields()
    {
        var report = QualityFixtures.Check("Der Chef lud ein, die erste im Bau befindliche Website zu besichtigen.", "Il a invité à visiter le premier site en construction.");

        using var doc = JsonDocument.Parse(QualityJson.Serialize(report, "case-1"));
        var finding = doc.RootElement.GetProperty("findings")[0];

        Assert.Equal("case-1", doc.RootElement.GetProperty("id").GetString());
        Assert.Equal("false_friend", finding.GetProperty("category").GetString());
        Assert.Equal("major", finding.GetProperty("severity").GetString());
        Assert.Equal(2, finding.GetProperty("span").GetArrayLength());
        Assert.Equal(2, finding.GetProperty("source_span").GetArrayLength());
        Assert.False(string.IsNullOrEmpty(finding.GetProperty("rule").GetString()));
        Assert.False(string.IsNullOrEmpty(finding.GetProperty("message").GetString()));
    }

    [Theory]
    [InlineData("boilerplate.txt")]
    [InlineData("false-friends.fr-de.tsv")]
    [InlineData("false-friends.en-de.tsv")]
    [InlineData("fluency.de.tsv")]
    public void Lines_EmbeddedDataFile_IsPresent(string file)
    {
        Assert.NotEmpty(QualityData.Lines(file));
    }
}
