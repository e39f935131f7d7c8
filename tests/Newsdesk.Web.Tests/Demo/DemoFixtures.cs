namespace Newsdesk.Web.Tests.Demo;

/// <summary>Reads the demo test fixtures (fixtures/demo/, copied next to the tests).</summary>
internal static class DemoFixtures
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "fixtures", "demo", name);

    public static string Read(string name) => File.ReadAllText(Path(name));
}
