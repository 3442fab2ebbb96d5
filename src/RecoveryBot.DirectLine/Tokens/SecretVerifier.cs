using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using RecoveryBot.DirectLine.Options;

namespace RecoveryBot.DirectLine.Tokens;

/// <summary>
/// Direct Line secrets are kept only as SHA-256 hashes (configured hashes, or plaintext secrets hashed at start);
/// several may be valid at once so a secret can be rotated. Comparison runs in constant time.
/// </summary>
public sealed class SecretVerifier
{
    private readonly byte[][] _hashes;

    public SecretVerifier(IOptions<DirectLineOptions> options)
    {
        var configured = Split(options.Value.SecretHashes).Select(Convert.FromHexString);
        var plain = Split(options.Value.Secrets).Select(Hash);
        _hashes = [.. configured.Concat(plain).Where(h => h.Length == 32)];
    }

    public bool HasSecrets => _hashes.Length > 0;

    public bool IsValid(string presented)
    {
        var hash = Hash(presented);
        var match = false;
        foreach (var known in _hashes)
            match |= CryptographicOperations.FixedTimeEquals(hash, known);
        return match;
    }

    public static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    // Environment variables give one string: accept "a,b" as well as a list.
    private static IEnumerable<string> Split(IEnumerable<string> values) =>
        values.SelectMany(v => v.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
