using Microsoft.Extensions.DependencyInjection;
using RecoveryBot.Dialogs.Engine;
using RecoveryBot.Host.Tests.Infrastructure;
using RecoveryBot.Host.Turns;
using RecoveryBot.Protocol.Activities;
using RecoveryBot.Safety.Assessment;
using RecoveryBot.Storage.Records;

namespace RecoveryBot.Host.Tests;

/// <summary>
/// Issue #4 pipeline tests through /api/messages with the real detector and content: a crisis at any step gets
/// the crisis reply first and the flow resumes after; Spanish; "I'm fine" after a crisis; storage failing.
/// </summary>
public sealed class SafetyPathTests : IClassFixture<HostFactory>
{
    private static readonly string[] CheckInPath = ["hi", "Mental health", "Tired and stressed lately", "Several days"];
    private readonly HostFactory _factory;

    public SafetyPathTests(HostFactory factory) => _factory = factory;

    public static TheoryData<int> Steps() => new() { 0, 1, 2, 3, 4 };

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task CrisisAtAnyStep_CrisisRepliesFirstThenFlowResumes(int step)
    {
        var client = new BotClient(_factory.CreateClient());
        string? lastPrompt = null;
        foreach (var message in CheckInPath.Take(step))
        {
            lastPrompt = (await client.SayIdsAsync(message))[^1];
        }

        var crisis = await client.SayAsync("I want to kill myself");
        var ids = BotClient.ContentIds(crisis);
        ids[0].ShouldBe("crisis/suicide");
        BotClient.Corpus(crisis).ShouldContain("988");
        ids.ShouldNotContain(id => id.StartsWith("mental-health-check-in/", StringComparison.Ordinal));

        // The crisis flow stays until the person chooses to leave it: "I'm okay" gets one caring follow-up first.
        (await client.SayIdsAsync("I'm okay for now")).ShouldContain("crisis/fine-follow-up");
        var back = await client.SayIdsAsync("Go back to what we were doing");
        back.ShouldContain("crisis/back");
        if (lastPrompt is null)
        {
            return; // the crisis was the first message: there is nothing to resume
        }
        back.ShouldContain("messages/resume");
        back[^1].ShouldBe(lastPrompt);
    }

    [Fact]
    public async Task SpanishCrisis_GetsSpanishCrisisResources()
    {
        var client = new BotClient(_factory.CreateClient()) { Locale = "es-MX" };
        await client.SayAsync("hola");
        var replies = await client.SayAsync("ya no quiero vivir, quiero quitarme la vida");
        BotClient.ContentIds(replies)[0].ShouldBe("crisis/suicide");
        var corpus = BotClient.Corpus(replies);
        corpus.ShouldContain("988");
        corpus.ShouldContain("AYUDA");
    }

    [Fact]
    public async Task ImFineAfterCrisis_GetsOneCaringFollowUpAndResourcesStay()
    {
        var client = new BotClient(_factory.CreateClient());
        await client.SayAsync("hi");
        await client.SayAsync("I want to end my life");
        var fine = await client.SayAsync("I'm fine");
        BotClient.ContentIds(fine).ShouldContain("crisis/fine-follow-up");
        BotClient.Corpus(fine).ShouldContain("988");
    }

    [Theory]
    [InlineData("honestly the last few weeks have felt heavier than usual and i dont really know why")]
    [InlineData("i have been sleeping a lot more and skipping meals and my friends stopped texting me back")]
    public async Task ClassifierOnlyConcern_OpensWithASofterQuestion(string text)
    {
        var replies = await ConcernAfterGreetingAsync(text, RiskSource.ModelOnly);
        BotClient.ContentIds(replies)[0].ShouldBe("concern-check-in/wellbeing-check");
        BotClient.Corpus(replies).ShouldNotContain("ending your life");
    }

    [Fact]
    public async Task RuleConcern_AsksTheDirectQuestion()
    {
        var replies = await ConcernAfterGreetingAsync(
            "lately everything feels pointless and i keep to myself most days, not sure what to do", RiskSource.Rules);
        BotClient.ContentIds(replies)[0].ShouldBe("concern-check-in/ideation-check");
        BotClient.Corpus(replies).ShouldContain("ending your life");
    }

    /// <summary>
    /// Says <paramref name="text"/> after a greeting, once the host's detector is seen to give it a concern from
    /// <paramref name="source"/>. That is a precondition: a retrain that changes it should pick other sentences, not
    /// weaken the assertions on the replies.
    /// </summary>
    private async Task<IReadOnlyList<Activity>> ConcernAfterGreetingAsync(string text, RiskSource source)
    {
        var assessment = _factory.Services.GetRequiredService<ICrisisDetector>().Assess(text, "en");
        assessment.Level.ShouldBe(CrisisLevel.Concern);
        SafetyNames.ToSource(assessment).ShouldBe(source);
        var client = new BotClient(_factory.CreateClient());
        await client.SayAsync("hi");
        return await client.SayAsync(text);
    }

    [Fact]
    public async Task OrdinaryIdiom_IsAnsweredNormally()
    {
        var client = new BotClient(_factory.CreateClient());
        await client.SayAsync("hi");
        var replies = await client.SayAsync("this workout is killing me lol");
        BotClient.ContentIds(replies).ShouldNotContain(id => id.StartsWith("crisis", StringComparison.Ordinal));
        BotClient.Corpus(replies).ShouldNotContain("988");
    }

    [Fact]
    public async Task StorageDown_CrisisStillGetsResourcesAndOthersGetPoliteRetry()
    {
        using var failing = new HostFactory().WithServices(s => s.AddSingleton<IRecordStore, FailingRecordStore>());
        var client = new BotClient(failing.CreateClient());

        var crisis = await client.SayAsync("I took the whole bottle of pills");
        var corpus = BotClient.Corpus(crisis);
        corpus.ShouldContain("911");
        BotClient.ContentIds(crisis).ShouldContain(id => id.StartsWith("crisis", StringComparison.Ordinal));

        var normal = await client.SayAsync("hi");
        BotClient.ContentIds(normal).ShouldContain(id => id.StartsWith("messages/", StringComparison.Ordinal));
        BotClient.Corpus(normal).ShouldNotContain("988");
    }
}
