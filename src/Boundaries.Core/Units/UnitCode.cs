namespace Boundaries.Core.Units;

/// <summary>The official code of an administrative unit (mã đơn vị hành chính) as published by GSO.</summary>
/// <remarks>GSO codes are 2 digits for provinces, 3 for districts and 5 for communes. Leading zeros are significant.</remarks>
public readonly record struct UnitCode
{
    /// <summary>Creates a code from its text; surrounding white space is removed.</summary>
    public UnitCode(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Value = value.Trim();
    }

    /// <summary>The code as text, e.g. "29242".</summary>
    public string Value { get; }

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Converts text to a code.</summary>
    public static implicit operator UnitCode(string value) => new(value);
}
