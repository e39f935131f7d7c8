namespace Newsdesk.Bench.Translation;

/// <summary>The bench's few --name value options.</summary>
internal sealed class Args
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public static Args Parse(string[] args)
    {
        var parsed = new Args();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            parsed._values[args[i]] = args[i + 1];
        }
        return parsed;
    }

    public string Get(string name, string fallback) => _values.GetValueOrDefault(name, fallback);

    public string Require(string name) => _values.TryGetValue(name, out var value) ? value
        : throw new ArgumentException($"{name} is required (e.g. --cases ../shared/bench/qa/dev-cases.jsonl).");
}
