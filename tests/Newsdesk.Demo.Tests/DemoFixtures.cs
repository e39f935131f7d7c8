namespace Newsdesk.Demo.Tests;

/// <summary>Reads the demo test fixtures (fixtures/content/, copied next to the tests).</summary>
internal static class DemoFixtures
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "fixtures", "content", name);

    public static string Read(string name) => File.ReadAllText(Path(name));
}
