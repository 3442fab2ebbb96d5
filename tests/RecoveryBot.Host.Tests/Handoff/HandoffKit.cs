using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using RecoveryBot.Handoff.Service;
using RecoveryBot.Handoff.Tickets;
using RecoveryBot.Host.Tests.Infrastructure;
using RecoveryBot.Protocol.Activities;
using RecoveryBot.Testing.Fakes;

namespace RecoveryBot.Host.Tests.Handoff;

/// <summary>
/// The real host with the person's channel on a fake Connector: handoff notices and responder messages that no
/// turn asked for arrive there. Waits are on events (notifier, connector requests), never on sleeps.
/// </summary>
public sealed class HandoffKit : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private HandoffKit(HostFactory factory, FakeConnector person, HandoffSubscription events)
    {
        Factory = factory;
        Person = person;
        Events = events;
        Http = factory.CreateClient();
    }

    public HostFactory Factory { get; }
    public FakeConnector Person { get; }
    public HandoffSubscription Events { get; }
    public HttpClient Http { get; }
    public HandoffService Service => Factory.Services.GetRequiredService<HandoffService>();

    public static async Task<HandoffKit> StartAsync(Action<HostFactory>? configure = null)
    {
        var person = await FakeConnector.StartAsync();
        var factory = new HostFactory().With("Connector:TrustedServiceHosts:0", "127.0.0.1");
        configure?.Invoke(factory);
        var events = factory.Services.GetRequiredService<IHandoffNotifier>().Subscribe();
        return new HandoffKit(factory, person, events);
    }

    /// <summary>A person on a test channel whose out-of-turn messages go to <see cref="Person"/>.</summary>
    public PersonClient NewPerson() => new(new BotClient(Http), Person.ServiceUrl);

    /// <summary>The person says hi and asks for a human; <paramref name="responder"/> claims the ticket and joins.</summary>
    /// <returns>The ticket id.</returns>
    public async Task<string> HeldConversationAsync(PersonClient person, ResponderIdentity responder)
    {
        await person.SayAsync("hi");
        await person.SayAsync("talk to a person");
        var ticketId = (await NextEventAsync(HandoffEventKind.Queued)).TicketId;
        (await Service.ClaimAsync(ticketId, responder)).Succeeded.ShouldBeTrue();
        await WaitForContentAsync("messages/handoff-responder-joined");
        return ticketId;
    }

    public async Task<HandoffEvent> NextEventAsync(HandoffEventKind kind)
    {
        using var cts = new CancellationTokenSource(Patience);
        while (true)
        {
            var e = await Events.Reader.ReadAsync(cts.Token);
            if (e.Kind == kind)
            {
                return e;
            }
        }
    }

    /// <summary>Waits until the person's connector received an activity with this content id (or matching text).</summary>
    public static async Task<Activity> WaitForAsync(FakeConnector connector, Func<Activity, bool> match)
    {
        while (true)
        {
            var seen = connector.Received.Count;
            var found = connector.Requests.Select(r => r.ReadActivity()).FirstOrDefault(a => a is not null && match(a));
            if (found is not null)
            {
                return found;
            }
            await connector.Received.WaitForAsync(seen + 1, Patience);
        }
    }

    public Task<Activity> WaitForContentAsync(string contentId) =>
        WaitForAsync(Person, a => BotClient.ContentIds([a]).Contains(contentId));

    public async ValueTask DisposeAsync()
    {
        Events.Dispose();
        Http.Dispose();
        await Factory.DisposeAsync();
        await Person.DisposeAsync();
    }
}

/// <summary>A BotClient whose activities carry the fake connector's serviceUrl.</summary>
public sealed class PersonClient(BotClient client, string serviceUrl)
{
    public string ConversationId => client.ConversationId;

    public Task<IReadOnlyList<Activity>> SayAsync(string text) => SendAsync(NewMessage(text));

    /// <summary>A message not sent yet, so a test can send the very same activity twice (a redelivery).</summary>
    public Activity NewMessage(string text)
    {
        var message = client.NewMessage(text);
        message.ServiceUrl = serviceUrl;
        return message;
    }

    public Task<IReadOnlyList<Activity>> SendAsync(Activity message) => client.SendAsync(message);
}
