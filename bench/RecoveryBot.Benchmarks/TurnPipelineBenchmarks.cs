using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.Benchmarks;

/// <summary>
/// One whole turn in-process: POST /api/messages (expectReplies) through the real host — reading, safety, the
/// conversation record loaded and saved in durable SQLite, the engine, rendering, the JSON answer. The person
/// alternates between two answers at the same question so every iteration is a full, stateful step.
/// </summary>
[MemoryDiagnoser]
public class TurnPipelineBenchmarks
{
    private BenchHost _host = null!;
    private HttpClient _http = null!;
    private int _turn;

    [GlobalSetup]
    public void Setup()
    {
        _host = new BenchHost();
        _http = _host.CreateClient();
        foreach (var text in new[] { "hi", "mental health" })
        {
            Send(text).GetAwaiter().GetResult();
        }
    }

    /// <summary>"fine" at the feeling question moves on; the engine's "content updated / again" paths are not hit.</summary>
    [Benchmark]
    public Task<HttpResponseMessage> MessageTurnExpectReplies() => Send(_turn % 2 == 0 ? "fine" : "not great");

    [Benchmark]
    public Task<HttpResponseMessage> CrisisTurnExpectReplies() => Send("i want to end my life");

    private async Task<HttpResponseMessage> Send(string text)
    {
        var n = Interlocked.Increment(ref _turn);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = $"bench-{n}",
            ChannelId = "test",
            ServiceUrl = "http://127.0.0.1:9/",
            From = new ChannelAccount { Id = "bench-user" },
            Recipient = new ChannelAccount { Id = "bot" },
            Conversation = new ConversationAccount { Id = "bench-conversation" },
            Text = text,
            Locale = "en-US",
            DeliveryMode = "expectReplies",
        };
        var response = await _http.PostAsJsonAsync("/api/messages", activity, ProtocolJson.Context.Activity);
        response.EnsureSuccessStatusCode();
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    [GlobalCleanup]
    public void Cleanup() => _host.Dispose();

    private sealed class BenchHost : WebApplicationFactory<Program>
    {
        private readonly string _dataDir = Directory.CreateTempSubdirectory("rb-bench-").FullName;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            // In-process runs resolved the content root to <repo>/RecoveryBot.Host (no such folder) and every turn failed.
            builder.UseContentRoot(RepoDirectories.Host);
            builder.UseEnvironment("Benchmark");
            builder.UseSetting("Storage:ConnectionString", $"Data Source={Path.Combine(_dataDir, "rb.db")}");
            builder.UseSetting("Dialogs:Directory", RepoDirectories.Dialogs);
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { /* SQLite WAL still open */ }
        }
    }
}
