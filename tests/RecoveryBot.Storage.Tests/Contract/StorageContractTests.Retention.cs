using RecoveryBot.Storage.Audit;

namespace RecoveryBot.Storage.Tests.Contract;

public abstract partial class StorageContractTests
{
    private static readonly IReadOnlyList<string> Exempt = ["durable/"];

    [Fact]
    public async Task Purge_ByAge_RemovesOnlyRowsOlderThanTheCutoff()
    {
        await Store.Records.WriteAsync("conv/old", Bytes("old"), null);
        await Store.Records.WriteAsync("durable/signing-key", Bytes("key"), null);
        await Store.Activities.AppendAsync("conv-a", [Bytes("old 1"), Bytes("old 2")]);
        Time.Advance(TimeSpan.FromDays(31));
        await Store.Records.WriteAsync("conv/new", Bytes("new"), null);
        await Store.Activities.AppendAsync("conv-a", [Bytes("new 3")]);

        var result = await Store.Retention.PurgeOlderThanAsync(Time.GetUtcNow() - TimeSpan.FromDays(30), Exempt);

        result.Records.ShouldBe(1);
        result.Activities.ShouldBe(2);
        (await Store.Records.ReadAsync("conv/old")).ShouldBeNull();
        (await Store.Records.ReadAsync("conv/new")).ShouldNotBeNull();
        (await Store.Records.ReadAsync("durable/signing-key")).ShouldNotBeNull();
        (await Store.Activities.ReadAfterAsync("conv-a", 0, 10)).Select(e => Text(e.Json)).ShouldBe(["new 3"]);
    }

    [Fact]
    public async Task Purge_OldEntriesOfALiveConversation_NextAppendContinuesTheNumbering()
    {
        await Store.Activities.AppendAsync("conv-a", [Bytes("1"), Bytes("2")]);
        Time.Advance(TimeSpan.FromDays(40));
        await Store.Activities.AppendAsync("conv-a", [Bytes("3")]);

        await Store.Retention.PurgeOlderThanAsync(Time.GetUtcNow() - TimeSpan.FromDays(30), Exempt);

        (await Store.Activities.AppendAsync("conv-a", [Bytes("4")])).ShouldBe([4L]);
    }

    [Fact]
    public async Task Purge_RecordUpdatedRecently_IsKept()
    {
        var etag = await Store.Records.WriteAsync("conv/1", Bytes("v1"), null);
        Time.Advance(TimeSpan.FromDays(29));
        await Store.Records.WriteAsync("conv/1", Bytes("v2"), etag);
        Time.Advance(TimeSpan.FromDays(2));

        var result = await Store.Retention.PurgeOlderThanAsync(Time.GetUtcNow() - TimeSpan.FromDays(30), Exempt);

        result.Records.ShouldBe(0);
        Text((await Store.Records.ReadAsync("conv/1"))!.Data).ShouldBe("v2");
    }

    [Fact]
    public async Task DeleteByPrefix_RemovesEveryMatchingRecordAndNothingElse()
    {
        foreach (var key in new[] { "user/42/state", "user/42/profile", "user/420/state", "user/4", "other" })
            await Store.Records.WriteAsync(key, Bytes(key), null);

        (await Store.Records.DeleteByPrefixAsync("user/42/")).ShouldBe(2);

        (await Store.Records.ReadAsync("user/42/state")).ShouldBeNull();
        (await Store.Records.ReadAsync("user/42/profile")).ShouldBeNull();
        (await Store.Records.ReadAsync("user/420/state")).ShouldNotBeNull();
        (await Store.Records.ReadAsync("user/4")).ShouldNotBeNull();
        (await Store.Records.DeleteByPrefixAsync("user/42/")).ShouldBe(0);
    }

    [Fact]
    public async Task DeleteByPrefix_WildcardCharacters_AreTakenLiterally()
    {
        await Store.Records.WriteAsync("a_%/1", Bytes("x"), null);
        await Store.Records.WriteAsync("abc/1", Bytes("y"), null);

        (await Store.Records.DeleteByPrefixAsync("a_%")).ShouldBe(1);

        (await Store.Records.ReadAsync("abc/1")).ShouldNotBeNull();
    }

    [Fact]
    public async Task DeleteByPrefix_EmptyPrefix_IsRefused()
    {
        await Store.Records.WriteAsync("keep", Bytes("x"), null);

        await Should.ThrowAsync<ArgumentException>(() => Store.Records.DeleteByPrefixAsync(""));
        (await Store.Records.ReadAsync("keep")).ShouldNotBeNull();
    }

    [Fact]
    public async Task Migrations_RunAgainOnANewInstance_AreIdempotent()
    {
        await Store.Schema.EnsureSchemaAsync();
        var again = OpenAsync();

        await again.Schema.EnsureSchemaAsync();

        (await again.Schema.CurrentVersionAsync()).ShouldBe(LatestSchemaVersion);
        await again.Records.WriteAsync("k", Bytes("v"), null);
        (await Store.Records.ReadAsync("k")).ShouldNotBeNull();
    }

    [Fact]
    public async Task Migrations_FourInstancesStartTogetherOnAnEmptyDatabase_AllSucceed()
    {
        var instances = Enumerable.Range(0, 4).Select(_ => OpenAsync()).ToList();

        await Task.WhenAll(instances.Select(i => Task.Run(() => i.Schema.EnsureSchemaAsync())));

        foreach (var instance in instances) (await instance.Schema.CurrentVersionAsync()).ShouldBe(LatestSchemaVersion);
    }

    [Fact]
    public async Task Ping_ReachableStorage_ReturnsTrue()
    {
        (await Store.Records.PingAsync()).ShouldBeTrue();
    }

    [Fact]
    public async Task Audit_AppendThenRead_FiltersByConversationActionAndTime()
    {
        var t0 = Time.GetUtcNow();
        await Store.Audit.AppendAsync(new AuditEntry(t0, "bot", "crisis.detected", "conv-a", null, "level=High"));
        await Store.Audit.AppendAsync(new AuditEntry(t0.AddMinutes(1), "responder:7", "handoff.accepted", "conv-a", "T-1"));
        await Store.Audit.AppendAsync(new AuditEntry(t0.AddMinutes(2), "operator:1", "transcript.exported", "conv-b", null, "format=json"));

        var forA = await Store.Audit.ReadAsync(new AuditQuery(ConversationId: "conv-a"));
        forA.Select(e => e.Action).ShouldBe(["crisis.detected", "handoff.accepted"]);
        forA[0].ShouldBe(new AuditEntry(t0, "bot", "crisis.detected", "conv-a", null, "level=High"));
        forA[1].TicketId.ShouldBe("T-1");

        (await Store.Audit.ReadAsync(new AuditQuery(Action: "transcript.exported"))).Single().ConversationId.ShouldBe("conv-b");
        (await Store.Audit.ReadAsync(new AuditQuery(From: t0.AddMinutes(1), To: t0.AddMinutes(2)))).Single().Action.ShouldBe("handoff.accepted");
        (await Store.Audit.ReadAsync(new AuditQuery(Max: 2))).Count.ShouldBe(2);
        (await Store.Audit.ReadAsync(new AuditQuery(TicketId: "T-1"))).Single().Actor.ShouldBe("responder:7");
    }
}
