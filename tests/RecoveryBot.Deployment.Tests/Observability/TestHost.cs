using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RecoveryBot.Host.Observability;

namespace RecoveryBot.Deployment.Tests.Observability;

/// <summary>
/// A minimal app wired exactly as Program.cs is told to (AddRecoveryBotTelemetry + MapRecoveryBotHealth), so these
/// tests do not depend on the rest of the host.
/// </summary>
public sealed class TestHost : IAsyncDisposable
{
    private TestHost(WebApplication app)
    {
        App = app;
        Client = app.GetTestClient();
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public static async Task<TestHost> StartAsync(Action<IHealthChecksBuilder>? readiness = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        var checks = builder.Services.AddRecoveryBotTelemetry(builder.Configuration);
        readiness?.Invoke(checks);
        var app = builder.Build();
        app.MapRecoveryBotHealth();
        await app.StartAsync();
        return new TestHost(app);
    }

    public static Func<IServiceProvider, CancellationToken, Task<HealthCheckResult>> Returns(HealthCheckResult result) =>
        (_, _) => Task.FromResult(result);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
