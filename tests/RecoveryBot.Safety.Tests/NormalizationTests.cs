using RecoveryBot.Safety.Assessment;
using RecoveryBot.Safety.Lexicon;

namespace RecoveryBot.Safety.Tests;

/// <summary>SAFETY-NOTES §7 rule 2: the same phrase in its many spellings.</summary>
public sealed class NormalizationTests
{
    [Theory]
    [InlineData("Don’t", "dont")]
    [InlineData("I'M", "im")]
    [InlineData("k1ll mys3lf", "kill myself")]
    [InlineData("Quítarme la VIDA", "quitarme la vida")]
    [InlineData("took 800mg", "took # mg")]
    [InlineData("took 2", "took #few")]
    [InlineData("diiiiie", "diie")]
    [InlineData("wait... what?!", "wait . what .")]
    [InlineData("hi, there", "hi , there")]
    public void Normalize_ProducesExpectedTokens(string text, string expected) =>
        string.Join(' ', Tokens(text)).ShouldBe(expected);

    [Fact]
    public void Emoji_BecomeWordTokens() => string.Join(' ', Tokens("took 💊💊")).ShouldBe("took pills pills");

    [Theory]
    [InlineData("i want to k*ll myself")]
    [InlineData("i wnat to die")]
    [InlineData("i want to diiiiie")]
    [InlineData("im going to commit suicde")]
    [InlineData("I WANT TO DIE")]
    [InlineData("i want to kill myslef")]
    public void Spellings_StillDetected(string text) =>
        RepoPaths.Detector.Assess(text, null).Level.ShouldBe(CrisisLevel.Crisis);

    [Theory]
    // Quoted words are marked with brackets here: a closed pair of quotation marks, straight or curly, or single quotes
    // at a word's edge. Apostrophes inside words are not quotes, and a mark never closed quotes nothing.
    [InlineData("the chorus is 'i wanna die young' lol", "the chorus is [i] [wanna] [die] [young] lol")]
    [InlineData("she sang \"me quiero morir\" again", "she sang [me] [quiero] [morir] again")]
    [InlineData("he said “i'm done” and left", "he said [im] [done] and left")]
    [InlineData("what does 'kms' mean?", "what does [kms] mean .")]
    [InlineData("i'm sure it's fine, don't worry", "im sure its fine , dont worry")]
    [InlineData("she said \"i want to die and left", "she said i want to die and left")]
    [InlineData("i said 'no and then i left", "i said no and then i left")]
    public void QuotedWords_AreFlagged(string text, string expected) =>
        string.Join(' ', Tokens(text, markQuoted: true)).ShouldBe(expected);

    private static IEnumerable<string> Tokens(string text, bool markQuoted = false)
    {
        var normalizer = RepoPaths.Detector.Lexicon.Normalizer;
        var buffer = new char[RecoveryBot.Safety.Normalization.TextNormalizer.BufferSizeFor(text.Length)];
        var tokens = new RecoveryBot.Safety.Normalization.TokenSpan[64];
        var n = normalizer.Normalize(text, buffer, tokens);
        for (var i = 0; i < n; i++)
        {
            var t = tokens[i];
            var s = new string(buffer, t.Start, t.Length);
            var word = (t.Flags & RecoveryBot.Safety.Normalization.TokenFlags.Number) != 0
                ? (s.Length == 1 && s[0] <= '4' ? "#few" : "#") : s;
            var quoted = (t.Flags & RecoveryBot.Safety.Normalization.TokenFlags.Quoted) != 0;
            yield return markQuoted && quoted ? $"[{word}]" : word;
        }
    }
}
