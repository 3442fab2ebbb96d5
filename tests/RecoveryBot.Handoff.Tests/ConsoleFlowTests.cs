using System.Net;
using RecoveryBot.Handoff.Service;
using RecoveryBot.Handoff.Tests.Support;
using RecoveryBot.Handoff.Tickets;
using RecoveryBot.Handoff.Words;
using static RecoveryBot.Handoff.Tests.Support.TestWords;

namespace RecoveryBot.Handoff.Tests;

public sealed class ConsoleFlowTests
{
    [Fact]
    public async Task SignInClaimChatNoteEnd_ThroughTheConsole()
    {
        await using var app = await ConsoleApp.StartAsync();
        await app.AddAccountAsync("alex", ResponderRole.Responder);
        var person = new PersonAddress("directline", "c1", "https://x/", "u1", "es-ES");
        await app.Handoff.RequestAsync(new HandoffRequest(new PersonAddress("directline", "c0", "https://x/", "u0", "en-US"), RiskLevel.Routine, null, []));
        app.Time.Advance(TimeSpan.FromSeconds(30));
        var ticket = await app.Handoff.RequestAsync(new HandoffRequest(person, RiskLevel.Crisis, "overdose", ["crisis/overdose"]));
        await app.Handoff.RelayFromPersonAsync("c1", "<script>alert(1)</script> I'm at 42 Elm Street");
        using var browser = app.Browser();
        await ConsoleApp.SignInAsync(browser, "alex");

        var queue = await browser.GetStringAsync("/responder");
        queue.IndexOf(ticket.Id, StringComparison.Ordinal).ShouldBeLessThan(queue.IndexOf(W(StaffWordIds.RiskRoutine), StringComparison.Ordinal));
        queue.ShouldContain("es-ES");
        queue.ShouldContain("crisis/overdose");

        var claim = await ConsoleApp.PostFormAsync(browser, $"/responder/tickets/{ticket.Id}/claim", ("__rbaf", ConsoleApp.Token(queue)));
        claim.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await browser.GetStringAsync(claim.Headers.Location!.ToString());
        page.ShouldContain("&lt;script&gt;");
        page.ShouldNotContain("<script>alert");
        page.ShouldContain("[address]");

        var token = ConsoleApp.Token(page);
        (await ConsoleApp.PostFormAsync(browser, $"/responder/tickets/{ticket.Id}/messages", ("__rbaf", token), ("text", "I'm Alex, I'm here.")))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ConsoleApp.PostFormAsync(browser, $"/responder/tickets/{ticket.Id}/notes", ("__rbaf", token), ("text", "called EMS")))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ConsoleApp.PostFormAsync(browser, $"/responder/tickets/{ticket.Id}/end", ("__rbaf", token)))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var sent = app.Person.For("c1");
        sent.Single(s => s.Kind == "message").ShouldSatisfyAllConditions(
            s => s.ResponderName.ShouldBe("ALEX"),
            s => s.Text.ShouldBe("I'm Alex, I'm here."));
        sent.ShouldNotContain(s => (s.Text ?? "").Contains("EMS"));
        sent.Last().ContentId.ShouldBe(HandoffContent.Ended);
    }

    [Fact]
    public async Task PagesAndAssets_CarrySecurityHeadersAndAccessibleMarkup()
    {
        await using var app = await ConsoleApp.StartAsync();
        using var browser = app.Browser();

        var signIn = await browser.GetAsync("/responder/sign-in");
        var html = await signIn.Content.ReadAsStringAsync();
        var css = await browser.GetAsync("/responder/assets/console.css");

        signIn.Headers.CacheControl!.NoStore.ShouldBeTrue();
        signIn.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("script-src 'self'");
        html.ShouldContain("<html lang=\"en\">");
        html.ShouldContain("<label for=\"name\">");
        html.ShouldContain("<label for=\"password\">");
        html.ShouldContain("<main id=\"main\"");
        css.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await css.Content.ReadAsStringAsync()).ShouldContain(".badge-crisis");
    }
}
