using System.Text.Json.Serialization;

namespace Boundaries.Data.Import.Manifest;

/// <summary>The dataset.json of a data folder: which file is the unit list, which are polygon layers and joins, and how each source's field names map to the model.</summary>
/// <remarks>
/// Another province is imported by writing one of these, not code. File names are relative to the folder
/// of the manifest. Member names are snake_case; unknown members are refused so that a typo does not pass
/// silently; "$comment" is allowed everywhere.
/// </remarks>
public sealed record DatasetManifest : ManifestPart
{
    /// <summary>A display name, e.g. "Trà Vinh (84)".</summary>
    public string? Name { get; init; }

    /// <summary>The date of the state of the map the dataset shows (yyyy-MM-dd), e.g. 2025-07-01 for the two-tier map; defaults to the unit list's <c>as_of</c>.</summary>
    public string? Baseline { get; init; }

    /// <summary>The province the dataset covers; it becomes the top unit of the map.</summary>
    public ManifestProvince? Province { get; init; }

    /// <summary>The official unit list (codes, names, types, parents).</summary>
    public required ManifestUnitList Units { get; init; }

    /// <summary>Polygon layers, each with its role.</summary>
    public IReadOnlyList<ManifestLayer> Layers { get; init; } = [];

    /// <summary>Tables joined to units by code: population, official area, region class, special factors.</summary>
    public IReadOnlyList<ManifestJoin> Joins { get; init; } = [];

    /// <summary>Source polygons that belong to no current unit and are kept as unassigned areas.</summary>
    public IReadOnlyList<ManifestUnassigned> Unassigned { get; init; } = [];

    /// <summary>Why a unit has no polygon, by unit code.</summary>
    public IReadOnlyDictionary<string, string> MissingGeometry { get; init; } = new Dictionary<string, string>();

    /// <summary>A CSV of sourced per-unit facts (official figures, special factors, exemptions, plan listings) in the standards catalogue's format (data/standards/README.md); joined when a project is built.</summary>
    public string? UnitFacts { get; init; }

    /// <summary>A CSV of measured doubts on the units' figures (code, figure = area|population, reason, source); see <see cref="Building.DoubtsReader"/>.</summary>
    public string? Doubts { get; init; }

    /// <summary>The crosswalk from the codes before <see cref="Baseline"/> to the dataset's codes, when the dataset has one.</summary>
    public ManifestCrosswalk? Crosswalk { get; init; }

    /// <summary>Scenario files of the changes made since <see cref="Baseline"/>, each with its <c>effective_date</c> (e.g. tỉnh Đồng Nai made a thành phố trực thuộc trung ương on 30/04/2026); evaluation applies those in force on its date.</summary>
    public IReadOnlyList<string> Changes { get; init; } = [];

    /// <summary>The path of the manifest file as the user named it, folder included (set by <see cref="Load"/>).</summary>
    [JsonIgnore]
    public string Path { get; init; } = "";

    /// <summary>The folder that file names are relative to, as the user named it ("" for the current folder).</summary>
    [JsonIgnore]
    public string Folder => System.IO.Path.GetDirectoryName(Path) ?? "";

    /// <summary>Loads dataset.json from a folder, or the given manifest file; throws <see cref="InputDataException"/> with one line naming the problem.</summary>
    public static DatasetManifest Load(string folderOrFile) => ManifestLoader.Load(folderOrFile);

    /// <summary>The path of a file named in the manifest, relative to where the manifest was named from, so that messages show paths the user recognises.</summary>
    /// <remarks>
    /// A file outside the manifest's folder (an absolute path, "../x") is refused: commands check every file of a dataset
    /// folder before reading it (no device, FIFO or output among them), and a file elsewhere would escape that check.
    /// </remarks>
    public string Resolve(string file)
    {
        var folder = System.IO.Path.GetFullPath(Folder.Length == 0 ? "." : Folder);
        var relative = System.IO.Path.GetRelativePath(folder, System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, file)));
        if (System.IO.Path.IsPathRooted(file) || relative == ".." || relative.StartsWith(".." + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InputDataException(Path, $"names the file '{file}', outside its folder; put the dataset's files beside its dataset.json");
        }

        return System.IO.Path.Combine(Folder, file);
    }
}
