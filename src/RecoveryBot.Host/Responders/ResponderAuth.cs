using System.Security.Claims;
using RecoveryBot.Handoff.Tickets;

namespace RecoveryBot.Host.Responders;

/// <summary>Scheme, policy and role names of the responder console, and the principal ↔ identity mapping.</summary>
public static class ResponderAuth
{
    public const string CookieScheme = "RecoveryBot.Responder";
    public const string EntraScheme = "RecoveryBot.Responder.Entra";
    public const string ResponderPolicy = "RecoveryBot.Responder";
    public const string SupervisorPolicy = "RecoveryBot.Supervisor";

    /// <summary>App role values (Entra ID app registration) and our role claim values.</summary>
    public const string ResponderRoleName = "Responder";
    public const string SupervisorRoleName = "Supervisor";

    public static ClaimsPrincipal ToPrincipal(ResponderIdentity responder, string authenticationType)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, responder.Id),
            new(ClaimTypes.Name, responder.DisplayName),
            new(ClaimTypes.Role, ResponderRoleName),
        };
        if (responder.IsSupervisor)
        {
            claims.Add(new Claim(ClaimTypes.Role, SupervisorRoleName));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, ClaimTypes.Name, ClaimTypes.Role));
    }

    public static ResponderIdentity Identity(this ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Responder principal without id."),
        user.FindFirstValue(ClaimTypes.Name) ?? "Responder",
        user.IsInRole(SupervisorRoleName) ? ResponderRole.Supervisor : ResponderRole.Responder);
}
