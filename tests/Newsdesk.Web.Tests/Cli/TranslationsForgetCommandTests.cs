using Newsdesk.Storage;
using Newsdesk.Testing;

namespace Newsdesk.Web.Tests.Cli;

/// <summary>`newsdesk translations forget`: an operator clears part of the translation memory.</summary>
public sealed class TranslationsForgetCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Forget_ByEngineAndPair_RemovesOnlyThoseAndRefusesAnUnfilteredCall()
    {
        await using var db = await TestDatabase.CreateSqliteAsync(TimeProvider.System);
        await db.Store.PutMemoryAsync(
        [
            new MemorySegment("a", "fr", "es", "apertium", "Un.", "Uno."),
            new MemorySegment("b", "fr", "de", "apertium", "Un.", "Eins."),
            new MemorySegment("c", "fr", "es", "ollama", "Un.", "Uno."),
            new MemorySegment("d", "fr", "es", "editor", "Deux.", "Dos."),
        ], TimeProvider.System.GetUtcNow(), Ct);
        var workDir = Directory.CreateTempSubdirectory("newsdesk-forget-").FullName;

        var (code, stdout, stderr) = await NewsdeskProcess.RunAsync(workDir, TimeSpan.FromMinutes(1),
            "translations", "forget", "--db", db.ConnectionString);
        Assert.Equal(2, code);
        Assert.Contains("say what to forget", stderr, StringComparison.Ordinal);

        (code, _, stderr) = await NewsdeskProcess.RunAsync(workDir, TimeSpan.FromMinutes(1),
            "translations", "forget", "--pair", "french", "--db", db.ConnectionString);
        Assert.Equal(2, code);
        Assert.Contains("'french' is not a language pair", stderr, StringComparison.Ordinal);

        (code, stdout, stderr) = await NewsdeskProcess.RunAsync(workDir, TimeSpan.FromMinutes(1),
            "translations", "forget", "--engine", "apertium", "--pair", "fr->es", "--db", db.ConnectionString);
        Assert.True(code == 0, stdout + stderr);
        Assert.Contains("Forgot 1 memory segment(s).", stdout, StringComparison.Ordinal);
        Assert.Equal(["b", "c", "d"], (await db.Store.GetMemoryAsync(["a", "b", "c", "d"], Ct)).Keys.Order());

        (code, stdout, stderr) = await NewsdeskProcess.RunAsync(workDir, TimeSpan.FromMinutes(1),
            "translations", "forget", "--before", "2999-01-01", "--db", db.ConnectionString);
        Assert.True(code == 0, stdout + stderr);
        Assert.Equal(0, await db.Store.CountMemoryAsync(Ct));
    }
}
