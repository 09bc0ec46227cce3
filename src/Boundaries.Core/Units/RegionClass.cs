namespace Boundaries.Core.Units;

/// <summary>The region class that selects a row of the standards (NQ 1211/2016/UBTVQH13 as amended by NQ 27/2022/UBTVQH15).</summary>
public enum RegionClass
{
    /// <summary>Not recorded in the data; evaluation treats it as <see cref="Other"/> and says so.</summary>
    Unknown,

    /// <summary>Miền núi, vùng cao (mountainous or highland).</summary>
    MienNuiVungCao,

    /// <summary>Every other unit (đồng bằng and the rest), the default rows of the standards.</summary>
    Other,
}
