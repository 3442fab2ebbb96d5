using Microsoft.Extensions.DependencyInjection;
using RecoveryBot.Dialogs.Content;
using RecoveryBot.Dialogs.Engine;

namespace RecoveryBot.Dialogs.Hosting;

public static class DialogsServiceCollectionExtensions
{
    /// <summary>
    /// Loads and validates dialogs/ now (throws <see cref="Loading.ContentValidationException"/> on invalid content,
    /// so the host refuses to start) and registers the catalog and the engine as singletons.
    /// </summary>
    public static IServiceCollection AddDialogs(this IServiceCollection services, string dialogsDirectory)
    {
        var catalog = ContentCatalog.Load(dialogsDirectory);
        services.AddSingleton(catalog);
        services.AddSingleton<IContentCatalog>(catalog);
        services.AddSingleton<IDialogEngine>(new DialogEngine(catalog));
        return services;
    }
}
