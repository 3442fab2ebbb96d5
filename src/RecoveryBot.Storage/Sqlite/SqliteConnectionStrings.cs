using Microsoft.Data.Sqlite;

namespace RecoveryBot.Storage.Sqlite;

/// <summary>Turns the configured connection string into the one we open (issue 2 §7).</summary>
public static class SqliteConnectionStrings
{
    public const string Default = "Data Source=data/recoverybot.db";

    /// <summary>
    /// A relative file path is resolved against <paramref name="baseDirectory"/> (the content root), so the database
    /// does not move with the working directory; its folder is created.
    /// </summary>
    public static string Resolve(string? configured, string baseDirectory)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? Default : configured);
        var path = builder.DataSource;
        var inMemory = builder.Mode == SqliteOpenMode.Memory || path.Length == 0 || path == ":memory:";
        if (!inMemory && !path.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            var full = Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(baseDirectory, path));
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            builder.DataSource = full;
        }
        return builder.ToString();
    }
}
