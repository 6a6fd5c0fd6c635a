using ConsentKit.Targeting;
using static ConsentKit.Prompts.Tests.ListedNames;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 5, the fifteenth session's third round (read from the twenty-third blind set): an export's column of
/// booking, order or ticket numbers holds references, not phones; a place with its province's code or as a heading before a
/// dash is no person; days, holidays and an imperative before a number are no person. Rules over generated values.
/// </summary>
public sealed class ReferenceColumnAndHeadingTests
{
    [Theory]
    [InlineData("Confirmation")]
    [InlineData("Order ID")]
    [InlineData("Numéro de réservation")]
    [InlineData("Ticket Number")]
    [InlineData("Facture")]
    [Trait("Req", "R42")]
    public void Scan_ReferenceColumnOfTenDigits_NoPhone(string header)
    {
        var families = Families(733, 8);
        var rows = families.Select((f, k) => $"{2308452897L + (k * 97_531_113L)};Youssef {Capitalize(f)};+1-873-555-01{k:00}");
        var text = $"{header};Client;Téléphone\n" + string.Join('\n', rows);
        Of(PersonalDataType.Phone, text).Should().Equal(families.Select((_, k) => $"+1-873-555-01{k:00}"), text);
        People(text).Should().HaveCount(families.Count, text);
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_PlaceWithItsProvincesCodeOrAsAHeadingBeforeADash_NoPerson()
    {
        foreach (var place in new[] { "London", "Preston", "Brandon", "Hudson", "Nelson" })
        {
            foreach (var code in new[] { "ON", "NS", "MB", "QC" })
            {
                People($"Cvent - attendee report, {place}, {code} policy convention (delegates)").Should().BeEmpty();
            }

            People($"{place} — Levi Hofer from the colony wants a sign.").Should().Equal(["Levi Hofer"]);
            People($"{place} - Levi Hofer from the colony wants a sign.").Should().Equal(["Levi Hofer"]);
        }
    }

    [Theory]
    [InlineData("Ibrahim will host the candidate Sat. His # 613-555-0174", "Ibrahim")]
    [InlineData("Kelsey says she'll volunteer Saturdays only.", "Kelsey")]
    [InlineData("YES count me in, I will volunteer Sat", null)]
    [InlineData("Appelez 514-555-0114 si vous êtes en retard.", null)]
    [InlineData("Contactez 514-555-0114 pour le transport.", null)]
    [InlineData("Victoria Day, Canada Day and Labour Day are statutory holidays.", null)]
    [Trait("Req", "R42")]
    public void Scan_DayHolidayOrImperative_NoPerson(string text, string? person)
    {
        People(text).Should().Equal(person is null ? [] : [person], text);
    }

    [Theory]
    [InlineData("fait partie de la délégation de Gaspé")]
    [InlineData("will speak at the plenary on Saturday")]
    [InlineData("accreditation badge printed twice")]
    [InlineData("rejoint le comité jeunesse")]
    [InlineData("door-knocking moved to 11")]
    [Trait("Req", "R42")]
    public void Scan_CongressWordAboutAnIdentifiedPerson_PoliticalOpinion(string phrase)
    {
        foreach (var text in AboutListedPeople(phrase, 601, 2333))
        {
            Sensitive(text).Should().Contain(DataCategory.PoliticalOpinion, text);
        }
    }
}
