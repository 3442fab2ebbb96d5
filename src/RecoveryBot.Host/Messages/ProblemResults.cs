namespace RecoveryBot.Host.Messages;

/// <summary>Short JSON errors in the Bot Framework shape <c>{"error":{"code","message"}}</c> (PROTOCOL §3.4).</summary>
public static class ProblemResults
{
    public static IResult Error(int status, string code, string message) =>
        Results.Json(new ErrorBody(new ErrorDetail(code, message)), MessagesJsonContext.Default.ErrorBody, statusCode: status);
}

public sealed record ErrorDetail(string Code, string Message);

public sealed record ErrorBody(ErrorDetail Error);
