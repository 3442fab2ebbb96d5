using System.Globalization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using RecoveryBot.Host.Responders;
using RecoveryBot.Host.Turns;
using RecoveryBot.Storage.Insights;

namespace RecoveryBot.Host.Insights;

/// <summary>
/// The programme dashboard (issue 8) at <c>/responder/insights</c>, supervisors only, inside the responder console's
/// cookie, headers and CSP; and the recorder that feeds it from every turn.
/// </summary>
public static class InsightsEndpoints
{
    public const string BasePath = ResponderConsoleExtensions.BasePath + "/insights";

    // Only these files, from wwwroot/responder (ours) and wwwroot/lib/chartjs (ChartJsBundle.targets).
    private static readonly Dictionary<string, (string Path, string ContentType)> Assets = new(StringComparer.Ordinal)
    {
        ["insights.js"] = ("responder/insights.js", "text/javascript; charset=utf-8"),
        ["insights.css"] = ("responder/insights.css", "text/css; charset=utf-8"),
        ["chart.umd.min.js"] = ("lib/chartjs/chart.umd.min.js", "text/javascript; charset=utf-8"),
    };

    /// <summary>Counters, queries and the turn effect handler that records programme statistics.</summary>
    public static IServiceCollection AddProgrammeInsights(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DailyCounters>();
        services.TryAddSingleton<ScoreBands>();
        services.TryAddSingleton<HandoffOutcomes>();
        services.TryAddSingleton<InsightsQuery>();
        services.TryAddSingleton<InsightsBuffer>();
        services.AddHostedService<InsightsFlusher>();
        services.TryAddSingleton<InsightsRecorder>();
        services.AddSingleton<ITurnEffectHandler>(sp => sp.GetRequiredService<InsightsRecorder>());
        return services;
    }

    public static IEndpointRouteBuilder MapProgrammeInsights(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(BasePath).AddEndpointFilter(SecurityHeaders.Filter).RequireAuthorization(ResponderAuth.SupervisorPolicy);
        group.MapGet("/", PageAsync);
        group.MapGet("/export.csv", CsvAsync);
        group.MapGet("/assets/{name}", (string name, IWebHostEnvironment env) => Asset(env, name));
        return app;
    }

    private static async Task<IResult> PageAsync(HttpContext context, InsightsQuery query, TimeProvider clock)
    {
        var range = DateRange.Parse(context.Request.Query["from"], context.Request.Query["to"], clock.GetUtcNow());
        var me = context.User.Identity();
        if (range.Error is not null)
        {
            return ConsoleLayout.Page(context, "Programme insights", me,
                html => InsightsPage.Write(html, context, null, range.FromText, range.ToText, range.Error), StatusCodes.Status400BadRequest);
        }
        var report = await query.RunAsync(range.From, range.To, context.RequestAborted);
        return ConsoleLayout.Page(context, "Programme insights", me,
            html => InsightsPage.Write(html, context, report, range.FromText, range.ToText, null));
    }

    private static async Task<IResult> CsvAsync(HttpContext context, InsightsQuery query, TimeProvider clock)
    {
        var range = DateRange.Parse(context.Request.Query["from"], context.Request.Query["to"], clock.GetUtcNow());
        if (range.Error is not null)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: range.Error);
        }
        var report = await query.RunAsync(range.From, range.To, context.RequestAborted);
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{InsightsCsv.FileName(report)}\"";
        return Results.Text(InsightsCsv.Write(report), "text/csv; charset=utf-8");
    }

    private static IResult Asset(IWebHostEnvironment env, string name)
    {
        if (!Assets.TryGetValue(name, out var asset))
        {
            return Results.NotFound();
        }
        var file = env.WebRootFileProvider.GetFileInfo(asset.Path);
        if (!file.Exists)
        {
            file = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "wwwroot")).GetFileInfo(asset.Path);
        }
        return file.Exists ? Results.Stream(file.CreateReadStream(), asset.ContentType) : Results.NotFound();
    }
}

/// <summary>The dashboard's date range: UTC days, both ends included; by default the 30 days up to today.</summary>
public sealed record DateRange(DateOnly From, DateOnly To, string FromText, string ToText, string? Error)
{
    public static DateRange Parse(string? from, string? to, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var toDay = today;
        var fromDay = today.AddDays(-29);
        if (!string.IsNullOrEmpty(to) && !TryDay(to, out toDay))
        {
            return Invalid(from, to, "The end date must be a date such as 2026-03-31.");
        }
        if (string.IsNullOrEmpty(from))
        {
            fromDay = toDay.AddDays(-29);
        }
        else if (!TryDay(from, out fromDay))
        {
            return Invalid(from, to, "The start date must be a date such as 2026-03-01.");
        }
        if (fromDay > toDay)
        {
            return Invalid(from, to, "The start date must be on or before the end date.");
        }
        if (toDay.DayNumber - fromDay.DayNumber + 1 > InsightsQuery.MaxDays)
        {
            return Invalid(from, to, $"Choose at most {InsightsQuery.MaxDays} days.");
        }
        return new DateRange(fromDay, toDay, InsightsPage.Iso(fromDay), InsightsPage.Iso(toDay), null);
    }

    private static bool TryDay(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    // The form shows what was typed back only when it is a well-formed date (the input is type=date anyway).
    private static DateRange Invalid(string? from, string? to, string error) =>
        new(default, default, TryDay(from ?? "", out var f) ? InsightsPage.Iso(f) : "", TryDay(to ?? "", out var t) ? InsightsPage.Iso(t) : "", error);
}
