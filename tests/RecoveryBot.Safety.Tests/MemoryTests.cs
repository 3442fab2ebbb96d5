using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Safety.Tests;

/// <summary>Conversation memory (SAFETY-NOTES §7 rule 8).</summary>
public sealed class MemoryTests
{
    private static readonly RiskMemory AfterCrisis =
        RiskMemory.Empty.After(new CrisisAssessment(CrisisLevel.Crisis, CrisisCategory.Suicide, ["x"]));

    [Fact]
    public void ImFineRightAfterCrisis_StaysConcern()
    {
        var a = RepoPaths.Detector.Assess("i'm fine", "en", AfterCrisis);
        a.Level.ShouldBe(CrisisLevel.Concern);
        a.Category.ShouldBe(CrisisCategory.Suicide);
        a.CueIds.ShouldContain("mem.after_crisis");
    }

    [Fact]
    public void ImFineWithoutHistory_IsNone() =>
        RepoPaths.Detector.Assess("i'm fine", "en", RiskMemory.Empty).Level.ShouldBe(CrisisLevel.None);

    [Fact]
    public void SpecificsAfterConcern_Escalate()
    {
        var memory = RiskMemory.Empty.After(RepoPaths.Detector.Assess("i don't see the point anymore", "en"));
        var a = RepoPaths.Detector.Assess("i have a bottle of pills next to me", "en", memory);
        a.Level.ShouldBe(CrisisLevel.Crisis);
        a.Category.ShouldBe(CrisisCategory.Overdose);
    }

    [Fact]
    public void SameSpecificsWithoutEarlierConcern_AreNone() =>
        RepoPaths.Detector.Assess("i have a bottle of pills next to me", "en").Level.ShouldBe(CrisisLevel.None);

    [Fact]
    public void CasualMessageLongAfterCrisis_IsNone()
    {
        var memory = AfterCrisis;
        for (var i = 0; i < 3; i++) memory = memory.After(CrisisAssessment.NoRisk);
        RepoPaths.Detector.Assess("what time is group", "en", memory).Level.ShouldBe(CrisisLevel.None);
    }
}

public sealed class DependencyInjectionTests
{
    [Fact]
    public void AddCrisisDetection_RegistersSingletonDetector()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        RecoveryBot.Safety.DependencyInjection.SafetyServiceCollectionExtensions.AddCrisisDetection(
            services, Path.Combine(RepoPaths.Root, "dialogs"));
        using var provider = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services);
        var a = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<ICrisisDetector>(provider);
        a.Assess("i want to die", "en").Level.ShouldBe(CrisisLevel.Crisis);
    }
}
