namespace Newsdesk.Demo;

/// <summary>How the fixture server puts the two outlets on the loopback interface.</summary>
public enum DemoSourcesLayout
{
    /// <summary>Separate loopback addresses when the system can bind them (Linux, Windows), else path prefixes (macOS).</summary>
    Auto,
    /// <summary>Each outlet on its own address and origin: http://127.0.0.2:PORT/ and http://127.0.0.3:PORT/.</summary>
    SeparateHosts,
    /// <summary>Both outlets on http://127.0.0.1:PORT/, under /traboules/ and /ecume/.</summary>
    PathPrefixes,
}
