using System.Diagnostics;
using System.Text;
using Newsdesk.Translation.Apertium;

namespace Newsdesk.Tests.Engines;

/// <summary>The in-process plain-text format against Apertium's own `apertium-destxt` and `apertium-retxt`, on random text.</summary>
public sealed class ApertiumTextFormatTests
{
    private const string Alphabet = "abcdeéèàçôÀÉ xyzXYZ 0123456789 .,;:!?'\"«»“”’…–—-()%&*+=#|_~`[]^$@/\\<>{}\t\u00A0\u202F\u2009";

    private static string RandomLine(Random random)
    {
        var length = random.Next(1, 60);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = Alphabet[random.Next(Alphabet.Length)];
        }
        return new string(chars).Trim(' ', '\t', '~', '\r');
    }

    public static TheoryData<int> Seeds() => new(1, 2, 3, 4, 5);

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Deformat_RandomPackedText_SameStreamAsApertiumDestxt(int seed)
    {
        var random = new Random(seed);
        var lines = Enumerable.Range(0, 300).Select(_ => RandomLine(random)).Where(l => l.Length > 0).ToList();
        var packed = string.Join("\n\n", lines) + "\n";

        var expected = await RunAsync("apertium-destxt", packed);

        Assert.Equal(expected, ApertiumTextFormat.Deformat(packed));
        Assert.Equal(await RunAsync("apertium-retxt", expected), ApertiumTextFormat.Reformat(expected));
    }

    [Fact]
    public async Task Reformat_RealTranslatedStream_SameTextAsApertiumRetxt()
    {
        var packed = "Le maire a-t-il déclaré [sic] que 3/4 des $ iront à <b> ?\n\nDeux  enfants ~ partis.\n";
        Assert.NotNull(ApertiumTextFormat.Deformat(packed));
        var stream = await RunAsync("bash", ApertiumTextFormat.Deformat(packed)!, "-c", "apertium -f none -u fr-es");
        Assert.Contains("alcalde", stream, StringComparison.Ordinal);
        Assert.Equal(await RunAsync("apertium-retxt", stream), ApertiumTextFormat.Reformat(stream));
    }

    [Theory]
    [InlineData("")]
    [InlineData("no newline at the end")]
    [InlineData("two\n\n\n\nblank lines\n")]
    [InlineData(" leading blank\n")]
    public void Deformat_TextNotOfThePackedShape_IsLeftToTheProgram(string text)
    {
        Assert.Null(ApertiumTextFormat.Deformat(text));
    }

    private static async Task<string> RunAsync(string program, string input, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = new UTF8Encoding(false),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return await output;
    }
}
