using System.Buffers;
using System.IO.Compression;

namespace Newsdesk.Fetching;

/// <summary>Reads a response body under the wire cap, then undoes Content-Encoding under the decompressed cap.</summary>
internal static class BodyReader
{
    /// <summary>The body, or null with an outcome and message.</summary>
    public sealed record Read(byte[]? Body, FetchOutcome? Failure, string? Error);

    public static async Task<Read> ReadAsync(Stream stream, long maxWireBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk.AsMemory(), cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxWireBytes)
                {
                    return new Read(null, FetchOutcome.TooLarge, $"the body is larger than the {maxWireBytes}-byte cap; refused after reading {buffer.Length + read} bytes");
                }
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return new Read(buffer.ToArray(), null, null);
    }

    /// <summary>Undoes one or more content codings (applied in the order listed, so undone in reverse).</summary>
    public static Read Decode(byte[] wire, IReadOnlyList<string> encodings, long maxDecodedBytes)
    {
        var body = wire;
        for (var i = encodings.Count - 1; i >= 0; i--)
        {
            var coding = encodings[i].Trim().ToLowerInvariant();
            if (coding is "identity" or "")
            {
                continue;
            }
            try
            {
                using var input = new MemoryStream(body, writable: false);
                using Stream? decoder = coding switch
                {
                    "gzip" or "x-gzip" => new GZipStream(input, CompressionMode.Decompress),
                    "br" => new BrotliStream(input, CompressionMode.Decompress),
                    // "deflate" is meant to be zlib-wrapped, but some servers send raw deflate; the zlib header tells.
                    "deflate" => body.Length >= 2 && (body[0] & 0x0F) == 8 && ((body[0] << 8) | body[1]) % 31 == 0
                        ? new ZLibStream(input, CompressionMode.Decompress)
                        : new DeflateStream(input, CompressionMode.Decompress),
                    _ => null,
                };
                if (decoder is null)
                {
                    return new Read(null, FetchOutcome.InvalidResponse, $"the server used the unsupported content encoding '{coding}'");
                }
                using var output = new MemoryStream();
                var chunk = new byte[81920];
                int read;
                while ((read = decoder.Read(chunk, 0, chunk.Length)) > 0)
                {
                    if (output.Length + read > maxDecodedBytes)
                    {
                        return new Read(null, FetchOutcome.TooLarge,
                            $"the {coding}-encoded body expands beyond the {maxDecodedBytes}-byte decompression cap ({wire.Length} bytes on the wire); refused as a possible decompression bomb");
                    }
                    output.Write(chunk, 0, read);
                }
                body = output.ToArray();
            }
            catch (InvalidDataException ex)
            {
                return new Read(null, FetchOutcome.InvalidResponse, $"the {coding}-encoded body is corrupt: {ex.Message}");
            }
        }
        return new Read(body, null, null);
    }
}
