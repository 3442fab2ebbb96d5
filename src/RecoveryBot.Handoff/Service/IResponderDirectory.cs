using RecoveryBot.Handoff.Tickets;

namespace RecoveryBot.Handoff.Service;

/// <summary>Who can hold a ticket: used to check a transfer's target and to list colleagues.</summary>
public interface IResponderDirectory
{
    Task<ResponderIdentity?> FindAsync(string responderId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ResponderIdentity>> ListAsync(CancellationToken cancellationToken = default);
}
