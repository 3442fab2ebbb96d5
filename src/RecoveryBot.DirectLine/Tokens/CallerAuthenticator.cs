using Microsoft.AspNetCore.Http;
using RecoveryBot.DirectLine.Endpoints;

namespace RecoveryBot.DirectLine.Tokens;

/// <summary>Reads <c>Authorization: Bearer</c> (or the stream's <c>?t=</c>) and decides secret vs token (PROTOCOL §4.2/4.3).</summary>
public sealed class CallerAuthenticator(SecretVerifier secrets, DirectLineTokenService tokens)
{
    public async Task<(DirectLineCaller? Caller, IResult? Failure)> AuthenticateAsync(HttpContext context, bool allowQueryToken = false)
    {
        var presented = ReadBearer(context.Request);
        if (presented is null && allowQueryToken)
            presented = context.Request.Query["t"].ToString();
        if (string.IsNullOrEmpty(presented))
            return (null, DirectLineErrors.MissingAuth());

        if (secrets.HasSecrets && secrets.IsValid(presented))
            return (DirectLineCaller.Secret, null);

        var (check, token) = await tokens.ValidateAsync(presented);
        return check switch
        {
            TokenCheck.Valid => (new DirectLineCaller(false, token), null),
            TokenCheck.Expired => (null, DirectLineErrors.TokenExpired()),
            _ => (null, DirectLineErrors.Forbidden("The secret or token is not valid.")),
        };
    }

    public async Task<(DirectLineCaller? Caller, IResult? Failure)> AuthenticateForAsync(HttpContext context, string conversationId, bool allowQueryToken = false)
    {
        var (caller, failure) = await AuthenticateAsync(context, allowQueryToken);
        if (caller is null)
            return (null, failure);
        if (!caller.MayAccess(conversationId))
            return (null, DirectLineErrors.Forbidden("The token is not valid for this conversation."));
        return (caller, null);
    }

    private static string? ReadBearer(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string prefix = "Bearer ";
        return header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? header[prefix.Length..].Trim() : null;
    }
}
