using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Newsdesk.Translation.Apertium;

/// <summary>
/// One resident Apertium pipeline in null-flush mode: the mode's programs started once (the script that
/// `apertium-wblank-mode -z` writes for the mode file, as the `apertium` command itself runs it), fed deformatted texts
/// each followed by a NUL; every program translates up to the NUL, flushes and writes a NUL, so each answer is everything
/// up to the next NUL on its output, in the order the texts went in. Start-up (loading the dictionaries and transfer
/// rules, about 0.4 s a pair) is paid once per pipeline instead of once per article. Several requests may be in the
/// pipeline at once (each program works on one while the next works on the one before, as in a stream); a reader hands
/// each answer to its request in order. A request given up by its caller is still read and thrown away, so the stream
/// stays in step; anything that breaks the order (the pipeline dies, ends, answers out of shape) fails every request in it.
/// </summary>
internal sealed class ApertiumPipeline : IDisposable
{
    private const int ErrorTailChars = 2000;

    private readonly Process _process;
    private readonly StringBuilder _errorTail = new();
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly Queue<Pending> _pending = new(); // requests written and not yet answered, in order; guarded by itself
    private volatile bool _broken;
    private string? _brokenReason;
    private bool _ownGroup;

    private sealed record Pending(string Request, TaskCompletionSource<string> Answer);

    private ApertiumPipeline(Process process, string mode)
    {
        _process = process;
        Mode = mode;
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }
            lock (_errorTail)
            {
                _errorTail.Append(e.Data).Append('\n');
                if (_errorTail.Length > ErrorTailChars)
                {
                    _errorTail.Remove(0, _errorTail.Length - ErrorTailChars);
                }
            }
        };
        _process.BeginErrorReadLine();
        _ = Task.Run(ReadAnswersAsync);
    }

    public string Mode { get; }

    /// <summary>The shell that runs the programs (their parent); killing it with its tree stops the pipeline.</summary>
    public int ProcessId => _process.Id;

    /// <summary>False once the pipeline died, was killed or lost its place in the stream; it is then replaced.</summary>
    public bool IsUsable => !_broken && !_process.HasExited;

    /// <summary>Reserved for one request (a retry): the pool gives it to nobody else meanwhile.</summary>
    public bool Exclusive { get; set; }

    /// <summary>Requests written to the pipeline and not yet answered.</summary>
    public int InFlight
    {
        get
        {
            lock (_pending)
            {
                return _pending.Count;
            }
        }
    }

    /// <summary>The last lines the programs wrote on standard error.</summary>
    public string ErrorTail
    {
        get
        {
            lock (_errorTail)
            {
                return _errorTail.ToString().Trim();
            }
        }
    }

    /// <summary>Starts the pipeline script with the generator option ("-g": unknown words marked, as `apertium` without -u; "-n": unmarked).</summary>
    /// <exception cref="Win32Exception">The shell cannot be started.</exception>
    public static ApertiumPipeline Start(string mode, string script, string generatorOption)
    {
        // In a session (and process group) of its own, so that stopping it reaches every program of the pipeline,
        // even one the shell was still starting: a process-tree walk can miss those, and they would go on running.
        var setsid = File.Exists("/usr/bin/setsid") ? "/usr/bin/setsid" : null;
        // bash -c SCRIPT NAME $1 $2: the mode's $1 is the generator option, $2 the tagger option (none by default).
        string[] shell = ["/bin/bash", "-c", script, "apertium-" + mode, generatorOption, ""];
        var start = ApertiumProcess.StartInfo(setsid ?? shell[0], setsid is null ? shell[1..] : shell);
        var process = new Process { StartInfo = start };
        process.Start();
        return new ApertiumPipeline(process, mode) { _ownGroup = setsid is not null };
    }

    /// <summary>
    /// Translates one deformatted text (Apertium stream format). Throws <see cref="IOException"/> when the pipeline
    /// died, ended its output or fell out of step; the caller replaces it. A cancelled request's answer is read and
    /// discarded when it comes; cancelling while the text is half written kills the pipeline (its stream is lost).
    /// </summary>
    public async Task<string> TranslateAsync(string stream, CancellationToken cancellationToken)
    {
        if (!IsUsable)
        {
            throw new IOException(_brokenReason ?? $"The apertium {Mode} pipeline is not running.");
        }
        // The NUL ends the request; one inside the text would cut it short, so none goes in.
        var text = stream.Replace("\0", "", StringComparison.Ordinal);
        var pending = new Pending(text, new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously));
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            lock (_pending)
            {
                if (_broken)
                {
                    throw new IOException(_brokenReason ?? $"The apertium {Mode} pipeline is not running.");
                }
                _pending.Enqueue(pending);
            }
            try
            {
                var input = _process.StandardInput;
                await input.WriteAsync(text.AsMemory(), cancellationToken);
                await input.WriteAsync("\0".AsMemory(), cancellationToken);
                await input.FlushAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                Break($"The apertium {Mode} pipeline was stopped while a request was being written.");
                throw;
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException)
            {
                Break($"The apertium {Mode} pipeline stopped taking input. {ErrorTail}".Trim());
                throw new IOException(_brokenReason, ex);
            }
        }
        finally
        {
            _writeLock.Release();
        }
        using (cancellationToken.Register(() => pending.Answer.TrySetCanceled(cancellationToken)))
        {
            return await pending.Answer.Task;
        }
    }

    /// <summary>Reads answers as they come and hands each to the oldest request, checking that it is whole.</summary>
    private async Task ReadAnswersAsync()
    {
        var buffer = new char[16 * 1024];
        var output = new StringBuilder();
        try
        {
            var reader = _process.StandardOutput;
            while (true)
            {
                var read = await reader.ReadAsync(buffer.AsMemory());
                if (read == 0)
                {
                    Break($"The apertium {Mode} pipeline ended its output{(InFlight > 0 ? " mid-request" : "")}. {ErrorTail}".Trim());
                    return;
                }
                var from = 0;
                for (var nul = Array.IndexOf(buffer, '\0', 0, read); nul >= 0; nul = Array.IndexOf(buffer, '\0', from, read - from))
                {
                    output.Append(buffer, from, nul - from);
                    from = nul + 1;
                    var answer = output.ToString();
                    output.Clear();
                    Pending? next;
                    lock (_pending)
                    {
                        _pending.TryDequeue(out next);
                    }
                    if (next is null)
                    {
                        Break($"The apertium {Mode} pipeline wrote an answer nobody asked for: it is out of step.");
                        return;
                    }
                    if (!EndsLikeRequest(next.Request, answer))
                    {
                        // A program further down flushed what it had when one before it died: a partial answer.
                        next.Answer.TrySetException(new IOException($"The apertium {Mode} pipeline gave a partial answer. {ErrorTail}".Trim()));
                        Break($"The apertium {Mode} pipeline gave a partial answer to an earlier request. {ErrorTail}".Trim());
                        return;
                    }
                    next.Answer.TrySetResult(answer);
                }
                output.Append(buffer, from, read - from);
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException)
        {
            Break($"The apertium {Mode} pipeline was stopped. {ErrorTail}".Trim());
        }
    }

    /// <summary>Marks the pipeline unusable, stops it, and fails every request still waiting for an answer.</summary>
    private void Break(string reason)
    {
        List<Pending> waiting;
        lock (_pending)
        {
            _broken = true;
            _brokenReason ??= reason;
            waiting = [.. _pending];
            _pending.Clear();
        }
        foreach (var p in waiting)
        {
            p.Answer.TrySetException(new IOException(reason));
        }
        KillProcesses();
    }

    /// <summary>
    /// A whole answer ends with the request's last format block (the deformatters end every text with one, and
    /// Apertium passes blocks through unchanged); a partial one, flushed when a program up the pipeline died, does not.
    /// </summary>
    internal static bool EndsLikeRequest(string request, string answer)
    {
        var open = LastBlockStart(request);
        if (open < 0)
        {
            return true;
        }
        var block = request.AsSpan(open).TrimEnd("\n\0 ");
        return answer.AsSpan().TrimEnd("\n\0 ").EndsWith(block, StringComparison.Ordinal);
    }

    /// <summary>The index of the last unescaped '[' that opens a format block running to the end of the text, or -1.</summary>
    private static int LastBlockStart(string text)
    {
        var end = text.AsSpan().TrimEnd("\n\0 ").Length;
        if (end == 0 || text[end - 1] != ']')
        {
            return -1;
        }
        for (var i = end - 2; i >= 0; i--)
        {
            if (text[i] == '[')
            {
                var backslashes = 0;
                for (var j = i - 1; j >= 0 && text[j] == '\\'; j--)
                {
                    backslashes++;
                }
                if (backslashes % 2 == 0)
                {
                    return i;
                }
            }
        }
        return -1;
    }

    /// <summary>Stops the pipeline and every program in it; requests still in it fail.</summary>
    public void Kill() => Break($"The apertium {Mode} pipeline was stopped.");

    private void KillProcesses()
    {
        try
        {
            if (_ownGroup && OperatingSystem.IsLinux())
            {
                // setsid made the shell its group's leader: the group id is its process id.
                _ = KillProcessGroup(-_process.Id, SigKill);
            }
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        catch (Win32Exception)
        {
            // Exited between the check and the kill.
        }
    }

    private const int SigKill = 9;

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int KillProcessGroup(int pid, int signal);

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
