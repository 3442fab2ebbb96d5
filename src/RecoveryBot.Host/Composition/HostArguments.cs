namespace RecoveryBot.Host.Composition;

/// <summary>Host-level switches the table of contents applies before the builder exists.</summary>
public static class HostArguments
{
    /// <summary>
    /// Turns off reload-on-change for appsettings files. The default watcher observes the whole content root
    /// recursively, and the embedded SQLite database (data/ under it) changes on every turn: profiling showed ~7% of
    /// the CPU at 64 concurrent conversations spent reading file-change events. Options are validated once at
    /// start anyway; a configuration change means a restart. An operator can still pass the switch explicitly.
    /// </summary>
    public static string[] WithoutConfigReload(string[] args) =>
        args.Any(a => a.Contains("reloadConfigOnChange", StringComparison.OrdinalIgnoreCase))
            ? args
            : [.. args, "--hostBuilder:reloadConfigOnChange=false"];
}
