namespace Newsdesk.Locales;

/// <summary>A locale's quotation marks: the outer pair, the pair nested inside it, and the space set inside the outer pair.</summary>
/// <param name="Open">Opening mark of a quotation („ « “).</param>
/// <param name="Close">Closing mark of a quotation (“ » ”).</param>
/// <param name="InnerOpen">Opening mark of a quotation inside a quotation (‚ ‹ “ ‘).</param>
/// <param name="InnerClose">Closing mark of a quotation inside a quotation (‘ › ” ’).</param>
/// <param name="Space">Space inside the outer marks: a no-break space in French (« mot »), empty elsewhere.</param>
public sealed record QuoteMarks(string Open, string Close, string InnerOpen, string InnerClose, string Space = "")
{
    /// <summary>The opening mark with the space that follows it ("«\u00A0" in French, "„" in German).</summary>
    public string OpenSpaced => Open + Space;

    /// <summary>The closing mark with the space that precedes it.</summary>
    public string CloseSpaced => Space + Close;
}
