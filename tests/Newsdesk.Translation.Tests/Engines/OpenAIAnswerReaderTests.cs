using Newsdesk.Translation.OpenAI;

namespace Newsdesk.Tests.Engines;

/// <summary>Answer bodies as servers send them, read without a server: event-stream details the fake server does not vary.</summary>
public sealed class OpenAIAnswerReaderTests
{
    [Fact]
    public void Read_EventStreamWithCrlfCommentsAndRunningUsage_ContentJoinedLastUsageKept()
    {
        var body = ": OPENROUTER PROCESSING\r\n\r\n"
            + "data: {\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"{\\\"segments\\\":\"},\"finish_reason\":null}],\"usage\":{\"prompt_tokens\":50,\"completion_tokens\":1}}\r\n\r\n"
            + "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":[{\"type\":\"text\",\"text\":\"[]}\"}]},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":50,\"completion_tokens\":7}}\r\n\r\n"
            + "data: [DONE]\r\n\r\n";

        var answer = ChatAnswerReader.Read(body, "text/event-stream");

        Assert.Equal(new ChatAnswer("{\"segments\":[]}", null, "stop", 50, 7), answer);
    }

    [Fact]
    public void Read_EventStreamAsPlainText_RecognisedByItsDataLines()
    {
        var body = "data: {\"choices\":[{\"delta\":{\"content\":\"Bonjour\"},\"finish_reason\":null}]}\n\n"
            + "data: {\"choices\":[{\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n";

        Assert.Equal("Bonjour", ChatAnswerReader.Read(body, "text/plain").Content);
    }

    [Fact]
    public void Read_ErrorEventInsideTheStream_ServerError()
    {
        var body = "data: {\"choices\":[{\"delta\":{\"content\":\"{\\\"seg\"},\"finish_reason\":null}]}\n\n"
            + "data: {\"error\":{\"message\":\"The server had an error while processing your request.\",\"type\":\"server_error\"}}\n\n";

        var answer = ChatAnswerReader.Read(body, "text/event-stream");

        Assert.Equal("The server had an error while processing your request.", answer.ServerError);
    }

    [Fact]
    public void Read_ErrorObjectWithStatus200_ServerError()
    {
        var answer = ChatAnswerReader.Read("{\"error\":{\"message\":\"model 'qwen' not found, try pulling it first\"}}", "application/json");

        Assert.Equal("model 'qwen' not found, try pulling it first", answer.ServerError);
    }

    [Fact]
    public void Read_ContentPartsWithAnImage_OnlyTextJoined()
    {
        var answer = ChatAnswerReader.Read(
            "{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\"Guten \"},{\"type\":\"image_url\",\"image_url\":{\"url\":\"x\"}},{\"type\":\"text\",\"text\":\"Tag\"}]},\"finish_reason\":\"stop\"}]}",
            "application/json");

        Assert.Equal("Guten Tag", answer.Content);
    }
}
