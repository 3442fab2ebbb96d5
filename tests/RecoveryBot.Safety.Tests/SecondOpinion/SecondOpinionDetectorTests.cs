using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RecoveryBot.Safety.Assessment;
using RecoveryBot.Safety.DependencyInjection;
using RecoveryBot.Safety.SecondOpinion;

namespace RecoveryBot.Safety.Tests.SecondOpinion;

/// <summary>The second opinion may raise none → concern, never lowers, never makes a crisis, and fails safe.</summary>
public sealed class SecondOpinionDetectorTests
{
    // Risk vocabulary set aside by the information frame: local verdict none, but a risk word is present.
    private const string RiskWordButNone = "what are the warning signs that someone is suicidal";

    [Fact]
    public async Task NoneWithRiskWord_StronglyNegative_BecomesConcern()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Negative = 0.95;
        var (detector, _) = Create(server);
        RepoPaths.Detector.Assess(RiskWordButNone, "en").Level.ShouldBe(CrisisLevel.None);

        var a = await detector.AssessAsync(RiskWordButNone, "en");

        a.Level.ShouldBe(CrisisLevel.Concern);
        a.Category.ShouldBe(CrisisCategory.Suicide);
        a.CueIds.ShouldContain(SecondOpinionDetector.RaisedCue);
    }

    [Fact]
    public async Task NoneWithRiskWord_NegativeBelowThreshold_StaysNone()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Negative = 0.85;
        var (detector, _) = Create(server);

        (await detector.AssessAsync(RiskWordButNone, "en")).Level.ShouldBe(CrisisLevel.None);
        server.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task NoRiskWord_IsNeverSentToTheService()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Negative = 0.99;
        var (detector, _) = Create(server);

        (await detector.AssessAsync("i hate mondays and this rain, everything is awful today", "en")).Level.ShouldBe(CrisisLevel.None);
        server.Requests.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("i don't see the point anymore", CrisisLevel.Concern)]
    [InlineData("i want to kill myself", CrisisLevel.Crisis)]
    public async Task ConcernOrCrisis_IsNeverChangedBySentiment(string text, CrisisLevel expected)
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Negative = 0.99;
        var (detector, _) = Create(server);

        (await detector.AssessAsync(text, "en")).Level.ShouldBe(expected);
        server.Requests.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(500, null)]
    [InlineData(200, "{not json")]
    [InlineData(200, """{"kind":"SentimentAnalysisResults","results":{"documents":[],"errors":[{"id":"1","error":{"code":"InvalidDocument"}}]}}""")]
    public async Task ServiceFailure_KeepsLocalVerdict(int status, string? body)
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Status = status;
        server.RawBody = body;
        var (detector, _) = Create(server);

        (await detector.AssessAsync(RiskWordButNone, "en")).ShouldBe(RepoPaths.Detector.Assess(RiskWordButNone, "en"));
        server.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task HangingService_TimesOutOnBudgetAndKeepsLocalVerdict()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Negative = 0.99;
        server.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var (detector, time) = Create(server);

        var pending = detector.AssessAsync(RiskWordButNone, "en");
        pending.IsCompleted.ShouldBeFalse();
        time.Advance(TimeSpan.FromMilliseconds(800));

        // Real-time guard only: Azure.Core's own network timeout is 10 s longer than the budget.
        var a = await pending.WaitAsync(TimeSpan.FromSeconds(5));
        a.Level.ShouldBe(CrisisLevel.None);
    }

    [Fact]
    public void AddAzureLanguageSecondOpinion_Unconfigured_IsPassThrough()
    {
        var services = new ServiceCollection().AddCrisisDetection(RepoPaths.SafetyDialogs)
            .AddAzureLanguageSecondOpinion(new ConfigurationBuilder().Build());
        using var sp = services.BuildServiceProvider();

        sp.GetRequiredService<ISecondOpinion>().ShouldBeOfType<NoSecondOpinion>();
        sp.GetService<AzureLanguageClient>().ShouldBeNull();
        sp.GetRequiredService<SecondOpinionDetector>().ShouldNotBeNull();
    }

    [Fact]
    public async Task AddAzureLanguageSecondOpinion_Configured_UsesTheService()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Negative = 0.97;
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Safety:AzureLanguage:Endpoint"] = server.Endpoint.ToString(),
            ["Safety:AzureLanguage:ApiKey"] = "di-key",
            // This test is about wiring and uses the real clock: the 800 ms default budget (tested with a fake clock
            // elsewhere) ran out on a first, cold request while a retrain test had both cores busy.
            ["Safety:AzureLanguage:Timeout"] = "00:00:30",
        }).Build();
        using var sp = new ServiceCollection().AddCrisisDetection(RepoPaths.SafetyDialogs)
            .AddAzureLanguageSecondOpinion(config).BuildServiceProvider();

        var a = await sp.GetRequiredService<SecondOpinionDetector>().AssessAsync(RiskWordButNone, "en");

        a.Level.ShouldBe(CrisisLevel.Concern);
        server.Requests.TryPeek(out var r).ShouldBeTrue();
        r!.Key.ShouldBe("di-key");
    }

    private static (SecondOpinionDetector, FakeTimeProvider) Create(FakeLanguageServer server)
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var options = new AzureLanguageOptions { Endpoint = server.Endpoint, ApiKey = "k" };
        var client = new AzureLanguageClient(options, time: time);
        return (new SecondOpinionDetector(RepoPaths.Detector, new AzureLanguageSecondOpinion(client), options), time);
    }
}
