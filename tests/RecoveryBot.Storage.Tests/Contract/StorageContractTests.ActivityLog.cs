namespace RecoveryBot.Storage.Tests.Contract;

public abstract partial class StorageContractTests
{
    [Fact]
    public async Task Append_TwentyConcurrentFromTwoInstances_WatermarksOneToTwentyWithoutGapsOrDuplicates()
    {
        var other = OpenAsync();

        var appended = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => Task.Run(async () =>
        {
            var log = (i % 2 == 0 ? Store : other).Activities;
            var watermarks = await log.AppendAsync("conv-a", [Bytes($"activity {i}")]);
            return (Watermark: watermarks.Single(), Body: $"activity {i}");
        })));

        appended.Select(a => a.Watermark).Order().ShouldBe(Enumerable.Range(1, 20).Select(i => (long)i));
        var stored = await Store.Activities.ReadAfterAsync("conv-a", 0, 100);
        stored.Select(s => s.Watermark).ShouldBe(Enumerable.Range(1, 20).Select(i => (long)i));
        // Each appender's watermark points at its own activity: no entry was numbered for another.
        foreach (var (watermark, body) in appended) Text(stored.Single(s => s.Watermark == watermark).Json).ShouldBe(body);
    }

    [Fact]
    public async Task Append_Batch_ReturnsConsecutiveWatermarksContinuingTheLog()
    {
        (await Store.Activities.AppendAsync("conv-a", [Bytes("1")])).ShouldBe([1L]);

        var batch = await Store.Activities.AppendAsync("conv-a", [Bytes("2"), Bytes("3"), Bytes("4")]);

        batch.ShouldBe([2L, 3L, 4L]);
        (await Store.Activities.ReadAfterAsync("conv-a", 0, 10)).Select(e => Text(e.Json)).ShouldBe(["1", "2", "3", "4"]);
    }

    [Fact]
    public async Task Append_TwoConversations_NumberedIndependently()
    {
        await Store.Activities.AppendAsync("conv-a", [Bytes("a1"), Bytes("a2")]);

        (await Store.Activities.AppendAsync("conv-b", [Bytes("b1")])).ShouldBe([1L]);
        (await Store.Activities.AppendAsync("conv-a", [Bytes("a3")])).ShouldBe([3L]);
    }

    [Fact]
    public async Task Append_Empty_ReturnsNoWatermarksAndStoresNothing()
    {
        (await Store.Activities.AppendAsync("conv-a", [])).ShouldBeEmpty();
        (await Store.Activities.ReadAfterAsync("conv-a", 0, 10)).ShouldBeEmpty();
    }

    [Fact]
    public async Task ReadAfter_PagesOfThree_ReturnEveryEntryOnceInOrder()
    {
        await Store.Activities.AppendAsync("conv-a", Enumerable.Range(1, 10).Select(i => Bytes($"m{i}")).ToList());

        var seen = new List<string>();
        long watermark = 0;
        while (true)
        {
            var page = await Store.Activities.ReadAfterAsync("conv-a", watermark, 3);
            if (page.Count == 0) break;
            page.Count.ShouldBeLessThanOrEqualTo(3);
            seen.AddRange(page.Select(p => Text(p.Json)));
            watermark = page[^1].Watermark;
        }

        seen.ShouldBe(Enumerable.Range(1, 10).Select(i => $"m{i}"));
        (await Store.Activities.ReadAfterAsync("conv-a", 7, 100)).Select(e => e.Watermark).ShouldBe([8L, 9L, 10L]);
    }

    [Fact]
    public async Task DeleteConversation_RemovesEveryEntryOfThatConversationOnly()
    {
        await Store.Activities.AppendAsync("conv-a", [Bytes("1"), Bytes("2")]);
        await Store.Activities.AppendAsync("conv-b", [Bytes("keep")]);

        (await Store.Activities.DeleteConversationAsync("conv-a")).ShouldBe(2);

        (await Store.Activities.ReadAfterAsync("conv-a", 0, 10)).ShouldBeEmpty();
        (await Store.Activities.ReadAfterAsync("conv-b", 0, 10)).Count.ShouldBe(1);
    }
}
