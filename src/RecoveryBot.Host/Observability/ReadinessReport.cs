using System.Text.Json.Serialization;

namespace RecoveryBot.Host.Observability;

/// <summary>The /readyz body: overall status and the checks that failed (empty when ready).</summary>
public sealed record ReadinessReport(string Status, IReadOnlyList<ReadinessFailure> Failing);

public sealed record ReadinessFailure(string Name, string? Description);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ReadinessReport))]
internal sealed partial class ObservabilityJson : JsonSerializerContext;
