using Microsoft.Extensions.Time.Testing;
using Newsdesk.Model;
using Newsdesk.Testing;

namespace Newsdesk.Storage.Tests;

/// <summary>The one contract every store implementation passes; each dialect runs it on a real database.</summary>
public abstract class StoreContract : IAsyncLifetime
{
    private TestDatabase? _db;

    protected abstract string Dialect { get; }

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));

    protected INewsStore Store => _db!.Store;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _db = await TestDatabase.CreateAsync(Dialect, Time);

    public async ValueTask DisposeAsync()
    {
        if (_db is not null)
        {
            await _db.DisposeAsync();
        }
        GC.SuppressFinalize(this);
    }

    // --- migrations --------------------------------------------------------------------------

    [Fact]
    public async Task Migrate_AlreadyMigrated_AppliesNothing()
    {
        Assert.Empty(await Store.MigrateAsync(Ct));
    }

    // --- sources -----------------------------------------------------------------------------

    [Fact]
    public async Task AddSource_NewUrl_RoundTripsSettings()
    {
        var added = await Store.AddSourceAsync(new SourceDraft("https://example.org/feed.xml", SourceKind.Rss, "Example",
            LanguageTag.Parse("fr"), Licence.Full, NoIndex: true, PollInterval: TimeSpan.FromMinutes(5)), Time.GetUtcNow(), Ct);

        var loaded = await Store.GetSourceAsync(added.Id, Ct);

        Assert.NotNull(loaded);
        Assert.Equal("https://example.org/feed.xml", loaded.Url);
        Assert.Equal(SourceKind.Rss, loaded.Kind);
        Assert.Equal("Example", loaded.Name);
        Assert.Equal("fr", loaded.Language?.Value);
        Assert.Equal(Licence.Full, loaded.Licence);
        Assert.True(loaded.NoIndex);
        Assert.Equal(TimeSpan.FromMinutes(5), loaded.PollInterval);
        Assert.False(loaded.Paused);
        Assert.Equal(Time.GetUtcNow(), loaded.CreatedAt);
    }

    [Fact]
    public async Task AddSource_DefaultLicence_IsExcerptAndLink()
    {
        var added = await Store.AddSourceAsync(new SourceDraft("https://example.org/a"), Time.GetUtcNow(), Ct);
        Assert.Equal(Licence.ExcerptAndLink, added.Licence);
    }

    [Fact]
    public async Task AddSource_SameUrlTwice_ThrowsNamingTheExistingSource()
    {
        var first = await Store.AddSourceAsync(new SourceDraft("https://example.org/feed"), Time.GetUtcNow(), Ct);

        var error = await Assert.ThrowsAsync<DuplicateSourceException>(() =>
            Store.AddSourceAsync(new SourceDraft("https://example.org/feed"), Time.GetUtcNow(), Ct));

        Assert.Equal(first.Id, error.Existing);
        Assert.Single(await Store.ListSourcesAsync(Ct));
    }

    [Fact]
    public async Task UpdateSourceSettings_Paused_IsNotDue()
    {
        var s = await Store.AddSourceAsync(new SourceDraft("https://example.org/feed"), Time.GetUtcNow(), Ct);
        Assert.Single(await Store.ListDueSourcesAsync(Time.GetUtcNow(), Ct));

        await Store.UpdateSourceSettingsAsync(s with { Paused = true, Licence = Licence.LinkOnly }, Ct);

        Assert.Empty(await Store.ListDueSourcesAsync(Time.GetUtcNow(), Ct));
        Assert.Equal(Licence.LinkOnly, (await Store.GetSourceAsync(s.Id, Ct))!.Licence);
    }

    [Fact]
    public async Task RecordSourceFetch_Failures_CountAndKeepValidators()
    {
        var s = await Store.AddSourceAsync(new SourceDraft("https://example.org/feed"), Time.GetUtcNow(), Ct);
        var t0 = Time.GetUtcNow();
        await Store.RecordSourceFetchAsync(s.Id, new SourceFetchRecord(t0, t0.AddMinutes(15), "ok", ETag: "\"v1\"",
            LastModified: "Sat, 28 Nov 2026 08:00:00 GMT", NewItems: 3, DetectedKind: SourceKind.Atom), Ct);
        await Store.RecordSourceFetchAsync(s.Id, new SourceFetchRecord(t0.AddMinutes(15), t0.AddMinutes(45), "http-503",
            "The server answered 503 Service Unavailable"), Ct);
        await Store.RecordSourceFetchAsync(s.Id, new SourceFetchRecord(t0.AddMinutes(45), t0.AddMinutes(105), "http-503",
            "The server answered 503 Service Unavailable"), Ct);

        var loaded = (await Store.GetSourceAsync(s.Id, Ct))!;

        Assert.Equal(SourceKind.Atom, loaded.Kind);
        Assert.Equal("\"v1\"", loaded.Fetch.ETag);
        Assert.Equal("Sat, 28 Nov 2026 08:00:00 GMT", loaded.Fetch.LastModified);
        Assert.Equal(2, loaded.Fetch.ConsecutiveErrors);
        Assert.Equal(3, loaded.Fetch.ItemCount);
        Assert.Equal("http-503", loaded.Fetch.LastStatus);
        Assert.Contains("503", loaded.Fetch.LastError);
        Assert.Equal(t0.AddMinutes(105), loaded.Fetch.NextFetchAt);
        Assert.Empty(await Store.ListDueSourcesAsync(t0.AddMinutes(100), Ct));
        Assert.Single(await Store.ListDueSourcesAsync(t0.AddMinutes(105), Ct));
    }

    [Fact]
    public async Task RemoveSource_WithItemsAndArticles_KeepsArticles()
    {
        var s = await Store.AddSourceAsync(new SourceDraft("https://example.org/feed"), Time.GetUtcNow(), Ct);
        await Store.AddFeedItemsAsync(s.Id, [new FeedItemDraft("g1", "https://example.org/a", "A", null)], Time.GetUtcNow(), Ct);
        var saved = await Store.SaveArticleAsync(Draft("https://example.org/a", "Body one.") with { SourceId = s.Id }, Time.GetUtcNow(), Ct);

        Assert.True(await Store.RemoveSourceAsync(s.Id, Ct));

        Assert.Empty(await Store.ListSourcesAsync(Ct));
        var article = await Store.GetArticleAsync(saved.Id, Ct);
        Assert.NotNull(article);
        Assert.Null(article.SourceId);
        Assert.False(await Store.RemoveSourceAsync(s.Id, Ct));
    }

    // --- feed items ----------------------------------------------------------------------------

    [Fact]
    public async Task AddFeedItems_SeenBefore_ReturnsOnlyNewOrNewVersions()
    {
        var s = await Store.AddSourceAsync(new SourceDraft("https://example.org/feed"), Time.GetUtcNow(), Ct);
        var first = await Store.AddFeedItemsAsync(s.Id,
        [
            new FeedItemDraft("g1", "https://example.org/1", "One", null, "v1"),
            new FeedItemDraft("g2", "https://example.org/2", "Two", null),
            new FeedItemDraft("g2", "https://example.org/2-dup", "Two again", null),
        ], Time.GetUtcNow(), Ct);
        Assert.Equal(["g1", "g2"], first.Select(i => i.Guid));

        var second = await Store.AddFeedItemsAsync(s.Id,
        [
            new FeedItemDraft("g1", "https://example.org/1", "One, updated", null, "v2"),
            new FeedItemDraft("g2", "https://example.org/2", "Two", null),
            new FeedItemDraft("g3", "https://example.org/3", "Three", null),
        ], Time.GetUtcNow(), Ct);

        Assert.Equal(["g1", "g3"], second.Select(i => i.Guid));
    }

    // --- pages -------------------------------------------------------------------------------

    [Fact]
    public async Task SavePage_SameUrlTwice_ReplacesBytesKeepsId()
    {
        var page = new FetchedPage
        {
            Url = "https://example.org/a",
            FinalUrl = "https://example.org/a?x=1",
            FetchedAt = Time.GetUtcNow(),
            StatusCode = 200,
            ContentType = "text/html",
            Charset = "windows-1252",
            Body = [0x3C, 0x70, 0x3E, 0xE9],
            FeedTitle = "Feed title",
        };
        var id1 = await Store.SavePageAsync(page, Ct);
        var id2 = await Store.SavePageAsync(page with { Body = [0x41] }, Ct);

        var loaded = await Store.GetPageAsync(id2, Ct);

        Assert.Equal(id1, id2);
        Assert.NotNull(loaded);
        Assert.Equal([0x41], loaded.Body);
        Assert.Equal("windows-1252", loaded.Charset);
        Assert.Equal("https://example.org/a?x=1", loaded.FinalUrl);
        Assert.Equal("Feed title", loaded.FeedTitle);
    }

    [Fact]
    public async Task RecordPageKind_PagesOfTwoSources_CountedPerSourceAndKindAndClearedByANewFetch()
    {
        var source = await Store.AddSourceAsync(new SourceDraft("https://example.org/feed.xml"), Time.GetUtcNow(), Ct);
        FetchedPage Page(string path, SourceId? from) => new()
        {
            Url = "https://example.org/" + path,
            FinalUrl = "https://example.org/" + path,
            SourceId = from,
            FetchedAt = Time.GetUtcNow(),
            StatusCode = 200,
            Body = [0x41],
        };
        var article = await Store.SavePageAsync(Page("story", source.Id), Ct);
        var template = await Store.SavePageAsync(Page("template", source.Id), Ct);
        var orphan = await Store.SavePageAsync(Page("stub", null), Ct);
        await Store.SavePageAsync(Page("not-extracted-yet", source.Id), Ct);

        await Store.RecordPageKindAsync(article, PageKind.Article, "900 characters of prose in 8 sentences", Ct);
        await Store.RecordPageKindAsync(template, PageKind.Template, "unrendered template placeholders ({{…}}) in the title", Ct);
        await Store.RecordPageKindAsync(orphan, PageKind.Stub, "only 120 characters of prose", Ct);

        var counts = await Store.CountPageKindsAsync(Ct);
        Assert.Equal(
            [new PageKindCount(source.Id, PageKind.Article, 1), new PageKindCount(source.Id, PageKind.Template, 1), new PageKindCount(null, PageKind.Stub, 1)],
            counts.OrderBy(c => c.Source is null).ThenBy(c => c.Kind));
        var sample = Assert.Single(await Store.ListPagesOfKindAsync(PageKind.Template, 5, Ct));
        Assert.Equal(new PageKindSample(template, "https://example.org/template", source.Id, PageKind.Template, "unrendered template placeholders ({{…}}) in the title"), sample);

        await Store.SavePageAsync(Page("template", source.Id), Ct);
        Assert.Empty(await Store.ListPagesOfKindAsync(PageKind.Template, 5, Ct));
        await Assert.ThrowsAsync<InvalidOperationException>(() => Store.RecordPageKindAsync(new PageId(999_999), PageKind.Stub, null, Ct));
    }

    // --- articles ------------------------------------------------------------------------------

    private static ArticleDraft Draft(string url, string body, long simhash = 42) => new(
        url, url, null,
        new ExtractedArticle
        {
            Title = "Titre « éè »",
            Lead = "Le chapeau.",
            Blocks =
            [
                new ArticleBlock(BlockType.Paragraph, body, $"<a href=\"https://example.org/x\">{body}</a>"),
                new ArticleBlock(BlockType.Heading2, "Intertitre"),
                new ArticleBlock(BlockType.Caption, "Une photo", null, "https://example.org/i.jpg"),
                new ArticleBlock(BlockType.Quote, "We never gave up.", Language: LanguageTag.Parse("en-GB")),
            ],
            Byline = "Jeanne Martin",
            Published = new DateTimeOffset(2026, 11, 27, 18, 30, 0, TimeSpan.FromHours(1)),
            Language = LanguageTag.Parse("fr"),
            Section = "Économie",
            Tags = ["IA", "États-Unis"],
            MainImage = "https://example.org/i.jpg",
            IsPaywalled = true,
            Path = ExtractionPath.LargestProse,
        },
        "hash-" + body, simhash);

    [Fact]
    public async Task SaveArticle_New_RoundTripsContent()
    {
        var outcome = await Store.SaveArticleAsync(Draft("https://example.org/a", "Un paragraphe."), Time.GetUtcNow(), Ct);

        var a = await Store.GetArticleAsync(outcome.Id, Ct);

        Assert.Equal(ArticleSaveKind.Created, outcome.Kind);
        Assert.NotNull(a);
        Assert.Equal(1, a.Revision);
        Assert.Equal(a.Id, a.ClusterId);
        Assert.Equal("Titre « éè »", a.Content.Title);
        Assert.Equal(4, a.Content.Blocks.Count);
        Assert.Equal(BlockType.Heading2, a.Content.Blocks[1].Type);
        Assert.Equal("https://example.org/i.jpg", a.Content.Blocks[2].ImageUrl);
        Assert.Null(a.Content.Blocks[2].Language);
        Assert.Equal(LanguageTag.Parse("en-GB"), a.Content.Blocks[3].Language); // a passage kept in its own language
        Assert.Contains("<a href", a.Content.Blocks[0].Html);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 18, 30, 0, TimeSpan.FromHours(1)), a.Content.Published);
        Assert.Equal(TimeSpan.FromHours(1), a.Content.Published!.Value.Offset);
        Assert.Equal(["IA", "États-Unis"], a.Content.Tags);
        Assert.True(a.Content.IsPaywalled);
        Assert.Equal(ExtractionPath.LargestProse, a.Content.Path);
        Assert.Equal("fr", a.Content.Language?.Value);
        Assert.Equal("Un paragraphe.\n\nIntertitre\n\nWe never gave up.", a.Content.Text); // captions are blocks, not body text
    }

    [Fact]
    public async Task SaveArticle_SameContentTwice_StoredOnce()
    {
        var first = await Store.SaveArticleAsync(Draft("https://example.org/a", "Texte."), Time.GetUtcNow(), Ct);
        var second = await Store.SaveArticleAsync(Draft("https://example.org/a", "Texte."), Time.GetUtcNow(), Ct);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(ArticleSaveKind.Unchanged, second.Kind);
        Assert.Equal(1, await Store.CountArticlesAsync(Ct));
    }

    [Fact]
    public async Task SaveArticle_ChangedContent_BecomesNewRevision()
    {
        var first = await Store.SaveArticleAsync(Draft("https://example.org/a", "Première version."), Time.GetUtcNow(), Ct);
        Time.Advance(TimeSpan.FromHours(1));
        var second = await Store.SaveArticleAsync(Draft("https://example.org/a", "Version corrigée."), Time.GetUtcNow(), Ct);

        var a = (await Store.GetArticleAsync(first.Id, Ct))!;

        Assert.Equal(ArticleSaveKind.Revised, second.Kind);
        Assert.Equal(first.Id, second.Id);
        Assert.Equal(2, second.Revision);
        Assert.Equal(2, a.Revision);
        Assert.StartsWith("Version corrigée.", a.Content.Text);
        Assert.True(a.UpdatedAt > a.CreatedAt);
        Assert.Equal(1, await Store.CountArticlesAsync(Ct));
    }

    [Fact]
    public async Task SaveArticle_NearDuplicate_JoinsCluster()
    {
        var first = await Store.SaveArticleAsync(Draft("https://one.example/a", "Même dépêche."), Time.GetUtcNow(), Ct);
        var copy = await Store.SaveArticleAsync(Draft("https://two.example/b", "Même dépêche !") with { ClusterOf = first.Id }, Time.GetUtcNow(), Ct);

        var fingerprints = await Store.ListFingerprintsSinceAsync(Time.GetUtcNow().AddDays(-1), default, Ct);
        var afterFirst = await Store.ListFingerprintsSinceAsync(Time.GetUtcNow().AddDays(-1), first.Id, Ct);

        Assert.Equal(2, fingerprints.Count);
        Assert.All(fingerprints, f => Assert.Equal(first.Id, f.ClusterId));
        Assert.Equal(first.Id, (await Store.GetArticleAsync(copy.Id, Ct))!.ClusterId);
        Assert.Equal([copy.Id], afterFirst.Select(f => f.Id));
    }

    [Fact]
    public async Task JoinCluster_ArticleAloneInItsCluster_MovesButNeverSplitsAStory()
    {
        var a = await Store.SaveArticleAsync(Draft("https://one.example/a", "Dépêche."), Time.GetUtcNow(), Ct);
        var b = await Store.SaveArticleAsync(Draft("https://two.example/b", "Dépêche !"), Time.GetUtcNow(), Ct);
        var c = await Store.SaveArticleAsync(Draft("https://three.example/c", "Autre.") with { ClusterOf = b.Id }, Time.GetUtcNow(), Ct);

        Assert.False(await Store.JoinClusterAsync(b.Id, a.Id, Ct)); // c already joined b's cluster
        Assert.False(await Store.JoinClusterAsync(c.Id, c.Id, Ct));
        var d = await Store.SaveArticleAsync(Draft("https://four.example/d", "Encore."), Time.GetUtcNow(), Ct);
        Assert.True(await Store.JoinClusterAsync(d.Id, a.Id, Ct));
        Assert.Equal(a.Id, (await Store.GetArticleAsync(d.Id, Ct))!.ClusterId);
    }

    [Fact]
    public async Task ListArticles_Several_NewestPublishedFirst()
    {
        var older = Draft("https://example.org/old", "Ancien.");
        older = older with { Content = older.Content with { Published = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero) } };
        await Store.SaveArticleAsync(older, Time.GetUtcNow(), Ct);
        await Store.SaveArticleAsync(Draft("https://example.org/new", "Nouveau."), Time.GetUtcNow(), Ct);

        var list = await Store.ListArticlesAsync(10, Ct);

        Assert.Equal(["https://example.org/new", "https://example.org/old"], list.Select(a => a.CanonicalUrl));
    }

    // --- jobs ----------------------------------------------------------------------------------

    private static JobDraft JobOf(string payload, string? key = null) => new("probe", payload, key);

    [Fact]
    public async Task Enqueue_SameDedupeKeyTwice_AddsOnce()
    {
        var added = await Store.EnqueueAsync([JobOf("1", "k"), JobOf("2", "k"), JobOf("3")], Time.GetUtcNow(), Ct);
        var again = await Store.EnqueueAsync([JobOf("4", "k")], Time.GetUtcNow(), Ct);

        Assert.Equal(2, added);
        Assert.Equal(0, again);
        Assert.Equal(2, (await Store.CountJobsAsync(Ct)).Pending);
    }

    [Fact]
    public async Task LeaseJobs_TwoWorkers_NeverShareAJob()
    {
        await Store.EnqueueAsync(Enumerable.Range(0, 5).Select(i => JobOf(i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList(), Time.GetUtcNow(), Ct);

        var a = await Store.LeaseJobsAsync("a", 3, TimeSpan.FromMinutes(1), Time.GetUtcNow(), Ct);
        var b = await Store.LeaseJobsAsync("b", 3, TimeSpan.FromMinutes(1), Time.GetUtcNow(), Ct);
        var c = await Store.LeaseJobsAsync("c", 3, TimeSpan.FromMinutes(1), Time.GetUtcNow(), Ct);

        Assert.Equal(3, a.Count);
        Assert.Equal(2, b.Count);
        Assert.Empty(c);
        Assert.Empty(a.Select(j => j.Id).Intersect(b.Select(j => j.Id)));
        Assert.All(a, j => Assert.Equal("a", j.LeaseOwner));
        Assert.Equal(5, (await Store.CountJobsAsync(Ct)).Running);
    }

    /// <summary>
    /// Eight workers of one process leasing and completing jobs (each completion enqueues a follow-up) at once: every job
    /// and every follow-up is done exactly once, and no write waits forever (SQLite: writers queue on the store's gate).
    /// </summary>
    [Fact]
    public async Task LeaseAndComplete_ManyConcurrentWorkers_EachJobAndFollowUpOnce()
    {
        await Store.EnqueueAsync(Enumerable.Range(0, 60).Select(i => JobOf("p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList(), Time.GetUtcNow(), Ct);

        var done = await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            var mine = new List<string>();
            while (true)
            {
                var batch = await Store.LeaseJobsAsync("w" + w, 2, TimeSpan.FromMinutes(5), Time.GetUtcNow(), Ct);
                if (batch.Count == 0)
                {
                    return mine;
                }
                foreach (var job in batch)
                {
                    IReadOnlyList<JobDraft> followUps = job.Payload.StartsWith("p", StringComparison.Ordinal) ? [JobOf("f" + job.Payload[1..])] : [];
                    Assert.True(await Store.CompleteJobAsync(job, followUps, Time.GetUtcNow(), Ct));
                    mine.Add(job.Payload);
                }
            }
        }, Ct)));

        var all = done.SelectMany(x => x).ToList();
        Assert.Equal(120, all.Count);
        Assert.Equal(120, all.Distinct().Count());
        Assert.Equal(0, (await Store.CountJobsAsync(Ct)).Pending);
    }

    [Fact]
    public async Task LeaseJobs_ManyConcurrentLeasers_EachJobLeasedOnce()
    {
        await Store.EnqueueAsync(Enumerable.Range(0, 200).Select(i => JobOf(i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList(), Time.GetUtcNow(), Ct);

        var leased = await Task.WhenAll(Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            var mine = new List<Job>();
            while (true)
            {
                var batch = await Store.LeaseJobsAsync("w" + w, 7, TimeSpan.FromMinutes(5), Time.GetUtcNow(), Ct);
                if (batch.Count == 0)
                {
                    return mine;
                }
                mine.AddRange(batch);
            }
        }, Ct)));

        var all = leased.SelectMany(x => x).Select(j => j.Id).ToList();
        Assert.Equal(200, all.Count);
        Assert.Equal(200, all.Distinct().Count());
    }

    [Fact]
    public async Task LeaseJobs_LeaseExpired_AnotherWorkerTakesOverAndStaleOwnerCannotComplete()
    {
        await Store.EnqueueAsync([JobOf("x")], Time.GetUtcNow(), Ct);
        var first = Assert.Single(await Store.LeaseJobsAsync("dead", 1, TimeSpan.FromSeconds(30), Time.GetUtcNow(), Ct));
        Assert.Empty(await Store.LeaseJobsAsync("other", 1, TimeSpan.FromSeconds(30), Time.GetUtcNow(), Ct));

        Time.Advance(TimeSpan.FromSeconds(31));
        var second = Assert.Single(await Store.LeaseJobsAsync("other", 1, TimeSpan.FromSeconds(30), Time.GetUtcNow(), Ct));

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(2, second.Attempts);
        Assert.False(await Store.CompleteJobAsync(first, [JobOf("follow-up-of-stale")], Time.GetUtcNow(), Ct));
        Assert.False(await Store.ExtendLeaseAsync(first, Time.GetUtcNow().AddMinutes(1), Ct));
        Assert.True(await Store.CompleteJobAsync(second, [], Time.GetUtcNow(), Ct));
        var counts = await Store.CountJobsAsync(Ct);
        Assert.Equal(new JobCounts(0, 0, 1, 0), counts);
    }

    /// <summary>
    /// Runnable jobs are pending ones that are due and running ones whose lease expired, taken together in priority order,
    /// then by id; jobs due later and live leases are not taken.
    /// </summary>
    [Fact]
    public async Task LeaseJobs_PendingAndExpiredJobs_TakenTogetherInPriorityThenIdOrder()
    {
        var now = Time.GetUtcNow();
        await Store.EnqueueAsync([new JobDraft("probe", "expired-later", Priority: 20)], now, Ct);
        Assert.Single(await Store.LeaseJobsAsync("dead", 1, TimeSpan.FromSeconds(30), now, Ct));
        await Store.EnqueueAsync([new JobDraft("probe", "live", Priority: 5)], now, Ct);
        Assert.Single(await Store.LeaseJobsAsync("alive", 1, TimeSpan.FromMinutes(10), now, Ct));
        Time.Advance(TimeSpan.FromSeconds(31));
        await Store.EnqueueAsync(
        [
            new JobDraft("probe", "low", Priority: 50),
            new JobDraft("probe", "first", Priority: 10),
            new JobDraft("probe", "not-yet", Priority: 1, RunAfter: Time.GetUtcNow().AddHours(1)),
            new JobDraft("probe", "second", Priority: 10),
        ], Time.GetUtcNow(), Ct);

        var leased = await Store.LeaseJobsAsync("w", 3, TimeSpan.FromMinutes(1), Time.GetUtcNow(), Ct);
        var rest = await Store.LeaseJobsAsync("w", 3, TimeSpan.FromMinutes(1), Time.GetUtcNow(), Ct);

        // The best three by (priority, id): both of priority 10, then the expired one of 20; not "low" (50).
        Assert.Equal(["expired-later", "first", "second"], leased.Select(j => j.Payload).Order(StringComparer.Ordinal));
        Assert.Equal(["low"], rest.Select(j => j.Payload));
    }

    [Fact]
    public async Task CompleteJob_WithFollowUps_EnqueuesThemAtomically()
    {
        await Store.EnqueueAsync([JobOf("parent")], Time.GetUtcNow(), Ct);
        var job = Assert.Single(await Store.LeaseJobsAsync("w", 1, TimeSpan.FromMinutes(1), Time.GetUtcNow(), Ct));

        Assert.True(await Store.CompleteJobAsync(job, [JobOf("child-1", "c1"), JobOf("child-2", "c2")], Time.GetUtcNow(), Ct));
        Assert.False(await Store.CompleteJobAsync(job, [JobOf("child-3", "c3")], Time.GetUtcNow(), Ct));

        var counts = await Store.CountJobsAsync(Ct);
        Assert.Equal(1, counts.Done);
        Assert.Equal(2, counts.Pending);
    }

    [Fact]
    public async Task FailJob_TransientThenAttemptsUsedUp_RetriesThenFails()
    {
        await Store.EnqueueAsync([new JobDraft("probe", "x", MaxAttempts: 2)], Time.GetUtcNow(), Ct);
        var run1 = Assert.Single(await Store.LeaseJobsAsync("w", 1, TimeSpan.FromMinutes(1), Time.GetUtcNow(), Ct));
        Assert.True(await Store.FailJobAsync(run1, "timeout", Time.GetUtcNow().AddMinutes(5), Time.GetUtcNow(), Ct));

        Assert.Empty(await Store.LeaseJobsAsync("w", 1, TimeSpan.FromMinutes(1), Time.GetUtcNow(), Ct));
        Time.Advance(TimeSpan.FromMinutes(5));
        var run2 = Assert.Single(await Store.LeaseJobsAsync("w", 1, TimeSpan.FromMinutes(1), Time.GetUtcNow(), Ct));
        Assert.True(await Store.FailJobAsync(run2, "timeout again", Time.GetUtcNow().AddMinutes(5), Time.GetUtcNow(), Ct));

        var failed = Assert.Single(await Store.ListFailedJobsAsync(10, Ct));
        Assert.Equal("timeout again", failed.Error);
        Assert.Equal(2, failed.Attempts);
        Time.Advance(TimeSpan.FromHours(1));
        Assert.Empty(await Store.LeaseJobsAsync("w", 1, TimeSpan.FromMinutes(1), Time.GetUtcNow(), Ct));
    }

    [Fact]
    public async Task RescheduleJob_Deferred_RunsLaterWithoutUsingAnAttempt()
    {
        await Store.EnqueueAsync([new JobDraft("probe", "x", MaxAttempts: 1)], Time.GetUtcNow(), Ct);
        var run1 = Assert.Single(await Store.LeaseJobsAsync("w", 1, TimeSpan.FromMinutes(1), Time.GetUtcNow(), Ct));

        Assert.True(await Store.RescheduleJobAsync(run1, Time.GetUtcNow().AddSeconds(30), "host busy", Time.GetUtcNow(), Ct));

        Assert.Empty(await Store.LeaseJobsAsync("w", 1, TimeSpan.FromMinutes(1), Time.GetUtcNow(), Ct));
        Time.Advance(TimeSpan.FromSeconds(30));
        var run2 = Assert.Single(await Store.LeaseJobsAsync("w", 1, TimeSpan.FromMinutes(1), Time.GetUtcNow(), Ct));
        Assert.Equal(1, run2.Attempts);
        Assert.True(await Store.CompleteJobAsync(run2, [], Time.GetUtcNow(), Ct));
    }

    [Fact]
    public async Task FailJob_Permanent_NotRetried()
    {
        await Store.EnqueueAsync([JobOf("x")], Time.GetUtcNow(), Ct);
        var job = Assert.Single(await Store.LeaseJobsAsync("w", 1, TimeSpan.FromMinutes(1), Time.GetUtcNow(), Ct));

        await Store.FailJobAsync(job, "quota used up", retryAt: null, Time.GetUtcNow(), Ct);

        Assert.Equal(1, (await Store.CountJobsAsync(Ct)).Failed);
    }

    [Fact]
    public async Task LeaseJobs_LeaseExpiredOnLastAttempt_FailsInsteadOfRunningAgain()
    {
        await Store.EnqueueAsync([new JobDraft("probe", "x", MaxAttempts: 1)], Time.GetUtcNow(), Ct);
        Assert.Single(await Store.LeaseJobsAsync("dies", 1, TimeSpan.FromSeconds(10), Time.GetUtcNow(), Ct));
        Time.Advance(TimeSpan.FromSeconds(11));

        Assert.Empty(await Store.LeaseJobsAsync("next", 1, TimeSpan.FromSeconds(10), Time.GetUtcNow(), Ct));

        var failed = Assert.Single(await Store.ListFailedJobsAsync(10, Ct));
        Assert.Contains("lease expired", failed.Error);
    }

    [Fact]
    public async Task ExtendLease_HeldLease_KeepsTheJobFromOthersPastItsFirstExpiry()
    {
        await Store.EnqueueAsync([JobOf("x")], Time.GetUtcNow(), Ct);
        var job = Assert.Single(await Store.LeaseJobsAsync("alive", 1, TimeSpan.FromSeconds(30), Time.GetUtcNow(), Ct));

        for (var beat = 0; beat < 6; beat++)
        {
            Time.Advance(TimeSpan.FromSeconds(10));
            Assert.True(await Store.ExtendLeaseAsync(job, Time.GetUtcNow().AddSeconds(30), Ct));
        }

        // A minute on, past the first lease twice over: still the live worker's.
        Assert.Empty(await Store.LeaseJobsAsync("other", 1, TimeSpan.FromSeconds(30), Time.GetUtcNow(), Ct));
        Time.Advance(TimeSpan.FromSeconds(31));
        var taken = Assert.Single(await Store.LeaseJobsAsync("other", 1, TimeSpan.FromSeconds(30), Time.GetUtcNow(), Ct));
        Assert.Equal(job.Id, taken.Id);
        Assert.False(await Store.ExtendLeaseAsync(job, Time.GetUtcNow().AddSeconds(30), Ct));
    }

    [Fact]
    public async Task ReleaseJob_Held_RunnableAtOnceLeaseClearedAttemptNotCounted()
    {
        await Store.EnqueueAsync([new JobDraft("probe", "x", RunAfter: Time.GetUtcNow())], Time.GetUtcNow(), Ct);
        var held = Assert.Single(await Store.LeaseJobsAsync("stopping", 1, TimeSpan.FromMinutes(5), Time.GetUtcNow(), Ct));
        Time.Advance(TimeSpan.FromSeconds(1));

        Assert.True(await Store.ReleaseJobAsync(held, Time.GetUtcNow(), Ct));

        Assert.Equal(new JobCounts(1, 0, 0, 0), await Store.CountJobsAsync(Ct));
        var next = Assert.Single(await Store.LeaseJobsAsync("successor", 1, TimeSpan.FromMinutes(5), Time.GetUtcNow(), Ct));
        Assert.Equal(held.Id, next.Id);
        Assert.Equal(1, next.Attempts);
        Assert.Equal("successor", next.LeaseOwner);
        // The releasing worker holds nothing any more: it can neither finish, renew nor release the job again.
        Assert.False(await Store.CompleteJobAsync(held, [], Time.GetUtcNow(), Ct));
        Assert.False(await Store.ExtendLeaseAsync(held, Time.GetUtcNow().AddMinutes(5), Ct));
        Assert.False(await Store.ReleaseJobAsync(held, Time.GetUtcNow(), Ct));
        Assert.True(await Store.CompleteJobAsync(next, [], Time.GetUtcNow(), Ct));
    }

    [Fact]
    public async Task ReleaseJob_LeaseAlreadyLost_FalseAndTheNewHolderKeepsIt()
    {
        await Store.EnqueueAsync([JobOf("x")], Time.GetUtcNow(), Ct);
        var stale = Assert.Single(await Store.LeaseJobsAsync("slow", 1, TimeSpan.FromSeconds(30), Time.GetUtcNow(), Ct));
        Time.Advance(TimeSpan.FromSeconds(31));
        var current = Assert.Single(await Store.LeaseJobsAsync("other", 1, TimeSpan.FromSeconds(30), Time.GetUtcNow(), Ct));

        Assert.False(await Store.ReleaseJobAsync(stale, Time.GetUtcNow(), Ct));

        Assert.Equal(new JobCounts(0, 1, 0, 0), await Store.CountJobsAsync(Ct));
        Assert.True(await Store.ExtendLeaseAsync(current, Time.GetUtcNow().AddSeconds(30), Ct));
        Assert.True(await Store.CompleteJobAsync(current, [], Time.GetUtcNow(), Ct));
    }

    [Fact]
    public async Task ReleaseJob_OnLastAttempt_RunsAgainRatherThanFailing()
    {
        await Store.EnqueueAsync([new JobDraft("probe", "x", MaxAttempts: 1)], Time.GetUtcNow(), Ct);
        var first = Assert.Single(await Store.LeaseJobsAsync("w", 1, TimeSpan.FromSeconds(30), Time.GetUtcNow(), Ct));
        Assert.True(await Store.ReleaseJobAsync(first, Time.GetUtcNow(), Ct));

        var second = Assert.Single(await Store.LeaseJobsAsync("w2", 1, TimeSpan.FromSeconds(30), Time.GetUtcNow(), Ct));

        Assert.Equal(1, second.Attempts);
        Assert.True(await Store.CompleteJobAsync(second, [], Time.GetUtcNow(), Ct));
        Assert.Empty(await Store.ListFailedJobsAsync(10, Ct));
    }

    [Fact]
    public async Task ProbeRuns_Recorded_AreCounted()
    {
        await Store.RecordProbeRunAsync(new JobId(1), "a", Time.GetUtcNow(), Ct);
        await Store.RecordProbeRunAsync(new JobId(1), "b", Time.GetUtcNow(), Ct);
        await Store.RecordProbeRunAsync(new JobId(2), "a", Time.GetUtcNow(), Ct);

        Assert.Equal((3L, 2L), await Store.CountProbeRunsAsync(Ct));
    }
}

public sealed class SqliteStoreContractTests : StoreContract
{
    protected override string Dialect => "sqlite";
}

public sealed class PostgresStoreContractTests : StoreContract
{
    protected override string Dialect => "postgres";
}
