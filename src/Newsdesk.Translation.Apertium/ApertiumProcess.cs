using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Newsdesk.Translation.Apertium;

/// <summary>The outcome of one short-lived Apertium program run.</summary>
/// <param name="Started">False when the program could not be started at all (not installed); <see cref="Error"/> says why.</param>
/// <param name="TimedOut">True when the run was stopped after the time limit.</param>
internal sealed record ProcessRun(bool Started, bool TimedOut, int ExitCode, string Output, string Error);

/// <summary>Runs one Apertium program over a text: standard input in, standard output out, both read while writing.</summary>
internal static class ApertiumProcess
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>How every Apertium program is started: all three streams redirected, UTF-8 without a byte-order mark.</summary>
    public static ProcessStartInfo StartInfo(string command, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(command)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = Utf8,
            StandardOutputEncoding = Utf8,
            StandardErrorEncoding = Utf8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        return start;
    }

    public static async Task<ProcessRun> RunAsync(string command, IReadOnlyList<string> arguments, string input, TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        using var process = new Process { StartInfo = StartInfo(command, arguments) };
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            return new ProcessRun(false, false, -1, "", ex.Message);
        }
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            // Read both streams while writing, or a large article fills the pipe and both sides wait forever.
            var output = process.StandardOutput.ReadToEndAsync(limit.Token);
            var error = process.StandardError.ReadToEndAsync(limit.Token);
            await process.StandardInput.WriteAsync(input.AsMemory(), limit.Token);
            process.StandardInput.Close();
            await process.WaitForExitAsync(limit.Token);
            return new ProcessRun(true, false, process.ExitCode, await output, await error);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            if (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            return new ProcessRun(true, true, -1, "", "");
        }
        catch (IOException ex)
        {
            // The process died while we were writing (broken pipe).
            await process.WaitForExitAsync(CancellationToken.None);
            var error = await process.StandardError.ReadToEndAsync(CancellationToken.None);
            return new ProcessRun(true, false, process.ExitCode == 0 ? -1 : process.ExitCode, "", error.Length > 0 ? error : ex.Message);
        }
    }
}
