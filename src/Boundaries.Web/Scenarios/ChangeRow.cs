namespace Boundaries.Web.Scenarios;

/// <summary>One affected unit in the before → after table, with its compliance after the scenario.</summary>
/// <param name="Code">The code the row is listed under (after, else before).</param>
/// <param name="Level">"commune" or "district".</param>
/// <param name="Before">The unit before; null for a new unit.</param>
/// <param name="After">The unit after; null for a unit that ceased.</param>
/// <param name="What">The kinds of change ("area", "population", "parent", "name", "type", "created", "ceased").</param>
/// <param name="WhatText">The kinds of change in Vietnamese.</param>
/// <param name="WentTo">For a unit that ceased: the codes that took its territory.</param>
/// <param name="FormedFrom">For a unit formed by an arrangement: how many units of its level it was formed from.</param>
/// <param name="Declared">True when a declared figure (no published polygon) is involved.</param>
/// <param name="Compliance">The standing after, in Vietnamese, with NQ 35/2023/UBTVQH15 Điều 4 for a formed unit.</param>
/// <param name="ComplianceKey">The status key after ("none" for a unit that ceased).</param>
public sealed record ChangeRow(
    string Code,
    string Level,
    UnitSide? Before,
    UnitSide? After,
    IReadOnlyList<string> What,
    string WhatText,
    IReadOnlyList<string> WentTo,
    int? FormedFrom,
    bool Declared,
    string Compliance,
    string ComplianceKey);
