namespace Boundaries.Documents.Model;

/// <summary>How many subordinate units a parent has before and after the scenario ("thành phố Trà Vinh có 08 đơn vị hành chính cấp xã, gồm 07 phường và 01 xã").</summary>
/// <param name="ParentName">The parent in running text ("thành phố Trà Vinh", "tỉnh Trà Vinh").</param>
/// <param name="LevelText">The level counted ("cấp xã", "cấp huyện").</param>
/// <param name="Before">Units before.</param>
/// <param name="After">Units after.</param>
/// <param name="BeforeText">The breakdown before ("09 phường và 01 xã").</param>
/// <param name="AfterText">The breakdown after ("07 phường và 01 xã").</param>
public sealed record UnitCount(string ParentName, string LevelText, int Before, int After, string BeforeText, string AfterText);
