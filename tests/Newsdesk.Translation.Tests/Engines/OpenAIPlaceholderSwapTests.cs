using Newsdesk.Model;
using Newsdesk.Tests.Support;
using Newsdesk.Translation;

namespace Newsdesk.Tests.Engines;

/// <summary>
/// Two placeholders of the same kind swapped inside one element: the adapter cannot tell (it does not know what the
/// placeholders stand for), the pipeline can. Through the whole pipeline against the fake chat server.
/// </summary>
public sealed class OpenAIPlaceholderSwapTests
{
    private const string Right = "Nach Angaben der Gewerkschaften steigt das Budget der Schulen in diesem Jahr <b>von <x-k i=\"1\"/> auf <x-k i=\"2\"/></b>.";
    private const string Swapped = "Nach Angaben der Gewerkschaften steigt das Budget der Schulen in diesem Jahr <b>von <x-k i=\"2\"/> auf <x-k i=\"1\"/></b>.";

    private static ExtractedArticle Article() => new()
    {
        Title = "",
        Language = LanguageTag.Parse("fr"),
        Blocks = [new ArticleBlock(BlockType.Paragraph, "Selon les syndicats, le budget des écoles passe cette année de 3,5 % à 5 %.",
            "Selon les syndicats, le budget des écoles passe cette année <b>de 3,5 % à 5 %</b>.")],
    };

    private static async Task<(FakeChatServer Server, ArticleTranslationResult Result)> RunAsync(Func<int, string> answer)
    {
        var server = await FakeChatServer.StartAsync(call => ChatReply.Segments(call.Segments.Select(_ => answer(call.Number))));
        var translator = new ArticleTranslator(new TranslationEngineRegistry([OpenAIEngineTests.Engine(server)]), new DictionaryTranslationMemory(), new RecordingTimeProvider());
        var result = await translator.TranslateAsync(new ArticleTranslationRequest(Article(), LanguageTag.Parse("de")) { Engine = "openai" },
            TestContext.Current.CancellationToken);
        return (server, result);
    }

    [Fact]
    public async Task TranslateAsync_SameKindSwappedTwice_SegmentAskedAgainThenFailsNamingBoth()
    {
        var (server, result) = await RunAsync(_ => Swapped);
        await using (server)
        {
            Assert.False(result.IsComplete);
            Assert.Equal(2, server.Calls.Count);
            var failure = Assert.Single(result.Failures);
            Assert.Equal(FailureKind.Permanent, failure.Kind);
            Assert.Contains("the protected percent '3,5 %' (placeholder 1) and percent '5 %' (placeholder 2) come out in the opposite order (swapped) [placeholder-order]",
                failure.Message, StringComparison.Ordinal);
            Assert.Empty(result.MemoryCandidates);
        }
    }

    [Fact]
    public async Task TranslateAsync_SwappedOnlyInTheFirstAnswer_RetriedAndUsed()
    {
        var (server, result) = await RunAsync(call => call == 1 ? Swapped : Right);
        await using (server)
        {
            Assert.True(result.IsComplete, string.Join("; ", result.Failures));
            Assert.Equal(2, server.Calls.Count);
            Assert.Contains("von 3,5\u00A0% auf 5\u00A0%", result.Article.Blocks[0].Text, StringComparison.Ordinal);
        }
    }
}
