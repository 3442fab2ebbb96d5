using System.Diagnostics.Metrics;
using RecoveryBot.Safety.Assessment;

namespace RecoveryBot.Host.Observability;

/// <summary>
/// The product metrics on-call engineers watch (issue 8), on the Meter "RecoveryBot". Tags carry ids and bounded
/// labels only, never anything a person wrote. Exported by OpenTelemetry to /metrics (Prometheus) and OTLP.
/// </summary>
public sealed class RecoveryBotMetrics
{
    public const string MeterName = "RecoveryBot";

    // Channel ids come from the wire (PROTOCOL.md §1.1); unknown ones fold into "other" so a client cannot
    // create unbounded metric series.
    private static readonly HashSet<string> KnownChannels =
        new(["msteams", "directline", "webchat", "emulator", "test"], StringComparer.Ordinal);

    private readonly Counter<long> _turns;
    private readonly Histogram<double> _turnDuration;
    private readonly Counter<long> _crisisDetections;
    private readonly Histogram<double> _handoffWait;
    private readonly Counter<long> _connectorRetries;
    private Func<long>? _queueLength;

    public RecoveryBotMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _turns = meter.CreateCounter<long>("recoverybot.turns", "{turn}", "Turns handled, by channel and outcome.");
        _turnDuration = meter.CreateHistogram<double>("recoverybot.turn.duration", "ms",
            "Time from receiving an activity to the last reply being handed off.");
        _crisisDetections = meter.CreateCounter<long>("recoverybot.crisis.detections", "{detection}",
            "Messages assessed as concern or crisis, by level and category.");
        _handoffWait = meter.CreateHistogram<double>("recoverybot.handoff.wait", "s",
            "Time a person waited from requesting a human until a responder claimed (or the request timed out).");
        _connectorRetries = meter.CreateCounter<long>("recoverybot.connector.retries", "{retry}",
            "Retried Bot Connector REST calls, by reason.");
        meter.CreateObservableGauge("recoverybot.handoff.queue.length", ObserveQueueLength, "{ticket}",
            "Handoff tickets waiting for a responder.");
    }

    /// <summary>One finished turn. <paramref name="outcome"/> is a fixed label, e.g. replied, crisis, handoff, error.</summary>
    public void RecordTurn(string channelId, string outcome, TimeSpan duration)
    {
        var channel = new KeyValuePair<string, object?>("channel", NormaliseChannel(channelId));
        _turns.Add(1, channel, new KeyValuePair<string, object?>("outcome", outcome));
        _turnDuration.Record(duration.TotalMilliseconds, channel);
    }

    /// <summary>Counts a concern or crisis; a no-risk assessment is not a detection and is ignored.</summary>
    public void RecordCrisisDetection(CrisisAssessment assessment)
    {
        if (assessment.Level == CrisisLevel.None)
        {
            return;
        }
        _crisisDetections.Add(1,
            new KeyValuePair<string, object?>("level", SnakeCase(assessment.Level.ToString())),
            new KeyValuePair<string, object?>("category", SnakeCase(assessment.Category.ToString())));
    }

    /// <summary><paramref name="outcome"/>: claimed or timed_out.</summary>
    public void RecordHandoffWait(TimeSpan wait, string outcome) =>
        _handoffWait.Record(wait.TotalSeconds, new KeyValuePair<string, object?>("outcome", outcome));

    /// <summary><paramref name="reason"/>: a bounded label such as the HTTP status (429, 503) or "timeout".</summary>
    public void RecordConnectorRetry(string reason) =>
        _connectorRetries.Add(1, new KeyValuePair<string, object?>("reason", reason));

    /// <summary>
    /// Registers the function the queue-length gauge reads at each collection (the handoff queue owns the number;
    /// the gauge only asks). A later registration replaces an earlier one.
    /// </summary>
    public void ObserveQueueLength(Func<long> queueLength) => _queueLength = queueLength;

    private IEnumerable<Measurement<long>> ObserveQueueLength()
    {
        var read = _queueLength;
        return read is null ? [] : [new Measurement<long>(read())];
    }

    private static string NormaliseChannel(string? channelId) =>
        channelId is not null && KnownChannels.Contains(channelId) ? channelId : "other";

    // Category names match ARCHITECTURE.md §6 (self_harm, harm_others…), the words dashboards use.
    private static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
