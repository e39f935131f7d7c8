namespace Newsdesk.Translation;

/// <summary>What translating cost with one engine: characters billed (character-priced engines), tokens (LLMs), calls made.</summary>
public readonly record struct TranslationCost(long Characters, long InputTokens, long OutputTokens, int Calls)
{
    public static TranslationCost Zero => default;

    public long Tokens => InputTokens + OutputTokens;

    public static TranslationCost operator +(TranslationCost a, TranslationCost b) =>
        new(a.Characters + b.Characters, a.InputTokens + b.InputTokens, a.OutputTokens + b.OutputTokens, a.Calls + b.Calls);

    public TranslationCost Add(TranslationCost other) => this + other;

    public override string ToString() =>
        Tokens > 0 ? $"{Calls} call(s), {InputTokens}+{OutputTokens} tokens" : $"{Calls} call(s), {Characters} characters";
}
