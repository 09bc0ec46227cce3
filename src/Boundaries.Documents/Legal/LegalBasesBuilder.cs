using Boundaries.Core.Scenarios;
using Boundaries.Core.Formatting;

namespace Boundaries.Documents.Legal;

/// <summary>Chooses the bases in force on the documents' date and writes them in official form.</summary>
internal static class LegalBasesBuilder
{
    public static LegalBases Build(CitationWriter writer, InstrumentCatalogue catalogue, Scenario? scenario, string programmeId)
    {
        var date = writer.Date;
        IReadOnlyList<string> Role(string role) => writer.InForce(role).Select(writer.Full).ToList();

        var constitution = writer.InForce("hien-phap").Select(writer.Full).FirstOrDefault() ?? "";
        var political = Role("chinh-tri");
        var laws = Role("luat");
        var standards = Role("tieu-chuan");
        var programmes = writer.InForce("sap-xep").Where(p => programmeId.Length == 0 || p.Programme == programmeId || p.Programme.Length == 0).ToList();
        var drafted = programmes.Count == 0 && programmeId.Length > 0 ? writer.DraftedAhead("sap-xep", programmeId) : [];
        var programme = programmes.Select(writer.Full).FirstOrDefault() ?? drafted.Select(writer.Draft).FirstOrDefault() ?? "";
        var consultation = Role("lay-y-kien");
        var classification = Role("phan-loai");

        var own = new List<string>();
        foreach (var reference in scenario?.LegalBasis ?? [])
        {
            var instrument = catalogue.FindIn(reference.Instrument);
            var first = instrument?.Signed ?? reference.Date;
            if (first is { } d && d > date)
            {
                writer.Warn($"{reference.Instrument} ({VietnameseFormat.ShortDate(d)}) ban hành sau ngày của hồ sơ ({VietnameseFormat.ShortDate(date)}): không trích dẫn làm căn cứ");
                continue;
            }

            own.Add(instrument is not null ? writer.Full(instrument) : reference.Instrument + (reference.Date is { } rd ? " ngày " + VietnameseFormat.ShortDate(rd) : ""));
        }

        var effective = "";
        if (scenario?.EffectiveDate is { } e)
        {
            if (e > date)
            {
                effective = VietnameseFormat.Date(e);
            }
            else
            {
                writer.Warn($"Ngày hiệu lực {VietnameseFormat.ShortDate(e)} của phương án không sau ngày của hồ sơ ({VietnameseFormat.ShortDate(date)}): dự thảo nghị quyết để trống ngày hiệu lực");
            }
        }

        var all = new List<string>();
        if (constitution.Length > 0)
        {
            all.Add(constitution);
        }

        all.AddRange(laws);
        all.AddRange(standards);
        if (programme.Length > 0 && programmes.Count > 0)
        {
            all.Add(programme);
        }

        all.AddRange(consultation);
        all.AddRange(classification);
        all.AddRange(own.Where(o => !all.Contains(o)));

        var unconfirmed = writer.Cited.ToList().Select(catalogue.Find).OfType<LegalInstrument>().Where(i => i.Unconfirmed)
            .Select(i => writer.Short(i)).Distinct().ToList();
        return new LegalBases(
            date >= LegalBases.TwoTierFrom,
            constitution,
            political,
            laws,
            standards,
            programme,
            programmes.Count == 0 && drafted.Count > 0,
            consultation,
            classification,
            own,
            all,
            effective,
            unconfirmed,
            writer.Warnings,
            date >= new DateOnly(2026, 4, 14) ? 16 : 15);
    }
}
