using System.Text.RegularExpressions;
using Newsdesk.Model;
using Newsdesk.Tests.Support;
using Newsdesk.Translation;

namespace Newsdesk.Tests.Engines;

/// <summary>
/// Content faults in an LLM's answer, one scenario per fault and pair (fr->de, fr->es, fr->ca, en->fr): the fake
/// server answers with the fixture's correct translation except in one segment, where it puts the fault. Safe
/// repairs come back repaired in one request; any other fault is asked again for that segment alone, with the
/// reason, and fails the batch with a message naming the segment and the fault when it comes back wrong again.
/// </summary>
public sealed class OpenAIAnswerFaultTests
{
    private static async Task<(FakeChatServer Server, EngineResult Result, ChatFixture Fixture)> RunAsync(
        string fixtureName, int segment, string fault, Func<ChatCall, bool>? faulty = null)
    {
        var fixture = ChatFixture.Load(fixtureName);
        var wrong = fixture.Segments[segment - 1];
        var server = await FakeChatServer.StartAsync(call => ChatReply.Segments(call.Segments.Select(source =>
        {
            var s = fixture.For(source);
            return s == wrong && (faulty?.Invoke(call) ?? true) ? Apply(fault, fixture, s) : s.Target;
        })));
        var result = await OpenAIEngineTests.Engine(server).TranslateAsync(fixture.Batch(), TestContext.Current.CancellationToken);
        return (server, result, fixture);
    }

    /// <summary>The fault, written into the correct translation the way models write it.</summary>
    private static string Apply(string fault, ChatFixture fixture, ChatFixture.Segment s)
    {
        var target = fixture.Pair[^2..];
        return fault switch
        {
            "bold" => s.Target.Replace("<x-k i=\"1\"/>", "**<x-k i=\"1\"/>**", StringComparison.Ordinal),
            "fence" => "```\n" + s.Target + "\n```",
            "fence-lang" => "```text\n" + s.Target + "\n```",
            "backticks" => s.Target.Replace("<x-k i=\"1\"/>", "`<x-k i=\"1\"/>`", StringComparison.Ordinal),
            "underscores" => Regex.Replace(s.Target, @"^(\S+)", "__$1__"),
            "heading" => "# " + s.Target,
            "label" => target switch
            {
                "de" => "**Übersetzung:** ",
                "es" => "Traducción: ",
                "fr" => "Traduction : ",
                _ => "Translation: ",
            } + s.Target,
            "other" => s.Other!,
            "untranslated" => s.Source,
            "refusal-en" => "I'm sorry, I can't help with that.",
            "refusal" => target switch
            {
                "de" => "Es tut mir leid, aber ich kann diesen Text nicht übersetzen.",
                "es" => "Lo siento, no puedo ayudar con esa solicitud.",
                "ca" => "Ho sento, no puc traduir aquest text.",
                _ => "Je suis désolé, mais je ne peux pas traduire ce texte.",
            },
            "as-an-ai" => "Als KI-Sprachmodell kann ich keine politischen Texte übersetzen.",
            "note-brackets" => s.Target + " (Note: I kept the names as in the original.)",
            "note-brackets-fr" => s.Target + " (Remarque : j'ai gardé les noms propres.)",
            "note-label" => s.Target + " Nota: he mantenido los nombres propios.",
            "about" => s.Target + " He mantingut els noms propis.",
            "here-is" => s.Target + " Here is the translation of the paragraph.",
            "cut" => s.Target[..s.Target.IndexOf(',', StringComparison.Ordinal)] + ".",
            "placeholder-missing" => s.Target.Replace(" <x-k i=\"2\"/>", "", StringComparison.Ordinal),
            "placeholder-doubled" => s.Target.Replace("<x-k i=\"1\"/>", "<x-k i=\"1\"/> (<x-k i=\"1\"/>)", StringComparison.Ordinal),
            "placeholder-unknown" => s.Target.Replace("<x-k i=\"2\"/>", "<x-k i=\"2\"/> <x-k i=\"3\"/>", StringComparison.Ordinal),
            "out-of-link" => Regex.Replace(s.Target, "(<a [^>]*>)<x-k i=\"1\"/></a>", "$1link</a> <x-k i=\"1\"/>"),
            "unclosed" => s.Target.Replace("</a>", "", StringComparison.Ordinal),
            _ => throw new ArgumentOutOfRangeException(nameof(fault), fault, null),
        };
    }

    [Theory]
    [InlineData("fr-de", 1, "bold")]
    [InlineData("fr-es", 2, "fence")]
    [InlineData("fr-ca", 3, "fence-lang")]
    [InlineData("en-fr", 1, "backticks")]
    [InlineData("fr-ca", 4, "underscores")]
    [InlineData("fr-de", 4, "heading")]
    [InlineData("fr-de", 3, "label")]
    [InlineData("fr-es", 1, "label")]
    [InlineData("fr-ca", 1, "label")]
    [InlineData("en-fr", 4, "label")]
    public async Task TranslateAsync_MarkdownOrLabelTheOriginalLacks_RepairedInOneRequest(string fixture, int segment, string fault)
    {
        var (server, result, pair) = await RunAsync(fixture, segment, fault);
        await using (server)
        {
            Assert.True(result.IsSuccess, result.Failure?.Message);
            Assert.Equal(pair.Targets, result.Segments);
            Assert.Single(server.Calls);
        }
    }

    [Theory]
    [InlineData("fr-de", 1, "other", "wrong-language", "it is in English, not German")]
    [InlineData("fr-es", 4, "untranslated", "wrong-language", "it is in French, not Spanish (left untranslated)")]
    [InlineData("fr-ca", 4, "other", "wrong-language", "it is in Spanish, not Catalan")]
    [InlineData("en-fr", 1, "untranslated", "wrong-language", "it is in English, not French (left untranslated)")]
    [InlineData("en-fr", 4, "other", "wrong-language", "it is in Spanish, not French")]
    [InlineData("fr-de", 2, "refusal-en", "refusal", "it is a refusal or an apology from the model (\"I'm sorry")]
    [InlineData("fr-es", 3, "refusal", "refusal", "it is a refusal or an apology from the model (\"Lo siento")]
    [InlineData("fr-ca", 4, "refusal", "refusal", "it is a refusal or an apology from the model (\"Ho sento")]
    [InlineData("en-fr", 2, "refusal", "refusal", "it is a refusal or an apology from the model (\"Je suis désolé")]
    [InlineData("fr-de", 4, "as-an-ai", "refusal", "the model speaks about itself (\"Als KI")]
    [InlineData("fr-de", 2, "note-brackets", "note", "it contains a note from the model (\"(Note: I kept the names as in the original.)\")")]
    [InlineData("en-fr", 3, "note-brackets-fr", "note", "it contains a note from the model (\"(Remarque : j'ai gardé les noms propres.)\")")]
    [InlineData("fr-es", 1, "note-label", "note", "it contains a note from the model (\"Nota: he mantenido los nombres propios.\")")]
    [InlineData("fr-ca", 1, "about", "note", "it talks about the translation (\"He mantingut els noms propis.\")")]
    [InlineData("fr-de", 4, "here-is", "note", "it talks about the translation (\"Here is the translation of the paragraph.\")")]
    [InlineData("fr-de", 4, "cut", "too-short", "it is 48 characters long for an original of 154: less than half, so part of it is missing")]
    [InlineData("fr-es", 4, "cut", "too-short", "it is 56 characters long for an original of 154: less than half, so part of it is missing")]
    [InlineData("fr-ca", 4, "cut", "too-short", "it is 55 characters long for an original of 154: less than half, so part of it is missing")]
    [InlineData("en-fr", 4, "cut", "too-short", "it is 43 characters long for an original of 146: less than half, so part of it is missing")]
    [InlineData("fr-de", 3, "placeholder-missing", "placeholder-missing", "the placeholder <x-k i=\"2\"/> is missing")]
    [InlineData("fr-es", 3, "placeholder-doubled", "placeholder-doubled", "the placeholder <x-k i=\"1\"/> appears 2 times")]
    [InlineData("fr-ca", 3, "placeholder-unknown", "placeholder-unknown", "it has a placeholder <x-k i=\"3\"/> that the original does not have")]
    [InlineData("fr-de", 2, "out-of-link", "placeholder-nesting", "the placeholder <x-k i=\"1\"/> was moved out of the element <a href=\"https://example.org/ministre\">")]
    [InlineData("en-fr", 2, "out-of-link", "placeholder-nesting", "the placeholder <x-k i=\"1\"/> was moved out of the element <a href=\"https://example.org/mayor\">")]
    [InlineData("fr-es", 2, "unclosed", "markup-nesting", "its markup is not well nested (<a> is never closed)")]
    public async Task TranslateAsync_FaultAgainAfterRetry_PermanentFailureNamingSegmentAndFault(string fixture, int segment, string fault, string code, string reason)
    {
        var (server, result, pair) = await RunAsync(fixture, segment, fault);
        await using (server)
        {
            Assert.Equal(FailureKind.Permanent, result.Failure?.Kind);
            var message = result.Failure!.Message;
            TestContext.Current.TestOutputHelper?.WriteLine(message);
            Assert.StartsWith($"openai: the answer was refused, nothing of it is used: segment {segment} of 5 (", message, StringComparison.Ordinal);
            Assert.Contains($"is still wrong after a retry: {reason}", message, StringComparison.Ordinal);
            Assert.EndsWith($"[{code}].", message, StringComparison.Ordinal);
            Assert.Empty(result.Segments);

            // The segment alone, asked again with the reason.
            Assert.Equal(2, server.Calls.Count);
            var retry = server.Calls.Last();
            Assert.Equal([pair.Segments[segment - 1].Source], retry.Segments);
            Assert.Contains($"Your earlier translation of segment 1 was refused because {reason}", retry.System, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("fr-de", 2, "other")]
    [InlineData("fr-ca", 3, "refusal")]
    [InlineData("en-fr", 4, "note-brackets")]
    [InlineData("fr-es", 3, "placeholder-missing")]
    [InlineData("fr-es", 4, "cut")]
    public async Task TranslateAsync_FaultOnlyInTheFirstAnswer_SegmentAskedAgainAloneAndUsed(string fixture, int segment, string fault)
    {
        var (server, result, pair) = await RunAsync(fixture, segment, fault, call => call.Number == 1);
        await using (server)
        {
            Assert.True(result.IsSuccess, result.Failure?.Message);
            Assert.Equal(pair.Targets, result.Segments);
            Assert.Equal(2, server.Calls.Count);
            Assert.Equal([pair.Segments[segment - 1].Source], server.Calls.Last().Segments);
            Assert.Equal(new TranslationCost(0, 200, 40, 2), result.Cost);
        }
    }

    [Theory]
    [InlineData("fr-de-lookalikes")]
    [InlineData("fr-es-lookalikes")]
    [InlineData("fr-ca-lookalikes")]
    [InlineData("en-fr-lookalikes")]
    [InlineData("fr-de")]
    [InlineData("fr-es")]
    [InlineData("fr-ca")]
    [InlineData("en-fr")]
    public async Task TranslateAsync_CorrectTranslationsThatLookLikeFaults_AcceptedInOneRequest(string fixtureName)
    {
        var fixture = ChatFixture.Load(fixtureName);
        await using var server = await FakeChatServer.StartAsync(call => ChatReply.Segments(call.Segments.Select(s => fixture.For(s).Target)));

        var result = await OpenAIEngineTests.Engine(server).TranslateAsync(fixture.Batch(), TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess, result.Failure?.Message);
        Assert.Equal(fixture.Targets, result.Segments);
        Assert.Single(server.Calls);
    }

    [Fact]
    public async Task ArticleTranslator_WrongLanguageEveryTime_ArticleFailsAtOnceAndNothingIsRemembered()
    {
        var fixture = ChatFixture.Load("fr-de");
        var english = fixture.Segments[3].Other!;
        await using var server = await FakeChatServer.StartAsync(call => ChatReply.Segments(call.Segments.Select(s => s == "Réforme" ? "Reform" : english)));
        var memory = new DictionaryTranslationMemory();
        var translator = new ArticleTranslator(new TranslationEngineRegistry([OpenAIEngineTests.Engine(server)]), memory, new RecordingTimeProvider());
        var article = new ExtractedArticle
        {
            Title = "Réforme",
            Language = LanguageTag.Parse("fr"),
            Blocks = [new ArticleBlock(BlockType.Paragraph, fixture.Segments[3].Source)],
        };

        var result = await translator.TranslateAsync(new ArticleTranslationRequest(article, LanguageTag.Parse("de")) { Engine = "openai" },
            TestContext.Current.CancellationToken);

        Assert.False(result.IsComplete);
        Assert.True(result.HasPermanentFailure, string.Join("; ", result.Failures));
        Assert.Contains("it is in English, not German", Assert.Single(result.Failures).Message, StringComparison.Ordinal);
        Assert.All(result.Segments, s => Assert.Null(s.TargetHtml));
        Assert.Equal(fixture.Segments[3].Source, result.Article.Blocks[0].Text);
        Assert.Equal(0, memory.Count);
        Assert.Equal(2, server.Calls.Count); // asked again once by the engine, not again by the pipeline's retries
    }
}
