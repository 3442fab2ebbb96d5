using Microsoft.Extensions.DependencyInjection;
using RecoveryBot.Safety.Assessment;
using RecoveryBot.Safety.Classifier;
using RecoveryBot.Safety.Detection;
using RecoveryBot.Safety.Lexicon;

namespace RecoveryBot.Safety.DependencyInjection;

public static class SafetyServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ICrisisDetector"/> as a singleton compiled from <paramref name="dialogsDirectory"/>
    /// (the <c>dialogs</c> folder or <c>dialogs/safety</c> itself; null → found upward from the app). Compiles at
    /// registration so invalid lexicon content stops the host at start, never mid-conversation.
    /// </summary>
    public static IServiceCollection AddCrisisDetection(this IServiceCollection services, string? dialogsDirectory = null)
    {
        var dir = dialogsDirectory is null
            ? LexiconLoader.FindDefaultDirectory() ?? throw new DirectoryNotFoundException("dialogs/safety not found")
            : Directory.Exists(Path.Combine(dialogsDirectory, "safety")) ? Path.Combine(dialogsDirectory, "safety") : dialogsDirectory;
        var detector = CrisisDetector.FromDirectory(dir);
        services.AddSingleton(detector);
        services.AddSingleton<ICrisisDetector>(LayeredCrisisDetector.OrRules(detector, dir)); // rules + learned layer (SAFETY-NOTES §4.3 c)
        return services;
    }
}
