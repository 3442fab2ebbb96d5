using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Channels;

namespace RecoveryBot.ScaleOut.Tests.Infrastructure;

/// <summary>One server-sent event of <c>/responder/events</c>: its name and JSON data.</summary>
public sealed record ConsoleEvent(string Name, JsonElement Data);

/// <summary>
/// The responder console as console.js drives it, against one instance: cookie sign-in with the antiforgery token
/// from the form, the live event stream (SSE), claim and send as form posts with the fetch header (204, no redirect).
/// </summary>
public sealed partial class ResponderConsoleClient : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly Channel<ConsoleEvent> _events = Channel.CreateUnbounded<ConsoleEvent>();
    private readonly CancellationTokenSource _stop = new();
    private Task? _reader;

    private ResponderConsoleClient(Uri host)
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        _http = new HttpClient(handler) { BaseAddress = host, Timeout = TimeSpan.FromSeconds(30) };
    }

    public List<ConsoleEvent> Seen { get; } = [];

    /// <summary>Creates a local account exactly as an operator does: <c>recoverybot responders add</c> on the shared store.</summary>
    public static async Task AddAccountAsync(IReadOnlyDictionary<string, string> storage, string name, string displayName, string password)
    {
        var cli = Path.Combine(HostProcess.RepositoryRoot(), "src/RecoveryBot.Cli/bin/Release/net10.0/recoverybot.dll");
        File.Exists(cli).ShouldBeTrue($"Build the CLI in Release first (tests/run-all.sh does): {cli}");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = HostProcess.RepositoryRoot() };
        foreach (var arg in new[] { cli, "responders", "add", "--name", name, "--display-name", displayName, "--password-stdin", "--role", "responder" }) info.ArgumentList.Add(arg);
        foreach (var (key, value) in storage) info.Environment[key] = value;
        using var process = Process.Start(info)!;
        await process.StandardInput.WriteLineAsync(password);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        process.ExitCode.ShouldBe(0, $"responders add: {await stdout}{await stderr}");
    }

    public static async Task<ResponderConsoleClient> SignInAsync(Uri host, string name, string password)
    {
        var console = new ResponderConsoleClient(host);
        var form = await console._http.GetStringAsync("/responder/sign-in");
        using var response = await console._http.PostAsync("/responder/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__rbaf"] = Antiforgery(form), ["name"] = name, ["password"] = password,
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, "signed in");
        return console;
    }

    /// <summary>Opens the live stream (as the console page does on load); events are read in the background.</summary>
    public async Task ListenAsync()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/responder/events");
        request.Headers.Accept.ParseAdd("text/event-stream");
        var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, _stop.Token);
        response.EnsureSuccessStatusCode();
        var stream = await response.Content.ReadAsStreamAsync(_stop.Token);
        _reader = Task.Run(async () =>
        {
            using var _ = response;
            using var reader = new StreamReader(stream);
            string? name = null;
            try
            {
                while (await reader.ReadLineAsync(_stop.Token) is { } line)
                {
                    if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line[7..];
                    else if (line.StartsWith("data: ", StringComparison.Ordinal) && name is not null)
                    {
                        using var data = JsonDocument.Parse(line[6..]);
                        _events.Writer.TryWrite(new ConsoleEvent(name, data.RootElement.Clone()));
                        name = null;
                    }
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException or HttpRequestException)
            {
                // stopped, or the instance went away
            }
        });
    }

    /// <summary>The first waiting ticket in the queue fragment, with a form token to act on it.</summary>
    public async Task<(string TicketId, string FormToken)> FirstWaitingAsync()
    {
        var html = await _http.GetStringAsync("/responder/queue");
        var ticket = TicketRow().Match(html);
        ticket.Success.ShouldBeTrue($"a waiting ticket in the queue: {html}");
        return (ticket.Groups[1].Value, Antiforgery(html));
    }

    public Task<HttpResponseMessage> ClaimAsync(string ticketId, string formToken) =>
        PostFormAsync($"/responder/tickets/{ticketId}/claim", formToken, []);

    public Task<HttpResponseMessage> SendAsync(string ticketId, string formToken, string text) =>
        PostFormAsync($"/responder/tickets/{ticketId}/messages", formToken, new() { ["text"] = text });

    /// <summary>Reads events until <paramref name="done"/> holds for all seen so far.</summary>
    public async Task WaitForAsync(Func<IReadOnlyList<ConsoleEvent>, bool> done, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (!done(Seen))
        {
            try
            {
                Seen.Add(await _events.Reader.ReadAsync(cts.Token));
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"console: waited {timeout} but got [{string.Join(", ", Seen.Select(e => e.Name))}]");
            }
        }
    }

    private async Task<HttpResponseMessage> PostFormAsync(string path, string formToken, Dictionary<string, string> fields)
    {
        fields["__rbaf"] = formToken;
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("X-RB-Fetch", "1");
        return await _http.SendAsync(request);
    }

    private static string Antiforgery(string html)
    {
        var match = AntiforgeryField().Match(html);
        match.Success.ShouldBeTrue("the page carries an antiforgery token");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__rbaf\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("data-ticket=\"([^\"]+)\"")]
    private static partial Regex TicketRow();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_reader is not null) await _reader.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _http.Dispose();
        _stop.Dispose();
    }
}
