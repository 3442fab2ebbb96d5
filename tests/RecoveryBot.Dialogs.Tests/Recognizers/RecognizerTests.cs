using RecoveryBot.Dialogs.Recognizers;

namespace RecoveryBot.Dialogs.Tests.Recognizers;

public sealed class RecognizerTests
{
    private static ChoiceTable Frequency() => new(
        ["not-at-all", "several-days", "nearly-every-day"],
        [("Not at all", 0), ("Ningún día", 0), ("Several days", 1), ("Varios días", 1), ("Nearly every day", 2),
         ("sure", 2), ("not sure", 0)]);

    [Theory]
    [InlineData("Several days", 1)]
    [InlineData("  SEVERAL   days!! ", 1)]
    [InlineData("sevral days", 1)]
    [InlineData("varios dias", 1)]
    [InlineData("Ningún día", 0)]
    [InlineData("2", 1)]
    [InlineData("several-days", 1)]
    [InlineData("i'd say several days really", 1)]
    [InlineData("im not sure", 0)]
    [InlineData("banana", -1)]
    [InlineData("", -1)]
    [InlineData("7", -1)]
    public void ChoiceTable_RecognisesLabelsNumbersTyposAndBothLanguages(string input, int expected) =>
        Frequency().Match(TextNormalizer.Normalize(input)).ShouldBe(expected);

    [Fact]
    public void ChoiceTable_NegatedPhrase_IsNotAnAnswer() =>
        new ChoiceTable(["yes", "no"], [("sure", 0)]).Match(TextNormalizer.Normalize("well not sure")).ShouldBe(-1);

    [Theory]
    [InlineData("Español", "espanol")]
    [InlineData("I'm fine 🙂", "im fine")]
    [InlineData("😭😭", "")]
    [InlineData("¿Cómo se trata?", "como se trata")]
    public void Normalizer_FoldsCaseAccentsApostrophesAndEmoji(string input, string expected) =>
        TextNormalizer.Normalize(input).ShouldBe(expected);

    [Fact]
    public void Normalizer_LongText_IsNotRecognised() =>
        TextNormalizer.Normalize(new string('a', 10_000)).ShouldBe("");

    [Theory]
    [InlineData("stop", GlobalCommand.Stop)]
    [InlineData("Talk to a person", GlobalCommand.Person)]
    [InlineData("talk to a persn", GlobalCommand.Person)]
    [InlineData("ESPAÑOL", GlobalCommand.Spanish)]
    [InlineData("borrar mis datos", GlobalCommand.DeleteData)]
    [InlineData("i can't stop using", GlobalCommand.None)]
    [InlineData("cancer", GlobalCommand.None)]
    [InlineData("menus", GlobalCommand.None)]
    public void Commands_AreWholeMessagesInBothLanguages(string input, GlobalCommand expected) =>
        TestContent.Catalog.Commands.Match(TextNormalizer.Normalize(input)).ShouldBe(expected);

    [Theory]
    [InlineData("about 12 times", true, 12)]
    [InlineData("none", true, 0)]
    [InlineData("dos veces", true, 2)]
    [InlineData("lots", false, 0)]
    public void Numbers_FromDigitsOrWords(string input, bool ok, int value)
    {
        TestContent.Catalog.Numbers.TryRead(TextNormalizer.Normalize(input), out var n).ShouldBe(ok);
        n.ShouldBe(value);
    }

    [Theory]
    [InlineData("my zip is 02139", "02139")]
    [InlineData("02139-1234", "02139")]
    public void Zip_FirstFiveDigitRun(string input, string zip)
    {
        NumberRecognizer.TryReadZip(TextNormalizer.Normalize(input), out var z).ShouldBeTrue();
        z.ShouldBe(zip);
    }

    [Fact]
    public void Zip_FourDigits_IsNotAZip() =>
        NumberRecognizer.TryReadZip("0213", out _).ShouldBeFalse();
}
