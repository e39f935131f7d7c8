using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Newsdesk.Web.Site;

/// <summary>Forwarded headers, believed only from the proxies named in <see cref="SiteOptions.KnownProxies"/>.</summary>
public static class KnownProxies
{
    /// <summary>
    /// Trusts X-Forwarded-For and X-Forwarded-Proto from the listed proxies only. ASP.NET Core's defaults trust loopback, and
    /// empty lists would trust everyone, so both lists are cleared first and the middleware is not used at all without a proxy.
    /// </summary>
    public static void Configure(ForwardedHeadersOptions options, IReadOnlyList<string> proxies)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.ForwardLimit = 1; // only the entry the nearest proxy wrote; what the client put before it is its own claim
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var entry in proxies.Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            if (IPAddress.TryParse(entry, out var address))
            {
                options.KnownProxies.Add(address);
            }
            else if (System.Net.IPNetwork.TryParse(entry, out var network))
            {
                options.KnownIPNetworks.Add(network);
            }
            else
            {
                throw new InvalidOperationException($"Site:KnownProxies: '{entry}' is neither an address (10.0.0.2) nor a network (10.0.0.0/8).");
            }
        }
    }
}
