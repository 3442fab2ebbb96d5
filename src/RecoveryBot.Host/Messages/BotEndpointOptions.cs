namespace RecoveryBot.Host.Messages;

/// <summary>Limits of <c>POST /api/messages</c> (section <c>Bot</c> in configuration).</summary>
public sealed class BotEndpointOptions
{
    public const string Section = "Bot";

    /// <summary>Largest accepted activity; Teams caps messages far below this (PROTOCOL §5.9). Default 256 KB.</summary>
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;
}
