using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace RecoveryBot.Deployment.Tests.Bicep;

/// <summary>One ARM resource found in main.json, with the template (root or a module's nested one) it sits in.</summary>
public sealed record ArmResource(string Type, string ApiVersion, JsonObject Body, JsonObject Template);

/// <summary>Reads a compiled ARM template, following Bicep modules into their nested deployment templates.</summary>
public sealed partial class ArmTemplate
{
    public ArmTemplate(JsonObject root)
    {
        Root = root;
        Templates = [.. Walk(root)];
        Resources = [.. Templates.SelectMany(t => ResourcesOf(t).Select(r => new ArmResource(
            r["type"]!.GetValue<string>(), r["apiVersion"]!.GetValue<string>(), r, t)))];
    }

    public JsonObject Root { get; }

    /// <summary>The root template and every module's nested template.</summary>
    public IReadOnlyList<JsonObject> Templates { get; }

    public IReadOnlyList<ArmResource> Resources { get; }

    public static ArmTemplate Load(string path) => new((JsonObject)JsonNode.Parse(File.ReadAllText(path))!);

    public ArmResource Single(string type) => Resources.Single(r => r.Type.Equals(type, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<ArmResource> OfType(string type) =>
        Resources.Where(r => r.Type.Equals(type, StringComparison.OrdinalIgnoreCase));

    /// <summary>Names of the parameters a template declares as securestring / secureObject.</summary>
    public static IEnumerable<string> SecureParameters(JsonObject template) =>
        (template["parameters"] as JsonObject ?? [])
            .Where(p => p.Value!["type"]!.GetValue<string>().StartsWith("secure", StringComparison.OrdinalIgnoreCase))
            .Select(p => p.Key);

    /// <summary>
    /// Every <c>parameters('x')</c> used in the template's own expressions: outside its parameters section and
    /// outside nested module templates (which have parameters of their own, often with the same names).
    /// </summary>
    public static ISet<string> ReferencedParameters(JsonObject template) =>
        template.Where(p => p.Key != "parameters")
            .SelectMany(p => OwnStrings(p.Value))
            .SelectMany(text => ParameterReference().Matches(text).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> OwnStrings(JsonNode? node) => node switch
    {
        // A module's deployment properties hold {mode, parameters, template}: its template is another scope.
        JsonObject obj => obj.Where(p => !(p.Key == "template" && obj.ContainsKey("mode"))).SelectMany(p => OwnStrings(p.Value)),
        JsonArray array => array.SelectMany(OwnStrings),
        JsonValue value when value.TryGetValue<string>(out var text) => [text],
        _ => [],
    };

    private static IEnumerable<JsonObject> Walk(JsonObject template)
    {
        yield return template;
        foreach (var resource in ResourcesOf(template))
        {
            if (resource["type"]!.GetValue<string>() == "Microsoft.Resources/deployments" &&
                resource["properties"]?["template"] is JsonObject nested)
            {
                foreach (var inner in Walk(nested))
                {
                    yield return inner;
                }
            }
        }
    }

    // languageVersion 1.0 keeps resources in an array; 2.0 keys them by symbolic name.
    private static IEnumerable<JsonObject> ResourcesOf(JsonObject template) => template["resources"] switch
    {
        JsonArray array => array.OfType<JsonObject>(),
        JsonObject byName => byName.Select(p => p.Value).OfType<JsonObject>().Where(r => r["existing"]?.GetValue<bool>() != true),
        _ => [],
    };

    [GeneratedRegex(@"parameters\('([^']+)'\)")]
    private static partial Regex ParameterReference();
}
