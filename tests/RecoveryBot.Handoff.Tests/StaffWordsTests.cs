using RecoveryBot.Dialogs.Hosting;
using RecoveryBot.Handoff.Tests.Support;
using RecoveryBot.Handoff.Tickets;
using RecoveryBot.Handoff.Words;
using static RecoveryBot.Handoff.Tests.Support.TestWords;

namespace RecoveryBot.Handoff.Tests;

/// <summary>dialogs/staff.yaml: loaded and checked at start-up, filled by id, and what the console and Teams show.</summary>
public sealed class StaffWordsTests
{
    [Fact]
    public void RealFile_HasEveryIdTheCodeUsesWithOnlyItsPlaceholders()
    {
        var words = StaffWords.Load(StaffWordsFile.Locate(null, DialogsDirectory.Locate()));

        words.Path.ShouldEndWith(Path.Combine("dialogs", "staff.yaml"));
        StaffWordIds.All.Count.ShouldBeGreaterThan(90);
        foreach (var id in StaffWordIds.All)
        {
            var text = words.Text(id, [.. id.Placeholders.Select(p => (p, (string?)$"<{p}>"))]);
            text.ShouldNotBeNullOrWhiteSpace(id.ContentId);
            text.ShouldNotContain("{", customMessage: id.ContentId);
        }
    }

    [Fact]
    public void RealFile_HasNoStigmatisingWords()
    {
        // The person-facing check (words.yaml, CONTENT-BRIEF §4) does not read staff.yaml; staff words follow it too.
        var problems = new List<RecoveryBot.Dialogs.Loading.ContentProblem>();
        var stigma = RecoveryBot.Dialogs.Loading.ContentLoader.Read(Path.GetDirectoryName(Catalog.Path)!, problems).Stigma;
        stigma.Count.ShouldBeGreaterThan(10);
        foreach (var id in StaffWordIds.All)
        {
            var text = " " + string.Concat(W(id, [.. id.Placeholders.Select(p => (p, (string?)""))])
                .Select(c => char.IsLetter(c) ? char.ToLowerInvariant(c) : ' ')) + " ";
            foreach (var word in stigma)
            {
                text.ShouldNotContain(" " + word.Word.ToLowerInvariant() + " ", customMessage: $"{id.ContentId}: say '{word.Instead}'");
            }
        }
    }

    [Fact]
    public void Placeholders_FilledWithTheGivenValues()
    {
        using var file = TempWordsFile.Edited(y => y
            .Replace("Too many attempts. Please wait {seconds} seconds and try again.", "Wait {seconds} s, then {seconds} more.", StringComparison.Ordinal)
            .Replace("card-claimed: \"Claimed by {name} at {time}\"", "card-claimed: \"{time}: {name} (no {{ here}\"", StringComparison.Ordinal));
        var words = StaffWords.Load(file.Path);

        words.Text(StaffWordIds.TooManyAttempts, ("seconds", "30")).ShouldBe("Wait 30 s, then 30 more.");
        words.Text(StaffWordIds.CardClaimed, ("name", "{time}"), ("time", "09:05 UTC")).ShouldBe("09:05 UTC: {time} (no {{ here}");
        Catalog.Duration(TimeSpan.FromSeconds(185)).ShouldBe(W(StaffWordIds.DurationMinutes, ("minutes", "3"), ("seconds", "05")));
        Catalog.Risk(RiskLevel.Concern).ShouldBe(W(StaffWordIds.RiskConcern));
    }

    [Fact]
    public void ValueMissingInCode_Throws()
    {
        Should.Throw<InvalidOperationException>(() => W(StaffWordIds.TooManyAttempts)).Message.ShouldContain("{seconds}");
    }

    [Fact]
    public void MissingId_FailsLoadNamingTheId()
    {
        using var file = TempWordsFile.Edited(y => y.Replace("  queue-empty: \"Nobody is waiting.\"\n", "", StringComparison.Ordinal));

        var ex = Should.Throw<InvalidDataException>(() => StaffWords.Load(file.Path));

        ex.Message.ShouldContain("'queue-empty' is missing (content id staff/queue-empty");
    }

    [Fact]
    public void PlaceholderTheCodeDoesNotFill_FailsLoad()
    {
        using var file = TempWordsFile.Edited(y => y.Replace("Please wait {seconds} seconds", "Please wait {secs} seconds", StringComparison.Ordinal));

        var ex = Should.Throw<InvalidDataException>(() => StaffWords.Load(file.Path));

        ex.Message.ShouldContain("'too-many-attempts' uses {secs}, which the code does not fill (allowed: {seconds})");
    }

    [Theory]
    [InlineData("version: 1\n", "version: one\n", "'version' must be a whole number")]
    [InlineData("review: {by:", "reviewed: {by:", "'review: {by, on}' is required")]
    [InlineData("  send: \"Send\"\n", "  send: \"Send\"\n  send: \"Send it\"\n", "Duplicate key")]
    [InlineData("  send: \"Send\"\n", "  send: \"\"\n", "'send' needs a non-empty text")]
    [InlineData("words:\n", "words: [\n", "not valid YAML")]
    public void MalformedFile_FailsLoadWithFileAndProblem(string find, string replace, string problem)
    {
        using var file = TempWordsFile.Edited(y => y.Replace(find, replace, StringComparison.Ordinal));

        var ex = Should.Throw<InvalidDataException>(() => StaffWords.Load(file.Path));

        ex.Message.ShouldContain("staff.yaml");
        ex.Message.ShouldContain(problem);
    }

    [Fact]
    public void MissingFile_FailsLoad()
    {
        Should.Throw<InvalidDataException>(() => StaffWords.Load(Path.Combine(Path.GetTempPath(), "no-such-dir-rb", "staff.yaml")))
            .Message.ShouldContain("Staff words file not found");
    }

    [Fact]
    public void AddHandoff_WithAMissingId_FailsAtStartUp()
    {
        using var file = TempWordsFile.Edited(y => y.Replace("  claim-lost: \"Someone else claimed that conversation first.\"\n", "", StringComparison.Ordinal));

        var ex = Should.Throw<InvalidDataException>(() => new HandoffHarness(new() { [file.Setting.Key] = file.Setting.Value }));

        ex.Message.ShouldContain("staff/claim-lost");
    }

    [Fact]
    public async Task ConsolePage_ShowsTheWordsOfTheFile()
    {
        using var file = TempWordsFile.Edited(y => y
            .Replace("queue-empty: \"Nobody is waiting.\"", "queue-empty: \"Queue clear, test wording.\"", StringComparison.Ordinal)
            .Replace("nav-queue: \"Queue\"", "nav-queue: \"Waiting room\"", StringComparison.Ordinal));
        await using var app = await ConsoleApp.StartAsync(new() { [file.Setting.Key] = file.Setting.Value });
        await app.AddAccountAsync("alex", ResponderRole.Responder);
        using var browser = app.Browser();
        await ConsoleApp.SignInAsync(browser, "alex");

        var page = await browser.GetStringAsync("/responder");

        page.ShouldContain("<p>Queue clear, test wording.</p>");
        page.ShouldContain("<a href=\"/responder\">Waiting room</a>");
        page.ShouldNotContain("Nobody is waiting.");
    }

    [Fact]
    public async Task TeamsAlertCard_ShowsTheWordsOfTheFile()
    {
        using var file = TempWordsFile.Edited(y => y
            .Replace("card-title: \"Handoff request {ticket}\"", "card-title: \"Someone asks for a person: {ticket}\"", StringComparison.Ordinal)
            .Replace("risk-crisis: \"Crisis\"", "risk-crisis: \"Crisis (test)\"", StringComparison.Ordinal));
        using var h = new HandoffHarness(new()
        {
            ["Handoff:Teams:ChannelId"] = "19:exampleresponderschannel0123456789@thread.tacv2",
            ["Handoff:Teams:TenantId"] = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
            ["Handoff:Teams:ServiceUrl"] = "https://smba.trafficmanager.net/emea/",
            [file.Setting.Key] = file.Setting.Value,
        });

        var ticket = await h.RequestAsync(RiskLevel.Crisis);

        var card = h.Teams.Created.ShouldHaveSingleItem().Body["activity"]!["attachments"]![0]!["content"]!;
        card["body"]![0]!["text"]!.GetValue<string>().ShouldBe($"Someone asks for a person: {ticket.Id}");
        var facts = card["body"]![1]!["facts"]!.AsArray().Select(f => f!["value"]!.GetValue<string>()).ToList();
        facts.ShouldContain("Crisis (test)");
    }

    [Fact]
    public async Task DialogsCheck_StaffWordsMissingAnId_ReportsItAndExitsOne()
    {
        var dir = Directory.CreateTempSubdirectory("rb-dialogs-copy-");
        try
        {
            var source = Path.GetDirectoryName(Catalog.Path)!;
            foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(dir.FullName, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
            var staff = Path.Combine(dir.FullName, StaffWords.FileName);
            File.WriteAllText(staff, File.ReadAllText(staff).Replace("  send: \"Send\"\n", "", StringComparison.Ordinal));
            var output = new StringWriter();

            var code = await RecoveryBot.Cli.CliApp.RunAsync(["dialogs", "check", "--dialogs", dir.FullName],
                new RecoveryBot.Cli.CliConsole(new StringReader(""), output, new StringWriter()), CancellationToken.None);

            code.ShouldBe(1);
            output.ToString().ShouldContain("staff.yaml: 'send' is missing (content id staff/send");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
