using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace RecoveryBot.Testing.Fakes;

/// <summary>
/// A local OpenID issuer: serves a metadata document and a JWKS (with Bot Framework <c>endorsements</c> arrays)
/// for RSA keys generated at test time, and mints tokens signed with them. Use one for the Bot Connector
/// (<c>ToBotFromChannelOpenIdMetadataUrl</c>) and one for Entra (<c>ToBotFromEmulatorOpenIdMetadataUrl</c>).
/// </summary>
public sealed class FakeOpenIdIssuer : IAsyncDisposable
{
    public const string MetadataPath = "/v1/.well-known/openidconfiguration";
    public const string KeysPath = "/v1/.well-known/keys";

    private static readonly JsonWebTokenHandler Handler = new();
    private readonly ConcurrentDictionary<string, TestSigningKey> _published = new(StringComparer.Ordinal);
    private LoopbackServer? _server;

    private FakeOpenIdIssuer(string issuer) => Issuer = issuer;

    /// <summary>The <c>issuer</c> value the metadata document announces (tokens may carry any issuer).</summary>
    public string Issuer { get; }
    public string MetadataUrl => new Uri(_server!.BaseAddress, MetadataPath.TrimStart('/')).ToString();
    public string KeysUrl => new Uri(_server!.BaseAddress, KeysPath.TrimStart('/')).ToString();
    public RequestCounter MetadataRequests { get; } = new();
    public RequestCounter KeysRequests { get; } = new();

    public static async Task<FakeOpenIdIssuer> StartAsync(string issuer = "https://api.botframework.com")
    {
        var fake = new FakeOpenIdIssuer(issuer);
        fake._server = await LoopbackServer.StartAsync(fake.HandleAsync).ConfigureAwait(false);
        return fake;
    }

    /// <summary>Creates a key and publishes it; <paramref name="endorsements"/> null means no endorsements member.</summary>
    public TestSigningKey PublishKey(string kid, params string[]? endorsements)
    {
        var key = TestSigningKey.Create(kid, endorsements);
        _published[kid] = key;
        return key;
    }

    /// <summary>Publishes an existing key (e.g. after a rotation).</summary>
    public void Publish(TestSigningKey key) => _published[key.Kid] = key;

    public void Unpublish(string kid) => _published.TryRemove(kid, out _);

    /// <summary>Mints a JWT. Claims go in as given (string, bool, numbers, string arrays).</summary>
    public static string CreateToken(
        TestSigningKey key, string issuer, string? audience, DateTimeOffset notBefore, DateTimeOffset expires,
        IReadOnlyDictionary<string, object>? claims = null, string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = notBefore.UtcDateTime,
            Expires = expires.UtcDateTime,
            IssuedAt = notBefore.UtcDateTime,
            Claims = claims?.ToDictionary(c => c.Key, c => c.Value),
            SigningCredentials = new SigningCredentials(key.SecurityKey, algorithm),
        };
        return Handler.CreateToken(descriptor);
    }

    /// <summary>
    /// A Bot Connector token as Azure Bot Service sends it (PROTOCOL §2.1): this issuer's <see cref="Issuer"/>, audience
    /// = app id, <c>serviceurl</c> claim, valid from <paramref name="now"/> − 1 min for one hour.
    /// </summary>
    public string CreateChannelToken(TestSigningKey key, string appId, string serviceUrl, DateTimeOffset now) =>
        CreateToken(key, Issuer, appId, now.AddMinutes(-1), now.AddHours(1),
            new Dictionary<string, object> { ["serviceurl"] = serviceUrl });

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value;
        if (path == MetadataPath)
        {
            MetadataRequests.Increment();
            var metadata = new JsonObject
            {
                ["issuer"] = Issuer,
                ["jwks_uri"] = KeysUrl,
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
                ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
            };
            await WriteJsonAsync(context, metadata).ConfigureAwait(false);
        }
        else if (path == KeysPath)
        {
            KeysRequests.Increment();
            var keys = new JsonArray(_published.Values.Select(k => (JsonNode)k.ToJwk()).ToArray());
            await WriteJsonAsync(context, new JsonObject { ["keys"] = keys }).ConfigureAwait(false);
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    private static Task WriteJsonAsync(HttpContext context, JsonNode body)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body.ToJsonString());
    }

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;
}

/// <summary>An RSA signing key made at test time, with the endorsements its JWK announces.</summary>
public sealed class TestSigningKey
{
    private TestSigningKey(string kid, RSA rsa, string[]? endorsements)
    {
        Kid = kid;
        Rsa = rsa;
        Endorsements = endorsements;
        SecurityKey = new RsaSecurityKey(rsa) { KeyId = kid };
    }

    public string Kid { get; }
    public RSA Rsa { get; }
    public string[]? Endorsements { get; }
    public RsaSecurityKey SecurityKey { get; }

    public static TestSigningKey Create(string kid, string[]? endorsements = null) => new(kid, RSA.Create(2048), endorsements);

    internal JsonObject ToJwk()
    {
        var parameters = Rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Kid,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements is not null)
        {
            jwk["endorsements"] = new JsonArray(Endorsements.Select(e => (JsonNode)JsonValue.Create(e)!).ToArray());
        }

        return jwk;
    }
}
