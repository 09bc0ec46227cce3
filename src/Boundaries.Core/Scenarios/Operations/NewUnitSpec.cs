namespace Boundaries.Core.Scenarios.Operations;

/// <summary>The identity of a unit an operation creates: code, name, type and seat (trụ sở).</summary>
/// <param name="Code">The code; may be the code of a merged unit that continues (NQ 1277 keeps 29242 for the new Phường 3).</param>
/// <param name="Name">The name without the type prefix, as GSO writes it ("Phường 3", "Long Đức").</param>
/// <param name="Type">The unit type; its level must match the units it is formed from.</param>
/// <param name="Seat">Where the People's Committee sits, as the resolution says.</param>
public sealed record NewUnitSpec(UnitCode Code, string Name, UnitType Type, string? Seat = null)
{
    /// <summary>The name with its type, as <see cref="AdminUnit.FullName"/> writes it ("Phường 3", "Xã Long Đức").</summary>
    public string FullName =>
        Name.StartsWith(Type.VietnameseName(), StringComparison.OrdinalIgnoreCase) ? Name : $"{Type.VietnameseName()} {Name}";
}
