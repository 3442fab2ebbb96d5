namespace RecoveryBot.Dialogs.Recognizers;

/// <summary>Levenshtein distance with a cap, for small typos ("sevral days", "espanol"). Stack only.</summary>
public static class EditDistance
{
    /// <summary>How many typos a phrase of this length tolerates: none under 5 letters, 2 from 9.</summary>
    public static int Tolerance(int length) => length < 5 ? 0 : length < 9 ? 1 : 2;

    public static bool Within(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return false;
        }
        if (a.Length > 64 || b.Length > 64)
        {
            return false;
        }
        Span<int> prev = stackalloc int[b.Length + 1];
        Span<int> cur = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                rowMin = Math.Min(rowMin, cur[j]);
            }
            if (rowMin > max)
            {
                return false;
            }
            var t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.Length] <= max;
    }
}
