using Microsoft.Extensions.DependencyInjection;
using RecoveryBot.Dialogs.Content;
using RecoveryBot.Dialogs.Engine;
using RecoveryBot.Dialogs.Hosting;
using RecoveryBot.Dialogs.Loading;

namespace RecoveryBot.Dialogs.Tests.Content;

public sealed class CatalogApiTests
{
    [Theory]
    [InlineData("en", "You are now number 3 in line")]
    [InlineData("es-US", "Ahora usted es el número 3 en la fila")]
    public void Message_FillsArgumentsInTheRightLanguage(string locale, string expected)
    {
        var reply = TestContent.Catalog.Message("handoff-place-in-line", locale, new Dictionary<string, string> { ["position"] = "3" });

        reply.ContentId.ShouldBe("messages/handoff-place-in-line");
        reply.Text.ShouldStartWith(expected);
    }

    [Fact]
    public void Message_PipelineMessagesAllExist()
    {
        foreach (var id in new[] { "handoff-queued", "handoff-no-one-yet", "handoff-responder-joined", "handoff-ended", "teams-group-scope", "storage-retry" })
        {
            TestContent.Catalog.HasMessage(id).ShouldBeTrue(id);
        }
        TestContent.Catalog.Message("handoff-no-one-yet", "en").Links.ShouldContain(l => l.Url == "tel:988");
    }

    [Fact]
    public void AddDialogs_RegistersTheEngineAndCatalogAsSingletons()
    {
        using var provider = new ServiceCollection().AddDialogs(TestContent.Directory).BuildServiceProvider();

        var engine = provider.GetRequiredService<IDialogEngine>();
        engine.ShouldBeSameAs(provider.GetRequiredService<IDialogEngine>());
        provider.GetRequiredService<IContentCatalog>().FindFlow("welcome").ShouldNotBeNull();
        engine.Run(DialogState.Empty, TestContent.Say("hi")).Replies.ShouldNotBeEmpty();
    }

    [Fact]
    public void AddDialogs_OnInvalidContent_RefusesToStart()
    {
        var (dir, _, _) = ContentCheckTests.Install("missing-spanish.yaml");

        Should.Throw<ContentValidationException>(() => new ServiceCollection().AddDialogs(dir));
    }

    [Fact]
    public void Locate_FindsTheRepositoryDialogsFolder() =>
        File.Exists(Path.Combine(DialogsDirectory.Locate(), "flows", "welcome.yaml")).ShouldBeTrue();

    [Fact]
    public void EveryFlowExceptSafetyAndPrivacy_IsReachableFromTheMenu()
    {
        var menu = TestContent.Catalog.FindFlow("main-menu")!;
        var called = menu.Steps.Where(s => s.Kind == StepKind.Call).Select(s => s.Flow!).ToHashSet();
        foreach (var flow in TestContent.Catalog.Flows.Select(f => f.Id))
        {
            if (flow is "welcome" or "main-menu" or "crisis" or "concern-check-in" or "privacy")
            {
                continue; // entered by the engine: start, risk signals, the privacy commands
            }
            called.ShouldContain(flow);
        }
    }
}
