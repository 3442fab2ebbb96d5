using Microsoft.AspNetCore.Antiforgery;
using RecoveryBot.Handoff.Words;

namespace RecoveryBot.Host.Responders;

/// <summary>Antiforgery on every form POST, and the answer shape for plain forms (redirect) vs. the JS client (204).</summary>
public static class ConsoleForms
{
    /// <summary>Sent by console.js on fetch calls: answer 204/401 instead of redirects.</summary>
    public const string FetchHeader = "X-RB-Fetch";

    public static async Task<bool> IsValidAsync(HttpContext context)
    {
        try
        {
            await context.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(context);
            return true;
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }

    public static IResult Rejected(HttpContext context) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: context.Word(StaffWordIds.FormExpired));

    public static void Token(HtmlWriter html, HttpContext context)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        html.Open("input", ("type", "hidden"), ("name", tokens.FormFieldName), ("value", tokens.RequestToken));
    }

    public static IResult Done(HttpContext context, string redirectTo) =>
        context.Request.Headers.ContainsKey(FetchHeader) ? Results.NoContent() : Results.Redirect(redirectTo, permanent: false, preserveMethod: false);

    public static async Task<string> FieldAsync(HttpContext context, string name)
    {
        if (!context.Request.HasFormContentType)
        {
            return string.Empty;
        }
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        return form[name].ToString();
    }
}
