namespace Boundaries.Core.Scenarios.Territories;

/// <summary>A piece of territory being united into a unit: a whole unit's polygon or a part cut from one.</summary>
/// <param name="Name">How messages name it ("Phường 2 (29245)", "ấp Kinh Xáng of Xã Hòa Lợi (29401)").</param>
/// <param name="Code">The unit it is or comes from.</param>
/// <param name="Geometry">Its polygon.</param>
internal sealed record Territory(string Name, Units.UnitCode Code, Geometry Geometry);
