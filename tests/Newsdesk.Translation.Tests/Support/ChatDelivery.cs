namespace Newsdesk.Tests.Support;

/// <summary>How the fake chat-completions server sends an answer.</summary>
public enum ChatDelivery
{
    /// <summary>One "chat.completion" JSON object, content as a string.</summary>
    Object,

    /// <summary>One JSON object whose message content is an array of text parts.</summary>
    ContentParts,

    /// <summary>Server-sent "chat.completion.chunk" events, a usage chunk, then "data: [DONE]" (as with stream_options.include_usage).</summary>
    Stream,

    /// <summary>Server-sent chunks without a usage chunk (most local servers).</summary>
    StreamWithoutUsage,

    /// <summary>Server-sent chunks that stop in the middle: no finish_reason, no [DONE] (a dropped connection).</summary>
    StreamCutOff,
}
