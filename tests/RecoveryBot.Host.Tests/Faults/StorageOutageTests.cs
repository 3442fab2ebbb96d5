using Microsoft.Extensions.DependencyInjection;
using RecoveryBot.Dialogs.Engine;
using RecoveryBot.Host.Conversations;
using RecoveryBot.Host.Tests.Infrastructure;

namespace RecoveryBot.Host.Tests.Faults;

/// <summary>
/// Issue #9 §3: storage unavailable for a while. Safety runs before any state (ARCHITECTURE §3), so a crisis
/// message still gets the crisis pathway; other turns get the polite try-again message; once storage is back the
/// conversation continues from its last saved state and nothing written during the outage is half-applied.
/// </summary>
public sealed class StorageOutageTests : IDisposable
{
    private readonly HostFactory _factory = new HostFactory().WithServices(SwitchableRecordStore.Install);

    [Fact]
    public async Task StorageDown_CrisisStillAnsweredOthersAskedToRetry_StateIntactAfter()
    {
        var http = _factory.CreateClient();
        var store = _factory.Services.GetRequiredService<SwitchableRecordStore>();
        var engine = _factory.Services.GetRequiredService<IDialogEngine>();
        var person = new BotClient(http);
        (await person.SayIdsAsync("hi")).ShouldNotBeEmpty();
        var before = await LoadAsync(person);

        store.Unavailable = true;
        var crisis = await person.SayIdsAsync("i want to end my life");
        var ordinary = await person.SayIdsAsync("mental health");
        var readyWhileDown = await http.GetAsync("/readyz");
        store.Unavailable = false;

        var expectedCrisis = engine.Fallback(FallbackKind.Crisis, "en").Select(r => r.ContentId).ToList();
        crisis.ShouldNotBeEmpty();
        crisis.ShouldBe(expectedCrisis, "the crisis fallback is the crisis pathway from content, even without storage");
        ordinary.ShouldBe(engine.Fallback(FallbackKind.TryAgain, "en").Select(r => r.ContentId).ToList());
        ordinary.ShouldHaveSingleItem().ShouldEndWith("try-again");
        ((int)readyWhileDown.StatusCode).ShouldBe(503);

        // Back up: nothing from the outage was saved, the record is the one from before, and the next turn works.
        var after = await LoadAsync(person);
        after.Turns.ShouldBe(before.Turns);
        after.Dialog.ShouldBeEquivalentTo(before.Dialog);
        (await person.SayIdsAsync("mental health")).ShouldNotContain(id => id.EndsWith("try-again", StringComparison.Ordinal));
        (await LoadAsync(person)).Turns.ShouldBe(before.Turns + 1);
        (await http.GetAsync("/readyz")).IsSuccessStatusCode.ShouldBeTrue();
    }

    private async Task<ConversationRecord> LoadAsync(BotClient person) =>
        (await _factory.Services.GetRequiredService<ConversationStore>().LoadAsync("test", person.ConversationId, CancellationToken.None)).Record;

    public void Dispose() => _factory.Dispose();
}
