namespace RecoveryBot.Cli;

/// <summary>Dispatches <c>recoverybot GROUP …</c> to the command group of that name.</summary>
public static class CliApp
{
    public static IReadOnlyList<ICliCommandGroup> Groups { get; } = typeof(CliApp).Assembly.GetTypes()
        .Where(t => typeof(ICliCommandGroup).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
        .Select(t => (ICliCommandGroup)Activator.CreateInstance(t)!)
        .OrderBy(g => g.Name, StringComparer.Ordinal)
        .ToList();

    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await console.Out.WriteLineAsync("usage: recoverybot <command> [options]");
            foreach (var group in Groups)
            {
                await console.Out.WriteLineAsync($"  {group.Name,-12} {group.Summary}");
            }
            return args.Length == 0 ? 2 : 0;
        }

        var match = Groups.FirstOrDefault(g => string.Equals(g.Name, args[0], StringComparison.Ordinal));
        if (match is null)
        {
            await console.Error.WriteLineAsync($"recoverybot: unknown command '{args[0]}' (see recoverybot --help)");
            return 2;
        }
        return await match.RunAsync(args[1..], console, cancellationToken);
    }
}
