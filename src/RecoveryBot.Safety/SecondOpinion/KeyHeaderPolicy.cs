using Azure.Core;
using Azure.Core.Pipeline;

namespace RecoveryBot.Safety.SecondOpinion;

/// <summary>Sends the resource key in <c>Ocp-Apim-Subscription-Key</c> (Azure AI services key authentication).</summary>
internal sealed class KeyHeaderPolicy(string header, string key) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message) => message.Request.Headers.SetValue(header, key);
}
