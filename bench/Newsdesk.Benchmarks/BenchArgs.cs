using System.Globalization;

namespace Newsdesk.Benchmarks;

/// <summary>--name value options of a bench command.</summary>
internal sealed class BenchArgs(string[] args)
{
    public string Get(string name, string fallback)
    {
        var i = Array.IndexOf(args, "--" + name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    public int Int(string name, int fallback) => int.Parse(Get(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
}
