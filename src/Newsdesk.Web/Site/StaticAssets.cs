using System.Collections.Frozen;
using System.Security.Cryptography;

namespace Newsdesk.Web.Site;

/// <summary>
/// The files of wwwroot (embedded in the executable), served under fingerprinted names (/assets/site.3f2a9c1b07.css)
/// with a one-year immutable cache: a new build changes the name, so browsers never keep a stale stylesheet.
/// </summary>
public sealed class StaticAssets
{
    public sealed record Asset(string Name, string FingerprintedName, string ContentType, byte[] Body, string ETag);

    private readonly FrozenDictionary<string, Asset> _byName;
    private readonly FrozenDictionary<string, Asset> _byFingerprint;

    public StaticAssets()
    {
        var assembly = typeof(StaticAssets).Assembly;
        var assets = new List<Asset>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith("wwwroot/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var body = memory.ToArray();
            var name = resource["wwwroot/".Length..];
            var hash = Convert.ToHexStringLower(SHA256.HashData(body))[..10];
            var ext = Path.GetExtension(name);
            assets.Add(new Asset(name, Path.ChangeExtension(name, null) + "." + hash + ext, ContentType(ext), body, "\"" + hash + "\""));
        }
        _byName = assets.ToFrozenDictionary(a => a.Name, StringComparer.Ordinal);
        _byFingerprint = assets.ToFrozenDictionary(a => a.FingerprintedName, StringComparer.Ordinal);
    }

    /// <summary>The URL to link: "/assets/site.{hash}.css".</summary>
    public string Url(string name) => "/assets/" + (_byName.TryGetValue(name, out var a) ? a.FingerprintedName : name);

    /// <summary>A file by fingerprinted name (immutable) or plain name (short cache).</summary>
    public (Asset Asset, bool Immutable)? Find(string requested) =>
        _byFingerprint.TryGetValue(requested, out var f) ? (f, true)
        : _byName.TryGetValue(requested, out var n) ? (n, false)
        : null;

    private static string ContentType(string ext) => ext switch
    {
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".ico" => "image/x-icon",
        ".png" => "image/png",
        ".txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };
}
