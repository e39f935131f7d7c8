using System.Security.Cryptography;
using System.Text;
using Newsdesk.Model;

namespace Newsdesk.Translation;

/// <summary>Exact-match key of a translation-memory entry: pair, engine, glossary version and the source segment's hash.</summary>
/// <param name="SourceLanguage">Source language tag.</param>
/// <param name="TargetLanguage">Target locale tag (typography differs between de-DE and de-CH, so the locale is part of the key).</param>
/// <param name="Engine">Engine name.</param>
/// <param name="GlossaryVersion">Version of the pair's glossary when the entry was made.</param>
/// <param name="SourceHash">Lower-case hex SHA-256 of the source segment's inline HTML.</param>
public sealed record TranslationMemoryKey(
    LanguageTag SourceLanguage,
    LanguageTag TargetLanguage,
    string Engine,
    string GlossaryVersion,
    string SourceHash)
{
    /// <summary>The key as one string, for stores that key memory segments by text (ITranslationStore.GetMemoryAsync).</summary>
    public string StorageKey => $"{SourceLanguage}|{TargetLanguage}|{Engine}|{GlossaryVersion}|{SourceHash}";

    /// <summary>Hashes a source segment the way keys expect.</summary>
    public static string Hash(string sourceSegment) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sourceSegment)));
}
