using RecoveryBot.Handoff.Service;
using RecoveryBot.Handoff.Tickets;
using RecoveryBot.Handoff.Words;

namespace RecoveryBot.Host.Responders;

/// <summary>One conversation: redacted transcript, live chat, typing, private notes, transfer, end.</summary>
public static class ConversationEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/tickets/{id}", async (string id, HttpContext context, HandoffService handoff, IResponderDirectory directory, TimeProvider time) =>
        {
            var me = context.User.Identity();
            var ticket = await handoff.GetAsync(id, context.RequestAborted);
            if (ticket is null)
            {
                return Results.NotFound();
            }
            var view = await handoff.ReadConversationAsync(id, me, context.RequestAborted);
            if (view is null)
            {
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }
            var colleagues = (await directory.ListAsync(context.RequestAborted)).Where(r => r.Id != ticket.ClaimedBy).ToList();
            return ConsoleLayout.Page(context, context.Word(StaffWordIds.ConversationTitle, ("ticket", ticket.Id)), me,
                html => ConversationView.Write(html, context, ticket, view.Value.Lines, view.Value.Notes, colleagues, me, time.GetUtcNow()));
        });

        group.MapPost("/tickets/{id}/messages", (string id, HttpContext context, HandoffService handoff) =>
            Act(id, context, async (me, ct) => await handoff.SendFromResponderAsync(id, me, await ConsoleForms.FieldAsync(context, "text"), ct)));
        group.MapPost("/tickets/{id}/typing", (string id, HttpContext context, HandoffService handoff) =>
            Act(id, context, (me, ct) => handoff.ResponderTypingAsync(id, me, ct)));
        group.MapPost("/tickets/{id}/notes", (string id, HttpContext context, HandoffService handoff) =>
            Act(id, context, async (me, ct) => await handoff.AddNoteAsync(id, me, await ConsoleForms.FieldAsync(context, "text"), ct)));
        group.MapPost("/tickets/{id}/transfer", (string id, HttpContext context, HandoffService handoff) =>
            Act(id, context, async (me, ct) => await handoff.TransferAsync(id, me, await ConsoleForms.FieldAsync(context, "to"), ct), "/responder"));
        group.MapPost("/tickets/{id}/end", (string id, HttpContext context, HandoffService handoff) =>
            Act(id, context, (me, ct) => handoff.EndAsync(id, me, ct), "/responder"));
    }

    private static async Task<IResult> Act(string id, HttpContext context, Func<ResponderIdentity, CancellationToken, Task<HandoffResult>> action, string? after = null)
    {
        if (!await ConsoleForms.IsValidAsync(context))
        {
            return ConsoleForms.Rejected(context);
        }
        var result = await action(context.User.Identity(), context.RequestAborted);
        return result.Outcome switch
        {
            HandoffOutcome.Ok => ConsoleForms.Done(context, after ?? $"/responder/tickets/{Uri.EscapeDataString(id)}"),
            HandoffOutcome.NotFound => Results.NotFound(),
            HandoffOutcome.NotHolder => Results.StatusCode(StatusCodes.Status403Forbidden),
            HandoffOutcome.UnknownResponder => Results.Problem(statusCode: 400, title: context.Word(StaffWordIds.ChooseColleague)),
            _ => Results.Problem(statusCode: 409, title: context.Word(StaffWordIds.ActionRefused)),
        };
    }
}
