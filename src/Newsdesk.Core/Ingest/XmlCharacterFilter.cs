namespace Newsdesk.Ingest;

/// <summary>Replaces characters XML 1.0 forbids (C0 controls other than tab, newline and return) with spaces as the
/// text streams by: feeds often carry one stray control byte, which must not cost the whole feed.</summary>
internal sealed class XmlCharacterFilter(TextReader inner) : TextReader
{
    public override int Peek() => Clean(inner.Peek());

    public override int Read() => Clean(inner.Read());

    public override int Read(char[] buffer, int index, int count)
    {
        var read = inner.Read(buffer, index, count);
        Clean(buffer.AsSpan(index, read));
        return read;
    }

    public override int Read(Span<char> buffer)
    {
        var read = inner.Read(buffer);
        Clean(buffer[..read]);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        Clean(buffer.Span[..read]);
        return read;
    }

    private static int Clean(int c) => c is >= 0 and < 0x20 and not ('\t' or '\n' or '\r') ? ' ' : c;

    private static void Clean(Span<char> span)
    {
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] < 0x20 && span[i] is not ('\t' or '\n' or '\r'))
            {
                span[i] = ' ';
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
