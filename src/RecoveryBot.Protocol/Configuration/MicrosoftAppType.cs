namespace RecoveryBot.Protocol.Configuration;

/// <summary>How the bot's Entra identity is set up (PROTOCOL §3.1 <c>MicrosoftAppType</c>).</summary>
public enum MicrosoftAppType
{
    /// <summary>Existing multi-tenant registrations; tokens from the <c>botframework.com</c> tenant.</summary>
    MultiTenant,

    /// <summary>App id + secret in the bot's own tenant (<c>MicrosoftAppTenantId</c>).</summary>
    SingleTenant,

    /// <summary>User-assigned managed identity whose client id is <c>MicrosoftAppId</c>; no secret.</summary>
    UserAssignedMSI,
}
