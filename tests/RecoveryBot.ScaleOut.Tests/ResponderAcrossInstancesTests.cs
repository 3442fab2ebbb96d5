using System.Diagnostics;
using System.Net;
using RecoveryBot.ScaleOut.Tests.Infrastructure;
using RecoveryBot.Storage.Tests.Infrastructure;
using Xunit.Abstractions;

namespace RecoveryBot.ScaleOut.Tests;

/// <summary>
/// Issue 7 with a human in the loop: the person's socket and posts are on instance A, the responder's console is on
/// instance B. The responder's words travel B → log → LISTEN/NOTIFY → A's socket; the person's answer travels
/// A → transcript → LISTEN/NOTIFY → B's console stream. Each arrives once, in order.
/// </summary>
[Collection(ScaleOutCollection.Name)]
public sealed class ResponderAcrossInstancesTests(PostgresServer postgres, ITestOutputHelper output)
{
    private const string Responder = "sam.okafor", Display = "Sam Okafor", Password = "correct horse battery staple 7";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task PersonOnA_ResponderOnB_MessagesCrossBothWaysOnceInOrder()
    {
        var schema = PostgresServer.UniqueSchema();
        var storage = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Postgres", ["Storage__ConnectionString"] = postgres.ConnectionString, ["Storage__Schema"] = schema,
        };
        var settings = new Dictionary<string, string> { ["Handoff__CrisisClaimSeconds"] = "600" }; // no "still waiting" notice mid-test
        var a = HostProcess.StartAsync(postgres.ConnectionString, schema, settings);
        var b = HostProcess.StartAsync(postgres.ConnectionString, schema, settings);
        await using var hostA = await a;
        await using var hostB = await b;
        try
        {
            await ResponderConsoleClient.AddAccountAsync(storage, Responder, Display, Password);

            // The person, wholly on A: a crisis message, then "Talk to a person".
            await using var person = await DirectLineClient.CreateAsync(hostA.BaseUri);
            await person.ConnectAsync(hostA.BaseUri);
            await PostAndWaitAsync(person, hostA.BaseUri, "I want to kill myself", "p1", r => r.ContentId?.StartsWith("crisis", StringComparison.Ordinal) == true);
            await PostAndWaitAsync(person, hostA.BaseUri, "Talk to a person", "p2", r => r.ContentId == "messages/handoff-queued");

            // The responder, wholly on B: sign in, listen, claim.
            await using var console = await ResponderConsoleClient.SignInAsync(hostB.BaseUri, Responder, Password);
            await console.ListenAsync();
            var (ticketId, token) = await console.FirstWaitingAsync();
            using (var claim = await console.ClaimAsync(ticketId, token))
                claim.StatusCode.ShouldBe(HttpStatusCode.Redirect, "claimed");
            await person.WaitForAsync(seen => seen.Any(r => r.ContentId == "messages/handoff-responder-joined"), Wait);

            // B → A: the responder's message reaches the person's socket on A.
            const string toPerson = "Hi, I am Sam. I am here with you. Are you safe right now?";
            var clock = Stopwatch.StartNew();
            using (var sent = await console.SendAsync(ticketId, token, toPerson))
                sent.StatusCode.ShouldBe(HttpStatusCode.NoContent, "sent");
            await person.WaitForAsync(seen => seen.Any(r => r.Text == toPerson), Wait);
            var bToA = clock.Elapsed;

            // A → B: the person's answer, posted to A, reaches the console stream on B (no bot reply to it).
            const string toResponder = "I am at home, thank you for being here";
            clock.Restart();
            var answerId = await person.PostAsync(hostA.BaseUri, toResponder, "p3");
            await console.WaitForAsync(seen => seen.Any(e => IsLine(e, ticketId, "person", toResponder)), Wait);
            output.WriteLine($"responder on B -> person's socket on A {bToA.TotalMilliseconds:F0} ms (send to socket); person on A -> console on B {clock.Elapsed.TotalMilliseconds:F0} ms (post to SSE)");

            // Everything the person's socket got is the log, once and in order; the responder's words once, after "joined".
            await person.WaitForAsync(seen => seen.Any(r => r.Id == answerId), Wait);
            var log = await person.ReadLogAsync(hostB.BaseUri);
            person.All.Select(r => r.Id).ShouldBe(log.Select(r => r.Id), "the socket on A delivered the log exactly");
            log.Select(r => r.Watermark).ShouldBe(log.Select(r => r.Watermark).Order());
            var fromResponder = log.Where(r => r.Text == toPerson).ToList();
            fromResponder.Count.ShouldBe(1, "the responder's message arrives once");
            fromResponder[0].FromName.ShouldBe(Display);
            var joined = log.FindIndex(r => r.ContentId == "messages/handoff-responder-joined");
            log.IndexOf(fromResponder[0]).ShouldBeGreaterThan(joined, "after the joined notice");
            log[^1].Id.ShouldBe(answerId, "the bot stays quiet while a responder holds the chat");
            console.Seen.Count(e => IsLine(e, ticketId, "person", toResponder)).ShouldBe(1, "the console shows the person's answer once");
            console.Seen.Count(e => IsLine(e, ticketId, "responder", toPerson)).ShouldBe(1, "and its own message once");
        }
        finally
        {
            await postgres.DropSchemaAsync(schema);
        }
    }

    private static async Task PostAndWaitAsync(DirectLineClient client, Uri host, string text, string clientActivityId, Func<Received, bool> reply)
    {
        var id = await client.PostAsync(host, text, clientActivityId);
        // A reply, or a notice the turn set off (the queued notice is sent by the handoff service, not as a reply).
        await client.WaitForAsync(seen => seen.SkipWhile(r => r.Id != id).Any(reply), Wait);
    }

    private static bool IsLine(ConsoleEvent e, string ticketId, string author, string text) =>
        e.Data.GetProperty("ticketId").GetString() == ticketId
        && e.Data.TryGetProperty("line", out var line) && line.ValueKind == System.Text.Json.JsonValueKind.Object
        && line.GetProperty("author").GetString() == author && line.GetProperty("text").GetString() == text;
}
