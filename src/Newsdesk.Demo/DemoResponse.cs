using System.Security.Cryptography;
using System.Text;

namespace Newsdesk.Demo;

/// <summary>A prepared response of the fixture server: the bytes are built once, so every request is identical.</summary>
internal sealed record DemoResponse(byte[] Body, string ContentType, DateTimeOffset LastModified, int Status = 200)
{
    /// <summary>A strong validator derived from the bytes.</summary>
    public string ETag { get; } = "\"" + Convert.ToHexStringLower(SHA256.HashData(Body))[..20] + "\"";

    public string CacheControl { get; init; } = "public, max-age=60";

    public static DemoResponse Text(string text, string contentType, DateTimeOffset lastModified, int status = 200) =>
        new(Encoding.UTF8.GetBytes(text), contentType, lastModified, status);
}
