using System.Text.Json;

namespace Boundaries.Cli.Output;

/// <summary>Writes unit rows as a table, CSV or JSON.</summary>
internal static class UnitsOutput
{
    /// <summary>CSV with the documented header.</summary>
    public static string ToCsv(IEnumerable<UnitRow> rows)
    {
        var sb = new StringBuilder().Append(string.Join(',', UnitRow.CsvHeader)).Append('\n');
        foreach (var r in rows)
        {
            sb.Append(CsvText.Line(r.Code, r.Name, r.Type, r.ParentCode, r.Population, r.AreaKm2)).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>A JSON array of objects with the CSV's fields plus the basis of each figure.</summary>
    public static string ToJson(IEnumerable<UnitRow> rows) =>
        JsonSerializer.Serialize(
            rows.Select(r => new
            {
                code = r.Code,
                name = r.Name,
                type = r.Type,
                parent_code = r.ParentCode,
                population = r.Population,
                population_year = r.PopulationYear,
                area_km2 = r.AreaKm2,
                area_basis = r.AreaBasis,
            }),
            JsonText.SerializerOptions) + "\n";

    /// <summary>A table for the terminal, in Vietnamese number format (1.664 people; 26,73 km²).</summary>
    public static Table ToTable(IReadOnlyList<UnitRow> rows)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Mã")
            .AddColumn("Tên")
            .AddColumn("Loại")
            .AddColumn("Trực thuộc")
            .AddColumn(new TableColumn("Dân số").RightAligned())
            .AddColumn(new TableColumn("Diện tích (km²)").RightAligned());
        foreach (var r in rows)
        {
            var area = r.AreaKm2 is { } a ? VietnameseFormat.Number(a, 2) : "[grey]không có ranh giới[/]";
            var name = r.Level == "Commune" ? Markup.Escape(r.Name) : $"[bold]{Markup.Escape(r.Name)}[/]";
            table.AddRow(
                r.Code,
                name,
                Markup.Escape(r.Type),
                r.ParentCode ?? "",
                r.Population is { } p ? VietnameseFormat.Count(p) : "[grey]—[/]",
                area);
        }

        var years = rows.Select(r => r.PopulationYear).Where(y => y is not null).Distinct().ToList();
        table.Caption($"{rows.Count} đơn vị · diện tích tự nhiên đo trên ellipsoid WGS 84 · dân số năm {string.Join(", ", years)}");
        return table;
    }
}
