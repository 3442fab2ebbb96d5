using System.Text.RegularExpressions;

namespace RecoveryBot.Cli.Teams;

/// <summary>What <c>recoverybot teams package</c> was asked to build, already validated.</summary>
public sealed record TeamsPackageRequest(Guid AppId, string Domain, string OutputPath, string? ShortName, string? TemplatePath)
{
    public const string Usage =
        "usage: recoverybot teams package --app-id <guid> --domain <host> [--out RecoveryBot.zip] [--name <short name>] [--template manifest.template.json]";

    // A DNS host name (RFC 1123 labels), no scheme, port or path: Teams compares validDomains to host names.
    private static readonly Regex HostName = new(
        "^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Parses the words after <c>teams package</c>; on failure returns null and a message for the user.</summary>
    public static TeamsPackageRequest? Parse(IReadOnlyList<string> args, out string? error)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var option = args[i];
            if (option is not ("--app-id" or "--domain" or "--out" or "--name" or "--template"))
            {
                error = $"unknown option '{option}'";
                return null;
            }
            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                error = $"{option} needs a value";
                return null;
            }
            values[option] = args[++i];
        }

        if (!values.TryGetValue("--app-id", out var appIdText))
        {
            error = "--app-id is required (the bot's Microsoft App ID: the managed identity's client id)";
            return null;
        }
        // Teams requires the canonical 8-4-4-4-12 form (manifest schema "guid" pattern), so braces etc. are refused.
        if (!Guid.TryParseExact(appIdText, "D", out var appId))
        {
            error = $"--app-id must be a GUID like 00000000-0000-0000-0000-000000000000, not '{appIdText}'";
            return null;
        }
        if (!values.TryGetValue("--domain", out var domain))
        {
            error = "--domain is required (the web app's host name, e.g. recoverybot-prod-abc.azurewebsites.net)";
            return null;
        }
        if (!HostName.IsMatch(domain))
        {
            error = $"--domain must be a host name without scheme, port or path (e.g. bot.example.org), not '{domain}'";
            return null;
        }
        if (values.TryGetValue("--name", out var name) && (name.Trim().Length == 0 || name.Length > 30))
        {
            error = "--name must be 1 to 30 characters (Teams' limit for the short name)";
            return null;
        }

        error = null;
        return new TeamsPackageRequest(appId, domain.ToLowerInvariant(), values.GetValueOrDefault("--out", "RecoveryBot.zip"),
            name, values.GetValueOrDefault("--template"));
    }
}
