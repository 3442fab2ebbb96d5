using Microsoft.Extensions.FileProviders;

namespace RecoveryBot.Host.Responders;

/// <summary>
/// The console's CSS (public: the sign-in page needs it) and JS (signed-in responders only), from
/// wwwroot/responder, falling back to the copy beside the binaries when the web root is elsewhere (tests).
/// </summary>
public static class ConsoleAssets
{
    public static void MapPublic(RouteGroupBuilder group) =>
        group.MapGet("/assets/console.css", (IWebHostEnvironment env) => Serve(env, "console.css", "text/css; charset=utf-8"));

    public static void MapPrivate(RouteGroupBuilder group) =>
        group.MapGet("/assets/console.js", (IWebHostEnvironment env) => Serve(env, "console.js", "text/javascript; charset=utf-8"));

    private static IResult Serve(IWebHostEnvironment env, string name, string contentType)
    {
        var file = env.WebRootFileProvider.GetFileInfo("responder/" + name);
        if (!file.Exists)
        {
            file = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "wwwroot")).GetFileInfo("responder/" + name);
        }
        return file.Exists ? Results.Stream(file.CreateReadStream(), contentType) : Results.NotFound();
    }
}
