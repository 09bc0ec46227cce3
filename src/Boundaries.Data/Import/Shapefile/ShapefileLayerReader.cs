using System.Text;
using Boundaries.Data.Import.Layers;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Shapefiles.Readers;

namespace Boundaries.Data.Import.Shapefile;

/// <summary>Reads an ESRI Shapefile (.shp with its .dbf, .prj and .cpg) into source features.</summary>
/// <remarks>
/// The .dbf text is read byte for byte (as Latin-1) and decoded afterwards, so that the encoding can be chosen
/// from the .cpg, the language-driver byte or the text itself (TCVN3 and VNI are recognised).
/// </remarks>
internal static class ShapefileLayerReader
{
    /// <summary>Reads every record; throws <see cref="InputDataException"/> when a part of the shapefile is missing or broken.</summary>
    public static SourceLayer Read(string shpPath, string? encodingOption, Action<int, int>? progress = null, ReadLimits? limits = null)
    {
        if (!File.Exists(shpPath))
        {
            throw new InputDataException(shpPath, "file not found");
        }

        var dbfPath = Path.ChangeExtension(shpPath, ".dbf");
        if (!File.Exists(dbfPath))
        {
            throw new InputDataException(shpPath, "no .dbf beside the .shp: a shapefile needs its attribute table");
        }

        var prjPath = Path.ChangeExtension(shpPath, ".prj");
        var prj = File.Exists(prjPath) ? File.ReadAllText(prjPath).Trim() : null;
        var declared = DbfCodePages.Declared(dbfPath, encodingOption);

        ShapefileRecords.Check(shpPath, limits ?? ReadLimits.Default);
        var raw = ReadRaw(shpPath, progress);
        var rawTexts = raw.SelectMany(r => r.Texts.Values).ToList();
        var (decode, description, issues) = DbfTextDecoder.Choose(shpPath, declared, rawTexts);
        var features = raw.Select(r => r.ToFeature(decode)).ToList();
        return new SourceLayer
        {
            File = shpPath,
            Format = "ESRI Shapefile",
            Features = features,
            DeclaredCrs = string.IsNullOrEmpty(prj) ? null : new DeclaredCrs(prj, ".prj"),
            DefaultEpsg = null,
            TextEncoding = description,
            Issues = issues,
        };
    }

    private static List<RawRecord> ReadRaw(string shpPath, Action<int, int>? progress)
    {
        var options = new ShapefileReaderOptions
        {
            Encoding = Encoding.Latin1,
            Factory = new GeometryFactory(new PrecisionModel(), 0),
            GeometryBuilderMode = GeometryBuilderMode.IgnoreInvalidShapes,
        };
        var records = new List<RawRecord>();
        try
        {
            using var reader = NetTopologySuite.IO.Esri.Shapefile.OpenRead(shpPath, options);
            var index = 0;
            while (reader.Read(out var deleted))
            {
                if (!deleted)
                {
                    records.Add(RawRecord.From(index, reader));
                }

                index++;
                if (index % 256 == 0)
                {
                    progress?.Invoke(index, reader.RecordCount);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or ShapefileException or NotSupportedException or ArgumentException or InvalidOperationException)
        {
            throw new InputDataException(shpPath, $"not a readable shapefile: {ex.Message}", ex);
        }

        return records;
    }
}
