using Newsdesk.Model;
using Newsdesk.Processing;
using Newsdesk.Storage;

namespace Newsdesk.Tests.Processing;

/// <summary>The route is the one place jobs are made: the kinds, payload JSON, priorities and dedupe keys stored on jobs must not change.</summary>
public sealed class PipelineRoutesTests
{
    private static readonly DateTimeOffset At = DateTimeOffset.FromUnixTimeSeconds(1_764_000_000);

    public static TheoryData<string, JobDraft, string, string, int, string?> Jobs() => new()
    {
        { "scheduled source", PipelineRoutes.FetchSourceJob(new SourceId(3), "1764000000000"), "source.fetch", """{"source":3}""", 10, "source.fetch:3:1764000000000" },
        { "source now", PipelineRoutes.FetchSourceJob(new SourceId(3), "now-5"), "source.fetch", """{"source":3}""", 10, "source.fetch:3:now-5" },
        { "child sitemap", PipelineRoutes.FetchChildJob(new SourceId(3), new Uri("https://a.example/s1.xml"), At), "source.fetch",
            """{"source":3,"url":"https://a.example/s1.xml"}""", 10, "source.fetch:3:https://a.example/s1.xml:1764000000" },
        { "page", PipelineRoutes.FetchPageJob(new SourceId(3), new FeedItemDraft("id", "https://a.example/story?utm_source=x", "Titre « é »", null, "17")),
            "page.fetch", """{"source":3,"url":"https://a.example/story?utm_source=x","title":"Titre \u00AB \u00E9 \u00BB"}""", 50,
            "page.fetch:a.example/story#17" },
        { "extract", PipelineRoutes.ExtractPageJob(new PageId(9)), "page.extract", """{"page":9}""", 40, null },
        { "translate", PipelineRoutes.TranslateJob(new ArticleId(12), 2, LanguageTag.Parse("es")), "article.translate", """{"article":12,"lang":"es"}""", 60,
            "article.translate:12:2:es" },
        { "editor's retranslate", PipelineRoutes.RetranslateJob(new ArticleId(12), LanguageTag.Parse("de-CH"), "deepl"), "article.translate",
            """{"article":12,"lang":"de-CH","engine":"deepl"}""", 10, null },
        { "check", PipelineRoutes.CheckJob(new TranslationId(7)), "translation.check", """{"translation":7}""", 70, null },
        { "publish", PipelineRoutes.PublishJob(new TranslationId(7)), "translation.publish", """{"translation":7}""", 80, null },
        { "labels", PipelineRoutes.LabelsJob(new TranslationId(7)), "site.labels", """{"translation":7}""", 90, null },
        { "probe", PipelineRoutes.ProbeJob(250), "probe", "250", 100, null },
    };

    [Theory]
    [MemberData(nameof(Jobs))]
    public void Factories_EachJob_KindPayloadPriorityAndKeyAsStored(string name, JobDraft job, string kind, string payload, int priority, string? key)
    {
        Assert.False(string.IsNullOrEmpty(name));
        Assert.Equal(kind, job.Kind);
        Assert.Equal(payload, job.Payload);
        Assert.Equal(priority, job.Priority);
        Assert.Equal(key, job.DedupeKey);
    }

    [Fact]
    public void All_EveryKind_OnceAndSuccessorsAreRoutes()
    {
        var kinds = PipelineRoutes.All.Select(r => r.Kind).ToList();

        Assert.Equal(kinds.Count, kinds.Distinct(StringComparer.Ordinal).Count());
        Assert.All(PipelineRoutes.All.SelectMany(r => r.Next), next => Assert.Contains(next, kinds));
    }

    [Fact]
    public void TryRead_PayloadOfAnotherShape_FailsNamingThePayloadType()
    {
        var ok = PipelineRoutes.Check.TryRead("""{"translation":"x"}""", out _, out var error);

        Assert.False(ok);
        Assert.Contains(nameof(TranslationPayload), error, StringComparison.Ordinal);
    }

    [Fact]
    public void Probe_PayloadNotANumber_ReadsAsNoWork()
    {
        Assert.True(PipelineRoutes.Probe.TryRead("x", out var payload, out _));
        Assert.Equal(0, payload.WorkMilliseconds);
    }

    [Fact]
    public void Pipeline_StepMissing_ThrowsNamingTheKind()
    {
        var steps = PipelineRoutes.All.Where(r => r.Kind != "page.extract").Select(r => (IPipelineStep)new NoStep(r)).ToList();

        var e = Assert.Throws<InvalidOperationException>(() => new Pipeline(steps));

        Assert.Contains("page.extract", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pipeline_TwoStepsForOneKind_Throws()
    {
        var steps = PipelineRoutes.All.Select(r => (IPipelineStep)new NoStep(r)).Append(new NoStep(PipelineRoutes.Check)).ToList();

        Assert.Throws<InvalidOperationException>(() => new Pipeline(steps));
    }

    [Fact]
    public void Pipeline_OneStepPerRoute_Builds()
    {
        var pipeline = new Pipeline(PipelineRoutes.All.Select(r => (IPipelineStep)new NoStep(r)));

        Assert.Equal(PipelineRoutes.All.Count, pipeline.Kinds.Count);
        Assert.NotNull(pipeline.StepFor("translation.publish"));
        Assert.Null(pipeline.StepFor("no.such.kind"));
    }

    private sealed class NoStep(JobRoute route) : IPipelineStep
    {
        public JobRoute Route => route;

        public Task<StepOutcome> RunAsync(Job job, CancellationToken cancellationToken) => Task.FromResult(StepOutcome.Finished());
    }
}
