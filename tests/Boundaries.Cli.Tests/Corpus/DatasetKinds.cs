namespace Boundaries.Cli.Tests.Corpus;

/// <summary>Dataset folders with one value or file broken: a copy of the bundled Trà Vinh dataset changed in one place.</summary>
internal static class DatasetKinds
{
    private const string Census = "population_census_2019.csv";
    private const string Layer = "communes_mapmaker_c2009.geojson";

    public static IEnumerable<BadInput> All()
    {
        yield return Population("dataset-population-abc", "abc", "population 'abc' of 29242 is not a whole number of people");
        yield return Population("dataset-population-of-23-digits", "12345678901234567890123", "population '12345678901234567890123' of 29242 is not a whole number");
        yield return Population("dataset-population-negative", "-5", "population '-5' of 29242 is not a whole number");
        yield return Population("dataset-population-fraction", "3499.5", "population '3499.5' of 29242 is not a whole number");
        yield return Population("dataset-population-implausible-for-a-commune", "9000000", "population 9000000 is not plausible for a commune");
        yield return Changed("dataset-manifest-not-json", "dataset.json", _ => "{ \"name\": ", "");
        yield return Changed("dataset-manifest-names-a-missing-layer", "dataset.json", text => text.Replace(Layer, "missing.geojson"), "", exitCode: 3, named: "missing.geojson");
        yield return Changed("dataset-layer-is-a-fifo", "dataset.json", text => text, "device, FIFO or socket", named: Layer, fifo: Layer);
        yield return Changed("dataset-manifest-names-a-fifo-outside-its-folder", "dataset.json", text => text.Replace(Layer, "../pipe.geojson"), "outside its folder", fifo: "../pipe.geojson");
        yield return Changed("dataset-unit-facts-unclosed-quote", "unit-facts.csv", _ => "code,kind,value,year,reason,source,status\n84,region,other,,\"no closing quote,s,confirmed\n", "line 2");
        yield return Changed("dataset-unit-list-empty", "units_gso_2023-04-10.csv", _ => "", "");
    }

    private static BadInput Population(string kind, string value, string problem) =>
        Changed(kind, Census, text => text.Replace("29242,842,84,Tỉnh Trà Vinh,Thành phố Trà Vinh,Phường 3,3499,", $"29242,842,84,Tỉnh Trà Vinh,Thành phố Trà Vinh,Phường 3,{value},"), problem);

    // fifo: a file of the dataset (relative to its folder) replaced by a FIFO nobody writes to.
    private static BadInput Changed(string kind, string file, Func<string, string> change, string problem, int exitCode = 2, string? named = null, string? fifo = null) =>
        new(kind, exitCode, problem, ws =>
        {
            var folder = Directory.CreateDirectory(ws.File(kind)).FullName;
            foreach (var f in Directory.GetFiles(RepoPaths.TraVinh))
            {
                File.Copy(f, Path.Combine(folder, Path.GetFileName(f)));
            }

            var path = Path.Combine(folder, file);
            File.WriteAllText(path, change(File.ReadAllText(path)));
            if (fifo is not null)
            {
                File.Delete(Path.Combine(folder, fifo));
                FileSystemKinds.Fifo(ws, Path.GetRelativePath(ws.Folder, Path.Combine(folder, fifo)));
            }

            return ws.ImportAndUnits(folder, named ?? file);
        });
}
