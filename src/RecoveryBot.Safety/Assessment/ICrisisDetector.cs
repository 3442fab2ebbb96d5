namespace RecoveryBot.Safety.Assessment;

/// <summary>
/// Reads one inbound message (and what the conversation's recent messages showed) and says how urgent it is.
/// Pure and thread-safe: the turn pipeline calls it first, before any state is loaded (ARCHITECTURE §3).
/// </summary>
public interface ICrisisDetector
{
    CrisisAssessment Assess(string text, string? locale, RiskMemory? recent = null);
}
