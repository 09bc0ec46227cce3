using System.Globalization;
using Boundaries.Core.Evaluation;
using Boundaries.Core.Formatting;
using Boundaries.Core.Units;

namespace Boundaries.Maps.Styling;

/// <summary>Assigns each commune a fill class (by status, type or population) and counts the classes for the legend.</summary>
internal sealed class FillScheme
{
    private static CultureInfo Vi => VietnameseFormat.Culture;
    private readonly ColorBy _colorBy;
    private readonly IReadOnlyList<long> _populationBreaks;
    private readonly Dictionary<MapPanel, Dictionary<UnitCode, Assessment>> _assessments = [];

    private FillScheme(ColorBy colorBy, IReadOnlyList<long> populationBreaks, IEnumerable<MapPanel> panels)
    {
        _colorBy = colorBy;
        _populationBreaks = populationBreaks;
        foreach (var panel in panels)
        {
            _assessments[panel] = panel.Evaluation?.Assessments.ToDictionary(a => a.Code) ?? [];
        }
    }

    /// <summary>The legend's heading for the fills.</summary>
    public string Title => _colorBy switch
    {
        ColorBy.Type => "Loại đơn vị hành chính cấp xã",
        ColorBy.Population => "Dân số (người)",
        _ => "Đánh giá theo tiêu chuẩn",
    };

    /// <summary>Every class in legend order.</summary>
    public IReadOnlyList<FillClass> Classes => _colorBy switch
    {
        ColorBy.Type => [Type(UnitType.Xa), Type(UnitType.Phuong), Type(UnitType.ThiTran)],
        ColorBy.Population => Enumerable.Range(0, _populationBreaks.Count + 1).Select(PopulationClass).ToList(),
        _ => new[] { ComplianceStatus.MustArrange, ComplianceStatus.BelowStandard, ComplianceStatus.Meets, ComplianceStatus.Exempt, ComplianceStatus.InsufficientData }
            .Select(Status).ToList(),
    };

    /// <summary>The scheme for the request; population classes are computed over the communes in focus of every panel, so both panels share them.</summary>
    public static FillScheme For(MapRequest request, IEnumerable<IReadOnlyList<AdminUnit>> focusCommunes)
    {
        var populations = focusCommunes.SelectMany(u => u).Select(u => u.Population?.Value).OfType<long>().ToList();
        return new FillScheme(request.ColorBy, PopulationBreaks.Of(populations), request.Panels);
    }

    /// <summary>The class of a commune in a panel.</summary>
    public FillClass ClassOf(MapPanel panel, AdminUnit unit) => _colorBy switch
    {
        ColorBy.Type => Type(unit.Type),
        ColorBy.Population => unit.Population is { } p ? PopulationClass(_populationBreaks.Count(b => p.Value >= b)) : Status(ComplianceStatus.InsufficientData),
        _ => Status(_assessments[panel].TryGetValue(unit.Code, out var a) ? ComplianceStatuses.Of(a) : ComplianceStatus.InsufficientData),
    };

    private static FillClass Status(ComplianceStatus status)
    {
        var label = status.VietnameseName();
        return new FillClass(status.Slug(), char.ToUpper(label[0], Vi) + label[1..], MapStyle.StatusFill(status));
    }

    private static FillClass Type(UnitType type) => type switch
    {
        UnitType.Phuong => new FillClass("phuong", "Phường", new SkiaSharp.SKColor(0xF9, 0xC9, 0x9A)),
        UnitType.ThiTran => new FillClass("thi-tran", "Thị trấn", new SkiaSharp.SKColor(0xB9, 0xD3, 0xEE)),
        UnitType.DacKhu => new FillClass("dac-khu", "Đặc khu", new SkiaSharp.SKColor(0xD9, 0xC8, 0xEA)),
        _ => new FillClass("xa", "Xã", new SkiaSharp.SKColor(0xD7, 0xEC, 0xC6)),
    };

    private FillClass PopulationClass(int index)
    {
        var ramp = MapStyle.PopulationRamp;
        var colour = ramp[Math.Min(ramp.Length - 1, (int)Math.Round(index * (ramp.Length - 1) / (double)Math.Max(1, _populationBreaks.Count)))];
        string label;
        if (_populationBreaks.Count == 0)
        {
            label = "Mọi đơn vị";
        }
        else if (index == 0)
        {
            label = $"dưới {_populationBreaks[0].ToString("N0", Vi)}";
        }
        else if (index == _populationBreaks.Count)
        {
            label = $"từ {_populationBreaks[^1].ToString("N0", Vi)}";
        }
        else
        {
            label = $"{_populationBreaks[index - 1].ToString("N0", Vi)} – dưới {_populationBreaks[index].ToString("N0", Vi)}";
        }

        return new FillClass($"pop-{index}", label, colour);
    }
}
