namespace Boundaries.Core.Evaluation;

/// <summary>Which natural area the evaluation uses when a unit has both an official and a computed one.</summary>
public enum AreaBasis
{
    /// <summary>The official (statistical) area when the dataset has one, else the ellipsoidal area of the polygon.</summary>
    PreferOfficial,

    /// <summary>Always the ellipsoidal area of the polygon (or the roll-up), ignoring official figures.</summary>
    Computed,
}
