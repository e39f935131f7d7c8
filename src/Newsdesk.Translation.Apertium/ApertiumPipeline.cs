using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Newsdesk.Translation.Apertium;

/// <summary>
/// One resident Apertium pipeline in null-flush mode: the mode's programs started once (the script that
/// `apertium-wblank-mode -z` writes for the mode file, as the `apertium` command itself runs it), fed one
/// deformatted text at a time followed by a NUL; every program translates up to the NUL, flushes and writes a NUL,
/// so the answer is everything up to the next NUL on its output. Start-up (loading the dictionaries and transfer
/// rules, about 0.4 s a pair) is paid once per pipeline instead of once per article. One request at a time: the pool
/// hands a pipeline to one caller only.
/// </summary>
internal sealed class ApertiumPipeline : IDisposable
{
    private const int ErrorTailChars = 2000;

    private readonly Process _process;
    private readonly StringBuilder _errorTail = new();
    private readonly char[] _buffer = new char[16 * 1024];
    private bool _broken;
    private bool _ownGroup;

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
    }

    public string Mode { get; }

    /// <summary>The shell that runs the programs (their parent); killing it with its tree stops the pipeline.</summary>
    public int ProcessId => _process.Id;

    /// <summary>False once the pipeline died, was killed or lost its place in the stream; it is then replaced.</summary>
    public bool IsUsable => !_broken && !_process.HasExited;

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
    /// died or ended its output; the caller replaces it. On cancellation the pipeline is killed, since its place in
    /// the stream is lost.
    /// </summary>
    public async Task<string> TranslateAsync(string stream, CancellationToken cancellationToken)
    {
        if (!IsUsable)
        {
            throw new IOException($"The apertium {Mode} pipeline is not running.");
        }
        try
        {
            // The NUL ends the request; one inside the text would cut it short, so none goes in.
            var input = _process.StandardInput;
            await input.WriteAsync(stream.Replace("\0", "", StringComparison.Ordinal).AsMemory(), cancellationToken);
            await input.WriteAsync("\0".AsMemory(), cancellationToken);
            await input.FlushAsync(cancellationToken);
            var output = new StringBuilder(stream.Length + stream.Length / 4);
            while (true)
            {
                var read = await _process.StandardOutput.ReadAsync(_buffer.AsMemory(), cancellationToken);
                if (read == 0)
                {
                    _broken = true;
                    throw new IOException($"The apertium {Mode} pipeline ended its output mid-request. {ErrorTail}".Trim());
                }
                var nul = Array.IndexOf(_buffer, '\0', 0, read);
                if (nul >= 0)
                {
                    output.Append(_buffer, 0, nul);
                    if (nul != read - 1)
                    {
                        // More than one answer in flight: the stream is out of step, so the pipeline cannot be trusted.
                        _broken = true;
                        throw new IOException($"The apertium {Mode} pipeline wrote past the end of its answer.");
                    }
                    var answer = output.ToString();
                    if (!EndsLikeRequest(stream, answer))
                    {
                        // A program further down flushed what it had when one before it died: a partial answer.
                        _broken = true;
                        throw new IOException($"The apertium {Mode} pipeline gave a partial answer. {ErrorTail}".Trim());
                    }
                    return answer;
                }
                output.Append(_buffer, 0, read);
            }
        }
        catch (OperationCanceledException)
        {
            Kill();
            throw;
        }
        catch (IOException)
        {
            _broken = true;
            throw;
        }
        catch (ObjectDisposedException ex)
        {
            _broken = true;
            throw new IOException($"The apertium {Mode} pipeline was stopped.", ex);
        }
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

    /// <summary>Stops the pipeline and every program in it.</summary>
    public void Kill()
    {
        _broken = true;
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
