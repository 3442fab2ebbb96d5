using Microsoft.AspNetCore.Http;

namespace RecoveryBot.DirectLine.Endpoints;

/// <summary>Reads a request body up to a limit; null when it is larger (→ 413, PROTOCOL §4.2) — even when chunked.</summary>
public static class LimitedBody
{
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes)
            return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
