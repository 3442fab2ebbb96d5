using System.Globalization;
using System.Text;
using RecoveryBot.DirectLine.Delivery;
using RecoveryBot.Storage.Coordination;

namespace RecoveryBot.Host.ScaleOut;

/// <summary>
/// Direct Line signals across instances (issue 7 §3): sockets held here are woken in-process at once, and the
/// signal also goes out on the PostgreSQL change feed (one channel for every conversation, so no LISTEN per
/// socket) to wake sockets held by other instances. Payloads carry ids, a watermark and at most a typing
/// activity (no text). A signal lost while the listener reconnects only delays a socket: listeners re-read the
/// log after their watermark on the next signal, and clients replay from their watermark when they reconnect.
/// </summary>
public sealed partial class ClusterConversationFeed : IConversationFeed, IAsyncDisposable
{
    public const string Channel = "directline.signals";
    private readonly InMemoryConversationFeed _local = new();
    private readonly IChangeFeed _changes;
    private readonly ILogger<ClusterConversationFeed> _logger;
    private readonly string _instance = Guid.NewGuid().ToString("N")[..12];
    private readonly ChangeSubscription _subscription;

    public ClusterConversationFeed(IChangeFeed changes, ILogger<ClusterConversationFeed> logger)
    {
        _changes = changes;
        _logger = logger;
        _subscription = changes.Subscribe(Channel, OnRemoteAsync);
    }

    /// <summary>Completes once signals of other instances reach this one.</summary>
    public Task Ready => _subscription.Ready;

    public async ValueTask PublishAsync(ConversationSignal signal, CancellationToken cancellationToken = default)
    {
        await _local.PublishAsync(signal, cancellationToken);
        try
        {
            await _changes.PublishAsync(Channel, Encode(signal), CancellationToken.None);
        }
        catch (Exception ex)
        {
            LogPublishFailed(_logger, ex, signal.ConversationId, signal.Watermark);
        }
    }

    public IDisposable Subscribe(string conversationId, Action<ConversationSignal> onSignal) => _local.Subscribe(conversationId, onSignal);

    /// <summary><c>instance|watermark|typing-base64|conversationId</c>; the typing part is dropped if it would not fit.</summary>
    internal string Encode(ConversationSignal signal)
    {
        var typing = signal.Ephemeral is { } bytes ? Convert.ToBase64String(bytes) : "";
        var payload = string.Create(CultureInfo.InvariantCulture, $"{_instance}|{signal.Watermark}|{typing}|{signal.ConversationId}");
        return Encoding.UTF8.GetByteCount(payload) <= 7900 ? payload
            : string.Create(CultureInfo.InvariantCulture, $"{_instance}|{Math.Max(signal.Watermark, 0)}||{signal.ConversationId}");
    }

    private async ValueTask OnRemoteAsync(string payload)
    {
        var parts = payload.Split('|', 4);
        if (parts.Length != 4 || parts[0] == _instance || !long.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var watermark))
            return;
        var ephemeral = parts[2].Length > 0 ? Convert.FromBase64String(parts[2]) : null;
        await _local.PublishAsync(new ConversationSignal(parts[3], watermark, ephemeral));
    }

    public ValueTask DisposeAsync() => _subscription.DisposeAsync();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cross-instance signal for {ConversationId} (watermark {Watermark}) not sent; remote sockets catch up on the next one")]
    private static partial void LogPublishFailed(ILogger logger, Exception ex, string conversationId, long watermark);
}
