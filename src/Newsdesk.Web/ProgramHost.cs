using Newsdesk.Web.Composition;
using Newsdesk.Web.Site;

/// <summary>The executable's entry class; <see cref="CreateHostBuilder"/> lets WebApplicationFactory build the site as `serve` does.</summary>
public partial class Program
{
    public static IHostBuilder CreateHostBuilder(string[] args) => SiteHost.CreateBuilder(DeskConfiguration.Build(null, null));
}
