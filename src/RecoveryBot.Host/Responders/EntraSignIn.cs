using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using RecoveryBot.Handoff.Accounts;
using RecoveryBot.Handoff.Audit;
using RecoveryBot.Handoff.Tickets;

namespace RecoveryBot.Host.Responders;

/// <summary><c>Responders:Entra</c>: the production sign-in (Microsoft Entra ID, OpenID Connect, app roles).</summary>
public sealed class EntraOptions
{
    public string Instance { get; set; } = "https://login.microsoftonline.com/";
    public string? TenantId { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(TenantId);
}

/// <summary>
/// Authorization-code flow against the tenant; the app roles <c>Responder</c>/<c>Supervisor</c> (the token's
/// <c>roles</c> claim) become our role claims; a user with neither role is refused. The result is stored in the
/// same cookie as a local sign-in, so every route checks one scheme.
/// </summary>
public static class EntraSignIn
{
    public static void Configure(OpenIdConnectOptions o, EntraOptions entra)
    {
        o.Authority = $"{entra.Instance.TrimEnd('/')}/{entra.TenantId}/v2.0";
        o.ClientId = entra.ClientId;
        o.ClientSecret = entra.ClientSecret;
        o.ResponseType = "code";
        o.UsePkce = true;
        o.CallbackPath = ResponderConsoleExtensions.BasePath + "/signin-oidc";
        o.SignedOutCallbackPath = ResponderConsoleExtensions.BasePath + "/signout-callback-oidc";
        o.SignInScheme = ResponderAuth.CookieScheme;
        o.Scope.Clear();
        o.Scope.Add("openid");
        o.Scope.Add("profile");
        o.MapInboundClaims = false;
        o.TokenValidationParameters.NameClaimType = "name";
        o.TokenValidationParameters.RoleClaimType = "roles";
        o.Events.OnTokenValidated = async ctx =>
        {
            var principal = ctx.Principal!;
            var roles = principal.FindAll("roles").Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
            if (!roles.Contains(ResponderAuth.ResponderRoleName) && !roles.Contains(ResponderAuth.SupervisorRoleName))
            {
                ctx.Fail("The user has no RecoveryBot responder role.");
                return;
            }
            var objectId = principal.FindFirstValue("oid") ?? principal.FindFirstValue("sub")!;
            var role = roles.Contains(ResponderAuth.SupervisorRoleName) ? ResponderRole.Supervisor : ResponderRole.Responder;
            var services = ctx.HttpContext.RequestServices;
            var identity = await services.GetRequiredService<ResponderAccountStore>()
                .UpsertExternalAsync("entra-" + objectId, principal.FindFirstValue("name") ?? "Responder", role, ctx.HttpContext.RequestAborted);
            await services.GetRequiredService<HandoffAudit>().RecordAsync(identity.Id, AuditAction.SignedIn, ct: ctx.HttpContext.RequestAborted);
            ctx.Principal = ResponderAuth.ToPrincipal(identity, "entra");
        };
    }
}
