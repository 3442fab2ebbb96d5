using System.IO.Compression;

namespace RecoveryBot.Safety.Classifier;

/// <summary>
/// The committed model format: gzip of "RBLC", format version, bucket bits, class count, the thresholds (crisis, flag,
/// and from version 2 the long-message flag; a version-1 file's long messages use the ordinary flag), the
/// biases, one weight scale, then only the rows with a non-zero weight (index gap as a varint + one signed byte per
/// class). Weights are quantised to int8 when trained (<see cref="ModelTrainer"/>), so saving loses nothing.
/// </summary>
public static class ModelFile
{
    private const uint Magic = 0x434C4252; // "RBLC"
    private const int FormatVersion = 2;

    public static void Save(LinearModel model, float scale, Stream output)
    {
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gzip);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(model.BucketBits);
        w.Write(LinearModel.Classes);
        w.Write(model.Thresholds.Crisis);
        w.Write(model.Thresholds.Flag);
        w.Write(model.Thresholds.LongFlag);
        foreach (var b in model.Bias) w.Write(b);
        w.Write(scale);
        var rows = 1 << model.BucketBits;
        var last = -1;
        for (var r = 0; r < rows; r++)
        {
            var row = model.Weights.AsSpan(r * LinearModel.Classes, LinearModel.Classes);
            if (!row.ContainsAnyExcept(0f)) continue;
            w.Write7BitEncodedInt(r - last);
            last = r;
            foreach (var x in row) w.Write((sbyte)MathF.Round(x / scale));
        }
        w.Write7BitEncodedInt(0); // end
    }

    public static void Save(LinearModel model, float scale, string path)
    {
        using var f = File.Create(path);
        Save(model, scale, f);
    }

    public static LinearModel Load(string path)
    {
        using var f = File.OpenRead(path);
        return Load(f);
    }

    public static LinearModel Load(Stream input)
    {
        using var gzip = new GZipStream(input, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(gzip);
        if (r.ReadUInt32() != Magic) throw new InvalidDataException("not a RecoveryBot classifier model");
        var version = r.ReadInt32();
        if (version is < 1 or > FormatVersion) throw new InvalidDataException("classifier model format not supported");
        var bits = r.ReadInt32();
        if (bits is < 10 or > 24 || r.ReadInt32() != LinearModel.Classes) throw new InvalidDataException("classifier model shape not supported");
        var (crisis, flag) = (r.ReadSingle(), r.ReadSingle());
        var thresholds = new LayerThresholds(crisis, flag, version >= 2 ? r.ReadSingle() : flag);
        var bias = new float[LinearModel.Classes];
        for (var k = 0; k < bias.Length; k++) bias[k] = r.ReadSingle();
        var scale = r.ReadSingle();
        var weights = new float[(1 << bits) * LinearModel.Classes];
        var row = -1;
        for (int gap; (gap = r.Read7BitEncodedInt()) != 0;)
        {
            row += gap;
            if (row >= 1 << bits) throw new InvalidDataException("classifier model row out of range");
            for (var k = 0; k < LinearModel.Classes; k++) weights[(row * LinearModel.Classes) + k] = r.ReadSByte() * scale;
        }
        return new LinearModel(bits, weights, bias, thresholds);
    }
}
