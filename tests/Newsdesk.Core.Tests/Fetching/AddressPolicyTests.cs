using System.Net;
using Newsdesk.Fetching;

namespace Newsdesk.Tests.Fetching;

public class AddressPolicyTests
{
    [Theory]
    [InlineData("10.1.2.3", "private-network")]
    [InlineData("172.16.0.1", "private-network")]
    [InlineData("172.31.255.255", "private-network")]
    [InlineData("192.168.1.1", "private-network")]
    [InlineData("100.64.0.1", "carrier-grade NAT")]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.8.9.10", "loopback")]
    [InlineData("169.254.10.10", "link-local")]
    [InlineData("169.254.169.254", "cloud-metadata")]
    [InlineData("100.100.100.200", "cloud-metadata")]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("224.0.0.1", "multicast")]
    [InlineData("255.255.255.255", "broadcast")]
    [InlineData("::1", "loopback")]
    [InlineData("::", "unspecified")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("fc00::1", "unique-local")]
    [InlineData("fd12:3456::1", "unique-local")]
    [InlineData("fd00:ec2::254", "cloud-metadata")]
    [InlineData("ff02::1", "multicast")]
    [InlineData("::ffff:10.0.0.1", "private-network")]
    [InlineData("::ffff:169.254.169.254", "cloud-metadata")]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("64:ff9b::a00:1", "private-network")]
    [InlineData("2002:c0a8:0101::1", "private-network")]
    public void Check_NonPublicAddress_RefusedWithReason(string address, string reason)
    {
        var refusal = new AddressPolicy().Check(IPAddress.Parse(address));

        Assert.NotNull(refusal);
        Assert.Contains(reason, refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("::ffff:93.184.216.34")]
    [InlineData("64:ff9b::5db8:d822")]
    public void Check_PublicAddress_Allowed(string address)
    {
        Assert.Null(new AddressPolicy().Check(IPAddress.Parse(address)));
    }

    [Fact]
    public void Check_AllowListedAddressAndNetwork_Allowed()
    {
        var policy = new AddressPolicy(["127.0.0.1", "10.20.0.0/16"]);

        Assert.Null(policy.Check(IPAddress.Parse("127.0.0.1")));
        Assert.Null(policy.Check(IPAddress.Parse("::ffff:127.0.0.1")));
        Assert.Null(policy.Check(IPAddress.Parse("10.20.3.4")));
        Assert.NotNull(policy.Check(IPAddress.Parse("127.0.0.2")));
        Assert.NotNull(policy.Check(IPAddress.Parse("10.21.0.1")));
    }

    [Fact]
    public void Check_MetadataInsideAllowedRange_StillRefused()
    {
        var policy = new AddressPolicy(["169.254.0.0/16"]);

        Assert.Null(policy.Check(IPAddress.Parse("169.254.1.1")));
        Assert.NotNull(policy.Check(IPAddress.Parse("169.254.169.254")));
        Assert.Null(new AddressPolicy(["169.254.169.254"]).Check(IPAddress.Parse("169.254.169.254")));
    }

    [Fact]
    public void Check_AllowListedHostName_PrivateAddressAllowedMetadataNot()
    {
        var policy = new AddressPolicy(["intranet.example"]);

        Assert.True(policy.IsHostAllowed("intranet.example"));
        Assert.True(policy.IsHostAllowed("INTRANET.example."));
        Assert.Null(policy.Check(IPAddress.Parse("10.0.0.5"), hostAllowed: true));
        Assert.NotNull(policy.Check(IPAddress.Parse("169.254.169.254"), hostAllowed: true));
    }

    [Theory]
    [InlineData("metadata.google.internal")]
    [InlineData("METADATA.GOOGLE.INTERNAL.")]
    [InlineData("metadata")]
    public void CheckHostName_MetadataNames_Refused(string host)
    {
        Assert.NotNull(new AddressPolicy().CheckHostName(host));
    }

    [Fact]
    public void Constructor_GarbageEntry_Throws()
    {
        Assert.Throws<ArgumentException>(() => new AddressPolicy(["not an address!"]));
    }
}
