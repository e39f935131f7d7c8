using System.Text.RegularExpressions;

namespace Newsdesk.Web.Tests.Support;

/// <summary>Signs in through the real form (antiforgery token and cookie included) and posts editor forms.</summary>
public static partial class EditorSession
{
    public static async Task<string> TokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page, TestContext.Current.CancellationToken);
        var m = TokenInput().Match(html);
        Assert.True(m.Success, "the page has no antiforgery field: " + page);
        return System.Net.WebUtility.HtmlDecode(m.Groups[1].Value);
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string formPage, string action, params (string Key, string Value)[] fields)
    {
        var token = await TokenAsync(client, formPage);
        var body = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).Append(new("__af", token)));
        return await client.PostAsync(action, body, TestContext.Current.CancellationToken);
    }

    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string name, string password) =>
        PostAsync(client, "/editor/sign-in", "/editor/sign-in", ("name", name), ("password", password));

    [GeneratedRegex("name=\"__af\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}
