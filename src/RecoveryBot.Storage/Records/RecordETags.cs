namespace RecoveryBot.Storage.Records;

/// <summary>Special values a caller may pass as the expected ETag of <see cref="IRecordStore.WriteAsync"/>.</summary>
public static class RecordETags
{
    /// <summary>"Write whatever is there" (last writer wins), as Bot Framework storage uses "*". Use sparingly:
    /// state that a turn read must be written back with the ETag it read, or updates get lost.</summary>
    public const string Any = "*";

    /// <summary>A fresh opaque tag; random, so a record deleted and created again never repeats an old tag.</summary>
    internal static string New() => Guid.NewGuid().ToString("N");
}
