using Stopwatch = System.Diagnostics.Stopwatch;
using RecoveryBot.Protocol.Activities;
using RecoveryBot.Protocol.Connector;
using RecoveryBot.Testing.Fakes;

namespace RecoveryBot.Protocol.Tests.Connector;

/// <summary>Retries per PROTOCOL §5.10: 429/412/502/504 with backoff, Retry-After honoured, bounded; others not retried.</summary>
public sealed class ConnectorRetryTests
{
    private static readonly Activity Hi = new() { Type = ActivityTypes.Message, Text = "hi" };

    [Fact]
    public async Task TooManyRequestsWithRetryAfter_WaitsThatLongThenSucceeds()
    {
        await using var h = await ConnectorHarness.StartAsync();
        h.Connector.Enqueue(new ScriptedResponse(429, Headers: new Dictionary<string, string> { ["Retry-After"] = "1" }));

        var response = await h.Client.SendToConversationAsync(h.Connector.ServiceUrl, "c1", Hi);

        response.Id.ShouldNotBeNull();
        var requests = h.Connector.Requests;
        requests.Count.ShouldBe(2);
        // Backoff is configured to 1 ms, so a gap of about a second can only come from Retry-After.
        Stopwatch.GetElapsedTime(requests[0].Timestamp, requests[1].Timestamp).ShouldBeGreaterThan(TimeSpan.FromMilliseconds(900));
        requests.Select(r => r.Authorization).Distinct().ShouldHaveSingleItem().ShouldNotBeNull();
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task TransientStatusOnce_RetriedThenSucceeds(int status)
    {
        await using var h = await ConnectorHarness.StartAsync();
        h.Connector.Enqueue(new ScriptedResponse(status));

        await h.Client.SendToConversationAsync(h.Connector.ServiceUrl, "c1", Hi);

        h.Connector.Requests.Count.ShouldBe(2);
    }

    [Fact]
    public async Task PersistentBadGateway_ThrowsAfterBoundedRetries()
    {
        await using var h = await ConnectorHarness.StartAsync(maxRetries: 2);
        for (var i = 0; i < 5; i++)
        {
            h.Connector.Enqueue(new ScriptedResponse(502, Headers: new Dictionary<string, string> { ["X-Correlating-OperationId"] = $"op-{i}" }));
        }

        var error = await Should.ThrowAsync<ConnectorException>(() => h.Client.SendToConversationAsync(h.Connector.ServiceUrl, "c1", Hi));

        error.StatusCode.ShouldBe(502);
        error.CorrelationId.ShouldBe("op-2");
        h.Connector.Requests.Count.ShouldBe(3); // first try + 2 retries
    }

    [Fact]
    public async Task InternalServerError_NotRetriedAndReportedWithCorrelationId()
    {
        // A 500 on a send may already have posted the message; retrying could post it twice.
        await using var h = await ConnectorHarness.StartAsync();
        h.Connector.Enqueue(new ScriptedResponse(500, """{"error":{"code":"ServiceError","message":"boom"}}""",
            new Dictionary<string, string> { ["X-Correlating-OperationId"] = "corr-500" }));

        var error = await Should.ThrowAsync<ConnectorException>(() => h.Client.SendToConversationAsync(h.Connector.ServiceUrl, "c1", Hi));

        error.StatusCode.ShouldBe(500);
        error.ErrorCode.ShouldBe("ServiceError");
        error.CorrelationId.ShouldBe("corr-500");
        h.Connector.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task UserBlockedTheBot_ForbiddenWithItsErrorCode()
    {
        await using var h = await ConnectorHarness.StartAsync();
        h.Connector.Enqueue(new ScriptedResponse(403, """{"error":{"code":"MessageWritesBlocked","message":"blocked"}}"""));

        var error = await Should.ThrowAsync<ConnectorException>(() => h.Client.SendToConversationAsync(h.Connector.ServiceUrl, "c1", Hi));

        error.ErrorCode.ShouldBe("MessageWritesBlocked");
        h.Connector.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task ConnectionRefused_RetriedThenSurfacesTheNetworkError()
    {
        await using var h = await ConnectorHarness.StartAsync();
        var deadUrl = h.Connector.ServiceUrl;
        await h.Connector.DisposeAsync();

        await Should.ThrowAsync<HttpRequestException>(() => h.Client.SendToConversationAsync(deadUrl, "c1", Hi));
    }

    [Theory]
    [InlineData(429, true)]
    [InlineData(412, true)]
    [InlineData(502, true)]
    [InlineData(504, true)]
    [InlineData(500, false)]
    [InlineData(503, false)]
    [InlineData(400, false)]
    [InlineData(404, false)]
    [InlineData(200, false)]
    public void RetryableStatuses_AreExactlyTheTeamsList(int status, bool retryable)
    {
        using var response = new HttpResponseMessage((System.Net.HttpStatusCode)status);

        ConnectorRetry.IsRetryable(Polly.Outcome.FromResult(response)).ShouldBe(retryable);
    }
}
