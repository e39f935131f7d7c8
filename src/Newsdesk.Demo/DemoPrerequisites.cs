using System.Diagnostics;

namespace Newsdesk.Demo;

/// <summary>
/// What the demo desk needs from the system (Apertium and its French pairs, Hunspell dictionaries for the gate):
/// installed from Debian packages when it can (root on Debian or Ubuntu), otherwise the exact command is printed.
/// </summary>
public static class DemoPrerequisites
{
    public static readonly IReadOnlyList<string> Packages =
        ["apertium", "apertium-fr-es", "apertium-fra-cat", "apertium-spa-cat", "libhunspell-1.7-0", "hunspell-es", "hunspell-ca", "hunspell-fr", "hunspell-de-de", "dict-freedict-fra-spa", "dict-freedict-fra-deu"];

    /// <summary>Checks the packages and installs the missing ones when possible; returns a line for the user.</summary>
    public static async Task<string?> EnsureAsync(TextWriter log, CancellationToken cancellationToken)
    {
        if (!File.Exists("/usr/bin/dpkg-query"))
        {
            return OnPath("apertium") ? null
                : "Apertium is not installed: install apertium with its fr-es, fra-cat and spa-cat pairs (https://wiki.apertium.org/wiki/Installation) for Spanish and Catalan editions.";
        }
        var installed = await InstalledAsync(Packages, cancellationToken);
        var missing = Packages.Where(p => !installed.Contains(p)).ToList();
        if (missing.Count == 0)
        {
            return null;
        }
        var command = $"apt-get install -y --no-install-recommends {string.Join(' ', missing)}";
        if (Environment.UserName != "root" || !File.Exists("/usr/bin/apt-get"))
        {
            return $"Missing Debian packages: {string.Join(", ", missing)}. Install them with: sudo {command}";
        }
        await log.WriteLineAsync($"newsdesk demo: installing {string.Join(", ", missing)} (apt-get)…");
        var ok = await RunAsync("apt-get", $"install -y -q --no-install-recommends {string.Join(' ', missing)}", cancellationToken)
                 || (await RunAsync("apt-get", "update -q", cancellationToken)
                     && await RunAsync("apt-get", $"install -y -q --no-install-recommends {string.Join(' ', missing)}", cancellationToken));
        return ok ? null : $"Installing {string.Join(", ", missing)} failed; run: sudo {command}";
    }

    /// <summary>Which of the packages are installed, in one dpkg-query (it names the unknown ones on stderr and still lists the others).</summary>
    private static async Task<HashSet<string>> InstalledAsync(IEnumerable<string> packages, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("dpkg-query", ["-W", "-f=${Package}\t${Status}\n", .. packages]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var p = Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = p.StandardError.ReadToEndAsync(cancellationToken);
        await p.WaitForExitAsync(cancellationToken);
        await Task.WhenAll(stdout, stderr);
        return (await stdout).Split('\n').Select(line => line.Split('\t')).Where(f => f.Length == 2 && f[1].Contains("install ok installed", StringComparison.Ordinal))
            .Select(f => f[0]).ToHashSet(StringComparer.Ordinal);
    }

    private static async Task<bool> RunAsync(string file, string arguments, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var p = Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = p.StandardError.ReadToEndAsync(cancellationToken);
        await p.WaitForExitAsync(cancellationToken);
        await Task.WhenAll(stdout, stderr);
        return p.ExitCode == 0;
    }

    private static bool OnPath(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, command)));
}
