using Boundaries.Core.Units;
using Boundaries.Data.Import.Building;

namespace Boundaries.Data.Tests.Import.Building;

public class UnitNamesTests
{
    [Theory]
    [InlineData("Xã Long Đức", UnitType.Xa, "Long Đức")]
    [InlineData("Phường 3", UnitType.Phuong, "Phường 3")]
    [InlineData("Thành phố Trà Vinh", UnitType.ThanhPhoThuocTinh, "Trà Vinh")]
    [InlineData("Thị trấn Cầu Kè", UnitType.ThiTran, "Cầu Kè")]
    [InlineData("Long Đức", UnitType.Xa, "Long Đức")]
    [InlineData("Thành phố Hà Nội", UnitType.ThanhPhoTrucThuocTrungUong, "Hà Nội")]
    public void WithoutType_GsoNames_DropThePrefixUnlessANumberFollows(string full, UnitType type, string expected)
    {
        Assert.Equal(expected, UnitNames.WithoutType(full, type));
    }

    [Theory]
    [InlineData("Thị xã Duyên Hải", 3, UnitType.ThiXa)]
    [InlineData("THI TRAN CANG LONG", 5, UnitType.ThiTran)]
    [InlineData("Thành phố Trà Vinh", 3, UnitType.ThanhPhoThuocTinh)]
    [InlineData("Thành phố Cần Thơ", 2, UnitType.ThanhPhoTrucThuocTrungUong)]
    public void TypeFromPrefix_KnownPrefix_GivesType(string full, int codeWidth, UnitType expected)
    {
        Assert.Equal(expected, UnitNames.TypeFromPrefix(full, codeWidth));
    }

    [Fact]
    public void TypeFromPrefix_NoPrefix_IsNull()
    {
        Assert.Null(UnitNames.TypeFromPrefix("Long Đức"));
    }

    [Theory]
    [InlineData("1", UnitLevel.Province, "01")]
    [InlineData("29239.0", UnitLevel.Commune, "29239")]
    [InlineData("4", UnitLevel.District, "004")]
    [InlineData(" 842 ", null, "842")]
    public void Normalise_NumericCodes_RestoreLeadingZerosForTheLevel(string raw, UnitLevel? level, string expected)
    {
        Assert.Equal(expected, GsoCodes.Normalise(raw, level)?.Value);
    }
}
