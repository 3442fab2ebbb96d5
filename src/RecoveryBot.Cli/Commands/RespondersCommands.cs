using RecoveryBot.Storage.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RecoveryBot.Handoff;
using RecoveryBot.Handoff.Accounts;
using RecoveryBot.Handoff.Audit;
using RecoveryBot.Handoff.Tickets;
using RecoveryBot.Storage.Records;

namespace RecoveryBot.Cli.Commands;

/// <summary>
/// <c>recoverybot responders add --name NAME --password-stdin [--role responder|supervisor] [--display-name TEXT]
/// [--replace] [--connection-string CS] [--settings FILE]</c> and <c>recoverybot responders list</c>.
/// Reads the host's settings (src/RecoveryBot.Host/appsettings.json, then <c>Storage__*</c> environment variables,
/// then <c>--connection-string</c>) so accounts land in the same storage the host reads.
/// </summary>
public sealed class RespondersCommands : ICliCommandGroup
{
    private const string Usage =
        "usage: recoverybot responders add --name NAME --password-stdin [--role responder|supervisor] [--display-name TEXT] [--replace]\n"
        + "                                  [--connection-string CS] [--settings FILE]\n"
        + "       recoverybot responders list [--connection-string CS] [--settings FILE]";

    private readonly Func<IConfiguration, IRecordStore> storeFactory;

    public RespondersCommands() : this(CliRecordStoreFactory.Create)
    {
    }

    /// <summary>Tests pass their own store.</summary>
    public RespondersCommands(Func<IConfiguration, IRecordStore> storeFactory) => this.storeFactory = storeFactory;

    public string Name => "responders";

    public string Summary => "manage responder console accounts (add, list)";

    public async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        var options = ParseOptions(args.Skip(1).ToArray(), out var error);
        if (args.Length == 0 || error is not null || args[0] is not ("add" or "list"))
        {
            await console.Error.WriteLineAsync(error is null ? Usage : $"recoverybot responders: {error}\n{Usage}");
            return 2;
        }
        IRecordStore store;
        try
        {
            store = storeFactory(LoadConfiguration(options));
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or ArgumentException)
        {
            await console.Error.WriteLineAsync($"recoverybot responders: cannot open storage: {ex.Message}");
            return 1;
        }
        using var services = new ServiceCollection().AddSingleton(store).AddHandoffCore().BuildServiceProvider();
        var accounts = services.GetRequiredService<ResponderAccountStore>();
        return args[0] == "add"
            ? await AddAsync(options, console, accounts, services.GetRequiredService<HandoffAudit>(), cancellationToken)
            : await ListAsync(console, accounts, cancellationToken);
    }

    private static async Task<int> AddAsync(Dictionary<string, string?> options, CliConsole console, ResponderAccountStore accounts,
        HandoffAudit audit, CancellationToken ct)
    {
        if (!options.TryGetValue("name", out var name) || string.IsNullOrWhiteSpace(name) || !options.ContainsKey("password-stdin"))
        {
            await console.Error.WriteLineAsync($"recoverybot responders: add needs --name and --password-stdin\n{Usage}");
            return 2;
        }
        var roleText = options.GetValueOrDefault("role") ?? "responder";
        if (roleText is not ("responder" or "supervisor"))
        {
            await console.Error.WriteLineAsync($"recoverybot responders: --role must be responder or supervisor\n{Usage}");
            return 2;
        }
        // The password comes from stdin only, never from argv (shell history, ps).
        var password = (await console.In.ReadLineAsync(ct))?.TrimEnd('\r', '\n') ?? string.Empty;
        var role = roleText == "supervisor" ? ResponderRole.Supervisor : ResponderRole.Responder;
        var status = await accounts.AddLocalAsync(name, options.GetValueOrDefault("display-name"), password, role, options.ContainsKey("replace"), ct);
        switch (status)
        {
            case AddAccountStatus.Created or AddAccountStatus.Updated:
                var id = ResponderAccountStore.NormalizeName(name);
                await audit.RecordAsync("cli", AuditAction.AccountCreated, targetId: id, ct: ct);
                await console.Out.WriteLineAsync($"{(status == AddAccountStatus.Created ? "added" : "updated")} {roleText} '{id}'");
                return 0;
            case AddAccountStatus.AlreadyExists:
                await console.Error.WriteLineAsync($"recoverybot responders: '{name}' already exists (use --replace to set a new password)");
                return 1;
            case AddAccountStatus.WeakPassword:
                await console.Error.WriteLineAsync($"recoverybot responders: the password must have at least {ResponderAccountStore.MinPasswordLength} characters");
                return 1;
            default:
                await console.Error.WriteLineAsync("recoverybot responders: the name may use a-z, 0-9, '.', '_', '-', '@' (2 to 64 characters)");
                return 1;
        }
    }

    private static async Task<int> ListAsync(CliConsole console, ResponderAccountStore accounts, CancellationToken ct)
    {
        foreach (var r in await accounts.ListAsync(ct))
        {
            await console.Out.WriteLineAsync($"{r.Id}\t{r.Role.ToString().ToLowerInvariant()}\t{r.DisplayName}");
        }
        return 0;
    }

    private static Dictionary<string, string?> ParseOptions(string[] args, out string? error)
    {
        error = null;
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        string[] flags = ["password-stdin", "replace"];
        string[] valued = ["name", "role", "display-name", "connection-string", "settings"];
        for (var i = 0; i < args.Length; i++)
        {
            var key = args[i].StartsWith("--", StringComparison.Ordinal) ? args[i][2..] : null;
            if (key is not null && flags.Contains(key))
            {
                options[key] = null;
            }
            else if (key is not null && valued.Contains(key) && i + 1 < args.Length)
            {
                options[key] = args[++i];
            }
            else
            {
                error = $"unexpected '{args[i]}'";
                return options;
            }
        }
        return options;
    }

    /// <summary>The host's appsettings.json (found from here or the repository root), env vars, then flags.</summary>
    internal static IConfiguration LoadConfiguration(Dictionary<string, string?> options)
    {
        var builder = new ConfigurationBuilder();
        var settings = options.GetValueOrDefault("settings")
            ?? new[] { "appsettings.json", Path.Combine("src", "RecoveryBot.Host", "appsettings.json") }.FirstOrDefault(File.Exists);
        if (settings is not null)
        {
            builder.AddJsonFile(Path.GetFullPath(settings), optional: false);
        }
        builder.AddEnvironmentVariables();
        if (options.GetValueOrDefault("connection-string") is { } cs)
        {
            builder.AddInMemoryCollection([new("Storage:ConnectionString", cs)]);
        }
        return builder.Build();
    }
}

/// <summary>Opens the host's record store for the CLI, with the host's own storage registration and settings.</summary>
public static class CliRecordStoreFactory
{
    public static IRecordStore Create(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging();
        services.AddRecoveryBotStorage(configuration);
        return services.BuildServiceProvider().GetRequiredService<IRecordStore>();
    }
}
