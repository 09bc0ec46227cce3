using Boundaries.Cli.Commands;

namespace Boundaries.Cli.Output;

/// <summary>The terminal table of <c>boundaries crosswalk</c>, in Vietnamese: old units, share, new units, with figures and their basis.</summary>
internal static class CrosswalkTable
{
    public static void Write(CliConsole console, IReadOnlyList<CrosswalkLine> lines, CodeCrosswalk crosswalk, bool fromOld, ProjectMetadata? oldMap)
    {
        var first = lines[0].Row;
        var date = crosswalk.NewBaseline is { } d ? $"ngày {d:dd'/'MM'/'yyyy}" : "sau sắp xếp";
        console.Out.MarkupLine(Markup.Escape(fromOld
            ? $"{first.OldName} ({first.OldCode}, {first.OldProvince}) từ {date} thuộc {lines.Count} đơn vị:"
            : $"{first.NewName} ({first.NewCode}) từ {date} được hình thành từ {lines.Count} đơn vị cũ:"));
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Mã cũ").AddColumn("Đơn vị cũ").AddColumn(new TableColumn("Diện tích (km²)").RightAligned()).AddColumn(new TableColumn("Dân số").RightAligned())
            .AddColumn("Phần").AddColumn("Mã mới").AddColumn("Đơn vị mới").AddColumn(new TableColumn("Diện tích (km²)").RightAligned()).AddColumn(new TableColumn("Dân số").RightAligned());
        foreach (var l in lines)
        {
            var o = l.Old is { } ou ? UnitFigures.Of(ou) : null;
            var n = l.New is { } nu ? UnitFigures.Of(nu) : null;
            table.AddRow(
                l.Row.OldCode.Value, Markup.Escape(l.Row.OldName), Area(o), People(o),
                l.Row.Share == CrosswalkShare.Full ? "toàn bộ" : "một phần",
                l.Row.NewCode.Value, Markup.Escape(l.Row.NewName), Area(n), People(n));
        }

        var bases = lines.SelectMany(l => new[] { l.Old, l.New }).OfType<AdminUnit>().Select(UnitFigures.Of)
            .SelectMany(f => new[] { f.AreaBasis, f.PopulationBasis }).Distinct();
        table.Caption(Markup.Escape("Số liệu: " + string.Join("; ", bases) + $". Bảng chuyển đổi: {crosswalk.Source}"));
        console.Out.Write(table);
        if (oldMap?.Baseline is { } oldDate && crosswalk.NewBaseline is { } newDate && oldDate < newDate.AddDays(-1))
        {
            // The crosswalk's old codes are those in force the day before the reform; an older map may predate later changes.
            console.Out.MarkupLine(Markup.Escape($"Số liệu đơn vị cũ lấy từ bản đồ ngày {oldDate:dd'/'MM'/'yyyy}; các thay đổi từ ngày đó đến trước ngày {newDate:dd'/'MM'/'yyyy} không có trong số liệu này."));
        }

        if (oldMap is null)
        {
            console.Out.MarkupLine("[grey]Số liệu của đơn vị cũ: thêm --before với bản đồ trước sắp xếp (ví dụ data/boundaries/tra-vinh).[/]");
        }
        else if (!fromOld && lines.All(l => l.Row.Share == CrosswalkShare.Full && l.Old is not null))
        {
            var olds = lines.Select(l => UnitFigures.Of(l.Old!)).ToList();
            console.Out.MarkupLine(Markup.Escape(
                $"Cộng các đơn vị cũ (toàn bộ): diện tích {Sum(olds.Select(f => f.AreaKm2), v => VietnameseFormat.Number(v, 2))} km², dân số {Sum(olds.Select(f => (double?)f.Population), v => VietnameseFormat.Count((long)v))} người."));
        }
    }

    private static string Sum(IEnumerable<double?> values, Func<double, string> format)
    {
        var list = values.ToList();
        return list.Any(v => v is null) ? "không đủ số liệu" : format(list.Sum(v => v!.Value));
    }

    private static string Area(UnitFigures? f) => f?.AreaKm2 is { } a ? VietnameseFormat.Number(a, 2) : "[grey]—[/]";

    private static string People(UnitFigures? f) => f?.Population is { } p ? VietnameseFormat.Count(p) : "[grey]—[/]";
}
