using System.Text.Json;
using RecoveryBot.Handoff.Service;

namespace RecoveryBot.Host.Responders;

/// <summary>
/// Server-Sent Events at <c>/responder/events</c>: queue changes to everyone; messages, typing and notes only to
/// the ticket's holder and supervisors. The connection also marks the responder present (see ResponderPresence).
/// </summary>
public static class EventsEndpoint
{
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    public static void Map(RouteGroupBuilder group) => group.MapGet("/events", StreamAsync);

    private static async Task StreamAsync(HttpContext context, IHandoffNotifier notifier, ResponderPresence presence, TimeProvider time)
    {
        var me = context.User.Identity();
        var ct = context.RequestAborted;
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["X-Accel-Buffering"] = "no";
        using var subscription = notifier.Subscribe();
        await presence.ConnectedAsync(me.Id, ct);
        try
        {
            await context.Response.WriteAsync("retry: 3000\n\n", ct);
            await context.Response.Body.FlushAsync(ct);
            while (!ct.IsCancellationRequested)
            {
                bool more;
                try
                {
                    more = await subscription.Reader.WaitToReadAsync(ct).AsTask().WaitAsync(Heartbeat, time, ct);
                }
                catch (TimeoutException)
                {
                    await context.Response.WriteAsync(": keep-alive\n\n", ct);
                    await context.Response.Body.FlushAsync(ct);
                    continue;
                }
                if (!more)
                {
                    break;
                }
                while (subscription.Reader.TryRead(out var e))
                {
                    if (e.IsPrivate && e.HolderId != me.Id && !me.IsSupervisor)
                    {
                        continue;
                    }
                    await context.Response.WriteAsync(Format(e, e.IsPrivate || e.HolderId == me.Id || me.IsSupervisor), ct);
                }
                await context.Response.Body.FlushAsync(ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The browser went away: normal end of a stream.
        }
        finally
        {
            await presence.DisconnectedAsync(me.Id);
        }
    }

    public static string Format(HandoffEvent e, bool withLine)
    {
        var data = JsonSerializer.Serialize(new
        {
            ticketId = e.TicketId,
            holder = e.HolderId,
            line = withLine && e.Line is { } l
                ? new { seq = l.Sequence, author = l.Author == Handoff.Tickets.TranscriptAuthor.Person ? "person" : "responder", name = l.ResponderName, text = l.Text, at = l.At, crisis = l.Crisis }
                : null,
        });
        var name = JsonNamingPolicy.CamelCase.ConvertName(e.Kind.ToString());
        return $"event: {name}\ndata: {data}\n\n";
    }
}
