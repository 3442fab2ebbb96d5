namespace RecoveryBot.Protocol.Connector.Tokens;

/// <summary>Supplies the bearer token for Connector calls (PROTOCOL §3.2); null when authentication is disabled.</summary>
public interface IConnectorTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken ct);
}

/// <summary>No app id configured: calls go without a token (local development, PROTOCOL §2.3).</summary>
internal sealed class NoConnectorTokenProvider : IConnectorTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken ct) => Task.FromResult<string?>(null);
}
