using static ConsentKit.Prompts.Tests.ListedNames;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 5, the thirteenth session's second round: family names listed one after another, a spaced assignment's
/// name, a phone number after a sentence that names a receipt, and a parcel's tracking number. Rules over listed names and
/// generated numbers, not one example each.
/// </summary>
public sealed class EnumerationAndParcelTests
{
    // Family names that no list holds as given names: in a comma list, each is the list's item, not a "Family, Given" pair.
    private static List<string> FamilyOnly() =>
        [.. Families(977, 60).Where(f => (NameLists.FlagsOf(f) & (NameLists.WordFlags.Given | NameLists.WordFlags.NotName | NameLists.WordFlags.Place)) == 0
            && f.All(char.IsAsciiLetterLower)).Take(24)];

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_CommaListOfFamilyNames_EachItemBeforeTheLastIsAName()
    {
        var families = FamilyOnly();
        families.Count.Should().BeGreaterThan(12);
        for (var k = 0; k + 3 < families.Count; k += 4)
        {
            var items = families.Skip(k).Take(4).Select(Capitalize).ToList();
            var text = $"Présents à la réunion du comité : {string.Join(", ", items)}.";
            People(text).Should().StartWith(items.Take(3), text);
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_FamilyCommaGivenName_StillOneName()
    {
        foreach (var (given, family) in Givens(389, 12).Zip(FamilyOnly()))
        {
            var text = $"Bénévoles : {Capitalize(family)}, {Capitalize(given)} (samedi)";
            People(text).Should().Equal([$"{Capitalize(family)}, {Capitalize(given)}"], text);
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_SpacedAssignmentOfANameKey_ValueIsAName()
    {
        foreach (var (given, family) in Givens(211, 12).Zip(Families(1301, 12)))
        {
            var text = $"[membre]\n    prenom = {Capitalize(given)}\n       nom = {Capitalize(family)}\n    statut = actif";
            People(text).Should().Contain(Capitalize(family), text);
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_PhoneAfterASentenceNamingAReceiptOrAnInvoice_Phone()
    {
        foreach (var cue in new[] { "receipt", "invoice", "reçu", "facture", "order", "ticket" })
        {
            foreach (var number in new[] { "613 555-0181", "(418) 555-0122", "514.555.0199" })
            {
                var text = $"He wants a {cue} for the gas. {number}.";
                Of(PersonalDataType.Phone, text).Should().Equal([number], text);
            }
        }

        // Right after a cue's abbreviation, the number is the order's.
        Of(PersonalDataType.Phone, "Order no. 4185550181 shipped").Should().BeEmpty();
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_UpsTrackingNumbers_NoPhoneInThem()
    {
        const string Alphabet = "0123456789ABCDEFGHJKLMNPRSTVWXYZ";
        for (var k = 0; k < 80; k++)
        {
            var body = new string([.. Enumerable.Range(0, 16).Select(x => Alphabet[((k * 31) + (x * 7) + (x * x * k)) % Alphabet.Length])]);
            // Written whole, or grouped as the label prints it (1Z 999 AA1 01 2345 6784).
            var tracking = k % 2 == 0 ? "1Z" + body : $"1Z {body[..3]} {body[3..6]} {body[6..8]} {body[8..12]} {body[12..]}";
            var text = $"Tracking number {tracking} — the yard signs are at the depot.";
            Found(text).Should().BeEmpty(text);
        }
    }
}
