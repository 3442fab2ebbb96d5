using RecoveryBot.Handoff.Redaction;

namespace RecoveryBot.Handoff.Tests;

public sealed class RedactorTests
{
    [Theory]
    [InlineData("call me at 555-123-4567", "call me at [phone]")]
    [InlineData("my number is +1 (555) 123 4567 ok", "my number is [phone] ok")]
    [InlineData("mi móvil es 612 345 678", "mi móvil es [phone]")]
    [InlineData("UK 07700 900123", "UK [phone]")]
    [InlineData("write to dana.r+help@example.org now", "write to [email] now")]
    [InlineData("I live at 42 Elm Street, Springfield", "I live at [address], Springfield")]
    [InlineData("vivo en Calle Mayor 12, Madrid", "vivo en [address], Madrid")]
    [InlineData("my name is Dana Ruiz and I'm scared", "my name is [name] and I'm scared")]
    [InlineData("My name is dana", "My name is [name]")]
    [InlineData("hola, me llamo Lucía", "hola, me llamo [name]")]
    [InlineData("born 03/14/1990", "born [date]")]
    [InlineData("DOB 1990-03-14", "DOB [date]")]
    [InlineData("born March 14, 1990", "born [date]")]
    [InlineData("nací el 14 de marzo de 1990", "nací el [date]")]
    [InlineData("ssn 123-45-6789", "ssn [ssn]")]
    // Crisis numbers and small numbers stay: a responder must see "I called 988".
    [InlineData("I called 988 and 911 already", "I called 988 and 911 already")]
    [InlineData("I took 30 pills at 10pm", "I took 30 pills at 10pm")]
    [InlineData("", "")]
    public void Redact_ReplacesIdentifiersWithPlaceholders(string input, string expected) =>
        Redactor.Redact(input).ShouldBe(expected);

    [Fact]
    public void RedactTwice_SameResult() =>
        Redactor.Redact(Redactor.Redact("my name is Dana, 555-123-4567")).ShouldBe("my name is [name], [phone]");
}
