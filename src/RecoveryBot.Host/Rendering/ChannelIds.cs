namespace RecoveryBot.Host.Rendering;

/// <summary>Channel ids we treat specially (PROTOCOL §1.1).</summary>
public static class ChannelIds
{
    public const string Teams = "msteams";
    public const string DirectLine = "directline";
    public const string WebChat = "webchat";
}
