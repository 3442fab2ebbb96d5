using System.Globalization;

namespace RecoveryBot.Cli.Teams;

/// <summary>
/// Draws the two icons a Teams app package needs (Teams app-package docs: colour 192×192, full-bleed; outline
/// 32×32, white on a transparent background). The picture is a speech bubble with three dots: a conversation.
/// Shapes are tested in unit coordinates and supersampled 4×4, so edges are smooth at both sizes.
/// </summary>
public static class TeamsIcons
{
    public const int ColorSize = 192;
    public const int OutlineSize = 32;
    private const int Supersample = 4;

    /// <param name="accentColor">"#RRGGBB", the manifest's accentColor, used as the background.</param>
    public static byte[] Color(string accentColor)
    {
        var (r, g, b) = ParseHex(accentColor);
        return Render(ColorSize, (x, y) => BubbleFilled(x, y) && !Dot(x, y)
            ? (255, 255, 255, 1.0)
            : (r, g, b, 1.0), opaqueBackground: true);
    }

    public static byte[] Outline() =>
        Render(OutlineSize, (x, y) => BubbleRing(x, y) || Dot(x, y) ? (255, 255, 255, 1.0) : (255, 255, 255, 0.0),
            opaqueBackground: false);

    private static byte[] Render(int size, Func<double, double, (double R, double G, double B, double A)> shade, bool opaqueBackground)
    {
        var pixels = new byte[size * size * 4];
        for (var py = 0; py < size; py++)
        {
            for (var px = 0; px < size; px++)
            {
                double r = 0, g = 0, b = 0, a = 0;
                for (var sy = 0; sy < Supersample; sy++)
                {
                    for (var sx = 0; sx < Supersample; sx++)
                    {
                        var (cr, cg, cb, ca) = shade((px + (sx + 0.5) / Supersample) / size, (py + (sy + 0.5) / Supersample) / size);
                        r += cr * ca; g += cg * ca; b += cb * ca; a += ca;
                    }
                }
                var i = (py * size + px) * 4;
                var alpha = a / (Supersample * Supersample);
                // Colours are averaged weighted by coverage; a transparent pixel keeps white so the outline icon
                // holds no colour but white (Teams rejects other colours there).
                pixels[i] = a > 0 ? (byte)Math.Round(r / a) : (byte)255;
                pixels[i + 1] = a > 0 ? (byte)Math.Round(g / a) : (byte)255;
                pixels[i + 2] = a > 0 ? (byte)Math.Round(b / a) : (byte)255;
                pixels[i + 3] = opaqueBackground ? (byte)255 : (byte)Math.Round(alpha * 255);
            }
        }
        return PngEncoder.Encode(size, size, pixels);
    }

    private static bool Ellipse(double x, double y, double rx, double ry)
    {
        var dx = (x - 0.5) / rx;
        var dy = (y - 0.45) / ry;
        return dx * dx + dy * dy <= 1;
    }

    private static bool Tail(double x, double y) =>
        InTriangle(x, y, (0.30, 0.60), (0.46, 0.70), (0.22, 0.86));

    private static bool BubbleFilled(double x, double y) => Ellipse(x, y, 0.38, 0.29) || Tail(x, y);

    private static bool BubbleRing(double x, double y) =>
        BubbleFilled(x, y) && !Ellipse(x, y, 0.38 - 0.075, 0.29 - 0.075);

    private static bool Dot(double x, double y)
    {
        foreach (var cx in (ReadOnlySpan<double>)[0.35, 0.5, 0.65])
        {
            var dx = x - cx;
            var dy = y - 0.45;
            if (dx * dx + dy * dy <= 0.05 * 0.05)
            {
                return true;
            }
        }
        return false;
    }

    private static bool InTriangle(double x, double y, (double X, double Y) a, (double X, double Y) b, (double X, double Y) c)
    {
        static double Side(double x, double y, (double X, double Y) p, (double X, double Y) q) =>
            (x - q.X) * (p.Y - q.Y) - (p.X - q.X) * (y - q.Y);
        var d1 = Side(x, y, a, b);
        var d2 = Side(x, y, b, c);
        var d3 = Side(x, y, c, a);
        var negative = d1 < 0 || d2 < 0 || d3 < 0;
        var positive = d1 > 0 || d2 > 0 || d3 > 0;
        return !(negative && positive);
    }

    private static (byte R, byte G, byte B) ParseHex(string color)
    {
        if (color.Length != 7 || color[0] != '#' ||
            !int.TryParse(color.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb))
        {
            throw new FormatException($"accent colour must look like #RRGGBB, not '{color}'");
        }
        return ((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);
    }
}
