using Microsoft.Extensions.DependencyInjection;
using RecoveryBot.Host.Conversations;
using RecoveryBot.Host.Tests.Infrastructure;

namespace RecoveryBot.Host.Tests;

/// <summary>Issue #2 §5: two messages of one conversation are processed one after the other, never a lost update.</summary>
public sealed class ConcurrencyTests : IClassFixture<HostFactory>
{
    private readonly HostFactory _factory;

    public ConcurrencyTests(HostFactory factory) => _factory = factory;

    [Fact]
    public async Task TwentyMessagesAtOnce_AllProcessedAndRecordConsistent()
    {
        var client = new BotClient(_factory.CreateClient());
        await client.SayAsync("hi");

        var sends = Enumerable.Range(0, 20).Select(_ => client.SayAsync("menu")).ToArray();
        var results = await Task.WhenAll(sends);

        results.ShouldAllBe(replies => replies.Count > 0);
        var store = _factory.Services.GetRequiredService<ConversationStore>();
        var loaded = await store.LoadAsync("test", client.ConversationId, CancellationToken.None);
        loaded.Record.Turns.ShouldBe(21);
        loaded.ETag.ShouldNotBeNull();
    }

    [Fact]
    public async Task ManyConversationsAtOnce_EachGetsItsOwnReplies()
    {
        var http = _factory.CreateClient();
        var clients = Enumerable.Range(0, 16).Select(_ => new BotClient(http)).ToArray();
        var replies = await Task.WhenAll(clients.Select(c => c.SayAsync("hi")));
        for (var i = 0; i < clients.Length; i++)
        {
            replies[i].ShouldAllBe(a => a.Conversation!.Id == clients[i].ConversationId);
        }
    }
}
