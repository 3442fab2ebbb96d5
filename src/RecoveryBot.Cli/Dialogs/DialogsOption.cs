using RecoveryBot.Dialogs.Hosting;

namespace RecoveryBot.Cli.Dialogs;

/// <summary>Reads <c>--dialogs DIR</c> (default: the dialogs/ folder found above the tool or the current folder).</summary>
internal static class DialogsOption
{
    public static bool TryResolve(string[] args, CliConsole console, out string dialogsDirectory, out List<string> rest)
    {
        dialogsDirectory = "";
        rest = [];
        string? configured = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--dialogs" && i + 1 < args.Length)
            {
                configured = args[++i];
            }
            else
            {
                rest.Add(args[i]);
            }
        }
        try
        {
            dialogsDirectory = DialogsDirectory.Locate(configured);
            return true;
        }
        catch (DirectoryNotFoundException e)
        {
            console.Error.WriteLine(e.Message + " Pass --dialogs DIR.");
            return false;
        }
    }
}
