namespace Newsdesk.Demo;

/// <summary>How to start the demo fixture server.</summary>
public sealed record DemoSourcesOptions
{
    /// <summary>Port to listen on; 0 lets the system choose a free one (one per address in the separate-hosts layout).</summary>
    public int Port { get; init; }

    public DemoSourcesLayout Layout { get; init; } = DemoSourcesLayout.Auto;

    /// <summary>When set, every date is moved by whole days so the newest article falls within the day before this
    /// clock's "now" (fresh feeds and news sitemaps); when null, dates stay as written around <see cref="DemoContent.DemoDate"/>.</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>The content to serve; the embedded content when null.</summary>
    public DemoContentSet? Content { get; init; }

    /// <summary>The two addresses of the separate-hosts layout; tests swap in addresses no interface has.</summary>
    internal IReadOnlyList<System.Net.IPAddress> HostAddresses { get; init; } =
        [System.Net.IPAddress.Parse("127.0.0.2"), System.Net.IPAddress.Parse("127.0.0.3")];
}
