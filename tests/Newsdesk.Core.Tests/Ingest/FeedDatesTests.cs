using Newsdesk.Ingest;

namespace Newsdesk.Tests.Ingest;

public class FeedDatesTests
{
    [Theory]
    [InlineData("Tue, 05 Mar 2024 09:30:00 GMT", "2024-03-05T09:30:00+00:00")]
    [InlineData("Tue, 5 Mar 2024 09:30:00 -0800", "2024-03-05T09:30:00-08:00")]
    [InlineData("Tuesday, 05-Mar-24 09:30:00 EDT", "2024-03-05T09:30:00-04:00")]
    [InlineData("05 March 2024 09:30 +01:00", "2024-03-05T09:30:00+01:00")]
    [InlineData("Tue, 05 Mar 2024 09:30:00 GMT (Coordinated Universal Time)", "2024-03-05T09:30:00+00:00")]
    [InlineData("mar., 05 mars 2024 09:30:00 +0100", "2024-03-05T09:30:00+01:00")]
    [InlineData("2024-03-05T09:30:00Z", "2024-03-05T09:30:00+00:00")]
    [InlineData("2024-03-05T09:30:00.123+02:00", "2024-03-05T09:30:00.123+02:00")]
    [InlineData("2024-03-05T09:30:00+0200", "2024-03-05T09:30:00+02:00")]
    [InlineData("2024-03-05T09:30+02", "2024-03-05T09:30:00+02:00")]
    [InlineData("2024-03-05 09:30:00 Z", "2024-03-05T09:30:00+00:00")]
    [InlineData("2024-03-05", "2024-03-05T00:00:00+00:00")]
    public void Parse_KnownForms_ReadWithOffset(string text, string expected)
    {
        var date = FeedDates.Parse(text);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date.Value);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset, date.Value?.Offset);
        Assert.Null(date.Problem);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2024-13-45T99:00:00Z")]
    [InlineData("Tue, 05 Foo 2024 09:30:00 GMT")]
    [InlineData("Tue, 05 Mar 2024 09:30:00 +9900")]
    [InlineData("Tue, 05 Mar 2024 09:30:00 ABCD")]
    public void Parse_Broken_NullWithProblem(string text)
    {
        var date = FeedDates.Parse(text);

        Assert.Null(date.Value);
        Assert.Equal(FeedProblemKind.InvalidDate, date.ProblemKind);
        Assert.Contains(text[..4], date.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Empty_NoValueNoProblem()
    {
        Assert.Equal(default, FeedDates.Parse("  "));
        Assert.Equal(default, FeedDates.Parse(null));
    }
}
