using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using RecoveryBot.DirectLine.Conversations;
using RecoveryBot.DirectLine.Delivery;
using RecoveryBot.DirectLine.Options;
using RecoveryBot.DirectLine.Tokens;
using RecoveryBot.Protocol.Activities;

namespace RecoveryBot.DirectLine.Endpoints;

/// <summary>
/// <c>POST conversations/{id}/upload</c> (PROTOCOL §4.2): multipart with one <c>application/vnd.microsoft.activity</c>
/// part plus files. The activity is delivered with each file described by name and type only: file bytes are
/// read up to the limit and discarded, never stored — an anonymous support chat should not keep people's files.
/// </summary>
public static class UploadEndpoint
{
    private const string ActivityContentType = "application/vnd.microsoft.activity";

    public static async Task<IResult> PostAsync(string conversationId, HttpContext context, CallerAuthenticator auth,
        ConversationRateLimiter limiter, DirectLineConversations conversations, IOptions<DirectLineOptions> options)
    {
        var (caller, failure) = await auth.AuthenticateForAsync(context, conversationId);
        if (caller is null)
            return failure!;
        var max = options.Value.MaxUploadBytes;
        if (context.Request.ContentLength > max)
            return DirectLineErrors.TooLarge($"Uploads may be at most {max} bytes.");
        if (!context.Request.HasFormContentType || !(context.Request.ContentType ?? "").StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
            return DirectLineErrors.UnsupportedMediaType("Upload a multipart/form-data body with an application/vnd.microsoft.activity part.");

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            size.MaxRequestBodySize = max;
        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = max, ValueLengthLimit = options.Value.MaxActivityBytes }, context.RequestAborted);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException or IOException)
        {
            return ex is BadHttpRequestException { StatusCode: 413 } || ex.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)
                ? DirectLineErrors.TooLarge($"Uploads may be at most {max} bytes.")
                : DirectLineErrors.BadRequest("The multipart body could not be read.");
        }

        var activityPart = form.Files.FirstOrDefault(f => (f.ContentType ?? "").StartsWith(ActivityContentType, StringComparison.OrdinalIgnoreCase));
        Activity? activity;
        if (activityPart is null)
            activity = new Activity { Type = ActivityTypes.Message };
        else
        {
            if (activityPart.Length > options.Value.MaxActivityBytes)
                return DirectLineErrors.TooLarge($"An activity may be at most {options.Value.MaxActivityBytes} bytes.");
            using var buffer = new MemoryStream();
            await activityPart.CopyToAsync(buffer, context.RequestAborted);
            var (parsed, error) = InboundActivityParser.Parse(buffer.ToArray());
            if (parsed is null)
                return DirectLineErrors.BadRequest(error!);
            activity = parsed;
        }
        var files = form.Files.Where(f => !ReferenceEquals(f, activityPart)).ToList();
        activity.Attachments = [.. files.Select(f => new Attachment { ContentType = f.ContentType ?? "application/octet-stream", Name = Path.GetFileName(f.FileName) })];
        if (activity.Attachments.Count == 0)
            activity.Attachments = null;
        return await ActivityEndpoints.AcceptAsync(conversationId, activity, caller, context, limiter, conversations);
    }
}
