namespace RecoveryBot.Protocol;

/// <summary>Names of the HttpClients the protocol layer uses, so a host or a test can configure their handlers.</summary>
public static class ProtocolHttpClients
{
    /// <summary>Fetches OpenID metadata and JWKS documents (inbound authentication).</summary>
    public const string OpenIdMetadata = "RecoveryBot.Protocol.OpenIdMetadata";

    /// <summary>MSAL's client for the Entra token endpoint (outbound token).</summary>
    public const string TokenEndpoint = "RecoveryBot.Protocol.TokenEndpoint";
}
