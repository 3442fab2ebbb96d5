using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RecoveryBot.Protocol.Configuration;

namespace RecoveryBot.Protocol.Authentication;

/// <summary>
/// Says once, at start, which authentication mode the bot runs in. Without <c>MicrosoftAppId</c> anyone can post
/// activities (PROTOCOL §2.3), which must never go unnoticed in a deployment.
/// </summary>
internal sealed class AuthenticationModeLogger(IOptions<BotFrameworkOptions> options, ILogger<AuthenticationModeLogger> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (o.IsAuthenticationDisabled)
        {
            logger.LogWarning("MicrosoftAppId is not set: Bot Framework authentication is DISABLED (local development only). " +
                              "Requests without a token are accepted and Connector calls carry no token.");
        }
        else
        {
            logger.LogInformation("Bot Framework authentication on: {AppType}, app id {AppId}", o.AppType, o.MicrosoftAppId);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
