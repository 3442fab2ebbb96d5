namespace RecoveryBot.Cli;

/// <summary>
/// One group of <c>recoverybot</c> sub-commands (<c>safety</c>, <c>dialogs</c>, <c>responders</c>…). Each group
/// lives in its own file; Program finds them all, so adding a group touches no other file.
/// </summary>
public interface ICliCommandGroup
{
    /// <summary>The first word on the command line, e.g. <c>safety</c>.</summary>
    string Name { get; }

    /// <summary>One line for <c>recoverybot --help</c>.</summary>
    string Summary { get; }

    /// <param name="args">The words after the group name.</param>
    Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken);
}

/// <summary>The streams a command uses; tests pass their own.</summary>
public sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error)
{
    public static CliConsole System => new(Console.In, Console.Out, Console.Error);
}
