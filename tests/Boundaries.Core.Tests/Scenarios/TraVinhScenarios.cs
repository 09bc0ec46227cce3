using Boundaries.Core.Scenarios;
using Boundaries.Core.Scenarios.Operations;
using Boundaries.Core.Units;

namespace Boundaries.Core.Tests.Scenarios;

/// <summary>The real Trà Vinh cases as scenarios built in code (the files in data/scenarios/ are read by the Data tests).</summary>
internal static class TraVinhScenarios
{
    public static readonly ScenarioBaseline Baseline = new("tra-vinh", new DateOnly(2023, 4, 10));

    /// <summary>NQ 1277/NQ-UBTVQH15: Phường 2 + 3 + 6 of TP Trà Vinh → Phường 3 (29242), from 01/01/2025.</summary>
    public static Scenario Nq1277() => new()
    {
        Baseline = Baseline,
        Title = "NQ 1277/2024",
        EffectiveDate = new DateOnly(2025, 1, 1),
        Operations = [new MergeOperation(["29245", "29242", "29251"], new NewUnitSpec("29242", "Phường 3", UnitType.Phuong))],
    };

    /// <summary>NQ 728/NQ-UBTVQH15: 3.13 km² and 490 people from xã Long Khánh to xã Ngũ Lạc, declared only.</summary>
    public static TransferOperation Nq728() =>
        new(new UnitPart("29521", new DeclaredPart(3.13, "NQ 728/NQ-UBTVQH15, Điều 1"), 490, "ấp Phước Hội"), "29530");

    /// <summary>The expansion of TP Trà Vinh: Nguyệt Hóa and Hòa Thuận reassigned, 3.44 km² / 3,339 people of Hòa Lợi into Phường 9 (declared).</summary>
    public static Scenario Expansion() => new()
    {
        Baseline = Baseline,
        Title = "Mở rộng thành phố Trà Vinh",
        Operations =
        [
            new ReassignOperation(["29395", "29398"], "842"),
            new TransferOperation(new UnitPart("29401", new DeclaredPart(3.44, "saigonmoi24"), 3339, "ấp Kinh Xáng, ấp Trì Phong"), "29260"),
        ],
    };
}
