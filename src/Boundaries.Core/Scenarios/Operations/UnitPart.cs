namespace Boundaries.Core.Scenarios.Operations;

/// <summary>A part of a commune-level unit that moves (an ấp, a hamlet), with the people who live in it.</summary>
/// <param name="From">The unit the part is taken from.</param>
/// <param name="Shape">How the part is given: a polygon, a line that splits the unit, or declared figures only.</param>
/// <param name="Population">The number of people who move with the part.</param>
/// <param name="Name">What the part is called ("ấp Phước Hội").</param>
public sealed record UnitPart(UnitCode From, PartShape Shape, long Population, string? Name = null)
{
    /// <summary>The part as the planner would say it: its name, or "part of" the unit.</summary>
    public string Describe(AdminUnit from) => Name is null ? $"một phần của {from.FullName} ({from.Code})" : $"{Name} của {from.FullName} ({from.Code})";
}
