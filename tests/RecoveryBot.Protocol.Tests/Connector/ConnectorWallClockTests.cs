using Microsoft.Extensions.Time.Testing;
using RecoveryBot.Protocol.Activities;
using RecoveryBot.Testing.Fakes;

namespace RecoveryBot.Protocol.Tests.Connector;

/// <summary>
/// Host tests register a fake <see cref="TimeProvider"/> to move business time (claim windows, retention). The
/// Connector's retry pipeline must keep running on the wall clock regardless: on a frozen clock its attempt timeout
/// never fired and its shutdown drain (wait for in-flight calls, at most 30 s) never gave up, so disposing a host
/// with a send in flight hung the whole CI run.
/// </summary>
public sealed class ConnectorWallClockTests
{
    private static readonly Activity Hi = new() { Type = ActivityTypes.Message, Text = "hi" };

    /// <summary>Far longer than any guard below: only the client's own timeout can end the call.</summary>
    private static readonly TimeSpan NeverAnswers = TimeSpan.FromMinutes(10);

    /// <summary>A bound for a loaded CI machine; the calls themselves take about a second.</summary>
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task FrozenHostClock_AttemptTimeoutStillEndsAnUnansweredSend()
    {
        var h = await ConnectorHarness.StartAsync(
            maxRetries: 1, hostClock: new FakeTimeProvider(), attemptTimeout: TimeSpan.FromMilliseconds(300));
        h.Connector.Enqueue(new ScriptedResponse(200, Delay: NeverAnswers), new ScriptedResponse(200, Delay: NeverAnswers));

        var send = h.Client.SendToConversationAsync(h.Connector.ServiceUrl, "c1", Hi, CancellationToken.None);

        var failure = await Record.ExceptionAsync(() => send.WaitAsync(Guard));

        failure.ShouldNotBeNull();
        failure.ShouldNotBeOfType<TimeoutException>("still waiting after the guard: the attempt timeout ran on the frozen clock");
        h.Connector.Requests.Count.ShouldBe(2); // the first attempt and one retry, each ended by the wall-clock timeout
        await h.DisposeAsync().AsTask().WaitAsync(Guard); // guarded: the failure this test covers used to hang here
    }

    /// <summary>Also covers <c>Connector:MaxRetryAttempts</c> 0 (allowed by the options): no retry strategy at all.</summary>
    [Fact]
    public async Task FrozenHostClock_DisposingWithASendInFlightCompletes()
    {
        var h = await ConnectorHarness.StartAsync(
            maxRetries: 0, hostClock: new FakeTimeProvider(), attemptTimeout: TimeSpan.FromMilliseconds(300));
        h.Connector.Enqueue(new ScriptedResponse(200, Delay: NeverAnswers));
        var send = h.Client.SendToConversationAsync(h.Connector.ServiceUrl, "c1", Hi, CancellationToken.None);
        await h.Connector.Received.WaitForAsync(1, Guard);

        await h.DisposeAsync().AsTask().WaitAsync(Guard);

        (await Record.ExceptionAsync(() => send.WaitAsync(Guard))).ShouldNotBeOfType<TimeoutException>();
    }
}
