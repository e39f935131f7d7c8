using Newsdesk.Model;

namespace Newsdesk.Storage;

/// <summary>The URL is already followed as another source.</summary>
public sealed class DuplicateSourceException(string url, SourceId existing)
    : InvalidOperationException($"{url} is already followed as source {existing}.")
{
    public SourceId Existing { get; } = existing;
}
