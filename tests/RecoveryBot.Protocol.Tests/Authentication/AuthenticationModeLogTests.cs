using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace RecoveryBot.Protocol.Tests.Authentication;

/// <summary>With no MicrosoftAppId the host says so once at start (PROTOCOL §2.3).</summary>
public sealed class AuthenticationModeLogTests
{
    private sealed class CapturingProvider : ILoggerProvider, ILogger
    {
        public ConcurrentQueue<(LogLevel Level, string Message)> Entries { get; } = new();
        public ILogger CreateLogger(string categoryName) => this;
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Enqueue((logLevel, formatter(state, exception)));
        public void Dispose() { }
    }

    private static async Task<List<(LogLevel Level, string Message)>> StartAsync(Dictionary<string, string?> settings)
    {
        var capture = new CapturingProvider();
        var services = new ServiceCollection().AddLogging(b => b.AddProvider(capture));
        services.AddBotFrameworkProtocol(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        await using var provider = services.BuildServiceProvider();
        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        return capture.Entries.ToList();
    }

    [Fact]
    public async Task NoAppId_OneWarningAtStart()
    {
        var entries = await StartAsync([]);

        entries.Count(e => e.Level == LogLevel.Warning && e.Message.Contains("authentication is DISABLED", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task AppIdSet_NoWarningAndNoSecretInTheLog()
    {
        var entries = await StartAsync(new() { ["MicrosoftAppId"] = "app-1", ["MicrosoftAppPassword"] = "s3cr3t-value" });

        entries.ShouldNotContain(e => e.Level >= LogLevel.Warning);
        entries.ShouldNotContain(e => e.Message.Contains("s3cr3t-value", StringComparison.Ordinal));
    }
}
