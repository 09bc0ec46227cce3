namespace Boundaries.Core.Crs;

/// <summary>The 7-parameter Helmert shift from VN-2000 to WGS 84 of EPSG:6960 "VN-2000 to WGS 84 (2)".</summary>
/// <remarks>
/// Source: the EPSG dataset (as shipped in PROJ's database), operation EPSG:6960, version "DoSM-Vnm".
/// The Vietnamese decision that publishes them is often cited as Quyết định 05/2007/QĐ-BTNMT; that
/// attribution is unconfirmed here, so cite EPSG:6960 in any document. EPSG states them in the coordinate-frame convention (method 9607): rotations
/// −0.00928836″, +0.01975479″, −0.00427372″. ProjNET's <see cref="ProjNet.CoordinateSystems.Wgs84ConversionInfo"/>, like WKT1
/// TOWGS84 and PROJ's "+towgs84", uses the position-vector convention (method 9606), so the rotations are
/// stored here with the opposite sign; this is exactly what PROJ itself writes into TOWGS84 for
/// EPSG:4756. A wrong sign moves points by about 1 m; omitting the shift moves them by about 225 m.
/// PROJ picks another operation inside the Mekong delta blocks DBSCL 02/03 by default (EPSG:5194, used by
/// Total, ~0.8 m apart in Trà Vinh); Boundaries always uses the national one.
/// </remarks>
internal static class Vn2000ToWgs84
{
    public const double TxMeters = -191.90441429;
    public const double TyMeters = -39.30318279;
    public const double TzMeters = -111.45032835;

    /// <summary>Rotations in arc-seconds, position-vector convention.</summary>
    public const double RxArcSeconds = 0.00928836;
    public const double RyArcSeconds = -0.01975479;
    public const double RzArcSeconds = 0.00427372;

    public const double ScalePpm = 0.252906278;

    /// <summary>The seven values in TOWGS84 order, which CrsWkt writes and ProjNET reads into its Bursa-Wolf parameters.</summary>
    public static IReadOnlyList<double> ToWgs84Values { get; } =
        [TxMeters, TyMeters, TzMeters, RxArcSeconds, RyArcSeconds, RzArcSeconds, ScalePpm];
}
