using Microsoft.AspNetCore.Authentication;
using RecoveryBot.Handoff.Accounts;
using RecoveryBot.Handoff.Audit;
using RecoveryBot.Handoff.Words;

namespace RecoveryBot.Host.Responders;

/// <summary>Sign-in (local accounts: lockout + throttle; Entra ID when configured) and sign-out.</summary>
public static class SignInEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/sign-in", (HttpContext context, EntraOptions entra) => Form(context, entra, null, 200));
        group.MapPost("/sign-in", SignInAsync);
        group.MapGet("/sign-in/entra", (EntraOptions entra) => entra.IsConfigured
            ? Results.Challenge(new AuthenticationProperties { RedirectUri = ResponderConsoleExtensions.BasePath }, [ResponderAuth.EntraScheme])
            : Results.NotFound());
        group.MapPost("/sign-out", SignOutAsync).RequireAuthorization(ResponderAuth.ResponderPolicy);
    }

    private static async Task<IResult> SignInAsync(HttpContext context, ResponderAccountStore accounts, SignInThrottle throttle,
        HandoffAudit audit, EntraOptions entra)
    {
        if (!await ConsoleForms.IsValidAsync(context))
        {
            return ConsoleForms.Rejected(context);
        }
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var wait = throttle.RetryAfter(client);
        if (wait > TimeSpan.Zero)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var seconds = Math.Ceiling(wait.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Form(context, entra, context.Word(StaffWordIds.TooManyAttempts, ("seconds", seconds)), StatusCodes.Status429TooManyRequests);
        }
        var name = await ConsoleForms.FieldAsync(context, "name");
        var password = await ConsoleForms.FieldAsync(context, "password");
        var result = await accounts.SignInAsync(name, password, context.RequestAborted);
        var actor = ResponderAccountStore.NormalizeName(name) is { Length: > 0 and <= 64 } id && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '@') ? id : "unknown";
        switch (result.Status)
        {
            case SignInStatus.Success:
                throttle.RecordSuccess(client);
                await audit.RecordAsync(result.Responder!.Id, AuditAction.SignedIn, ct: context.RequestAborted);
                await context.SignInAsync(ResponderAuth.CookieScheme, ResponderAuth.ToPrincipal(result.Responder, "local"));
                return Results.Redirect(ResponderConsoleExtensions.BasePath);
            case SignInStatus.LockedOut:
                throttle.RecordFailure(client);
                await audit.RecordAsync(actor, AuditAction.LockedOut, ct: context.RequestAborted);
                return Form(context, entra, context.Word(StaffWordIds.LockedOut), StatusCodes.Status423Locked);
            default:
                throttle.RecordFailure(client);
                await audit.RecordAsync(actor, AuditAction.SignInFailed, ct: context.RequestAborted);
                return Form(context, entra, context.Word(StaffWordIds.SignInFailed), StatusCodes.Status401Unauthorized);
        }
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, HandoffAudit audit)
    {
        if (!await ConsoleForms.IsValidAsync(context))
        {
            return ConsoleForms.Rejected(context);
        }
        await audit.RecordAsync(context.User.Identity().Id, AuditAction.SignedOut, ct: context.RequestAborted);
        await context.SignOutAsync(ResponderAuth.CookieScheme);
        return Results.Redirect(ResponderConsoleExtensions.BasePath + "/sign-in");
    }

    private static IResult Form(HttpContext context, EntraOptions entra, string? error, int status) =>
        ConsoleLayout.Page(context, context.Word(StaffWordIds.SignInTitle), null, html =>
        {
            if (error is not null)
            {
                html.Element("p", error, ("class", "error"), ("role", "alert"));
            }
            html.Open("form", ("method", "post"), ("action", "/responder/sign-in"), ("class", "stack"));
            ConsoleForms.Token(html, context);
            html.Element("label", context.Word(StaffWordIds.SignInName), ("for", "name"))
                .Raw("<input id=\"name\" name=\"name\" autocomplete=\"username\" required autofocus>")
                .Element("label", context.Word(StaffWordIds.SignInPassword), ("for", "password"))
                .Raw("<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>")
                .Element("button", context.Word(StaffWordIds.SignInButton), ("type", "submit")).Raw("</form>");
            if (entra.IsConfigured)
            {
                html.Raw("<p>").Element("a", context.Word(StaffWordIds.SignInEntra), ("class", "button"), ("href", "/responder/sign-in/entra")).Raw("</p>");
            }
        }, status);
}
