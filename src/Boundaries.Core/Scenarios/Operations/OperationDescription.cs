using System.Globalization;
using Boundaries.Core.Formatting;

namespace Boundaries.Core.Scenarios.Operations;

/// <summary>An operation in Vietnamese words: one line for a scenario's log (the web page, the command line), and the kind as documents name it.</summary>
public static class OperationDescription
{
    private static CultureInfo Vi => VietnameseFormat.Culture;

    /// <summary>The line; <paramref name="nameOf"/> gives a unit's full name from its code.</summary>
    public static string Of(ScenarioOperation operation, Func<UnitCode, string> nameOf)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(nameOf);
        string Names(IEnumerable<UnitCode> codes) => string.Join(", ", codes.Select(nameOf));
        return operation switch
        {
            MergeOperation m => $"Nhập {Names(m.Units)} → {m.Into.FullName} (mã {m.Into.Code})",
            ReassignOperation r => $"Chuyển {Names(r.Units)} về {nameOf(r.To)}",
            TransferOperation t => $"Điều chỉnh {Part(t.Part, nameOf)} sang {nameOf(t.To)}",
            RenameOperation n => $"Đổi tên {nameOf(n.Unit)} thành {n.Name}",
            ChangeTypeOperation c => $"Chuyển {nameOf(c.Unit)} thành {c.Type.VietnameseName()}",
            EstablishOperation e => $"Thành lập {e.Unit.FullName} thuộc {nameOf(e.Parent)}",
            DissolveOperation d => $"Giải thể {nameOf(d.Unit)}, nhập vào {nameOf(d.Into)}",
            _ => operation.Kind,
        };
    }

    /// <summary>What an operation kind does, as a document names it: "nhập", "điều chỉnh địa giới", "giải thể".</summary>
    public static string KindWords(string kind) => kind switch
    {
        "merge" => "nhập",
        "transfer" => "điều chỉnh địa giới",
        "establish" => "thành lập",
        "dissolve" => "giải thể",
        "rename" => "đổi tên",
        "change-type" => "chuyển loại",
        "reassign" => "điều chỉnh đơn vị trực thuộc",
        _ => kind,
    };

    private static string Part(UnitPart part, Func<UnitCode, string> nameOf)
    {
        var what = part.Name ?? "một phần";
        var shape = part.Shape switch
        {
            DeclaredPart d => string.Create(Vi, $"{d.AreaKm2:N2} km² theo số liệu công bố"),
            PolygonPart => "theo vùng vẽ",
            _ => "theo đường chia",
        };
        return string.Create(Vi, $"{what} của {nameOf(part.From)} ({part.Population:N0} người, {shape})");
    }
}
