using Newsdesk.Quality.Checks;

namespace Newsdesk.Quality;

/// <summary>Registers checks once; <see cref="Build"/> returns an immutable, thread-safe gate.</summary>
public sealed class QualityGateBuilder
{
    private readonly List<IQualityCheck> _checks = [];
    private QualityGateOptions _options = QualityGateOptions.Default;

    public QualityGateBuilder AddCheck<T>()
        where T : IQualityCheck, new() => AddCheck(new T());

    public QualityGateBuilder AddCheck(IQualityCheck check)
    {
        if (_checks.Any(c => c.GetType() == check.GetType()))
        {
            throw new InvalidOperationException($"{check.GetType().Name} is already registered.");
        }
        _checks.Add(check);
        return this;
    }

    /// <summary>Registers every built-in check; the optional ones run or not by the options.</summary>
    public QualityGateBuilder AddDefaultChecks() => this
        .AddCheck<BoilerplateCheck>()
        .AddCheck<UntranslatedCheck>()
        .AddCheck<NumberCheck>()
        .AddCheck<LocaleFormatCheck>()
        .AddCheck<PunctuationCheck>()
        .AddCheck<OmissionCheck>()
        .AddCheck<PolarityCheck>()
        .AddCheck<InventedMarkupCheck>()
        .AddCheck<FalseFriendCheck>()
        .AddCheck<GlossaryCheck>()
        .AddCheck<NamesCheck>()
        .AddCheck<SpellingCheck>()
        .AddCheck<FluencyCheck>();

    public QualityGateBuilder WithOptions(QualityGateOptions options)
    {
        _options = options;
        return this;
    }

    public QualityGate Build() => new([.. _checks], _options);
}
