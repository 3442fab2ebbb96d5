using RecoveryBot.Dialogs.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RecoveryBot.Handoff.Accounts;
using RecoveryBot.Handoff.Audit;
using RecoveryBot.Handoff.ContactCenter;
using RecoveryBot.Handoff.Service;
using RecoveryBot.Handoff.Teams;
using RecoveryBot.Handoff.Tickets;
using RecoveryBot.Storage.Records;

namespace RecoveryBot.Handoff.Tests.Support;

/// <summary>The handoff module composed like production (AddHandoff), with the store, clock and channels faked.</summary>
public sealed class HandoffHarness : IDisposable
{
    private readonly ServiceProvider provider;
    private int conversations;

    public HandoffHarness(Dictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IRecordStore>(Store);
        services.AddSingleton<IPersonChannel>(Person);
        services.AddSingleton<IResponderChannel>(Teams);
        services.AddHandoff(configuration, DialogsDirectory.Locate());
        provider = services.BuildServiceProvider();
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    public InMemoryRecordStore Store { get; } = new();
    public RecordingPersonChannel Person { get; } = new();
    public RecordingResponderChannel Teams { get; } = new();

    public HandoffService Service => provider.GetRequiredService<HandoffService>();
    public HandoffAudit Audit => provider.GetRequiredService<HandoffAudit>();
    public ResponderAccountStore Accounts => provider.GetRequiredService<ResponderAccountStore>();
    public IHandoffNotifier Notifier => provider.GetRequiredService<IHandoffNotifier>();
    public TeamsResponderChannelHandler TeamsHandler => provider.GetRequiredService<TeamsResponderChannelHandler>();
    public ContactCenterBridge ContactCenter => provider.GetRequiredService<ContactCenterBridge>();

    public static ResponderIdentity Alex { get; } = new("alex", "Alex", ResponderRole.Responder);
    public static ResponderIdentity Blair { get; } = new("blair", "Blair", ResponderRole.Responder);
    public static ResponderIdentity Sam { get; } = new("sam", "Sam", ResponderRole.Supervisor);

    public PersonAddress NewPerson(string channel = "directline", string locale = "en-US")
    {
        var n = Interlocked.Increment(ref conversations);
        return new PersonAddress(channel, $"conv-{n}", "https://bot.example/dl/", $"user-{n}", locale);
    }

    public async Task<Ticket> RequestAsync(RiskLevel risk, string? category = null, PersonAddress? person = null)
    {
        var request = new HandoffRequest(person ?? NewPerson(), risk, category, ["checkin/start", "checkin/mood"]);
        return await Service.RequestAsync(request);
    }

    /// <summary>Local accounts for the usual cast, so transfers find their target.</summary>
    public async Task AddCastAsync()
    {
        await Accounts.AddLocalAsync("alex", "Alex", "correct horse battery", ResponderRole.Responder);
        await Accounts.AddLocalAsync("blair", "Blair", "correct horse battery", ResponderRole.Responder);
        await Accounts.AddLocalAsync("sam", "Sam", "correct horse battery", ResponderRole.Supervisor);
    }

    public void Dispose() => provider.Dispose();
}
