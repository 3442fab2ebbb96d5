namespace RecoveryBot.Safety.Normalization;

/// <summary>One normalised token inside the normaliser's output buffer.</summary>
public readonly record struct TokenSpan(int Start, int Length, TokenFlags Flags);

[Flags]
public enum TokenFlags : byte
{
    None = 0,
    /// <summary>Only digits: matched by <c>#</c> in patterns ("took 40 gabapentin").</summary>
    Number = 1,
    /// <summary>A run of 3+ equal letters was shortened ("diiiie"); the vocabulary also tries the squeezed form.</summary>
    Stretched = 2,
    /// <summary>Contains '*' standing for a hidden letter ("k*ll", "s**cide").</summary>
    Masked = 4,
    /// <summary>"." (sentence end) or "," (clause break): scope limits for the context rules.</summary>
    Punctuation = 8,
    /// <summary>
    /// Inside a closed pair of quotation marks ("the chorus is 'i wanna die young'"): words someone else said or sang.
    /// An unclosed mark quotes nothing, so a stray quote can never hide the rest of a message.
    /// </summary>
    Quoted = 16,
}
