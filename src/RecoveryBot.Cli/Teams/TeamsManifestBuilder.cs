using System.Text.Json;
using System.Text.Json.Nodes;

namespace RecoveryBot.Cli.Teams;

/// <summary>
/// Fills the manifest template (deploymentTemplates/teamsAppPackage/manifest.template.json, embedded in this
/// tool): every <c>{appId}</c> and <c>{domain}</c> inside a string value is replaced. Placeholders are replaced
/// in parsed string values, never in raw JSON text, so no input can change the document's structure.
/// </summary>
public static class TeamsManifestBuilder
{
    public const string TemplateResource = "RecoveryBot.Cli.Teams.manifest.template.json";

    public static string LoadTemplate(string? path)
    {
        if (path is not null)
        {
            return File.ReadAllText(path);
        }
        using var stream = typeof(TeamsManifestBuilder).Assembly.GetManifestResourceStream(TemplateResource)
            ?? throw new InvalidOperationException($"embedded resource {TemplateResource} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static JsonObject Build(string template, TeamsPackageRequest request)
    {
        var manifest = JsonNode.Parse(template) as JsonObject
            ?? throw new JsonException("the manifest template must be a JSON object");
        var filled = (JsonObject)Fill(manifest, request.AppId.ToString("D"), request.Domain)!;
        if (request.ShortName is not null)
        {
            var name = filled["name"] as JsonObject ?? throw new JsonException("the manifest template has no name object");
            name["short"] = request.ShortName;
        }
        return filled;
    }

    public static string Serialize(JsonObject manifest) =>
        manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    public static string AccentColor(JsonObject manifest) =>
        manifest["accentColor"]?.GetValue<string>() ?? throw new JsonException("the manifest template has no accentColor");

    private static JsonNode? Fill(JsonNode? node, string appId, string domain) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Fill(p.Value, appId, domain)))),
        JsonArray array => new JsonArray(array.Select(item => Fill(item, appId, domain)).ToArray()),
        JsonValue value when value.TryGetValue<string>(out var text) =>
            JsonValue.Create(text.Replace("{appId}", appId, StringComparison.Ordinal).Replace("{domain}", domain, StringComparison.Ordinal)),
        _ => node?.DeepClone(),
    };
}
