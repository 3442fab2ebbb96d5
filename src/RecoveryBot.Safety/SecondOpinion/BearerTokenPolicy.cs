using Azure.Core;
using Azure.Core.Pipeline;

namespace RecoveryBot.Safety.SecondOpinion;

/// <summary>
/// Adds <c>Authorization: Bearer</c> from a <see cref="TokenCredential"/> for the Cognitive Services scope and
/// caches the token until five minutes before it expires. Tokens only travel over https, or to a loopback
/// address (the contract tests' fake server).
/// </summary>
internal sealed class BearerTokenPolicy(TokenCredential credential, string scope, TimeProvider time) : HttpPipelinePolicy
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim gate = new(1, 1);
    private AccessToken cached;

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("the Azure Language client is async only");

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var uri = message.Request.Uri.ToUri();
        if (uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback)
        {
            throw new InvalidOperationException("bearer tokens are only sent over https");
        }
        var token = await TokenAsync(message.CancellationToken).ConfigureAwait(false);
        message.Request.Headers.SetValue("Authorization", "Bearer " + token);
        await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
    }

    private async ValueTask<string> TokenAsync(CancellationToken ct)
    {
        if (cached.Token is not null && cached.ExpiresOn - RefreshMargin > time.GetUtcNow()) return cached.Token;
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (cached.Token is null || cached.ExpiresOn - RefreshMargin <= time.GetUtcNow())
            {
                cached = await credential.GetTokenAsync(new TokenRequestContext([scope]), ct).ConfigureAwait(false);
            }
            return cached.Token;
        }
        finally
        {
            gate.Release();
        }
    }
}
