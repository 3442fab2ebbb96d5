namespace RecoveryBot.Dialogs.Recognizers;

/// <summary>
/// Words a person can say at any point (issue 3). Their phrases live in dialogs/recognizers.yaml; what each does
/// to the stack is in <see cref="Engine.CommandHandler"/>.
/// </summary>
public enum GlobalCommand
{
    None = 0,
    Menu,
    Help,
    Restart,
    Stop,
    Spanish,
    English,
    Person,
    DeleteData,
    Privacy,
    Overdose,
}

/// <summary>Whole-message command phrases in both languages, exact or with one small typo.</summary>
public sealed class CommandTable
{
    /// <summary>A command is a short message; "I can't stop using" is not the command "stop".</summary>
    public const int MaxCommandLength = 40;

    private readonly Dictionary<string, GlobalCommand> _exact = new(StringComparer.Ordinal);
    private readonly List<(string Phrase, GlobalCommand Command)> _typoTolerant = [];

    public void Add(string phrase, GlobalCommand command)
    {
        var key = TextNormalizer.Normalize(phrase);
        if (key.Length == 0 || !_exact.TryAdd(key, command))
        {
            return;
        }
        // Only longer phrases tolerate a typo: "cancer" must never be read as "cancel".
        if (key.Length >= 7)
        {
            _typoTolerant.Add((key, command));
        }
    }

    public IEnumerable<string> Phrases => _exact.Keys;

    public GlobalCommand Match(string normalized)
    {
        if (normalized.Length == 0 || normalized.Length > MaxCommandLength)
        {
            return GlobalCommand.None;
        }
        if (_exact.TryGetValue(normalized, out var command))
        {
            return command;
        }
        if (normalized.Length < 6)
        {
            return GlobalCommand.None;
        }
        foreach (var (phrase, c) in _typoTolerant)
        {
            if (EditDistance.Within(normalized, phrase, 1))
            {
                return c;
            }
        }
        return GlobalCommand.None;
    }
}
