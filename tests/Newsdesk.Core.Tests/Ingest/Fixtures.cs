namespace Newsdesk.Tests.Ingest;

/// <summary>Reads fixture files copied next to the test assembly.</summary>
internal static class Fixtures
{
    public static byte[] Bytes(string relativePath) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "fixtures", relativePath));

    public static string Text(string relativePath) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", relativePath));
}
