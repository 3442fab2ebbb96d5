using System.Text;
using Microsoft.Extensions.Time.Testing;
using RecoveryBot.Storage.Records;
using RecoveryBot.Storage.Tests.Infrastructure;

namespace RecoveryBot.Storage.Tests.Contract;

/// <summary>
/// The one storage contract (issue 7 §1), run against every provider. Each test gets a fresh database;
/// <see cref="OpenAsync"/> opens another instance over it (a second host process).
/// </summary>
public abstract partial class StorageContractTests : IAsyncLifetime
{
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));

    protected StorageInstance Store { get; private set; } = null!;

    private readonly List<StorageInstance> _opened = [];

    /// <summary>Creates this test's empty database.</summary>
    protected abstract Task CreateDatabaseAsync();

    /// <summary>A new, independent instance over this test's database (its own connections and schema gate).</summary>
    protected abstract StorageInstance OpenInstance();

    protected abstract Task DropDatabaseAsync();

    /// <summary>The newest migration version of this provider.</summary>
    protected abstract int LatestSchemaVersion { get; }

    protected StorageInstance OpenAsync()
    {
        var instance = OpenInstance();
        _opened.Add(instance);
        return instance;
    }

    public async Task InitializeAsync()
    {
        await CreateDatabaseAsync();
        Store = OpenAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var instance in _opened) await instance.DisposeAsync();
        await DropDatabaseAsync();
    }

    protected static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    protected static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    [Fact]
    public async Task Write_NewKeyWithNullETag_ReadReturnsDataAndETag()
    {
        var etag = await Store.Records.WriteAsync("conv/1", Bytes("{\"step\":1}"), null);

        var read = await Store.Records.ReadAsync("conv/1");

        read.ShouldNotBeNull();
        Text(read.Data).ShouldBe("{\"step\":1}");
        read.ETag.ShouldBe(etag);
        read.Key.ShouldBe("conv/1");
    }

    [Fact]
    public async Task Read_MissingKey_ReturnsNull()
    {
        (await Store.Records.ReadAsync("nothing/here")).ShouldBeNull();
    }

    [Fact]
    public async Task Write_WithCurrentETag_UpdatesDataAndChangesETag()
    {
        var first = await Store.Records.WriteAsync("conv/1", Bytes("a"), null);

        var second = await Store.Records.WriteAsync("conv/1", Bytes("b"), first);

        second.ShouldNotBe(first);
        var read = await Store.Records.ReadAsync("conv/1");
        Text(read!.Data).ShouldBe("b");
        read.ETag.ShouldBe(second);
    }

    [Fact]
    public async Task Write_WithStaleETag_ThrowsConflictAndKeepsNewerData()
    {
        var first = await Store.Records.WriteAsync("conv/1", Bytes("a"), null);
        var second = await Store.Records.WriteAsync("conv/1", Bytes("b"), first);

        var conflict = await Should.ThrowAsync<ConcurrencyConflictException>(() => Store.Records.WriteAsync("conv/1", Bytes("stale"), first));

        conflict.Key.ShouldBe("conv/1");
        var read = await Store.Records.ReadAsync("conv/1");
        Text(read!.Data).ShouldBe("b");
        read.ETag.ShouldBe(second);
    }

    [Fact]
    public async Task Write_NullETagOnExistingKey_ThrowsConflict()
    {
        await Store.Records.WriteAsync("conv/1", Bytes("a"), null);

        await Should.ThrowAsync<ConcurrencyConflictException>(() => Store.Records.WriteAsync("conv/1", Bytes("again"), null));
        Text((await Store.Records.ReadAsync("conv/1"))!.Data).ShouldBe("a");
    }

    [Fact]
    public async Task Write_ETagOnMissingKey_ThrowsConflict()
    {
        await Should.ThrowAsync<ConcurrencyConflictException>(() => Store.Records.WriteAsync("conv/none", Bytes("a"), "some-etag"));
        (await Store.Records.ReadAsync("conv/none")).ShouldBeNull();
    }

    [Fact]
    public async Task Write_AnyETag_WritesWhetherOrNotTheRecordExists()
    {
        await Store.Records.WriteAsync("conv/1", Bytes("a"), RecordETags.Any);
        await Store.Records.WriteAsync("conv/1", Bytes("b"), RecordETags.Any);

        Text((await Store.Records.ReadAsync("conv/1"))!.Data).ShouldBe("b");
    }

    [Fact]
    public async Task Delete_ExistingKey_RemovesItAndReportsTrue()
    {
        await Store.Records.WriteAsync("conv/1", Bytes("a"), null);

        (await Store.Records.DeleteAsync("conv/1")).ShouldBeTrue();
        (await Store.Records.DeleteAsync("conv/1")).ShouldBeFalse();
        (await Store.Records.ReadAsync("conv/1")).ShouldBeNull();
    }

    [Fact]
    public async Task InsertIfAbsent_TwoInstancesRace_ExactlyOneWinsPerKey()
    {
        var other = OpenAsync();
        for (var round = 0; round < 20; round++)
        {
            var key = $"race/{round}";
            var attempts = new[] { Store, other }.Select(instance => Task.Run(async () =>
            {
                try
                {
                    await instance.Records.WriteAsync(key, Bytes(instance == Store ? "A" : "B"), null);
                    return true;
                }
                catch (ConcurrencyConflictException)
                {
                    return false;
                }
            })).ToArray();

            var won = await Task.WhenAll(attempts);

            won.Count(w => w).ShouldBe(1, $"round {round}");
            Text((await Store.Records.ReadAsync(key))!.Data).ShouldBe(won[0] ? "A" : "B");
        }
    }

    [Fact]
    public async Task Update_TenWritersWithTheSameETag_ExactlyOneWins()
    {
        var etag = await Store.Records.WriteAsync("conv/1", Bytes("start"), null);
        var other = OpenAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(async () =>
        {
            try
            {
                await (i % 2 == 0 ? Store : other).Records.WriteAsync("conv/1", Bytes($"writer {i}"), etag);
                return i;
            }
            catch (ConcurrencyConflictException)
            {
                return -1;
            }
        })));

        var winners = results.Where(i => i >= 0).ToList();
        winners.Count.ShouldBe(1);
        Text((await Store.Records.ReadAsync("conv/1"))!.Data).ShouldBe($"writer {winners[0]}");
    }
}
