namespace Boundaries.Cli.Commands;

/// <summary><c>boundaries units</c>: every unit with code, name, type, parent, population and area.</summary>
internal static class UnitsCommand
{
    public static Command Create(CliConsole console)
    {
        var project = CommonOptions.Project();
        var district = new Option<string?>("--district") { Description = "Only the communes of this district code (e.g. 842) and the district itself" };
        var type = new Option<string?>("--type") { Description = $"Only units of this type: {UnitTypes.SlugList}" };
        var format = CommonOptions.Format("table", "csv", "json");
        var output = CommonOptions.OutFile();
        var command = new Command("units", "List every unit (province, districts, communes) with code, name, type, parent, population and area")
        {
            project, district, type, format, output,
        };
        command.SetAction(async (parse, ct) =>
        {
            new FileGuard().Input(parse.GetValue(project)).OutputFile(parse.GetValue(output)).Check();
            var opened = await ProjectSource.OpenAsync(parse.GetValue(project)!, CommonOptions.Limits(parse), console, ct);
            var rows = Select(opened.Map, parse.GetValue(district), parse.GetValue(type)).Select(u => UnitRow.Of(opened.Map, u)).ToList();
            switch (parse.GetValue(format))
            {
                case "csv":
                    OutputWriter.Write(console, parse.GetValue(output), UnitsOutput.ToCsv(rows));
                    break;
                case "json":
                    OutputWriter.Write(console, parse.GetValue(output), UnitsOutput.ToJson(rows));
                    break;
                default:
                    console.Out.Write(UnitsOutput.ToTable(rows));
                    break;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static IEnumerable<AdminUnit> Select(AdminMap map, string? district, string? typeText)
    {
        IEnumerable<AdminUnit> units = map.Units;
        if (district is not null)
        {
            var d = map.Find(district) ?? throw new UsageException($"--district {district}: no unit with this code in the map");
            if (d.Level != UnitLevel.District)
            {
                var hint = map.Districts.Any() ? "" : " (this map has no district level: since 01/07/2025 communes are directly under the province; use --type)";
                throw new UsageException($"--district {district}: {d.FullName} is not a district-level unit{hint}");
            }

            units = units.Where(u => u.Code == d.Code || u.ParentCode == d.Code);
        }

        if (typeText is not null)
        {
            if (!UnitTypes.TryParse(typeText, out var type))
            {
                throw new UsageException($"--type {typeText}: unknown unit type (use {UnitTypes.SlugList})");
            }

            units = units.Where(u => u.Type == type);
        }

        return units;
    }
}
