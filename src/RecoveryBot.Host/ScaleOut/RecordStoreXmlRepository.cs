using System.Text.Json;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using RecoveryBot.Storage.Records;

namespace RecoveryBot.Host.ScaleOut;

/// <summary>
/// ASP.NET data-protection keys in the shared database (issue 7 §2), so a responder's cookie and antiforgery
/// tokens made on one instance are read on every other. The key ring is one record under <c>durable/</c> (the
/// retention purge spares it), appended with compare-and-set. The framework caches the ring and calls this
/// rarely, so the blocking calls it requires (IXmlRepository is synchronous) cost nothing noticeable.
/// </summary>
public sealed class RecordStoreXmlRepository(IRecordStore store) : IXmlRepository
{
    public const string RecordKey = "durable/dataprotection/keyring";

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        var stored = store.ReadAsync(RecordKey).GetAwaiter().GetResult();
        return stored is null ? [] : [.. Decode(stored.Data).Select(x => XElement.Parse(x))];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        var xml = element.ToString(SaveOptions.DisableFormatting);
        for (var attempt = 0; ; attempt++)
        {
            var stored = store.ReadAsync(RecordKey).GetAwaiter().GetResult();
            var elements = stored is null ? [] : Decode(stored.Data);
            elements.Add(xml);
            try
            {
                store.WriteAsync(RecordKey, JsonSerializer.SerializeToUtf8Bytes(elements, ScaleOutJsonContext.Default.ListString), stored?.ETag)
                    .GetAwaiter().GetResult();
                return;
            }
            catch (ConcurrencyConflictException) when (attempt < 10)
            {
                // Another instance added a key at the same moment: add ours to the fresh ring.
            }
        }
    }

    private static List<string> Decode(byte[] data) =>
        JsonSerializer.Deserialize(data, ScaleOutJsonContext.Default.ListString) ?? [];
}

[System.Text.Json.Serialization.JsonSerializable(typeof(List<string>))]
internal sealed partial class ScaleOutJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
