using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RecoveryBot.Handoff.Service;
using RecoveryBot.Handoff.Tickets;
using RecoveryBot.Host.Conversations;
using RecoveryBot.Storage.Records;

namespace RecoveryBot.Host.Tests.Handoff;

/// <summary>
/// The conversation record remembers whether a human was ever asked for (MayHaveHandoff), so ordinary turns skip
/// the ticket lookup. These pin the safety side of that shortcut: a held conversation is always relayed.
/// </summary>
public sealed class HandoffFlagTests
{
    private static readonly ResponderIdentity Sam = new("sam", "Sam Responder", ResponderRole.Responder);

    [Fact]
    public async Task OrdinaryConversation_RecordSaysNoHandoff_AskingForAPersonSetsIt()
    {
        await using var kit = await HandoffKit.StartAsync();
        var person = kit.NewPerson();
        await person.SayAsync("hi");
        (await RecordAsync(kit, person)).MayHaveHandoff.ShouldBe(false);

        await person.SayAsync("talk to a person");

        (await RecordAsync(kit, person)).MayHaveHandoff.ShouldBe(true);
    }

    [Fact]
    public async Task RecordFromBeforeTheFlag_HeldConversationIsStillRelayed()
    {
        await using var kit = await HandoffKit.StartAsync();
        var person = kit.NewPerson();
        var ticketId = await kit.HeldConversationAsync(person, Sam);
        await RewriteWithoutFlagAsync(kit, person);

        var replies = await person.SayAsync("are you still there?");

        replies.ShouldBeEmpty("the responder holds the conversation, so the bot stays quiet");
        var lines = (await kit.Service.ReadConversationAsync(ticketId, Sam))!.Value.Lines;
        lines.ShouldContain(l => l.Author == TranscriptAuthor.Person);
    }

    private static async Task<ConversationRecord> RecordAsync(HandoffKit kit, PersonClient person) =>
        (await kit.Factory.Services.GetRequiredService<ConversationStore>().LoadAsync("test", person.ConversationId, CancellationToken.None)).Record;

    // What a record written by the previous release looks like: the same JSON without the new property.
    private static async Task RewriteWithoutFlagAsync(HandoffKit kit, PersonClient person)
    {
        var store = kit.Factory.Services.GetRequiredService<IRecordStore>();
        var key = ConversationRecord.KeyFor("test", person.ConversationId);
        var stored = (await store.ReadAsync(key)).ShouldNotBeNull();
        var json = JsonNode.Parse(stored.Data)!.AsObject();
        json.Remove("mayHaveHandoff").ShouldBeTrue();
        await store.WriteAsync(key, System.Text.Encoding.UTF8.GetBytes(json.ToJsonString()), stored.ETag);
        (await RecordAsync(kit, person)).MayHaveHandoff.ShouldBeNull();
    }
}
