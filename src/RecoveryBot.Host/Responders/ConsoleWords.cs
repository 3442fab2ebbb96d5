using RecoveryBot.Handoff.Words;

namespace RecoveryBot.Host.Responders;

/// <summary>The console's words (dialogs/staff.yaml, loaded by AddHandoff) for the request being rendered.</summary>
public static class ConsoleWords
{
    public static StaffWords Words(this HttpContext context) => context.RequestServices.GetRequiredService<StaffWords>();

    public static string Word(this HttpContext context, StaffWordId id, params (string Name, string? Value)[] values) =>
        context.Words().Text(id, values);
}
