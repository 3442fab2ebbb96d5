using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using RecoveryBot.Cli.Teams;

namespace RecoveryBot.Deployment.Tests.Teams;

/// <summary>A strict reader for the PNGs our encoder writes (RGBA, 8 bit, filter 0), checking every chunk CRC.</summary>
public sealed record PngFile(int Width, int Height, byte[] Rgba)
{
    public static PngFile Read(byte[] bytes)
    {
        bytes.AsSpan(0, 8).ToArray().ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        int width = 0, height = 0;
        using var idat = new MemoryStream();
        var offset = 8;
        while (offset < bytes.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(offset));
            var type = Encoding.ASCII.GetString(bytes, offset + 4, 4);
            var data = bytes.AsSpan(offset + 8, length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(offset + 8 + length));
            Crc32.Compute(bytes.AsSpan(offset + 4, length + 4)).ShouldBe(crc, $"CRC of {type}");
            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    data[8].ShouldBe((byte)8);
                    data[9].ShouldBe((byte)6);
                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
            }
            offset += 12 + length;
        }

        idat.Position = 0;
        using var zlib = new ZLibStream(idat, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        var scanlines = raw.ToArray();
        var stride = width * 4;
        scanlines.Length.ShouldBe(height * (stride + 1));
        var rgba = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            scanlines[y * (stride + 1)].ShouldBe((byte)0, "filter type");
            Array.Copy(scanlines, y * (stride + 1) + 1, rgba, y * stride, stride);
        }
        return new PngFile(width, height, rgba);
    }

    public IEnumerable<(byte R, byte G, byte B, byte A)> Pixels()
    {
        for (var i = 0; i < Rgba.Length; i += 4)
        {
            yield return (Rgba[i], Rgba[i + 1], Rgba[i + 2], Rgba[i + 3]);
        }
    }
}
