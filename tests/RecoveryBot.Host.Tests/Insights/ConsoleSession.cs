using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using RecoveryBot.Handoff.Accounts;
using RecoveryBot.Handoff.Tickets;
using RecoveryBot.Host.Tests.Infrastructure;

namespace RecoveryBot.Host.Tests.Insights;

/// <summary>A browser-like client of the responder console: an account, the sign-in form (antiforgery), cookies.</summary>
public static partial class ConsoleSession
{
    public const string Password = "correct horse battery";

    public static async Task<HttpClient> SignedInAsync(HostFactory factory, string name, ResponderRole role)
    {
        var accounts = factory.Services.GetRequiredService<ResponderAccountStore>();
        (await accounts.AddLocalAsync(name, null, Password, role)).ShouldBe(AddAccountStatus.Created);
        var http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await http.GetStringAsync("/responder/sign-in");
        var token = Token().Match(form).Groups[1].Value;
        using var response = await http.PostAsync("/responder/sign-in", new FormUrlEncodedContent(
            [new("__rbaf", WebUtility.HtmlDecode(token)), new("name", name), new("password", Password)]));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return http;
    }

    [GeneratedRegex("name=\"__rbaf\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
