namespace RecoveryBot.Safety.Lexicon;

/// <summary>
/// For patterns whose first word is common ("i", "have", "me") the matcher would try every occurrence of that
/// word with long gaps. Each such pattern gets an anchor: its element whose words are rarest across the lexicon
/// (a proxy for rarity in messages). A pattern can only match if its anchor word occurs somewhere in the message,
/// so the matcher first marks the patterns whose anchor is present and skips the rest. Results are unchanged.
/// </summary>
public sealed class PatternAnchors
{
    private PatternAnchors(bool[] anchored, int[][] byAnchorId)
    {
        Anchored = anchored;
        ByAnchorId = byAnchorId;
    }

    /// <summary>Pattern index → true when the pattern is only tried if its anchor word was seen.</summary>
    public bool[] Anchored { get; }

    /// <summary>Token id → anchored patterns whose anchor element accepts that id.</summary>
    public int[][] ByAnchorId { get; }

    public static PatternAnchors Build(IReadOnlyList<CompiledPattern> patterns, int vocabularyCount)
    {
        // How many pattern elements accept each id: words used everywhere in the lexicon are common in text too.
        var uses = new int[vocabularyCount];
        foreach (var p in patterns)
        {
            foreach (var element in p.Elements)
            {
                foreach (var id in element) uses[id]++;
            }
        }
        var anchored = new bool[patterns.Count];
        var index = new List<int>[vocabularyCount];
        for (var p = 0; p < patterns.Count; p++)
        {
            var elements = patterns[p].Elements;
            var best = 0;
            var bestCost = Cost(elements[0], uses);
            for (var e = 1; e < elements.Length; e++)
            {
                var cost = Cost(elements[e], uses);
                if (cost < bestCost) (best, bestCost) = (e, cost);
            }
            // Only worth it when the anchor is clearly rarer than the first word.
            if (best == 0 || bestCost * 2 > Cost(elements[0], uses)) continue;
            anchored[p] = true;
            foreach (var id in elements[best]) (index[id] ??= []).Add(p);
        }
        return new PatternAnchors(anchored, index.Select(l => l?.ToArray() ?? []).ToArray());
    }

    private static long Cost(int[] element, int[] uses)
    {
        long sum = 0;
        foreach (var id in element) sum += uses[id];
        return sum;
    }
}
