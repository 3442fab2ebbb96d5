namespace RecoveryBot.Handoff.Words;

/// <summary>
/// One staff-facing word or sentence in dialogs/staff.yaml (content id <c>staff/&lt;key&gt;</c>) and the
/// <c>{placeholders}</c> the code fills in it. The text may use fewer of them, never others.
/// </summary>
public sealed class StaffWordId
{
    public StaffWordId(string key, params string[] placeholders)
    {
        Key = key;
        Placeholders = placeholders;
    }

    public string Key { get; }

    public IReadOnlyList<string> Placeholders { get; }

    public string ContentId => "staff/" + Key;

    public override string ToString() => ContentId;
}
