using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RecoveryBot.Cli.Commands;
using RecoveryBot.Handoff;
using RecoveryBot.Handoff.Storage;
using RecoveryBot.Storage.Audit;
using RecoveryBot.Storage.DependencyInjection;
using RecoveryBot.Storage.Records;

namespace RecoveryBot.Cli.Transcripts;

/// <summary>
/// <c>recoverybot transcripts export --conversation ID [--out FILE] [--actor NAME] [--connection-string CS]
/// [--settings FILE]</c>: writes one conversation's redacted transcript as JSON for a clinical review and audits
/// the export (who, when, which conversation — never text). Opens the host's storage from its settings, as
/// <c>recoverybot responders</c> does.
/// </summary>
public static class ExportCommand
{
    public const string AuditAction = "transcript.exported";
    public const string Usage = "usage: recoverybot transcripts export --conversation ID [--out FILE] [--actor NAME] [--connection-string CS] [--settings FILE]";
    private static readonly JsonSerializerOptions Json = new(HandoffJson.Options) { WriteIndented = true };

    public static async Task<int> RunAsync(string[] args, CliConsole console, TimeProvider clock, CancellationToken ct)
    {
        var options = Parse(args, out var error);
        if (error is not null || options.GetValueOrDefault("conversation") is not { Length: > 0 } conversationId)
        {
            await console.Error.WriteLineAsync($"recoverybot transcripts export: {error ?? "--conversation is required"}\n{Usage}");
            return 2;
        }
        var actor = options.GetValueOrDefault("actor") ?? Environment.UserName;
        ServiceProvider services;
        try
        {
            services = Open(Configuration(options));
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or ArgumentException)
        {
            await console.Error.WriteLineAsync($"recoverybot transcripts export: cannot open storage: {ex.Message}");
            return 1;
        }
        await using (services)
        {
            var export = await services.GetRequiredService<TranscriptExport>().BuildAsync(conversationId, clock.GetUtcNow(), ct);
            if (export.DirectLine.Count == 0 && export.Handoffs.Count == 0)
            {
                await console.Error.WriteLineAsync("recoverybot transcripts export: no stored transcript for that conversation (deleted, purged or never existed)");
                return 1;
            }
            var json = JsonSerializer.Serialize(export, Json);
            if (options.GetValueOrDefault("out") is { } file)
                await File.WriteAllTextAsync(file, json + "\n", ct);
            else
                await console.Out.WriteLineAsync(json);
            await services.GetRequiredService<IAuditLog>().AppendAsync(new AuditEntry(clock.GetUtcNow(), actor, AuditAction, conversationId, null,
                $"activities={export.DirectLine.Count};tickets={export.Handoffs.Count}"), ct);
            if (options.ContainsKey("out"))
                await console.Out.WriteLineAsync($"exported {export.DirectLine.Count} activities and {export.Handoffs.Count} handoffs to {options["out"]} (audited as {actor})");
            return 0;
        }
    }

    private static ServiceProvider Open(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging();
        services.AddRecoveryBotStorage(configuration);
        services.AddHandoffCore();
        services.AddSingleton<TranscriptExport>();
        var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IRecordStore>(); // fail here, not halfway through, when storage cannot open
        return provider;
    }

    // The same settings the responders command reads: the host's appsettings.json, env vars, then flags.
    private static IConfiguration Configuration(Dictionary<string, string?> options) =>
        RespondersCommands.LoadConfiguration(options);

    private static Dictionary<string, string?> Parse(string[] args, out string? error)
    {
        error = null;
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        string[] valued = ["conversation", "out", "actor", "connection-string", "settings"];
        for (var i = 0; i < args.Length; i++)
        {
            var key = args[i].StartsWith("--", StringComparison.Ordinal) ? args[i][2..] : null;
            if (key is null || !valued.Contains(key) || i + 1 >= args.Length)
            {
                error = $"unexpected '{args[i]}'";
                return options;
            }
            options[key] = args[++i];
        }
        return options;
    }
}
