using System.Net;
using System.Net.Sockets;

namespace Newsdesk.Web.Site;

/// <summary>Who a request counts as for rate limits and sign-in waits.</summary>
public static class ClientAddress
{
    /// <summary>
    /// The connection's address (the client's when a known proxy forwarded it): an IPv4 address as it is, an IPv6 one by its
    /// /64 network, since one host may use any address of its /64.
    /// </summary>
    public static string Key(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
