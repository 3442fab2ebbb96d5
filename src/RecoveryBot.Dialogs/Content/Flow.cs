namespace RecoveryBot.Dialogs.Content;

/// <summary>Clinical sign-off of a content file (ARCHITECTURE §5).</summary>
public sealed record Review(string By, string On);

/// <summary>One flow file of dialogs/flows/: its id is the file name.</summary>
public sealed class Flow
{
    public required string Id { get; init; }
    public required string Version { get; init; }
    public required Review Review { get; init; }
    public required string Start { get; init; }
    public required IReadOnlyList<Step> Steps { get; init; }

    /// <summary>Steps other flows or the engine may enter directly (besides <see cref="Start"/>).</summary>
    public string[] Entries { get; init; } = [];

    public required string File { get; init; }

    private Dictionary<string, Step>? _byId;

    public Step? Find(string id)
    {
        _byId ??= BuildIndex();
        return _byId.GetValueOrDefault(id);
    }

    private Dictionary<string, Step> BuildIndex()
    {
        var d = new Dictionary<string, Step>(StringComparer.Ordinal);
        foreach (var s in Steps)
        {
            d.TryAdd(s.Id, s);
        }
        return d;
    }
}
