namespace RecoveryBot.Handoff.Tickets;

public enum ResponderRole
{
    Responder,
    Supervisor,
}

/// <summary>The signed-in responder acting (console cookie, Entra ID, or the Teams channel member).</summary>
public sealed record ResponderIdentity(string Id, string DisplayName, ResponderRole Role)
{
    public bool IsSupervisor => Role == ResponderRole.Supervisor;
}
