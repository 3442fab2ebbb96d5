using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RecoveryBot.Dialogs.Engine;
using RecoveryBot.Host.Privacy;
using RecoveryBot.Storage.Privacy;

namespace RecoveryBot.Host.Tests.Privacy;

/// <summary>
/// Issue 7: answers kept in the dialog state are stored redacted, like every other stored text. Today's content
/// saves only choice values and a ZIP code; this keeps a future free-text "save:" from storing raw words.
/// </summary>
public sealed class StoredAnswersTests
{
    private static readonly ITextRedactor Regex = new PersonTextRedactor(Options.Create(new PrivacyOptions()), NullLogger<PersonTextRedactor>.Instance);

    [Fact]
    public async Task NewTextAnswer_IsRedacted_ChoiceValuesAndZipStay()
    {
        var before = State(("menu", "find-help"));
        var after = State(("menu", "find-help"), ("zip", "94110"), ("note", "my name is Zebulon, call 555-867-5309"));

        var stored = await StoredAnswers.RedactNewAsync(before, after, Regex, "en-US", CancellationToken.None);

        var answers = stored.Stack[0].Answers;
        answers["note"].ShouldBe("my name is [name], call [phone]");
        answers["zip"].ShouldBe("94110");
        answers["menu"].ShouldBe("find-help");
    }

    [Fact]
    public async Task AnswersAlreadyStored_AreNotSentToTheRedactorAgain()
    {
        var counting = new CountingRedactor();
        var before = State(("note", "[phone]"));
        var after = State(("note", "[phone]"), ("cost", "no-insurance"));

        await StoredAnswers.RedactNewAsync(before, after, counting, "en-US", CancellationToken.None);

        counting.Seen.ShouldBe(["no-insurance"]);
    }

    private static DialogState State(params (string Key, string Value)[] answers) => new()
    {
        Locale = "en",
        Stack = [new DialogFrame { FlowId = "find-help", ContentVersion = "1", StepId = "zip", Answers = answers.ToDictionary(a => a.Key, a => a.Value) }],
    };

    private sealed class CountingRedactor : ITextRedactor
    {
        public List<string> Seen { get; } = [];

        public ValueTask<string> RedactAsync(string text, string? locale, CancellationToken cancellationToken = default)
        {
            Seen.Add(text);
            return ValueTask.FromResult(text);
        }
    }
}
