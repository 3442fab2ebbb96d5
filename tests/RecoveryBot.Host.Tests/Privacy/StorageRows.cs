using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace RecoveryBot.Host.Tests.Privacy;

/// <summary>
/// Reads every row of every table of the schema, generically (no knowledge of our tables), and returns the rows
/// that contain a string: text columns as they are, binary columns decoded as UTF-8 (records and activities are
/// JSON bytes).
/// </summary>
public static class StorageRows
{
    public static async Task<IReadOnlyList<string>> SqliteRowsContainingAsync(string connectionString, string needle)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new SqliteCommand("SELECT name FROM sqlite_master WHERE type = 'table'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        tables.ShouldContain("records");
        var hits = new List<string>();
        foreach (var table in tables)
        {
            await using var select = new SqliteCommand($"SELECT * FROM \"{table}\"", connection);
            await using var reader = await select.ExecuteReaderAsync();
            hits.AddRange(await MatchesAsync(table, reader, needle));
        }
        return hits;
    }

    public static async Task<IReadOnlyList<string>> PostgresRowsContainingAsync(string connectionString, string schema, string needle)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = $1", connection))
        {
            list.Parameters.Add(new NpgsqlParameter { Value = schema });
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        tables.ShouldContain("records");
        var hits = new List<string>();
        foreach (var table in tables)
        {
            await using var select = new NpgsqlCommand($"SELECT * FROM \"{schema}\".\"{table}\"", connection);
            await using var reader = await select.ExecuteReaderAsync();
            hits.AddRange(await MatchesAsync(table, reader, needle));
        }
        return hits;
    }

    private static async Task<List<string>> MatchesAsync(string table, System.Data.Common.DbDataReader reader, string needle)
    {
        var hits = new List<string>();
        while (await reader.ReadAsync())
        {
            var row = new StringBuilder();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var value = reader.IsDBNull(i) ? "" : reader.GetValue(i) switch
                {
                    byte[] bytes => Encoding.UTF8.GetString(bytes),
                    var other => Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture) ?? "",
                };
                row.Append(reader.GetName(i)).Append('=').Append(value).Append(' ');
            }
            if (row.ToString().Contains(needle, StringComparison.Ordinal))
            {
                hits.Add($"{table}: {row}");
            }
        }
        return hits;
    }
}
