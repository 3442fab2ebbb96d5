using System.Net;
using System.Net.Http.Headers;
using RecoveryBot.Handoff.Service;
using RecoveryBot.Handoff.Tests.Support;
using RecoveryBot.Handoff.Tickets;
using RecoveryBot.Handoff.Words;
using static RecoveryBot.Handoff.Tests.Support.TestWords;

namespace RecoveryBot.Handoff.Tests;

public sealed class ConsoleSecurityTests
{
    [Theory]
    [InlineData("/responder")]
    [InlineData("/responder/tickets/hf-1")]
    [InlineData("/responder/supervisor")]
    public async Task PageWithoutSession_RedirectsToSignIn(string path)
    {
        await using var app = await ConsoleApp.StartAsync();
        using var browser = app.Browser();

        var response = await browser.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/responder/sign-in");
    }

    [Fact]
    public async Task LiveChannelAndFetchCallsWithoutSession_Return401()
    {
        await using var app = await ConsoleApp.StartAsync();
        using var browser = app.Browser();

        (await browser.GetAsync("/responder/events")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var fetch = new HttpRequestMessage(HttpMethod.Post, "/responder/tickets/hf-1/messages");
        fetch.Headers.Add("X-RB-Fetch", "1");
        (await browser.SendAsync(fetch)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var script = new HttpRequestMessage(HttpMethod.Get, "/responder/assets/console.js");
        script.Headers.Add("X-RB-Fetch", "1");
        (await browser.SendAsync(script)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task BearerTokenInsteadOfSession_Refused()
    {
        await using var app = await ConsoleApp.StartAsync();
        using var browser = app.Browser();
        // A person's Direct Line token (or any bearer token) is not a responder session.
        browser.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJIUzI1NiJ9.eyJ1c2VyIjoiZGxfMSJ9.x");

        (await browser.GetAsync("/responder/events")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ResponderOnSupervisorPage_Forbidden()
    {
        await using var app = await ConsoleApp.StartAsync();
        await app.AddAccountAsync("alex", ResponderRole.Responder);
        await app.AddAccountAsync("sam", ResponderRole.Supervisor);
        using var alex = app.Browser();
        using var sam = app.Browser();
        (await ConsoleApp.SignInAsync(alex, "alex")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ConsoleApp.SignInAsync(sam, "sam")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await alex.GetAsync("/responder/supervisor")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var page = await sam.GetAsync("/responder/supervisor");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).ShouldContain(W(StaffWordIds.AuditHeading));
    }

    [Fact]
    public async Task FiveBadPasswords_AccountLockedFor15Minutes()
    {
        await using var app = await ConsoleApp.StartAsync();
        await app.AddAccountAsync("alex", ResponderRole.Responder);
        using var browser = app.Browser();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await ConsoleApp.SignInAsync(browser, "alex", "not the password")).StatusCode);
            app.Time.Advance(TimeSpan.FromMinutes(1)); // past the per-client slow-down, to reach the lockout
        }

        statuses.ShouldBe([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Locked]);
        (await ConsoleApp.SignInAsync(browser, "alex")).StatusCode.ShouldBe(HttpStatusCode.Locked);
        app.Time.Advance(TimeSpan.FromMinutes(15));
        var ok = await ConsoleApp.SignInAsync(browser, "alex");
        ok.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        ok.Headers.Location!.ToString().ShouldBe("/responder");
    }

    [Fact]
    public async Task RapidBadPasswords_SlowedWith429AndRetryAfter()
    {
        await using var app = await ConsoleApp.StartAsync();
        await app.AddAccountAsync("alex", ResponderRole.Responder);
        using var browser = app.Browser();
        for (var i = 0; i < 4; i++)
        {
            (await ConsoleApp.SignInAsync(browser, "nobody", "guess")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        var slowed = await ConsoleApp.SignInAsync(browser, "alex");

        slowed.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        slowed.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task FormPostWithoutAntiforgeryToken_Rejected()
    {
        await using var app = await ConsoleApp.StartAsync();
        await app.AddAccountAsync("alex", ResponderRole.Responder);
        var ticket = await app.Handoff.RequestAsync(new HandoffRequest(new PersonAddress("directline", "c1", "https://x/", "u1", "en-US"), RiskLevel.Crisis, null, []));
        using var browser = app.Browser();
        (await ConsoleApp.PostFormAsync(browser, "/responder/sign-in", ("name", "alex"), ("password", "correct horse battery")))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await ConsoleApp.SignInAsync(browser, "alex");

        var forged = await ConsoleApp.PostFormAsync(browser, $"/responder/tickets/{ticket.Id}/claim");
        var wrongToken = await ConsoleApp.PostFormAsync(browser, $"/responder/tickets/{ticket.Id}/claim", ("__rbaf", "CfDJ8forged"));

        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        wrongToken.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.Handoff.GetAsync(ticket.Id))!.State.ShouldBe(TicketState.Requested);
    }

    [Fact]
    public async Task OtherRespondersConversation_Forbidden()
    {
        await using var app = await ConsoleApp.StartAsync();
        await app.AddAccountAsync("alex", ResponderRole.Responder);
        await app.AddAccountAsync("blair", ResponderRole.Responder);
        var ticket = await app.Handoff.RequestAsync(new HandoffRequest(new PersonAddress("directline", "c1", "https://x/", "u1", "en-US"), RiskLevel.Crisis, null, []));
        await app.Handoff.ClaimAsync(ticket.Id, new ResponderIdentity("alex", "ALEX", ResponderRole.Responder));
        using var blair = app.Browser();
        await ConsoleApp.SignInAsync(blair, "blair");

        (await blair.GetAsync($"/responder/tickets/{ticket.Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var token = await ConsoleApp.TokenAsync(blair, "/responder");
        (await ConsoleApp.PostFormAsync(blair, $"/responder/tickets/{ticket.Id}/messages", ("__rbaf", token), ("text", "hi")))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        app.Person.For("c1").ShouldNotContain(s => s.Kind == "message");
    }
}
