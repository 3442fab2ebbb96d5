using System.Globalization;
using YamlDotNet.RepresentationModel;
using RecoveryBot.Dialogs.Directory;

namespace RecoveryBot.Dialogs.Loading;

/// <summary>Reads dialogs/directory/*: the service list and the ZIP centroid table.</summary>
public static class DirectoryParser
{
    private static readonly string[] EntryKeys =
        ["id", "name", "services", "address", "city", "state", "zip", "phone", "hours", "cost", "moud", "languages"];

    private static readonly string[] CostValues = ["free", "sliding", "medicaid"];

    public static ZipTable Zips(YamlNode root, YamlReader r)
    {
        if (r.Map(root, "zip-centroids.yaml") is not { } map)
        {
            return ZipTable.Empty;
        }
        r.AllowOnly(map, "zip-centroids.yaml", "version", "review", "zips", "prefixes");
        r.Str(map, "version", "zip-centroids.yaml", required: true);
        return new ZipTable(Points(YamlReader.Get(map, "zips"), 5, r), Points(YamlReader.Get(map, "prefixes"), 3, r));
    }

    private static Dictionary<string, GeoPoint> Points(YamlNode? node, int keyLength, YamlReader r)
    {
        var d = new Dictionary<string, GeoPoint>(StringComparer.Ordinal);
        if (r.Map(node, "a centroid table") is not { } m)
        {
            return d;
        }
        foreach (var (key, value) in m.Children)
        {
            var zip = ((YamlScalarNode)key).Value ?? "";
            if (zip.Length != keyLength || value is not YamlSequenceNode { Children.Count: 2 } pair
                || !double.TryParse(((YamlScalarNode)pair[0]).Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                || !double.TryParse(((YamlScalarNode)pair[1]).Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var lon))
            {
                r.Problem(key, Rules.Directory, $"'{zip}' must be a {keyLength}-digit key with [latitude, longitude]");
                continue;
            }
            d[zip] = new GeoPoint(lat, lon);
        }
        return d;
    }

    public static ServiceDirectory Services(YamlNode root, YamlReader r, ZipTable zips)
    {
        if (r.Map(root, "a directory file") is not { } map)
        {
            return ServiceDirectory.Empty;
        }
        r.AllowOnly(map, "the directory file", "version", "review", "sample", "services");
        r.Str(map, "version", "the directory file", required: true);
        r.ReadReview(map, "the directory file");
        var entries = new List<DirectoryEntry>();
        if (YamlReader.Get(map, "services") is YamlSequenceNode seq)
        {
            foreach (var item in seq)
            {
                if (Entry(item, r, zips) is { } e)
                {
                    entries.Add(e);
                }
            }
        }
        return new ServiceDirectory(entries, zips, r.Bool(map, "sample", "the directory file"));
    }

    private static DirectoryEntry? Entry(YamlNode item, YamlReader r, ZipTable zips)
    {
        if (r.Map(item, "a service") is not { } m)
        {
            return null;
        }
        var id = r.Str(m, "id", "a service", required: true) ?? "?";
        var what = $"service '{id}'";
        r.AllowOnly(m, what, EntryKeys);
        string Req(string key) => r.Str(m, key, what, required: true) ?? "";
        var zip = Req("zip");
        var cost = r.StrList(YamlReader.Get(m, "cost"), $"cost of {what}");
        foreach (var c in cost)
        {
            if (Array.IndexOf(CostValues, c) < 0)
            {
                r.Problem(YamlReader.Get(m, "cost"), Rules.Directory, $"{what}: cost '{c}' is not free, sliding or medicaid");
            }
        }
        var phone = Req("phone");
        if (phone.Length == 0)
        {
            r.Problem(item, Rules.ResourceContact, $"{what} needs a phone number");
        }
        if (!zips.TryLocate(zip, out var point))
        {
            r.Problem(YamlReader.Get(m, "zip") ?? item, Rules.Directory, $"{what}: ZIP '{zip}' is not in zip-centroids.yaml");
            return null;
        }
        return new DirectoryEntry(id, Req("name"), Req("services"), Req("address"), Req("city"), Req("state"), zip,
            phone, Req("hours"), cost, r.Bool(m, "moud", what), r.StrList(YamlReader.Get(m, "languages"), what), point);
    }
}
