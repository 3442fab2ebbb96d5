namespace RecoveryBot.Safety.Detection;

/// <summary>Why a hit's level moved; reported as cue ids ("ctx.negated") so audits can explain a verdict.</summary>
[Flags]
internal enum Modifiers : byte
{
    None = 0,
    Negated = 1,
    Historical = 2,
    Hypothetical = 4,
    ThirdPerson = 8,
    Specifics = 16,
    Joke = 32,
    Fiction = 64,
    PutOff = 128,
}

internal static class ModifierNames
{
    public static void AddTo(List<string> cues, Modifiers m)
    {
        if ((m & Modifiers.Negated) != 0) cues.Add("ctx.negated");
        if ((m & Modifiers.Historical) != 0) cues.Add("ctx.historical");
        if ((m & Modifiers.Hypothetical) != 0) cues.Add("ctx.hypothetical");
        if ((m & Modifiers.ThirdPerson) != 0) cues.Add("ctx.third_person");
        if ((m & Modifiers.Specifics) != 0) cues.Add("ctx.specifics");
        if ((m & Modifiers.Joke) != 0) cues.Add("ctx.trivial_joke");
        if ((m & Modifiers.Fiction) != 0) cues.Add("ctx.info_frame");
        if ((m & Modifiers.PutOff) != 0) cues.Add("ctx.put_off");
    }
}
