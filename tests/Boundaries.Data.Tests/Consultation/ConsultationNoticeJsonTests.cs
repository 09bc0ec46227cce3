using Boundaries.Data.Consultation;
using Boundaries.Data.Tests.TestSupport;

namespace Boundaries.Data.Tests.Consultation;

public sealed class ConsultationNoticeJsonTests
{
    [Fact]
    public void Read_TestNotice_DatesAndThreePlaces()
    {
        var notice = ConsultationNoticeJson.Read(Path.Combine(RepoPaths.Root, "tests", "fixtures", "consultation", "nq1277-test-notice.json"));

        Assert.Equal(new DateOnly(2024, 8, 5), notice.From);
        Assert.Equal(new DateOnly(2024, 8, 11), notice.To);
        Assert.Equal(["Phường 2", "Phường 3", "Phường 6"], notice.Places.Select(p => p.Unit));
        Assert.Equal("7 giờ 30 – 17 giờ", notice.Places[0].Hours);
        Assert.Null(notice.Places[1].Hours);
        Assert.Equal("Ủy ban nhân dân thành phố Trà Vinh", notice.Organiser);
    }

    [Theory]
    [InlineData("""{ "from": "05/08/2024" }""", "\"from\": 05/08/2024 is not a date YYYY-MM-DD")]
    [InlineData("""{ "from": "2024-08-12", "to": "2024-08-11" }""", "\"from\" 2024-08-12 is after \"to\" 2024-08-11")]
    [InlineData("""{ "places": [ { "unit": "Phường 2" } ] }""", "places[0]: \"place\" is missing")]
    [InlineData("""[1, 2]""", "must be a JSON object")]
    [InlineData("""{ "from": """, "not a JSON consultation notice")]
    public void Read_BadNotice_NamesTheProblem(string json, string message)
    {
        using var folder = new TempFolder();
        var path = folder.File("notice.json");
        File.WriteAllText(path, json);

        var error = Assert.Throws<InputDataException>(() => ConsultationNoticeJson.Read(path));

        Assert.Contains(message, error.Message);
    }
}
