namespace RecoveryBot.Dialogs.Loading;

/// <summary>One thing wrong with the content, printed as <c>file:line: rule: message</c>.</summary>
public sealed record ContentProblem(string File, int Line, string Rule, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Rule}: {Message}";
}

/// <summary>The rule names <c>recoverybot dialogs check</c> prints; stable so tests and people can grep them.</summary>
public static class Rules
{
    public const string Yaml = "yaml-syntax";
    public const string Schema = "schema";
    public const string UnknownKey = "unknown-key";
    public const string MissingSpanish = "missing-spanish";
    public const string DanglingGoto = "dangling-goto";
    public const string Unreachable = "unreachable-step";
    public const string DuplicateStep = "duplicate-step";
    public const string DuplicateChoice = "duplicate-choice";
    public const string MissingFlow = "missing-flow";
    public const string MissingMessage = "missing-message";
    public const string MissingResource = "missing-resource";
    public const string ResourceContact = "resource-contact";
    public const string Stigmatising = "stigmatising-word";
    public const string Directory = "directory";
}

/// <summary>Thrown by <see cref="Content.ContentCatalog.Load"/>: the host refuses to start on invalid content.</summary>
public sealed class ContentValidationException(IReadOnlyList<ContentProblem> problems)
    : Exception("Invalid dialog content:\n" + string.Join('\n', problems))
{
    public IReadOnlyList<ContentProblem> Problems { get; } = problems;
}
