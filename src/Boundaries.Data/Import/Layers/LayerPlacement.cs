using Boundaries.Core.Crs;
using NetTopologySuite.Geometries;

namespace Boundaries.Data.Import.Layers;

/// <summary>Decides the CRS of a layer, refuses coordinates that cannot be in it, and transforms the layer to lon/lat.</summary>
/// <remarks>
/// The range check runs on the raw extent before any transformation: metres labelled as degrees, swapped
/// axes or another zone would otherwise land somewhere plausible-looking without any error.
/// </remarks>
internal static class LayerPlacement
{
    private const int Wgs84 = 4326;

    /// <summary>The layer in lon/lat; <paramref name="crs"/> (from an option or manifest) wins over the file's declaration, with a warning when they differ.</summary>
    public static PlacedLayer ToLonLat(SourceLayer layer, string? crs, string crsOrigin, List<DataIssue> issues)
    {
        var (epsg, origin) = Choose(layer, crs, crsOrigin, issues);
        var extent = new Envelope();
        foreach (var feature in layer.Features)
        {
            if (feature.Geometry is { } g)
            {
                extent.ExpandToInclude(g.EnvelopeInternal);
            }
        }

        if (!extent.IsNull && CoordinateRangeCheck.Check(extent, epsg) is { } problem)
        {
            throw new InputDataException(layer.File, problem);
        }

        var transform = epsg == Wgs84 ? null : LonLatTransform.For(epsg);
        // Sequential: a ProjNet transform is not documented as safe to share between threads.
        var features = layer.Features
            .Select(f => f.Geometry is not { } g ? f : f with { Geometry = ToLonLat(g, transform) })
            .ToList();
        return new PlacedLayer(layer, features, epsg, origin);
    }

    private static Geometry ToLonLat(Geometry geometry, LonLatTransform? transform)
    {
        if (transform is not null)
        {
            return transform.ToLonLat(geometry);
        }

        // The geometry was just parsed and nothing else holds it, so labelling it in place is safe.
        geometry.SRID = Wgs84;
        return geometry;
    }

    private static (int Epsg, string Origin) Choose(SourceLayer layer, string? crs, string crsOrigin, List<DataIssue> issues)
    {
        var declared = layer.DeclaredCrs;
        if (!string.IsNullOrWhiteSpace(crs))
        {
            var chosen = Identify(layer.File, crs, crsOrigin);
            if (declared is not null && CrsIdentifier.Identify(declared.Text) is { Epsg: { } fileEpsg } && fileEpsg != chosen)
            {
                issues.Add(new DataIssue(IssueSeverity.Warning, "crs-override",
                    $"the file declares EPSG:{fileEpsg} ({declared.Origin}) but the {crsOrigin} says EPSG:{chosen}; EPSG:{chosen} is used")
                {
                    File = layer.File,
                });
            }

            return (chosen, crsOrigin);
        }

        if (declared is not null)
        {
            return (Identify(layer.File, declared.Text, declared.Origin), declared.Origin);
        }

        if (layer.DefaultEpsg is { } fallback)
        {
            return (fallback, "RFC 7946 default (no crs member)");
        }

        throw new InputDataException(layer.File, layer.Format == "ESRI Shapefile"
            ? "no .prj beside the .shp, so the coordinate system is unknown; give it with the CRS option (e.g. EPSG:9209)"
            : "the layer declares no coordinate system; give it with the CRS option (e.g. EPSG:4326)");
    }

    private static int Identify(string file, string text, string origin)
    {
        var identification = CrsIdentifier.Identify(text);
        return identification.Epsg ?? throw new InputDataException(file, $"{identification.Problem} ({origin})");
    }
}
