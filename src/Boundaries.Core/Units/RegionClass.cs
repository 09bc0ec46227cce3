namespace Boundaries.Core.Units;

/// <summary>
/// The region class that selects a row of the standards (NQ 1211/2016/UBTVQH13 as amended by NQ 27/2022/UBTVQH15:
/// miền núi, vùng cao or other; NQ 112/2025/UBTVQH15 Điều 2: miền núi, hải đảo or the remaining xã).
/// </summary>
public enum RegionClass
{
    /// <summary>Not recorded in the data; evaluation treats it as <see cref="Other"/> and says so.</summary>
    Unknown,

    /// <summary>Miền núi, vùng cao (mountainous or highland).</summary>
    MienNuiVungCao,

    /// <summary>Hải đảo (island), a row of its own for xã under NQ 112/2025/UBTVQH15 Điều 2.</summary>
    HaiDao,

    /// <summary>Every other unit (đồng bằng and the rest), the default rows of the standards.</summary>
    Other,
}
