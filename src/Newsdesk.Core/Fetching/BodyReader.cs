using System.Buffers;
using System.IO.Compression;

namespace Newsdesk.Fetching;

/// <summary>Reads a response body as it arrives, undoing Content-Encoding on the fly, with one cap on the bytes read
/// from the wire and another on the decoded bytes: a decompression bomb is cut off after the cap, not after expansion.</summary>
internal static class BodyReader
{
    /// <summary>The body, or null with an outcome and message.</summary>
    public sealed record Read(byte[]? Body, FetchOutcome? Failure, string? Error);

    public static async Task<Read> ReadAsync(Stream wire, IReadOnlyList<string> encodings, long maxWireBytes, long maxDecodedBytes, CancellationToken cancellationToken)
    {
        var counted = new CappedStream(wire, maxWireBytes);
        Stream stream = counted;
        var codings = encodings.Select(e => e.Trim().ToLowerInvariant()).Where(e => e is not ("identity" or "")).ToList();
        try
        {
            // Codings are listed in the order applied, so the last one is undone first.
            for (var i = codings.Count - 1; i >= 0; i--)
            {
                var decoder = await DecoderAsync(stream, codings[i], cancellationToken);
                if (decoder is null)
                {
                    return new Read(null, FetchOutcome.InvalidResponse, $"the server used the unsupported content encoding '{codings[i]}'");
                }
                stream = decoder;
            }
            using var output = new MemoryStream();
            var chunk = ArrayPool<byte>.Shared.Rent(81920);
            try
            {
                int read;
                while ((read = await stream.ReadAsync(chunk.AsMemory(), cancellationToken)) > 0)
                {
                    if (output.Length + read > maxDecodedBytes)
                    {
                        return codings.Count == 0
                            ? TooLarge(maxWireBytes, counted.BytesRead)
                            : new Read(null, FetchOutcome.TooLarge,
                                $"the {string.Join('+', codings)}-encoded body expands beyond the {maxDecodedBytes}-byte decompression cap after {counted.BytesRead} bytes on the wire; refused as a possible decompression bomb");
                    }
                    output.Write(chunk, 0, read);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }
            return new Read(output.ToArray(), null, null);
        }
        catch (BodyTooLargeException)
        {
            return TooLarge(maxWireBytes, counted.BytesRead);
        }
        catch (InvalidDataException ex)
        {
            return new Read(null, FetchOutcome.InvalidResponse, $"the {string.Join('+', codings)}-encoded body is corrupt: {ex.Message}");
        }
        finally
        {
            await stream.DisposeAsync();
        }
    }

    private static Read TooLarge(long cap, long read) =>
        new(null, FetchOutcome.TooLarge, $"the body is larger than the {cap}-byte cap; refused after reading {read} bytes");

    private static async Task<Stream?> DecoderAsync(Stream input, string coding, CancellationToken cancellationToken)
    {
        switch (coding)
        {
            case "gzip" or "x-gzip":
                return new GZipStream(input, CompressionMode.Decompress);
            case "br":
                return new BrotliStream(input, CompressionMode.Decompress);
            case "deflate":
                // "deflate" is meant to be zlib-wrapped, but some servers send raw deflate; the zlib header tells.
                var head = new byte[2];
                var got = 0;
                while (got < 2)
                {
                    var n = await input.ReadAsync(head.AsMemory(got), cancellationToken);
                    if (n == 0)
                    {
                        break;
                    }
                    got += n;
                }
                var prefixed = new PrefixedStream(head.AsMemory(0, got), input);
                var zlib = got == 2 && (head[0] & 0x0F) == 8 && ((head[0] << 8) | head[1]) % 31 == 0;
                return zlib ? new ZLibStream(prefixed, CompressionMode.Decompress) : new DeflateStream(prefixed, CompressionMode.Decompress);
            default:
                return null;
        }
    }

    private sealed class BodyTooLargeException : IOException;

    /// <summary>Counts bytes read and fails once more than the cap has arrived.</summary>
    private sealed class CappedStream(Stream inner, long cap) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private int Count(int read)
        {
            BytesRead += read;
            if (BytesRead > cap)
            {
                throw new BodyTooLargeException();
            }
            return read;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
            base.Dispose(disposing);
        }
    }

    /// <summary>Replays a few already-read bytes, then the rest of the stream.</summary>
    private sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream inner) : Stream
    {
        private ReadOnlyMemory<byte> _prefix = prefix;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (TakePrefix(buffer.AsSpan(offset, count)) is var n and > 0)
            {
                return n;
            }
            return inner.Read(buffer, offset, count);
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (TakePrefix(buffer.Span) is var n and > 0)
            {
                return n;
            }
            return await inner.ReadAsync(buffer, cancellationToken);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private int TakePrefix(Span<byte> destination)
        {
            var n = Math.Min(_prefix.Length, destination.Length);
            _prefix.Span[..n].CopyTo(destination);
            _prefix = _prefix[n..];
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
