using System.Text.Json;
using Microsoft.Data.Sqlite;
using RecoveryBot.Host.Conversations;

namespace RecoveryBot.Host.Tests.Faults;

/// <summary>Reads a host's SQLite file directly (after the host is gone): integrity and conversation records.</summary>
public static class SqliteInspection
{
    public static string IntegrityCheck(string databasePath)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    /// <summary>The database's size in pages (committed, including what is still in the WAL).</summary>
    public static long PageCount(string databasePath)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA page_count;";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static ConversationRecord? Conversation(string databasePath, string channelId, string conversationId)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT data FROM records WHERE key = $key;";
        command.Parameters.AddWithValue("$key", ConversationRecord.KeyFor(channelId, conversationId));
        return command.ExecuteScalar() is byte[] data
            ? JsonSerializer.Deserialize(data, HostJsonContext.Default.ConversationRecord)
            : null;
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
