using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace RecoveryBot.Testing.Fakes;

/// <summary>
/// A local Entra-like token endpoint over https (MSAL refuses http authorities) with a certificate made at test time.
/// Answers <c>POST /{tenant}/oauth2/v2.0/token</c> like Entra's client-credentials flow and records every request's
/// form fields. Give the MSAL HttpClient <see cref="CreateTrustingHandler"/> so it trusts exactly this certificate.
/// </summary>
public sealed class FakeTokenEndpoint : IAsyncDisposable
{
    private readonly X509Certificate2 _certificate = TestCertificates.CreateLoopbackCertificate();
    private readonly ConcurrentQueue<TokenRequest> _requests = new();
    private LoopbackServer? _server;
    private int _issued;

    /// <summary><c>https://127.0.0.1:port/</c>: use as <c>ToChannelFromBotLoginUrl</c>.</summary>
    public Uri BaseAddress => _server!.BaseAddress;
    public IReadOnlyList<TokenRequest> Requests => _requests.ToArray();
    public int ExpiresInSeconds { get; set; } = 3600;

    public static async Task<FakeTokenEndpoint> StartAsync()
    {
        var fake = new FakeTokenEndpoint();
        fake._server = await LoopbackServer.StartAsync(fake.HandleAsync, fake._certificate).ConfigureAwait(false);
        return fake;
    }

    public HttpMessageHandler CreateTrustingHandler() => TestCertificates.CreatePinnedHandler(_certificate);

    /// <summary>The access token string the n-th (1-based) successful request received.</summary>
    public static string TokenValue(int n) => $"fake-access-token-{n}";

    private async Task HandleAsync(HttpContext context)
    {
        var segments = context.Request.Path.Value!.Trim('/').Split('/');
        var form = context.Request.HasFormContentType
            ? (await context.Request.ReadFormAsync().ConfigureAwait(false)).ToDictionary(f => f.Key, f => f.Value.ToString())
            : new Dictionary<string, string>();
        var isToken = context.Request.Method == HttpMethods.Post && segments is [_, "oauth2", "v2.0", "token"];
        _requests.Enqueue(new TokenRequest(context.Request.Method, context.Request.Path.Value!, isToken ? segments[0] : null, form));
        if (!isToken)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var n = Interlocked.Increment(ref _issued);
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(new JsonObject
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = ExpiresInSeconds,
            ["ext_expires_in"] = ExpiresInSeconds,
            ["access_token"] = TokenValue(n),
        }.ToJsonString()).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }

        _certificate.Dispose();
    }
}

/// <summary>One request the fake token endpoint saw; <see cref="Tenant"/> is set for token requests.</summary>
public sealed record TokenRequest(string Method, string Path, string? Tenant, IReadOnlyDictionary<string, string> Form);
