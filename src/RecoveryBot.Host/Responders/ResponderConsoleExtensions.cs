using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace RecoveryBot.Host.Responders;

/// <summary>Registration and routes of the responder console (<c>/responder</c>, issue 6).</summary>
public static class ResponderConsoleExtensions
{
    public const string BasePath = "/responder";

    /// <summary>
    /// Cookie sign-in for local accounts, Entra ID (OpenID Connect) when <c>Responders:Entra:ClientId</c> is set,
    /// the two policies, antiforgery. Needs <c>AddHandoff</c> too.
    /// </summary>
    public static IServiceCollection AddResponderConsole(this IServiceCollection services, IConfiguration configuration)
    {
        var auth = services.AddAuthentication();
        auth.AddCookie(ResponderAuth.CookieScheme, o =>
        {
            o.Cookie.Name = "rb.responder";
            o.Cookie.Path = BasePath;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = BasePath + "/sign-in";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events = new CookieAuthenticationEvents
            {
                // Pages redirect to sign-in; the live channel and fetch calls get a plain 401.
                OnRedirectToLogin = ctx =>
                {
                    if (IsApiCall(ctx.Request))
                    {
                        ctx.Response.StatusCode = StatusCodes.Status401Unauthorized;
                        return Task.CompletedTask;
                    }
                    ctx.Response.Redirect(ctx.RedirectUri);
                    return Task.CompletedTask;
                },
                OnRedirectToAccessDenied = ctx =>
                {
                    ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                },
            };
        });
        var entra = configuration.GetSection("Responders:Entra").Get<EntraOptions>() ?? new EntraOptions();
        if (entra.IsConfigured)
        {
            auth.AddOpenIdConnect(ResponderAuth.EntraScheme, o => EntraSignIn.Configure(o, entra));
        }
        services.AddSingleton(entra);

        services.AddAuthorizationBuilder()
            .AddPolicy(ResponderAuth.ResponderPolicy, p => p
                .AddAuthenticationSchemes(ResponderAuth.CookieScheme)
                .RequireAuthenticatedUser()
                .RequireRole(ResponderAuth.ResponderRoleName, ResponderAuth.SupervisorRoleName))
            .AddPolicy(ResponderAuth.SupervisorPolicy, p => p
                .AddAuthenticationSchemes(ResponderAuth.CookieScheme)
                .RequireAuthenticatedUser()
                .RequireRole(ResponderAuth.SupervisorRoleName));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "rb.responder.af";
            o.Cookie.Path = BasePath;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.FormFieldName = "__rbaf";
        });
        services.AddSingleton<ResponderPresence>();
        return services;
    }

    public static IEndpointRouteBuilder MapResponderConsole(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup(BasePath).AddEndpointFilter(SecurityHeaders.Filter);
        SignInEndpoints.Map(open);
        ConsoleAssets.MapPublic(open);

        var console = app.MapGroup(BasePath).AddEndpointFilter(SecurityHeaders.Filter)
            .RequireAuthorization(ResponderAuth.ResponderPolicy);
        ConsoleAssets.MapPrivate(console);
        QueueEndpoints.Map(console);
        ConversationEndpoints.Map(console);
        EventsEndpoint.Map(console);
        SupervisorEndpoints.Map(console.MapGroup("/supervisor").RequireAuthorization(ResponderAuth.SupervisorPolicy));
        return app;
    }

    private static bool IsApiCall(HttpRequest request) =>
        request.Path.StartsWithSegments(BasePath + "/events")
        || request.Headers.ContainsKey(ConsoleForms.FetchHeader)
        || request.Headers.Accept.ToString().Contains("text/event-stream", StringComparison.Ordinal);
}
