using Microsoft.Extensions.DependencyInjection;
using RecoveryBot.Dialogs.Content;
using RecoveryBot.Host.Tests.Infrastructure;

namespace RecoveryBot.Host.Tests;

/// <summary>
/// Issue #3 "done when": every flow is reachable from the menu, in both languages, through /api/messages with
/// expectReplies — a person tapping each menu button gets that flow's content, never a fallback or an alarm.
/// </summary>
public sealed class FlowReachabilityTests : IClassFixture<HostFactory>
{
    private readonly HostFactory _factory;

    public FlowReachabilityTests(HostFactory factory) => _factory = factory;

    public static TheoryData<string, string> MenuItems()
    {
        var data = new TheoryData<string, string>();
        using var factory = new HostFactory();
        var menu = factory.Services.GetRequiredService<IContentCatalog>().FindFlow("main-menu")!.Find("menu")!;
        foreach (var locale in new[] { "en", "es" })
        {
            foreach (var choice in menu.Choices)
            {
                data.Add(locale, choice.Value);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(MenuItems))]
    public async Task MenuButton_LeadsIntoItsFlow(string locale, string choiceValue)
    {
        var catalog = _factory.Services.GetRequiredService<IContentCatalog>();
        var choice = catalog.FindFlow("main-menu")!.Find("menu")!.Choices.Single(c => c.Value == choiceValue);
        var client = new BotClient(_factory.CreateClient()) { Locale = locale == "es" ? "es-MX" : "en-US" };

        (await client.SayIdsAsync(locale == "es" ? "hola" : "hi")).ShouldContain("main-menu/menu");
        var replies = await client.SayAsync(choice.Label.Get(locale));
        var ids = BotClient.ContentIds(replies);

        ids.ShouldNotBeEmpty();
        ids.ShouldNotContain(id => id.StartsWith("messages/try-again", StringComparison.Ordinal) || id.StartsWith("main-menu/menu", StringComparison.Ordinal));
        ids.ShouldNotContain(id => id.StartsWith("crisis/", StringComparison.Ordinal));
    }
}
