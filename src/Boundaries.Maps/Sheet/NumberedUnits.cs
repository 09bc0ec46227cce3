namespace Boundaries.Maps.Sheet;

/// <summary>Units too small for their name at the map's scale, labelled with a number that the legend explains; one numbering for the whole sheet.</summary>
internal sealed class NumberedUnits
{
    private readonly Dictionary<string, int> _numbers = [];
    private readonly List<(int Number, string Name)> _entries = [];

    /// <summary>The numbers given, in order, with the unit each stands for.</summary>
    public IReadOnlyList<(int Number, string Name)> Entries => _entries;

    /// <summary>The unit's number, giving it the next one the first time.</summary>
    public int NumberOf(string key, string name)
    {
        if (!_numbers.TryGetValue(key, out var number))
        {
            number = _numbers.Count + 1;
            _numbers[key] = number;
            _entries.Add((number, name));
        }

        return number;
    }
}
