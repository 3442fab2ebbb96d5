namespace RecoveryBot.Dialogs.Directory;

/// <summary>
/// The operator's local directory, searched in memory (the engine stays pure: this is data, not I/O). Nearest
/// first by ZIP-centroid distance; filters for cost and medications for opioid use disorder (MOUD).
/// </summary>
public sealed class ServiceDirectory(IReadOnlyList<DirectoryEntry> entries, ZipTable zips, bool isSample)
{
    public static readonly ServiceDirectory Empty = new([], ZipTable.Empty, true);

    /// <summary>Services farther than this are not "near"; the national options still apply.</summary>
    public const double MaxMiles = 150;

    public IReadOnlyList<DirectoryEntry> Entries => entries;
    public ZipTable Zips => zips;
    public bool IsSample => isSample;

    /// <param name="cost">free, sliding, medicaid, or any/null for no filter.</param>
    /// <param name="moudOnly">Only services that offer MOUD.</param>
    public IReadOnlyList<DirectoryHit> Find(string zip, string? cost, bool moudOnly, int max = 3)
    {
        if (!zips.TryLocate(zip, out var origin))
        {
            return [];
        }
        var hits = new List<DirectoryHit>(max + 1);
        foreach (var entry in entries)
        {
            if (moudOnly && !entry.Moud)
            {
                continue;
            }
            if (cost is not null && cost != "any" && Array.IndexOf(entry.Cost, cost) < 0)
            {
                continue;
            }
            var miles = origin.MilesTo(entry.Location);
            if (miles > MaxMiles)
            {
                continue;
            }
            Insert(hits, new DirectoryHit(entry, miles), max);
        }
        return hits;
    }

    /// <summary>Keeps the list sorted and at most <paramref name="max"/> long (no LINQ sort per turn).</summary>
    private static void Insert(List<DirectoryHit> hits, DirectoryHit hit, int max)
    {
        var i = hits.Count;
        while (i > 0 && hits[i - 1].Miles > hit.Miles)
        {
            i--;
        }
        if (i >= max)
        {
            return;
        }
        hits.Insert(i, hit);
        if (hits.Count > max)
        {
            hits.RemoveAt(hits.Count - 1);
        }
    }
}
