using System.Text.Json.Serialization;

namespace RecoveryBot.DirectLine.Endpoints;

/// <summary>Swagger <c>Conversation</c> (PROTOCOL §4.2); also the token answers (no streamUrl there).</summary>
public sealed record ConversationResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("streamUrl")] string? StreamUrl = null);

/// <summary>Answer of the anonymous widget token endpoint: shaped like tokens/generate plus the user id.</summary>
public sealed record WidgetTokenResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("userId")] string UserId);

public sealed record WidgetConfigResponse(
    [property: JsonPropertyName("directLineDomain")] string? DirectLineDomain,
    [property: JsonPropertyName("tokenUrl")] string TokenUrl,
    [property: JsonPropertyName("quickExitUrl")] string QuickExitUrl);

public sealed record ResourceIdResponse([property: JsonPropertyName("id")] string Id);

public sealed record ErrorDetail(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message);

public sealed record ErrorResponse([property: JsonPropertyName("error")] ErrorDetail Error);

/// <summary>Optional body of tokens/generate and POST conversations: <c>{"user":{"id","name"}}</c>.</summary>
public sealed record TokenParameters([property: JsonPropertyName("user")] TokenUser? User);

public sealed record TokenUser(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("name")] string? Name);

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ConversationResponse))]
[JsonSerializable(typeof(WidgetTokenResponse))]
[JsonSerializable(typeof(WidgetConfigResponse))]
[JsonSerializable(typeof(ResourceIdResponse))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(TokenParameters))]
public sealed partial class DirectLineJsonContext : JsonSerializerContext;
