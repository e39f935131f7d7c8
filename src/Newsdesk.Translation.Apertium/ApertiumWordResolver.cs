using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Newsdesk.Model;

namespace Newsdesk.Translation.Apertium;

/// <summary>
/// Mends a word one Apertium pair did not know through the dictionaries of two others that do, by way of a third
/// language: French "flotteurs" is unknown to fr-es, but fra-cat analyses it (flotteur &lt;n, m, pl&gt;), its bilingual
/// dictionary gives one Catalan word (flotador), and spa-cat's gives one Spanish word, generated in the same
/// inflection ("flotadores"). Each step is Apertium's own lexical program (lt-proc: analyser, bilingual dictionary,
/// generator), so the word is inflected by the languages' morphologies, not by rule. A rendering is given only when
/// every reading of the word leads to the same one word form: a reading the dictionaries cannot render, two
/// translations in a bilingual dictionary, a gender or number left to the context ("&lt;GD&gt;"), or a noun whose gender
/// changes (the engine's article would no longer agree) gives none. Proper nouns, compounds and words with digits are
/// left alone.
/// </summary>
public sealed partial class ApertiumWordResolver : IUnknownWordResolver, IDisposable
{
    private readonly IReadOnlyList<string> _modeDirectories;
    private readonly TimeSpan _timeout;
    private readonly ConcurrentDictionary<(LanguagePair, string, Agreement?), UnknownWordRendering?> _cache = new();
    private readonly ConcurrentDictionary<LanguagePair, Route?> _routes = new();
    private readonly ConcurrentDictionary<string, LexicalProgram> _programs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<LanguagePair, bool> _prepared = new();

    /// <param name="modesDirectory">A directory of Apertium's mode files (default: the installed packages').</param>
    public ApertiumWordResolver(string? modesDirectory = null, TimeSpan? timeout = null)
        : this(modesDirectory is null ? ApertiumModes.Directories(null) : [modesDirectory], timeout)
    {
    }

    private ApertiumWordResolver(IReadOnlyList<string> modeDirectories, TimeSpan? timeout)
    {
        _modeDirectories = modeDirectories;
        _timeout = timeout ?? TimeSpan.FromSeconds(10);
    }

    /// <summary>A resolver for the options' data (the mode files the engine itself reads).</summary>
    public static ApertiumWordResolver For(ApertiumOptions options) => new(ApertiumModes.Directories(options.DataDirectory), null);

    /// <summary>
    /// A word a dictionary may have: letters only (digits, hyphens and elisions are not dictionary words, and Apertium's
    /// stream format gives meaning to "^$/&lt;&gt;@*#[]{}\"), at least three, no capital after the first (acronyms).
    /// </summary>
    private static bool IsDictionaryWord(string word) => word.Length >= 3 && word.All(char.IsLetter) && !word.Skip(1).Any(char.IsUpper);

    public UnknownWordRendering? Resolve(LanguagePair pair, string word)
    {
        if (!IsDictionaryWord(word))
        {
            return null;
        }
        if (_cache.Count > 50_000)
        {
            _cache.Clear();
        }
        return _cache.GetOrAdd((pair, word, null), key => Find(key.Item1, key.Item2, null));
    }

    /// <summary>
    /// With the word before it in the translation: an adjective (or a noun of either number) whose form the dictionaries
    /// leave to the context ("hydroélectriques": either gender) takes the gender and number of that word when every
    /// reading of it, as a noun, determiner or adjective of the target language, gives the same ("turbinas": feminine
    /// plural). An adjective whose form alone would not agree with that word takes its gender when the number is the
    /// same (the noun changed gender in translation: "réseau ferré", "red" is feminine: "ferrada"), and has no rendering
    /// when the number differs. Anything else, as without it.
    /// </summary>
    public UnknownWordRendering? Resolve(LanguagePair pair, string word, string? wordBefore)
    {
        var alone = Resolve(pair, word);
        if (!IsDictionaryWord(word) || wordBefore is not { Length: > 0 } || !wordBefore.All(char.IsLetter) || RouteOf(pair) is not { } route
            || route.TargetAnalyser is null)
        {
            return alone;
        }
        try
        {
            if (AgreementOf(route.TargetAnalyser, wordBefore) is not { } agreement)
            {
                return alone;
            }
            if (alone is not null && !Disagrees(route.TargetAnalyser, alone.Rendering, agreement))
            {
                return alone;
            }
            return _cache.GetOrAdd((pair, word, agreement), key => Find(key.Item1, key.Item2, key.Item3));
        }
        catch (LexicalProgramException)
        {
            return null;
        }
    }

    /// <summary>
    /// Whether <paramref name="rendering"/> of <paramref name="word"/>, an adjective or past participle in every reading,
    /// cannot agree with the word before it ("ferrado" after "cobertura": masculine after feminine). A rendering the
    /// target's analyser does not know is taken to have the original's form, as dictionary renderings are inflected like
    /// it. False when either word's gender or number is open.
    /// </summary>
    public bool Disagrees(LanguagePair pair, string word, string rendering, string wordBefore)
    {
        if (!IsDictionaryWord(word) || wordBefore.Length == 0 || !wordBefore.All(char.IsLetter) || !rendering.All(char.IsLetter)
            || RouteOf(pair) is not { TargetAnalyser: { } analyser } route)
        {
            return false;
        }
        try
        {
            if (AgreementOf(analyser, wordBefore) is not { } agreement)
            {
                return false;
            }
            var readings = Analyses(analyser, rendering.ToLower(CultureInfo.InvariantCulture));
            if (readings.Count == 0 || readings.Any(r => r.StartsWith('*')))
            {
                readings = Analyses(route.First.Analyser, word.ToLower(CultureInfo.InvariantCulture));
            }
            return Disagrees(readings, agreement);
        }
        catch (LexicalProgramException)
        {
            return false;
        }
    }

    /// <summary>
    /// The feminine form of a target-language masculine adjective or past participle (every reading, read by the target's
    /// analyser), generated by the target's generator in the same number; null for anything else or when the forms differ.
    /// </summary>
    public string? FeminineOf(LanguagePair pair, string word)
    {
        if (!IsDictionaryWord(word) || char.IsUpper(word[0]) || RouteOf(pair) is not { TargetAnalyser: { } analyser } route)
        {
            return null;
        }
        try
        {
            var readings = Analyses(analyser, word);
            if (readings.Count == 0 || readings.Any(r => r.StartsWith('*') || r.Contains('+', StringComparison.Ordinal) || Kind(r) != "adj"
                    || Gender(r) != "m" || r.Contains("<mf>", StringComparison.Ordinal)))
            {
                return null;
            }
            var forms = readings.Select(r => Generate(route.Second.Generator, r.Replace("<m>", "<f>", StringComparison.Ordinal))).Distinct().ToList();
            return forms is [{ } form] && form != word ? form : null;
        }
        catch (LexicalProgramException)
        {
            return null;
        }
    }

    /// <summary>Whether the target language's analyser (the second pair's) knows the word; null without one, or for a non-word.</summary>
    public bool? IsTargetWord(LanguagePair pair, string word)
    {
        if (!IsDictionaryWord(word) || RouteOf(pair) is not { TargetAnalyser: { } analyser })
        {
            return null;
        }
        try
        {
            var readings = Analyses(analyser, word.ToLower(CultureInfo.InvariantCulture));
            return readings.Count == 0 ? null : !readings.Any(r => r.StartsWith('*'));
        }
        catch (LexicalProgramException)
        {
            return null;
        }
    }

    private bool Disagrees(string analyser, string rendering, Agreement agreement) =>
        Disagrees(Analyses(analyser, rendering.ToLower(CultureInfo.InvariantCulture)), agreement);

    private static bool Disagrees(List<string> readings, Agreement agreement) =>
        readings.Count > 0 && readings.All(r => !r.StartsWith('*') && Kind(r) == "adj")
        && readings.All(r => (Gender(r) is { } g && g != agreement.Gender) || (Number(r) is { } n && n != agreement.Number));

    /// <summary>Every analysis of one word (unknown: "*word"); empty when the analyser reads it as several units.</summary>
    private List<string> Analyses(string analyser, string word)
    {
        var units = LexicalUnit().Matches(Program(analyser, "-w").Ask(word));
        return units.Count == 1 ? [.. units[0].Groups[1].Value.Split('/').Skip(1)] : [];
    }

    /// <summary>Gender and number of a target-language word when all its readings are nouns, determiners or adjectives that agree on both.</summary>
    private Agreement? AgreementOf(string analyser, string word)
    {
        var readings = Analyses(analyser, word.ToLower(CultureInfo.InvariantCulture));
        if (readings.Count == 0 || readings.Any(r => r.StartsWith('*') || r.Contains('+', StringComparison.Ordinal)
                || FirstTag(r) is not ("n" or "det" or "adj")))
        {
            return null;
        }
        // Readings that leave gender or number open ("central" <adj, mf, pl> beside <n, f, pl>) do not decide it.
        var genders = readings.Select(Gender).OfType<string>().Distinct().ToList();
        var numbers = readings.Select(Number).OfType<string>().Distinct().ToList();
        return genders is [var g] && numbers is [var n] ? new Agreement(g, n) : null;
    }

    private static string? Number(string unit) =>
        unit.Contains("<pl>", StringComparison.Ordinal) ? "pl" : unit.Contains("<sg>", StringComparison.Ordinal) ? "sg" : null;

    /// <summary>The gender and number a word takes from its context.</summary>
    private sealed record Agreement(string Gender, string Number);

    /// <summary>
    /// Starts every lexical program of the pair's route at once, each on a thread-pool thread, instead of one after
    /// another as the first word's lookup reaches it (each loads its transducer: 0.1-0.4 s). Once per pair.
    /// </summary>
    public void Prepare(LanguagePair pair)
    {
        if (!_prepared.TryAdd(pair, true) || RouteOf(pair) is not { } route)
        {
            return;
        }
        (string Binary, string Flag)[] programs =
        [
            (route.First.Analyser, "-w"), (route.First.Bilingual, "-b"), (route.First.Generator, "-g"),
            (route.Second.Analyser, "-w"), (route.Second.Bilingual, "-b"), (route.Second.Generator, "-g"),
        ];
        foreach (var (binary, flag) in programs.Concat(route.TargetAnalyser is { } t ? [(t, "-w")] : []).Distinct())
        {
            // An empty question, answered once the transducer is loaded.
            Preparation.Start(() => Program(binary, flag).Ask(""));
        }
    }

    /// <summary>The third language a pair's unknown words go through, or null when no two installed pairs make the way.</summary>
    public string? PivotOf(LanguagePair pair) => RouteOf(pair)?.Pivot;

    private UnknownWordRendering? Find(LanguagePair pair, string word, Agreement? agreement)
    {
        if (RouteOf(pair) is not { } route)
        {
            return null;
        }
        var lower = word.ToLower(CultureInfo.InvariantCulture);
        try
        {
            var found = Through(route, lower, agreement);
            if (found is null)
            {
                return null;
            }
            var rendering = char.IsUpper(word[0]) ? char.ToUpper(found.Value.Surface[0], CultureInfo.InvariantCulture) + found.Value.Surface[1..] : found.Value.Surface;
            return rendering == word ? null : new UnknownWordRendering(rendering, found.Value.Evidence, found.Value.Feminine);
        }
        catch (LexicalProgramException)
        {
            return null; // a program failed or hung: the word stays as the engine left it, for the gate to hold
        }
    }

    private (string Surface, string Evidence, bool Feminine)? Through(Route route, string word, Agreement? agreement)
    {
        var first = Readings(route.First.Analyser, word);
        if (first.Count == 0)
        {
            return null;
        }
        string? surface = null;
        string? evidence = null;
        var feminine = false;
        foreach (var reading in first)
        {
            // A gender or number the word shows itself must be the context's too, or the word before is not the one it
            // agrees with ("une plante à fleurs endémique": singular, after "flores").
            // An adjective's gender is its noun's, and the noun may have changed gender in translation ("réseau" m, "red" f).
            if (agreement is not null && ((Gender(reading) is { } g && g != agreement.Gender && Kind(reading) != "adj")
                                          || (Number(reading) is { } n && n != agreement.Number)))
            {
                return null;
            }
            // The pivot word: one translation in the first bilingual dictionary, generated.
            if (Translate(route.First, reading, agreement) is not var (pivotUnit, pivotWord))
            {
                return null;
            }
            var pos = Kind(pivotUnit);
            string? end = null;
            string? endUnit = null;
            var pivotReadings = Readings(route.Second.Analyser, pivotWord);
            // The pivot word's readings of the same part of speech; the others belong to its homographs.
            foreach (var pivotReading in pivotReadings.Where(r => Kind(r) == pos))
            {
                if (Translate(route.Second, pivotReading, agreement) is not var (targetUnit, targetWord))
                {
                    return null;
                }
                if (end is not null && end != targetWord)
                {
                    return null;
                }
                end = targetWord;
                endUnit = targetUnit;
            }
            if (end is null || endUnit is null || (surface is not null && surface != end))
            {
                return null;
            }
            if (pos == "n" && Gender(reading) is { } sourceGender && Gender(endUnit) is { } targetGender && sourceGender != targetGender)
            {
                return null; // "la plaisance" -> "el placer": the article the engine wrote would not agree
            }
            surface = end;
            feminine = pos == "n" && Gender(endUnit) == "f";
            evidence = $"apertium {route.First.Mode} + {route.Second.Mode}: {Describe(reading)} -> {pivotWord} -> {end}";
        }
        return surface is null || evidence is null ? null : (surface, evidence, feminine);
    }

    /// <summary>The analyses of a word ("racler&lt;vblex&gt;&lt;pri&gt;&lt;p3&gt;&lt;sg&gt;"), of the parts of speech a dictionary word can safely have; empty when unknown or when any reading is of another kind.</summary>
    private List<string> Readings(string analyser, string word)
    {
        var readings = Analyses(analyser, word).Distinct(StringComparer.Ordinal).ToList(); // none for a compound or several words
        if (readings.Count == 0 || readings.Any(r => r.StartsWith('*') || r.Contains('+', StringComparison.Ordinal) || r.Contains('#', StringComparison.Ordinal)
                || FirstTag(r) is not ("n" or "adj" or "vblex" or "adv")))
        {
            return [];
        }
        // News is told in the third person: a first- or second-person verb form or an imperative ("turbines": tu
        // turbines) is dropped when the word has another reading; alone, it stays, and must agree like any other.
        var told = readings.Where(r => !IsFirstOrSecondPerson(r)).ToList();
        return told.Count > 0 ? told : readings;
    }

    private static bool IsFirstOrSecondPerson(string reading) =>
        FirstTag(reading) == "vblex" && (reading.Contains("<p1>", StringComparison.Ordinal) || reading.Contains("<p2>", StringComparison.Ordinal)
                                         || reading.Contains("<imp>", StringComparison.Ordinal));

    /// <summary>The part of speech for matching a word with its translation's readings: a past participle is an adjective ("nevat").</summary>
    private static string Kind(string unit) =>
        FirstTag(unit) is var tag && tag == "vblex" && unit.Contains("<pp>", StringComparison.Ordinal) ? "adj" : FirstTag(unit);

    /// <summary>
    /// The translation of an analysis and its generated form, or null when the dictionary has none or its translations
    /// are written differently ("cubo" and "cubo_matemáticas" are both "cubos": one word; "glaciar" and "glacial" are two).
    /// </summary>
    private (string Unit, string Word)? Translate(Step step, string reading, Agreement? agreement)
    {
        var output = Program(step.Bilingual, "-b").Ask("^" + reading + "$");
        var units = LexicalUnit().Matches(output);
        if (units.Count != 1)
        {
            return null;
        }
        var translations = units[0].Groups[1].Value.Split('/').Skip(1).Distinct(StringComparer.Ordinal).ToList();
        (string Unit, string Word)? found = null;
        foreach (var given in translations)
        {
            var translation = agreement is null ? given : Agree(given, agreement);
            // Gender or number left to the context, and ordinals (Spanish "primero" is "primer" before a noun), are the
            // transfer rules' work, which a word alone does not get.
            if (translation.StartsWith('@') || translation.Contains("<GD>", StringComparison.Ordinal)
                || translation.Contains("<ND>", StringComparison.Ordinal) || translation.Contains("<ord>", StringComparison.Ordinal)
                || Generate(step.Generator, translation) is not { } word || (found is { } other && other.Word != word))
            {
                return null;
            }
            found = (translation, word);
        }
        return found;
    }

    /// <summary>
    /// A translation with the context's gender and number where its dictionary left them open ("&lt;GD&gt;", "&lt;ND&gt;",
    /// "&lt;mf&gt;", "&lt;sp&gt;").
    /// </summary>
    private static string Agree(string unit, Agreement agreement)
    {
        var kind = Kind(unit);
        if (kind is not ("adj" or "n"))
        {
            return unit;
        }
        var gender = $"<{agreement.Gender}>";
        var number = $"<{agreement.Number}>";
        var agreed = unit.Replace("<GD>", gender, StringComparison.Ordinal).Replace("<mf>", gender, StringComparison.Ordinal)
            .Replace("<ND>", number, StringComparison.Ordinal).Replace("<sp>", number, StringComparison.Ordinal);
        // An adjective takes its noun's gender even where the original's noun had the other one.
        return kind == "adj" ? agreed.Replace("<m>", gender, StringComparison.Ordinal).Replace("<f>", gender, StringComparison.Ordinal) : agreed;
    }

    private string? Generate(string generator, string unit)
    {
        var word = Program(generator, "-g").Ask("^" + unit + "$").Trim();
        // A generator may add a regional variant after the standard form ("lionès/lionés<v:accents_val>").
        var variant = word.IndexOf('/', StringComparison.Ordinal);
        if (variant > 0 && word.EndsWith('>'))
        {
            word = word[..variant];
        }
        return word.Length == 0 || word.IndexOfAny(['#', '@', '<', '>', '\\', '/', '^', '$', '*', '+']) >= 0 ? null : word;
    }

    private static string FirstTag(string unit)
    {
        var open = unit.IndexOf('<', StringComparison.Ordinal);
        var close = open < 0 ? -1 : unit.IndexOf('>', open);
        return close < 0 ? "" : unit[(open + 1)..close];
    }

    private static string? Gender(string unit) =>
        unit.Contains("<f>", StringComparison.Ordinal) ? "f" : unit.Contains("<m>", StringComparison.Ordinal) ? "m" : null;

    private static string Describe(string reading)
    {
        var open = reading.IndexOf('<', StringComparison.Ordinal);
        if (open < 0)
        {
            return reading;
        }
        var tags = TagPattern().Matches(reading[open..]).Select(m => m.Groups[1].Value);
        return $"{reading[..open]} <{string.Join(", ", tags)}>";
    }

    private Route? RouteOf(LanguagePair pair) => _routes.GetOrAdd(pair, FindRoute);

    /// <summary>Two installed modes source→pivot and pivot→target with their lexical programs (Catalan first, then any other).</summary>
    private Route? FindRoute(LanguagePair pair)
    {
        var modes = new Dictionary<LanguagePair, string>();
        foreach (var file in _modeDirectories.Where(Directory.Exists)
                     .SelectMany(d => Directory.EnumerateFiles(d, "*.mode").Order(StringComparer.Ordinal)))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (ApertiumModes.ToPair(name) is { } p)
            {
                modes.TryAdd(p, file);
            }
        }
        var source = pair.Source.Language;
        var target = pair.Target.Language;
        var pivots = modes.Keys.Where(p => p.Source.Language == source && p.Target.Language != target)
            .Select(p => p.Target)
            .Where(pivot => modes.Keys.Any(q => q.Source.Language == pivot.Language && q.Target.Language == target))
            .OrderBy(pivot => pivot.Language == "ca" ? 0 : 1).ThenBy(pivot => pivot.Language, StringComparer.Ordinal);
        foreach (var pivot in pivots)
        {
            var first = modes.First(kv => kv.Key.Source.Language == source && kv.Key.Target.Language == pivot.Language);
            var second = modes.First(kv => kv.Key.Source.Language == pivot.Language && kv.Key.Target.Language == target);
            if (Step.Read(first.Value) is { } a && Step.Read(second.Value) is { } b)
            {
                // The target language's analyser, from a mode that translates from it (the second step's own pair first,
                // whose dictionary of the target language the rendering came from), for agreement with the context.
                var analyser = modes.Where(kv => kv.Key.Source.Language == target).OrderBy(kv => kv.Key.Target.Language == pivot.Language ? 0 : 1)
                    .Select(kv => Step.Read(kv.Value)?.Analyser).FirstOrDefault(x => x is not null);
                return new Route(pivot.Language, a, b, analyser);
            }
        }
        return null;
    }

    private LexicalProgram Program(string binary, string flag) =>
        _programs.GetOrAdd(flag + " " + binary, _ => new LexicalProgram(flag, binary, _timeout));

    public void Dispose()
    {
        foreach (var program in _programs.Values)
        {
            program.Dispose();
        }
        _programs.Clear();
    }

    [GeneratedRegex(@"\^([^$]*)\$")]
    private static partial Regex LexicalUnit();

    [GeneratedRegex(@"<([^>]+)>")]
    private static partial Regex TagPattern();

    private sealed record Route(string Pivot, Step First, Step Second, string? TargetAnalyser);

    /// <summary>One mode's analyser, bilingual dictionary and generator, read from its mode file.</summary>
    private sealed partial record Step(string Mode, string Analyser, string Bilingual, string Generator)
    {
        public static Step? Read(string modeFile)
        {
            var text = File.ReadAllText(modeFile);
            string? Find(string kind) => BinaryPath().Matches(text).Select(m => m.Groups[1].Value)
                .FirstOrDefault(p => p.EndsWith("." + kind + ".bin", StringComparison.Ordinal) && File.Exists(p));
            return Find("automorf") is { } analyser && Find("autobil") is { } bilingual && Find("autogen") is { } generator
                ? new Step(Path.GetFileNameWithoutExtension(modeFile), analyser, bilingual, generator)
                : null;
        }

        [GeneratedRegex(@"'?(/[^'\s|]+\.bin)'?")]
        private static partial Regex BinaryPath();
    }

    /// <summary>
    /// One lt-proc program kept running in null-flush mode (-z): a question ends with a NUL, and so does its answer.
    /// One question at a time; a program that fails or does not answer in time is stopped, and the next question
    /// starts it again; after three failures in a row, or a first one before it ever answered, it is not asked again
    /// (its words stay unmended, for the gate).
    /// </summary>
    private sealed class LexicalProgram(string flag, string binary, TimeSpan timeout) : IDisposable
    {
        private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
        private readonly Lock _lock = new();
        private Process? _process;
        private int _failures;
        private bool _answered;
        private const int MaxFailures = 3;

        public string Ask(string question)
        {
            lock (_lock)
            {
                if (_failures >= MaxFailures)
                {
                    throw new LexicalProgramException($"lt-proc {flag} {binary} failed {_failures} times and is not asked again");
                }
                // The first answer of a fresh program waits for it to load its transducer, which on a busy machine
                // takes seconds: it gets a longer limit.
                var fresh = _process is null;
                var process = _process ??= Start();
                try
                {
                    var input = process.StandardInput.BaseStream;
                    // lt-proc reads one character past a lexical unit before it answers: a new line, then the NUL.
                    input.Write(Utf8.GetBytes(question.Replace('\0', ' ') + "\n"));
                    input.WriteByte(0);
                    input.Flush();
                    // A program that does not answer in time is killed, which ends the read below.
                    using var limit = new CancellationTokenSource(fresh ? timeout * 6 : timeout);
                    using var kill = limit.Token.Register(() => Kill(process));
                    var answer = ReadAnswer(process.StandardOutput.BaseStream) ?? throw new LexicalProgramException(limit.IsCancellationRequested
                        ? $"lt-proc {flag} {binary} did not answer within {(fresh ? timeout * 6 : timeout).TotalSeconds:0.#} s"
                        : $"lt-proc {flag} {binary} ended");
                    _failures = 0;
                    _answered = true;
                    return answer;
                }
                catch (Exception ex) when (ex is IOException or LexicalProgramException or InvalidOperationException)
                {
                    // A program that has never answered is broken (not a transducer, wrong version): not asked again.
                    _failures = _answered ? _failures + 1 : MaxFailures;
                    Stop();
                    throw ex as LexicalProgramException ?? new LexicalProgramException($"lt-proc {flag} {binary} failed: {ex.Message}");
                }
            }
        }

        private static string? ReadAnswer(Stream output)
        {
            var bytes = new List<byte>(64);
            while (true)
            {
                var b = output.ReadByte();
                if (b < 0)
                {
                    return null;
                }
                if (b == 0)
                {
                    return Utf8.GetString(bytes.ToArray());
                }
                bytes.Add((byte)b);
            }
        }

        private Process Start()
        {
            var process = new Process { StartInfo = ApertiumProcess.StartInfo("lt-proc", ["-z", flag, binary]) };
            try
            {
                process.Start();
            }
            catch (System.ComponentModel.Win32Exception ex)
            {
                throw new LexicalProgramException($"lt-proc could not be started: {ex.Message}");
            }
            process.ErrorDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            return process;
        }

        private void Stop()
        {
            if (_process is { } process)
            {
                Kill(process);
                process.Dispose();
            }
            _process = null;
        }

        private static void Kill(Process process)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // already gone
            }
        }

        public void Dispose()
        {
            lock (_lock)
            {
                Stop();
            }
        }
    }

    private sealed class LexicalProgramException(string message) : Exception(message);
}
