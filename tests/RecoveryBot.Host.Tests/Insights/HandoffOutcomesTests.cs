using Microsoft.Extensions.Time.Testing;
using RecoveryBot.Handoff.Audit;
using RecoveryBot.Handoff.Storage;
using RecoveryBot.Host.Insights;
using RecoveryBot.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace RecoveryBot.Host.Tests.Insights;

/// <summary>Handoff figures come from the handoff audit: requested in range, first claim, timeouts, waits.</summary>
public sealed class HandoffOutcomesTests
{
    [Fact]
    public async Task AuditEntries_BecomeRequestedClaimedTimedOutAndWaits()
    {
        using var factory = new HostFactory();
        var records = factory.Services.GetRequiredService<JsonRecords>();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 23, 50, 0, TimeSpan.Zero));
        var audit = new HandoffAudit(records, clock);
        await audit.RecordAsync(HandoffAudit.PersonActor, AuditAction.Requested, "t1");
        await audit.RecordAsync(HandoffAudit.PersonActor, AuditAction.Requested, "t2");
        clock.Advance(TimeSpan.FromMinutes(20)); // past midnight: the claim is on the next day's audit record
        await audit.RecordAsync("r1", AuditAction.Claimed, "t1");
        await audit.RecordAsync(HandoffAudit.SystemActor, AuditAction.TimedOut, "t2");
        clock.Advance(TimeSpan.FromMinutes(5));
        await audit.RecordAsync("r2", AuditAction.Claimed, "t1"); // a later transfer/claim keeps the first wait
        clock.SetUtcNow(new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.Zero));

        var summary = await new HandoffOutcomes(records, clock).ReadAsync(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 2), CancellationToken.None);

        summary.Requested.ShouldBe(2);
        summary.Claimed.ShouldBe(1);
        summary.TimedOut.ShouldBe(1);
        summary.TimesToClaim.ShouldBe([TimeSpan.FromMinutes(20)]);
    }
}
