namespace RecoveryBot.DirectLine.Options;

/// <summary>Settings of the hosted chat widget and its anonymous token endpoint (section <c>WebChat</c>).</summary>
public sealed class WebChatOptions
{
    public const string Section = "WebChat";

    /// <summary>Anonymous token requests per client address per minute (issue #5 §3).</summary>
    public int TokenRequestsPerMinute { get; set; } = 10;

    /// <summary>Proxy addresses or CIDR networks whose X-Forwarded-For/-Proto/-Host are believed. Empty: none.</summary>
    public List<string> TrustedProxies { get; set; } = [];

    /// <summary>Site origins allowed to call the token and Direct Line endpoints cross-origin, and to frame /chat.</summary>
    public List<string> AllowedOrigins { get; set; } = [];

    /// <summary>Where Quick exit goes: a neutral page that does not hint at the chat.</summary>
    public string QuickExitUrl { get; set; } = "https://www.google.com/search?q=weather";

    /// <summary>Direct Line base the widget talks to; empty = this host's /v3/directline. Set it to
    /// https://directline.botframework.com/v3/directline to use Azure's Direct Line (with your own token endpoint).</summary>
    public string? DirectLineDomain { get; set; }

    /// <summary>Token endpoint the widget calls; empty = this host's /api/webchat/token.</summary>
    public string? TokenUrl { get; set; }
}
