using System.CommandLine;
using Newsdesk.Storage;
using Newsdesk.Web.Editors;

namespace Newsdesk.Web.Cli;

/// <summary>newsdesk users: editor accounts (add the first admin, change a password, list).</summary>
public static class UsersCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "Sign-in name." };
        var role = new Option<string>("--role") { Description = "editor or admin.", DefaultValueFactory = _ => EditorAccounts.EditorRole };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input." };
        var add = new Command("add", "Add an editor account (the password is asked for, or read with --password-stdin).") { name, role, passwordStdin };
        add.SetAction(async (parseResult, cancellationToken) =>
        {
            var userRole = parseResult.GetValue(role)!;
            if (!EditorAccounts.IsRole(userRole))
            {
                return CliHost.Error($"--role must be '{EditorAccounts.EditorRole}' or '{EditorAccounts.AdminRole}', not '{userRole}'.");
            }
            var password = parseResult.GetValue(passwordStdin) ? Console.In.ReadLine() : Prompt();
            if (string.IsNullOrEmpty(password))
            {
                return CliHost.Error("No password given.");
            }
            await using var services = await CliHost.StartAsync(parseResult, cancellationToken);
            var accounts = new EditorAccounts(services.GetRequiredService<IEditorStore>(), new Site.SiteOptions(), services.GetRequiredService<TimeProvider>());
            try
            {
                var user = await accounts.CreateAsync(parseResult.GetValue(name)!, password, userRole, cancellationToken);
                Console.WriteLine($"Added {user.Role} '{user.Name}'.");
                return 0;
            }
            catch (Exception e) when (e is ArgumentException or DuplicateUserException)
            {
                return CliHost.Error(e.Message);
            }
        });

        var password = new Command("password", "Set a new password for an editor account and end all of its sessions.") { name, passwordStdin };
        password.SetAction(async (parseResult, cancellationToken) =>
        {
            var newPassword = parseResult.GetValue(passwordStdin) ? Console.In.ReadLine() : Prompt();
            if (string.IsNullOrEmpty(newPassword))
            {
                return CliHost.Error("No password given.");
            }
            await using var services = await CliHost.StartAsync(parseResult, cancellationToken);
            var accounts = new EditorAccounts(services.GetRequiredService<IEditorStore>(), new Site.SiteOptions(), services.GetRequiredService<TimeProvider>());
            try
            {
                if (!await accounts.ChangePasswordAsync(parseResult.GetValue(name)!, newPassword, "cli", cancellationToken))
                {
                    return CliHost.Error($"There is no user named '{parseResult.GetValue(name)}'.");
                }
                Console.WriteLine($"Password changed; every session of '{EditorAccounts.NormalName(parseResult.GetValue(name)!)}' has ended.");
                return 0;
            }
            catch (ArgumentException e)
            {
                return CliHost.Error(e.Message);
            }
        });

        var list = new Command("list", "List editor accounts.");
        list.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await CliHost.StartAsync(parseResult, cancellationToken);
            foreach (var u in await services.GetRequiredService<IEditorStore>().ListUsersAsync(cancellationToken))
            {
                Console.WriteLine($"{u.Name}\t{u.Role}\t{(u.LastSignInAt is { } at ? at.ToString("u", System.Globalization.CultureInfo.InvariantCulture) : "never signed in")}");
            }
            return 0;
        });
        return new Command("users", "Editor accounts.") { add, password, list };
    }

    private static string? Prompt()
    {
        if (Console.IsInputRedirected)
        {
            return Console.In.ReadLine();
        }
        Console.Error.Write("Password: ");
        var first = ReadHidden();
        Console.Error.Write("Again: ");
        var second = ReadHidden();
        if (first != second)
        {
            Console.Error.WriteLine("newsdesk: the passwords differ.");
            return null;
        }
        return first;
    }

    private static string ReadHidden()
    {
        var chars = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.Error.WriteLine();
                return chars.ToString();
            }
            if (key.Key == ConsoleKey.Backspace)
            {
                if (chars.Length > 0)
                {
                    chars.Length--;
                }
                continue;
            }
            chars.Append(key.KeyChar);
        }
    }
}
