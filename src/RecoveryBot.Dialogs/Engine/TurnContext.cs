using RecoveryBot.Dialogs.Content;

namespace RecoveryBot.Dialogs.Engine;

/// <summary>Everything one turn works on: the stack being changed, the locale, and what is being said and done.</summary>
internal sealed class TurnContext
{
    private List<DialogEffect>? _effects;

    public TurnContext(ContentCatalog catalog, DialogState state, DialogInput input)
    {
        Catalog = catalog;
        Locale = Locales.Normalize(state.Locale ?? input.Locale);
        Channel = input.Channel;
        HadConversation = state.Locale is not null;
        Stack = new List<WorkingFrame>(state.Stack.Count + 2);
        foreach (var frame in state.Stack)
        {
            Stack.Add(new WorkingFrame(frame, catalog.FindFlow(frame.FlowId)));
        }
    }

    public ContentCatalog Catalog { get; }
    public string Locale { get; set; }
    public string? Channel { get; }

    /// <summary>The person has talked to us before (a message after "stop" goes to the menu, not the welcome).</summary>
    public bool HadConversation { get; }

    public List<WorkingFrame> Stack { get; }

    /// <summary>Set after a handoff request: nothing more runs this turn, the caller continues next turn.</summary>
    public bool Halted { get; set; }
    public List<Reply> Replies { get; } = new(4);

    public WorkingFrame? Top => Stack.Count == 0 ? null : Stack[^1];

    public ConditionContext Conditions(WorkingFrame frame) => new(frame.Answers, Channel);

    public void Say(Reply reply) => Replies.Add(reply);

    public void Say(string messageId, IReadOnlyDictionary<string, string>? args = null) =>
        Replies.Add(Catalog.Message(messageId, Locale, args));

    public void Effect(EffectKind kind, string? detail = null) =>
        (_effects ??= new List<DialogEffect>(2)).Add(new DialogEffect(kind, detail));

    public DialogTurn ToTurn()
    {
        var frames = new DialogFrame[Stack.Count];
        for (var i = 0; i < frames.Length; i++)
        {
            frames[i] = Stack[i].ToFrame();
        }
        var state = new DialogState { Locale = Locale, Stack = frames };
        return new DialogTurn(Replies, (IReadOnlyList<DialogEffect>?)_effects ?? [], state);
    }
}
