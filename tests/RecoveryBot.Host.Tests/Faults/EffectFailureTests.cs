using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RecoveryBot.Host.Tests.Infrastructure;
using RecoveryBot.Storage.Audit;

namespace RecoveryBot.Host.Tests.Faults;

/// <summary>
/// A turn is saved, then an effect fails (the crisis audit cannot be written: disk full): the person still gets the
/// turn's own crisis reply, not the generic fallback, and the dialog goes on from what they saw.
/// </summary>
public sealed class EffectFailureTests
{
    [Fact]
    public async Task CrisisAuditWriteFails_PersonStillGetsTheCrisisReplyAndTheFlowContinues()
    {
        using var factory = new HostFactory().WithServices(s => s.Replace(ServiceDescriptor.Singleton<IAuditLog, FailingAuditLog>()));
        var bot = new BotClient(factory.CreateClient());
        await bot.SayAsync("hi");

        var crisis = await bot.SayIdsAsync("I want to kill myself");

        crisis.ShouldContain(id => id.StartsWith("crisis/", StringComparison.Ordinal));
        crisis.ShouldNotContain("messages/crisis-fallback");
        (await bot.SayIdsAsync("I'm fine")).ShouldNotBeEmpty();
    }

    private sealed class FailingAuditLog : IAuditLog
    {
        private static Task<T> Full<T>() => Task.FromException<T>(new IOException("database or disk is full (test fault)"));

        public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default) => Full<int>();
        public Task<IReadOnlyList<AuditEntry>> ReadAsync(AuditQuery query, CancellationToken cancellationToken = default) => Full<IReadOnlyList<AuditEntry>>();
        public Task<int> ReplaceConversationIdAsync(string conversationId, string replacement, CancellationToken cancellationToken = default) => Full<int>();
    }
}
