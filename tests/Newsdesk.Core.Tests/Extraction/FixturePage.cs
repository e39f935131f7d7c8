namespace Newsdesk.Tests.Extraction;

/// <summary>Locates the extraction fixture files copied next to the test assembly.</summary>
internal static class FixturePage
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "fixtures", "extraction");

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Directory, name + ".html"));

    public static string ExpectedJson(string name) => File.ReadAllText(Path.Combine(Directory, name + ".expected.json"));

    public static IEnumerable<string> Names() =>
        System.IO.Directory.EnumerateFiles(Directory, "*.expected.json")
            .Select(p => Path.GetFileName(p)[..^".expected.json".Length])
            .Order(StringComparer.Ordinal);
}
