namespace RecoveryBot.Handoff.Tickets;

/// <summary>How urgently a person needs a human (ARCHITECTURE §7). Lower value = served first.</summary>
public enum RiskLevel
{
    Crisis = 0,
    Concern = 1,
    Routine = 2,
}
