using System.Net;
using System.Net.Sockets;

namespace Newsdesk.Fetching;

/// <summary>Decides which IP addresses and host names may be connected to: public unicast only, unless allow-listed.
/// Used on the address actually connected to (after DNS), so a host name cannot smuggle in a private address.</summary>
public sealed class AddressPolicy
{
    private static readonly (IPNetwork Network, string Reason)[] Refused =
    [
        (IPNetwork.Parse("0.0.0.0/8"), "an unspecified (this-network) address"),
        (IPNetwork.Parse("10.0.0.0/8"), "a private-network address (RFC 1918)"),
        (IPNetwork.Parse("100.64.0.0/10"), "a carrier-grade NAT address (RFC 6598)"),
        (IPNetwork.Parse("127.0.0.0/8"), "a loopback address"),
        (IPNetwork.Parse("169.254.0.0/16"), "a link-local address"),
        (IPNetwork.Parse("172.16.0.0/12"), "a private-network address (RFC 1918)"),
        (IPNetwork.Parse("192.0.0.0/24"), "an IETF protocol-assignment address"),
        (IPNetwork.Parse("192.0.2.0/24"), "a documentation address"),
        (IPNetwork.Parse("192.168.0.0/16"), "a private-network address (RFC 1918)"),
        (IPNetwork.Parse("198.18.0.0/15"), "a benchmarking address"),
        (IPNetwork.Parse("198.51.100.0/24"), "a documentation address"),
        (IPNetwork.Parse("203.0.113.0/24"), "a documentation address"),
        (IPNetwork.Parse("224.0.0.0/4"), "a multicast address"),
        (IPNetwork.Parse("240.0.0.0/4"), "a reserved or broadcast address"),
        (IPNetwork.Parse("::/128"), "the unspecified address"),
        (IPNetwork.Parse("::1/128"), "a loopback address"),
        (IPNetwork.Parse("::/96"), "a deprecated IPv4-compatible address"),
        (IPNetwork.Parse("64:ff9b:1::/48"), "a local-use NAT64 address"),
        (IPNetwork.Parse("100::/64"), "a discard-only address"),
        (IPNetwork.Parse("2001::/32"), "a Teredo tunnel address"),
        (IPNetwork.Parse("2001:db8::/32"), "a documentation address"),
        (IPNetwork.Parse("fc00::/7"), "a unique-local (private) address"),
        (IPNetwork.Parse("fe80::/10"), "a link-local address"),
        (IPNetwork.Parse("fec0::/10"), "a site-local address"),
        (IPNetwork.Parse("ff00::/8"), "a multicast address"),
    ];

    // Cloud instance-metadata endpoints hand out credentials; they stay refused unless listed exactly, never via a range.
    private static readonly HashSet<IPAddress> Metadata =
    [
        IPAddress.Parse("169.254.169.254"), // AWS, GCP, Azure, OpenStack, DigitalOcean...
        IPAddress.Parse("169.254.169.253"), // AWS DNS resolver
        IPAddress.Parse("169.254.170.2"),   // AWS ECS task metadata
        IPAddress.Parse("100.100.100.200"), // Alibaba Cloud
        IPAddress.Parse("192.0.0.192"),     // Oracle Cloud
        IPAddress.Parse("fd00:ec2::254"),   // AWS over IPv6
        IPAddress.Parse("fd00:ec2::23"),    // AWS DNS over IPv6
    ];

    private static readonly HashSet<string> MetadataNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "metadata.google.internal", "metadata.goog", "metadata", "instance-data", "instance-data.ec2.internal",
    };

    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");

    private readonly HashSet<IPAddress> _allowedAddresses = [];
    private readonly List<IPNetwork> _allowedNetworks = [];
    private readonly HashSet<string> _allowedHosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Builds a policy; each entry is an address, a CIDR network or a host name.</summary>
    public AddressPolicy(IEnumerable<string>? allowList = null)
    {
        foreach (var raw in allowList ?? [])
        {
            var entry = raw.Trim().Trim('[', ']');
            if (entry.Length == 0)
            {
                continue;
            }
            if (IPAddress.TryParse(entry, out var address))
            {
                _allowedAddresses.Add(Normalise(address));
            }
            else if (entry.Contains('/', StringComparison.Ordinal) && IPNetwork.TryParse(entry, out var network))
            {
                _allowedNetworks.Add(network);
            }
            else if (Uri.CheckHostName(entry) == UriHostNameType.Dns)
            {
                _allowedHosts.Add(entry.TrimEnd('.'));
            }
            else
            {
                throw new ArgumentException($"'{raw}' in the private-address allow-list is not an IP address, a CIDR network or a host name.", nameof(allowList));
            }
        }
    }

    /// <summary>The host name is on the allow-list: whatever it resolves to is accepted (except metadata addresses).</summary>
    public bool IsHostAllowed(string host) => _allowedHosts.Contains(host.TrimEnd('.'));

    /// <summary>Why a host name is refused before any DNS lookup (a cloud-metadata name), or null.</summary>
    public string? CheckHostName(string host)
    {
        var name = host.TrimEnd('.');
        if (MetadataNames.Contains(name) && !_allowedHosts.Contains(name))
        {
            return $"{name} is a cloud-metadata host name";
        }
        return null;
    }

    /// <summary>Why <paramref name="address"/> is refused, or null when it may be connected to.</summary>
    /// <param name="address">The address about to be connected to.</param>
    /// <param name="hostAllowed">The host name that resolved to it is on the allow-list.</param>
    public string? Check(IPAddress address, bool hostAllowed = false)
    {
        var normal = Normalise(address);
        if (_allowedAddresses.Contains(normal))
        {
            return null;
        }
        if (Metadata.Contains(normal))
        {
            return $"{normal} is a cloud-metadata address";
        }
        if (hostAllowed || _allowedNetworks.Any(n => n.Contains(normal)))
        {
            return null;
        }
        var embedded = EmbeddedIPv4(normal);
        if (embedded is not null)
        {
            return Check(embedded, hostAllowed) is { } inner ? $"{normal} embeds {embedded}: {inner}" : null;
        }
        foreach (var (network, reason) in Refused)
        {
            if (network.Contains(normal))
            {
                return $"{normal} is {reason}";
            }
        }
        return null;
    }

    /// <summary>IPv4-mapped IPv6 (::ffff:10.0.0.1) is the IPv4 address it maps; scope ids do not change where a packet goes.</summary>
    private static IPAddress Normalise(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6 && address.ScopeId != 0)
        {
            return new IPAddress(address.GetAddressBytes());
        }
        return address;
    }

    /// <summary>NAT64 (64:ff9b::/96) and 6to4 (2002::/16) addresses reach an IPv4 address; that address is what counts.</summary>
    private static IPAddress? EmbeddedIPv4(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return null;
        }
        var bytes = address.GetAddressBytes();
        if (Nat64.Contains(address))
        {
            return new IPAddress(bytes.AsSpan(12, 4));
        }
        if (SixToFour.Contains(address))
        {
            return new IPAddress(bytes.AsSpan(2, 4));
        }
        return null;
    }
}
