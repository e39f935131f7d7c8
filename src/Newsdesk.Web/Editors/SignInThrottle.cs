namespace Newsdesk.Web.Editors;

/// <summary>
/// Growing waits after failed sign-ins, counted per key (a name, a client address, a trusted browser) in this process. The
/// first failures of a key cost nothing; from then on each failure makes the key wait twice as long as the one before, up to
/// a cap, and a quiet spell forgets them. A try made while its key waits is refused before any password is checked, so it
/// neither counts nor tells anything. Names are counted whether or not they exist: the answers never reveal which do.
/// </summary>
public sealed class SignInThrottle(TimeProvider time, TimeSpan firstDelay, TimeSpan maxDelay, TimeSpan forgetAfter, int maxKeys = 100_000)
{
    private sealed class Failures
    {
        public int Count;
        public DateTimeOffset Last;
        public DateTimeOffset WaitUntil;
    }

    private readonly Dictionary<string, Failures> _keys = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>How long <paramref name="key"/> must still wait before its next try (zero when it may try now).</summary>
    public TimeSpan Wait(string key)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            return _keys.TryGetValue(key, out var f) && !Forgotten(f, now) && f.WaitUntil > now ? f.WaitUntil - now : TimeSpan.Zero;
        }
    }

    /// <summary>Counts a failure of <paramref name="key"/>; returns the wait it now has (zero until it has <paramref name="free"/> failures).</summary>
    public TimeSpan Fail(string key, int free)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            if (!_keys.TryGetValue(key, out var f) || Forgotten(f, now))
            {
                if (_keys.Count >= maxKeys)
                {
                    Prune(now);
                }
                f = new Failures();
                _keys[key] = f;
            }
            f.Count++;
            f.Last = now;
            var wait = Delay(f.Count - Math.Max(free, 1) + 1);
            f.WaitUntil = now + wait;
            return wait;
        }
    }

    /// <summary>Forgets the failures of <paramref name="key"/> (after a successful sign-in with it).</summary>
    public void Forget(string key)
    {
        lock (_lock)
        {
            _keys.Remove(key);
        }
    }

    /// <summary>Zero before the free failures are used up, then the first delay, doubled for each failure after that, never above the cap.</summary>
    private TimeSpan Delay(int nth)
    {
        if (nth <= 0)
        {
            return TimeSpan.Zero;
        }
        var doublings = Math.Min(nth - 1, 40);
        var ticks = Math.Min((double)firstDelay.Ticks * Math.Pow(2, doublings), maxDelay.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }

    private bool Forgotten(Failures f, DateTimeOffset now) => now - (f.WaitUntil > f.Last ? f.WaitUntil : f.Last) >= forgetAfter;

    // Many guessed names must not grow the table without bound: drop the forgotten keys, then the longest quiet ones.
    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, _) in _keys.Where(k => Forgotten(k.Value, now)).ToList())
        {
            _keys.Remove(key);
        }
        if (_keys.Count >= maxKeys)
        {
            foreach (var (key, _) in _keys.Where(k => k.Value.WaitUntil <= now).OrderBy(k => k.Value.Last).Take(_keys.Count - (maxKeys / 2)).ToList())
            {
                _keys.Remove(key);
            }
        }
    }
}
