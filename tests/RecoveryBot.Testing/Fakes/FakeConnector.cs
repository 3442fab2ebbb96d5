using System.Collections.Concurrent;
using Stopwatch = System.Diagnostics.Stopwatch;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.Testing.Fakes;

/// <summary>
/// A local Bot Connector (or Agents Playground <c>/_connector</c>) that records every request — raw (still
/// percent-encoded) path, Authorization header, body — and answers from a script, by default 200 with a new id.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _abandoned = new();
    private LoopbackServer? _server;
    private int _ids;

    public Uri BaseAddress => _server!.BaseAddress;
    /// <summary>A serviceUrl with a path, like Teams' <c>https://smba.trafficmanager.net/amer/</c>.</summary>
    public string ServiceUrl => new Uri(BaseAddress, "amer/").ToString();
    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();
    /// <summary>Requests the client gave up on while a scripted <see cref="ScriptedResponse.Delay"/> held the answer.</summary>
    public IReadOnlyList<RecordedRequest> Abandoned => _abandoned.ToArray();
    public RequestCounter Received { get; } = new();

    public static async Task<FakeConnector> StartAsync()
    {
        var fake = new FakeConnector();
        fake._server = await LoopbackServer.StartAsync(fake.HandleAsync).ConfigureAwait(false);
        return fake;
    }

    /// <summary>Queues answers used in order; once empty, the default success answer applies.</summary>
    public void Enqueue(params ScriptedResponse[] responses)
    {
        foreach (var r in responses)
        {
            _script.Enqueue(r);
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync().ConfigureAwait(false);
        var rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var recorded = new RecordedRequest(
            context.Request.Method, rawTarget, context.Request.Headers.Authorization.ToString() is { Length: > 0 } a ? a : null,
            body, Stopwatch.GetTimestamp());
        _requests.Enqueue(recorded);
        Received.Increment();

        var response = _script.TryDequeue(out var scripted) ? scripted : DefaultFor(context.Request.Method);
        if (response.Delay is { } delay)
        {
            // A slow Connector: the client's per-attempt timeout should give up before this answers.
            try
            {
                await Task.Delay(delay, context.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                _abandoned.Enqueue(recorded);
                return;
            }
        }

        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (response.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.Body).ConfigureAwait(false);
        }
    }

    private ScriptedResponse DefaultFor(string method) => method == HttpMethods.Delete
        ? new ScriptedResponse(200)
        : method == HttpMethods.Get
            ? new ScriptedResponse(200, "[]")
            : new ScriptedResponse(200, $"{{\"id\":\"fake-activity-{Interlocked.Increment(ref _ids)}\"}}");

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;
}

/// <summary>What the fake connector saw. <see cref="RawTarget"/> is the path as sent, before any decoding.</summary>
public sealed record RecordedRequest(string Method, string RawTarget, string? Authorization, string Body, long Timestamp)
{
    public Activity? ReadActivity() =>
        Body.Length == 0 ? null : System.Text.Json.JsonSerializer.Deserialize(Body, ProtocolJson.Context.Activity);
}

/// <summary>A scripted answer of the fake connector; <see cref="Delay"/> holds the answer back (a slow Connector).</summary>
public sealed record ScriptedResponse(int Status, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null, TimeSpan? Delay = null);
