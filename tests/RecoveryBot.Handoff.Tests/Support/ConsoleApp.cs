using RecoveryBot.Dialogs.Hosting;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using RecoveryBot.Handoff.Accounts;
using RecoveryBot.Handoff.Service;
using RecoveryBot.Handoff.Tickets;
using RecoveryBot.Host.Responders;
using RecoveryBot.Storage.Records;

namespace RecoveryBot.Handoff.Tests.Support;

/// <summary>
/// A minimal host composed with the same two calls the real one uses (AddHandoff + AddResponderConsole,
/// MapResponderConsole) on an in-memory TestServer; each browser is an HttpClient with its own cookie jar.
/// </summary>
public sealed partial class ConsoleApp : IAsyncDisposable
{
    private readonly WebApplication app;

    private ConsoleApp(WebApplication app, FakeTimeProvider time, InMemoryRecordStore store, RecordingPersonChannel person)
    {
        this.app = app;
        Time = time;
        Store = store;
        Person = person;
    }

    public FakeTimeProvider Time { get; }
    public InMemoryRecordStore Store { get; }
    public RecordingPersonChannel Person { get; }
    public HandoffService Handoff => app.Services.GetRequiredService<HandoffService>();

    public static async Task<ConsoleApp> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var store = new InMemoryRecordStore();
        var person = new RecordingPersonChannel();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSingleton<IRecordStore>(store);
        builder.Services.AddSingleton<IPersonChannel>(person);
        builder.Services.AddHandoff(builder.Configuration, DialogsDirectory.Locate());
        builder.Services.AddResponderConsole(builder.Configuration);
        var app = builder.Build();
        app.MapResponderConsole();
        await app.StartAsync();
        return new ConsoleApp(app, time, store, person);
    }

    public HttpClient Browser()
    {
        var handler = new CookieJar(new CookieContainer()) { InnerHandler = app.GetTestServer().CreateHandler() };
        return new HttpClient(handler) { BaseAddress = new Uri("http://localhost") };
    }

    public async Task AddAccountAsync(string name, ResponderRole role) =>
        await app.Services.GetRequiredService<ResponderAccountStore>().AddLocalAsync(name, name.ToUpperInvariant(), "correct horse battery", role);

    public static async Task<string> TokenAsync(HttpClient browser, string path)
    {
        var page = await browser.GetStringAsync(path);
        return Token(page);
    }

    public static string Token(string page) => AntiforgeryField().Match(page).Groups[1].Value;

    public static Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string path, params (string Key, string Value)[] fields) =>
        browser.PostAsync(path, new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))));

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string name, string password = "correct horse battery")
    {
        var token = await TokenAsync(browser, "/responder/sign-in");
        return await PostFormAsync(browser, "/responder/sign-in", ("__rbaf", token), ("name", name), ("password", password));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    [GeneratedRegex("name=\"__rbaf\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    /// <summary>A browser's cookie jar; redirects are not followed so tests see 302s.</summary>
    private sealed class CookieJar(CookieContainer cookies) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var header = cookies.GetCookieHeader(request.RequestUri!);
            if (header.Length > 0)
            {
                request.Headers.Add("Cookie", header);
            }
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            {
                foreach (var c in setCookies)
                {
                    cookies.SetCookies(request.RequestUri!, c);
                }
            }
            return response;
        }
    }
}
