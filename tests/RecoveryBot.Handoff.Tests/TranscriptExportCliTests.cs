using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RecoveryBot.Cli;
using RecoveryBot.Cli.Commands;
using RecoveryBot.Cli.Transcripts;
using RecoveryBot.Handoff.Storage;
using RecoveryBot.Handoff.Tickets;
using RecoveryBot.Storage.Audit;
using RecoveryBot.Storage.DependencyInjection;
using RecoveryBot.Storage.Records;

namespace RecoveryBot.Handoff.Tests;

/// <summary>Issue 7: an operator exports one conversation's redacted transcript; the export is audited without text.</summary>
public sealed class TranscriptExportCliTests : IDisposable
{
    private const string Conversation = "conv-export-1";
    private readonly string _dir = Directory.CreateTempSubdirectory("rb-export-").FullName;
    private string ConnectionString => $"Data Source={Path.Combine(_dir, "rb.db")}";

    [Fact]
    public async Task Export_WritesRedactedJsonAndAuditsWhoWhenWhich()
    {
        await SeedAsync();
        var outFile = Path.Combine(_dir, "review.json");
        var stdout = new StringWriter();
        var console = new CliConsole(new StringReader(""), stdout, new StringWriter());

        var code = await new TranscriptsCommands().RunAsync(
            ["export", "--conversation", Conversation, "--out", outFile, "--actor", "dr-lee", "--connection-string", ConnectionString],
            console, CancellationToken.None);

        code.ShouldBe(0);
        var json = await File.ReadAllTextAsync(outFile);
        json.ShouldNotContain("555-867-5309");
        json.ShouldNotContain("Zebulon");
        using var doc = JsonDocument.Parse(json);
        var lines = doc.RootElement.GetProperty("directLine").EnumerateArray().ToList();
        lines.Select(l => l.GetProperty("text").GetString()).ShouldBe(["call me on [phone]", "Here is what I can do.", "my name is [name]"]);
        lines[1].GetProperty("contentId").GetString().ShouldBe("main-menu/menu");
        var handoff = doc.RootElement.GetProperty("handoffs").EnumerateArray().Single();
        handoff.GetProperty("transcript").EnumerateArray().Single().GetProperty("text").GetString().ShouldBe("I live at [address]");

        await using var services = Services();
        var audit = await services.GetRequiredService<IAuditLog>().ReadAsync(new AuditQuery(Action: ExportCommand.AuditAction));
        var entry = audit.ShouldHaveSingleItem();
        entry.Actor.ShouldBe("dr-lee");
        entry.ConversationId.ShouldBe(Conversation);
        entry.Detail.ShouldBe("activities=3;tickets=1");
    }

    [Fact]
    public async Task UnknownConversation_Exit1AndNoAudit()
    {
        await SeedAsync();
        var error = new StringWriter();
        var code = await new TranscriptsCommands().RunAsync(["export", "--conversation", "nope", "--connection-string", ConnectionString],
            new CliConsole(new StringReader(""), new StringWriter(), error), CancellationToken.None);
        code.ShouldBe(1);
        error.ToString().ShouldContain("no stored transcript");
        await using var services = Services();
        (await services.GetRequiredService<IAuditLog>().ReadAsync(new AuditQuery(Action: ExportCommand.AuditAction))).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("export")]
    [InlineData("export --conversation")]
    [InlineData("export --conversation x --bogus 1")]
    public async Task BadArguments_Exit2WithUsage(string commandLine)
    {
        var error = new StringWriter();
        var code = await new TranscriptsCommands().RunAsync(commandLine.Split(' '), new CliConsole(new StringReader(""), new StringWriter(), error), CancellationToken.None);
        code.ShouldBe(2);
        error.ToString().ShouldContain("usage: recoverybot transcripts export");
    }

    private ServiceProvider Services()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Storage:ConnectionString", ConnectionString)]).Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging()
            .AddRecoveryBotStorage(configuration).AddHandoffCore().BuildServiceProvider();
    }

    private async Task SeedAsync()
    {
        await using var services = Services();
        // A row from before redaction-on-store (raw phone) must still come out redacted.
        static byte[] Activity(string role, string text, string? contentId = null) => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["type"] = "message", ["from"] = new Dictionary<string, string> { ["id"] = role, ["role"] = role }, ["text"] = text,
            ["entities"] = contentId is null ? null : new[] { new Dictionary<string, string> { ["type"] = "recoverybot.content", ["contentId"] = contentId } },
        }));
        await services.GetRequiredService<IActivityLog>().AppendAsync(Conversation,
            [Activity("user", "call me on 555-867-5309"), Activity("bot", "Here is what I can do.", "main-menu/menu"), Activity("user", "my name is Zebulon")]);
        var ticket = new Ticket
        {
            Id = "hf-export-1", Person = new PersonAddress("directline", Conversation, "https://x", "u1", "en-US"),
            Risk = RiskLevel.Concern, RequestedAt = DateTimeOffset.UtcNow,
        };
        await services.GetRequiredService<TicketRepository>().CreateAsync(ticket);
        await services.GetRequiredService<TranscriptStore>().AppendLineAsync(ticket.Id, TranscriptAuthor.Person, null,
            RecoveryBot.Handoff.Redaction.Redactor.Redact("I live at 42 Wallaby Way Street"), DateTimeOffset.UtcNow, false);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
