using Boundaries.Data.Import;
using Boundaries.Data.Import.Building;

namespace Boundaries.Data.Tests.Import.Building;

public class FieldGuesserTests
{
    [Fact]
    public void Guess_ProvincialOfficeNames_FindsAllFour()
    {
        var mapping = FieldGuesser.Guess(["OBJECTID", "MA_XA", "TEN_XA", "LOAI", "MA_HUYEN", "DIEN_TICH"], null, "x.shp");

        Assert.Equal(new FieldMapping("MA_XA", "TEN_XA", "LOAI", "MA_HUYEN"), mapping);
    }

    [Fact]
    public void Guess_NamesWithDiacriticsAndSpaces_AreFolded()
    {
        var mapping = FieldGuesser.Guess(["Mã xã", "Tên xã", "Loại", "Mã huyện"], null, "x.geojson");

        Assert.Equal(new FieldMapping("Mã xã", "Tên xã", "Loại", "Mã huyện"), mapping);
    }

    [Fact]
    public void Guess_DistrictLayer_TakesDistrictCodeAsCodeAndProvinceCodeAsParent()
    {
        var mapping = FieldGuesser.Guess(["ma_huyen", "ten_huyen", "ma_tinh"], null, "x.geojson");

        Assert.Equal(new FieldMapping("ma_huyen", "ten_huyen", null, "ma_tinh"), mapping);
    }

    [Fact]
    public void Guess_PrefixedLongNames_MatchBySuffix()
    {
        var mapping = FieldGuesser.Guess(["name", "district_name", "x_unit_type", "x_gso2023_commune_code", "x_gso2023_district_code"], null, "x.geojson");

        Assert.Equal(new FieldMapping("x_gso2023_commune_code", "name", "x_unit_type", "x_gso2023_district_code"), mapping);
    }

    [Fact]
    public void Guess_GivenField_WinsOverTheGuess()
    {
        var mapping = FieldGuesser.Guess(["ma", "code2023", "ten"], new FieldMapping(Code: "CODE2023"), "x.geojson");

        Assert.Equal("code2023", mapping.Code);
        Assert.Equal("ten", mapping.Name);
    }

    [Fact]
    public void Guess_NoCodeField_ThrowsListingTheFields()
    {
        var ex = Assert.Throws<InputDataException>(() => FieldGuesser.Guess(["ten", "dien_tich"], null, "x.geojson"));

        Assert.Equal("x.geojson: no unit code field found among ten, dien_tich; name it with --code-field FIELD", ex.Message);
    }

    [Fact]
    public void Guess_GivenFieldAbsent_Throws()
    {
        var ex = Assert.Throws<InputDataException>(() => FieldGuesser.Guess(["ma", "ten"], new FieldMapping(Name: "TEN_XA"), "x.geojson"));

        Assert.Equal("x.geojson: no field 'TEN_XA'; fields are ma, ten", ex.Message);
    }
}
