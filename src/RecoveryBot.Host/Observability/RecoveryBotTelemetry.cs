using System.Diagnostics;

namespace RecoveryBot.Host.Observability;

/// <summary>The trace source the turn pipeline starts its spans on (exported with ASP.NET Core's own spans).</summary>
public static class RecoveryBotTelemetry
{
    public const string ServiceName = "RecoveryBot";
    public const string ActivitySourceName = "RecoveryBot";

    /// <summary>Start spans here, e.g. <c>ActivitySource.StartActivity("turn")</c>; tag ids only, never text.</summary>
    public static readonly ActivitySource ActivitySource = new(ActivitySourceName);

    /// <summary>Configuration key that switches OTLP export on (the standard OpenTelemetry variable).</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";
}
