using Boundaries.Core.Scenarios.Results;

namespace Boundaries.Core.Scenarios.Steps;

/// <summary>What an operation would do to the working map, checked before it is committed.</summary>
internal sealed class PlannedChange(int number, string operation)
{
    /// <summary>The operation's position, counted from 1.</summary>
    public int Number { get; } = number;

    /// <summary>The operation's kind.</summary>
    public string Operation { get; } = operation;

    /// <summary>The new state of every unit the operation touches; null means the unit ceases.</summary>
    public Dictionary<UnitCode, AdminUnit?> Units { get; } = [];

    /// <summary>The new composition of every commune-level unit whose territory changes.</summary>
    public Dictionary<UnitCode, Composition?> Compositions { get; } = [];

    /// <summary>Declared area (km²) added to (or, when negative, taken from) a unit's polygon area.</summary>
    public Dictionary<UnitCode, double> DeclaredAreaKm2 { get; } = [];

    /// <summary>Unassigned polygons that follow their district to a new parent, by index.</summary>
    public Dictionary<int, UnassignedArea> Unassigned { get; } = [];

    /// <summary>How many pieces each new or changed polygon may have.</summary>
    public Dictionary<UnitCode, int> PieceAllowance { get; } = [];

    /// <summary>For each unit that ceases, the units that took its territory.</summary>
    public Dictionary<UnitCode, List<UnitCode>> WentTo { get; } = [];

    /// <summary>Units formed by an arrangement, with how many units of their level they were formed from (NQ 35/2023/UBTVQH15 Điều 4).</summary>
    public Dictionary<UnitCode, int> Formed { get; } = [];

    /// <summary>For each new code, the unit whose place in the unit order it takes.</summary>
    public Dictionary<UnitCode, UnitCode> Anchors { get; } = [];

    /// <summary>Seats named for units formed or changed.</summary>
    public Dictionary<UnitCode, string> Seats { get; } = [];

    /// <summary>Area (km²) counted twice in the input because the units' polygons overlapped; the union removes it.</summary>
    public double InputOverlapKm2 { get; set; }

    /// <summary>Declared flows of area and people.</summary>
    public List<DeclaredFigure> Declared { get; } = [];

    /// <summary>What happened, in one line.</summary>
    public string Message { get; set; } = "";

    /// <summary>How polygons were combined.</summary>
    public string Method { get; set; } = "attributes only";

    /// <summary>Anything the planner should know.</summary>
    public List<string> Notes { get; } = [];

    /// <summary>Sets a unit's new state and allows its polygon <paramref name="pieces"/> pieces.</summary>
    public void Set(AdminUnit unit, int? pieces = null)
    {
        Units[unit.Code] = unit;
        if (pieces is { } n)
        {
            PieceAllowance[unit.Code] = n;
        }
    }

    /// <summary>Marks a unit as ceasing, its territory going to <paramref name="to"/>.</summary>
    public void Remove(UnitCode code, UnitCode to)
    {
        Units[code] = null;
        Compositions[code] = null;
        WentTo[code] = [to];
    }

    /// <summary>The log entry of the operation.</summary>
    public ChangeLogEntry ToLogEntry() =>
        new(Number, Operation, Message, Units.Keys.ToList(), Method, Notes) { Declared = Declared.Count > 0 };
}
