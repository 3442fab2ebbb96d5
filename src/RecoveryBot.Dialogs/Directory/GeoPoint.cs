namespace RecoveryBot.Dialogs.Directory;

/// <summary>A latitude/longitude pair, and the great-circle distance between two (haversine).</summary>
public readonly record struct GeoPoint(double Lat, double Lon)
{
    private const double EarthRadiusMiles = 3958.8;

    public double MilesTo(GeoPoint other)
    {
        var dLat = ToRad(other.Lat - Lat);
        var dLon = ToRad(other.Lon - Lon);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
            + Math.Cos(ToRad(Lat)) * Math.Cos(ToRad(other.Lat)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusMiles * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static double ToRad(double degrees) => degrees * Math.PI / 180;
}

/// <summary>
/// ZIP centroids shipped in dialogs/directory/zip-centroids.yaml: a few five-digit ZIPs and three-digit prefix
/// centroids, so an unknown ZIP still finds its area (issue 3: "by prefix when unknown").
/// </summary>
public sealed class ZipTable(IReadOnlyDictionary<string, GeoPoint> zips, IReadOnlyDictionary<string, GeoPoint> prefixes)
{
    public static readonly ZipTable Empty = new(new Dictionary<string, GeoPoint>(), new Dictionary<string, GeoPoint>());

    public int ZipCount => zips.Count;
    public int PrefixCount => prefixes.Count;

    public bool TryLocate(string zip, out GeoPoint point)
    {
        if (zips.TryGetValue(zip, out point))
        {
            return true;
        }
        return zip.Length >= 3 && prefixes.TryGetValue(zip[..3], out point);
    }
}
