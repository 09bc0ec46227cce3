namespace Boundaries.Core.Standards;

/// <summary>Kinds of per-unit facts that the evaluation reports but that change no standard (the catalogue's rules name the others).</summary>
public static class FactKinds
{
    /// <summary>Whether the province's arrangement plan lists the unit as subject to arrangement; <see cref="Units.SpecialFactor.Value"/> is 1 for listed, 0 for not listed.</summary>
    public const string ListedMustArrange = "listed-must-arrange";

    /// <summary>The provincial People's Committee proposed not to arrange the unit; the reason says why and which ground, if any.</summary>
    public const string ProvinceProposedNotToArrange = "province-proposed-not-to-arrange";
}
