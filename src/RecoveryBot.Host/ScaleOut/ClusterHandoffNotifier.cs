using System.Globalization;
using System.Threading.Channels;
using RecoveryBot.Handoff.Service;
using RecoveryBot.Handoff.Storage;
using RecoveryBot.Storage.Coordination;

namespace RecoveryBot.Host.ScaleOut;

/// <summary>
/// Console live updates across instances (issue 7 §3): events go to this instance's consoles at once and, in
/// publish order, onto the change feed. The payload names the event kind, ticket, holder and transcript line
/// number — never the line's text: the receiving instance reads the (redacted) line from the store.
/// </summary>
public sealed partial class ClusterHandoffNotifier : IHandoffNotifier, IAsyncDisposable
{
    public const string Channel = "handoff.events";
    private readonly InProcessHandoffNotifier _local = new();
    private readonly IChangeFeed _changes;
    private readonly TranscriptStore _transcripts;
    private readonly ILogger<ClusterHandoffNotifier> _logger;
    private readonly string _instance = Guid.NewGuid().ToString("N")[..12];
    private readonly Channel<string> _outgoing = System.Threading.Channels.Channel.CreateUnbounded<string>(new() { SingleReader = true });
    private readonly ChangeSubscription _subscription;
    private readonly Task _pump;

    public ClusterHandoffNotifier(IChangeFeed changes, TranscriptStore transcripts, ILogger<ClusterHandoffNotifier> logger)
    {
        _changes = changes;
        _transcripts = transcripts;
        _logger = logger;
        _subscription = changes.Subscribe(Channel, OnRemoteAsync);
        _pump = Task.Run(PumpAsync);
    }

    public Task Ready => _subscription.Ready;

    public void Publish(HandoffEvent handoffEvent)
    {
        _local.Publish(handoffEvent);
        _outgoing.Writer.TryWrite(string.Join('|', _instance, (int)handoffEvent.Kind,
            handoffEvent.Line?.Sequence.ToString(CultureInfo.InvariantCulture) ?? "", handoffEvent.HolderId ?? "", handoffEvent.TicketId));
    }

    public HandoffSubscription Subscribe() => _local.Subscribe();

    private async Task PumpAsync()
    {
        await foreach (var payload in _outgoing.Reader.ReadAllAsync())
        {
            try
            {
                await _changes.PublishAsync(Channel, payload, CancellationToken.None);
            }
            catch (Exception ex)
            {
                // Consoles elsewhere refresh their state when they reconnect; the ticket itself is stored.
                LogPublishFailed(_logger, ex);
            }
        }
    }

    private async ValueTask OnRemoteAsync(string payload)
    {
        var parts = payload.Split('|', 5);
        if (parts.Length != 5 || parts[0] == _instance || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var kind))
            return;
        var ticketId = parts[4];
        var line = int.TryParse(parts[2], CultureInfo.InvariantCulture, out var sequence)
            ? (await _transcripts.ReadLinesAsync(ticketId)).FirstOrDefault(l => l.Sequence == sequence)
            : null;
        _local.Publish(new HandoffEvent((HandoffEventKind)kind, ticketId, parts[3].Length > 0 ? parts[3] : null, line));
    }

    public async ValueTask DisposeAsync()
    {
        _outgoing.Writer.TryComplete();
        await _pump.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await _subscription.DisposeAsync();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cross-instance handoff event not sent")]
    private static partial void LogPublishFailed(ILogger logger, Exception ex);
}
