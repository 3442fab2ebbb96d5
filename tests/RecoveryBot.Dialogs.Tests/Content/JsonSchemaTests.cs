using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RecoveryBot.Dialogs.Tests.Content;

/// <summary>
/// The JSON Schema in dialogs/schema/ (for editors) and the loader's own checks must agree: every shipped flow
/// validates against the schema, and a broken one does not.
/// </summary>
public sealed class JsonSchemaTests
{
    private static readonly JsonSchema FlowSchema =
        JsonSchema.FromText(File.ReadAllText(Path.Combine(TestContent.Directory, "schema", "flow.schema.json")));

    public static TheoryData<string> FlowFiles()
    {
        var data = new TheoryData<string>();
        foreach (var f in System.IO.Directory.GetFiles(Path.Combine(TestContent.Directory, "flows"), "*.yaml").Order())
        {
            data.Add(Path.GetFileName(f));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(FlowFiles))]
    public void ShippedFlow_ValidatesAgainstTheJsonSchema(string file)
    {
        var result = Evaluate(Path.Combine(TestContent.Directory, "flows", file));

        result.IsValid.ShouldBeTrue(string.Join('\n', (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}")));
    }

    [Fact]
    public void FlowWithUnknownKey_FailsTheJsonSchema() =>
        Evaluate(Path.Combine(AppContext.BaseDirectory, "fixtures", "broken", "unknown-key.yaml")).IsValid.ShouldBeFalse();

    private static EvaluationResults Evaluate(string path)
    {
        using var reader = new StreamReader(path);
        var stream = new YamlStream();
        stream.Load(reader);
        var json = ToJson(stream.Documents[0].RootNode)!.ToJsonString();
        using var doc = JsonDocument.Parse(json);
        return FlowSchema.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    /// <summary>YAML to JSON with plain scalars typed as YAML 1.2 core would (int, bool), quoted ones as strings.</summary>
    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode m => new JsonObject(m.Children.Select(kv =>
            KeyValuePair.Create(((YamlScalarNode)kv.Key).Value!, ToJson(kv.Value)))),
        YamlSequenceNode s => new JsonArray([.. s.Children.Select(ToJson)]),
        YamlScalarNode { Style: ScalarStyle.Plain } p when int.TryParse(p.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) => JsonValue.Create(i),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "true" or "false" } b => JsonValue.Create(b.Value == "true"),
        YamlScalarNode v => JsonValue.Create(v.Value),
        _ => null,
    };
}
