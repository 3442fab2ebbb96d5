namespace RecoveryBot.Safety.Lexicon;

/// <summary>
/// For patterns whose first word is common ("i", "have", "me") the matcher would try every occurrence of that
/// word with long gaps. Each such pattern gets an anchor: its required slot whose words are rarest across the lexicon
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
        // How many pattern slots accept each id: words used everywhere in the lexicon are common in text too.
        var uses = new int[vocabularyCount];
        foreach (var p in patterns)
        {
            foreach (var slot in p.Slots)
            {
                foreach (var id in Accepted(slot)) uses[id]++;
            }
        }
        var anchored = new bool[patterns.Count];
        var index = new List<int>[vocabularyCount];
        for (var p = 0; p < patterns.Count; p++)
        {
            // Only a required slot can anchor: a match always contains one of its words (a phrase's rarest word).
            var firstCost = Cost(patterns[p].FirstIds, uses);
            int[]? best = null;
            var bestCost = firstCost;
            foreach (var slot in patterns[p].Slots.Skip(1))
            {
                if (slot.Optional) continue;
                var ids = AnchorIds(slot, uses);
                var cost = Cost(ids, uses);
                if (cost < bestCost) (best, bestCost) = (ids, cost);
            }
            // Only worth it when the anchor is clearly rarer than the words a match starts on.
            if (best is null || bestCost * 2 > firstCost) continue;
            anchored[p] = true;
            foreach (var id in best) (index[id] ??= []).Add(p);
        }
        return new PatternAnchors(anchored, index.Select(l => l?.ToArray() ?? []).ToArray());
    }

    private static IEnumerable<int> Accepted(PatternSlot slot) => slot.Words.Concat(slot.Phrases.SelectMany(p => p));

    /// <summary>The slot's words plus, per phrase, its rarest word: one of them is in every match of the slot.</summary>
    private static int[] AnchorIds(PatternSlot slot, int[] uses) =>
        slot.Words.Concat(slot.Phrases.Select(p => p.MinBy(id => uses[id]))).Distinct().ToArray();

    private static long Cost(int[] ids, int[] uses)
    {
        long sum = 0;
        foreach (var id in ids) sum += uses[id];
        return sum;
    }
}
