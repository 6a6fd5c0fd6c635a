using static ConsentKit.Prompts.Tests.ListedNames;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 5, the fifteenth session's round: places that the recognizers read as persons ("Prince Albert",
/// "Hamilton Mountain", "Sudbury"), taken out by the gazetteer of Canadian and French places. Rules over the shipped list.
/// </summary>
public sealed class PlaceNameTests
{
    private static readonly List<string> PlaceLines = [.. NameLists.Lines("place-names.txt")];

    // Places of two or three capitalized words, spread over the list.
    private static IEnumerable<string> SeveralWordPlaces() =>
        PlaceLines.Where(p => p.Split(' ') is { Length: 2 or 3 } words && words.All(w => w.Length > 2 && char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c == '-')))
            .Where((_, k) => k % 23 == 0).Take(40);

    // Places of one word that the name lists hold ("Nelson", "Hudson", "Brandon"), spread over the list.
    private static IEnumerable<string> NamedPlaces() =>
        PlaceLines.Where(p => p.All(char.IsAsciiLetter) && p.Length > 3 && (NameLists.Given.Contains(p.ToLowerInvariant()) || NameLists.Family.Contains(p.ToLowerInvariant())))
            .Where((_, k) => k % 11 == 0).Take(30);

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_PlaceOfSeveralWordsAsANotesHeading_OnlyThePerson()
    {
        var givens = Givens(97, 40);
        var families = Families(311, 40);
        var k = 0;
        foreach (var place in SeveralWordPlaces())
        {
            var person = $"{Capitalize(givens[k % givens.Count])} {Capitalize(families[k++ % families.Count])}";
            foreach (var text in new[]
            {
                $"{place}: {person} wants a lawn sign, 514-555-0101.",
                $"Wild Apricot — member export, {place} federal riding association\nFirst name,Last name\n{person.Replace(' ', ',')}",
                $"Thank you for your contribution of $150 to the {place} campaign, {person}.",
            })
            {
                People(text).Should().NotContain(place, text);
            }
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_PlaceThatIsAListedNameBeforeAHeadingsColon_OnlyThePerson()
    {
        var givens = Givens(89, 30);
        var families = Families(293, 30);
        var k = 0;
        foreach (var place in NamedPlaces())
        {
            var person = $"{Capitalize(givens[k % givens.Count])} {Capitalize(families[k++ % families.Count])}";
            foreach (var text in new[] { $"{place}: {person} supports us.", $"{place} : {person}, 613-555-0142 — leaning yes." })
            {
                People(text).Should().Equal([person], text);
            }

            People($"Export, {place} riding association.").Should().BeEmpty();
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_PlaceThatIsAListedNameInAName_StillTheName()
    {
        // A listed name that is also a town stays a name wherever nothing says "place": before a family name, greeted,
        // labelled, or in a given-name cell beside its family name.
        var families = Families(277, 30);
        var k = 0;
        foreach (var place in NamedPlaces().Where(p => NameLists.Given.Contains(p.ToLowerInvariant()) && !NameLists.NotNames.Contains(p.ToLowerInvariant())))
        {
            var family = Capitalize(families[k++ % families.Count]);
            People($"{place} {family} wants a lawn sign.").Should().Contain($"{place} {family}");
            People($"Hi {place}, the signs are in.").Should().Contain(place);
            People($"nom={family} prenom={place} ddn=1984-09-30").Should().Contain(place);
        }

        People("Submitted at;Prénom;Nom;Courriel\n2026-09-29 20:56;Tecumseh;Diabo;tecumseh.diabo@example.net").Should().Contain("Tecumseh");
        People("formulaire POST nom=Brossard prenom=Étienne").Should().Contain("Brossard");
    }

    [Fact]
    [Trait("Req", "R42")]
    public void MayStartAPlace_EveryShippedPlaceInAnyCase_True()
    {
        // The filter before the gazetteer's trie may let a person through that is no place, never stop one that is.
        foreach (var place in PlaceLines)
        {
            foreach (var written in new[] { place, place.ToUpperInvariant(), place.ToLowerInvariant(), "« " + place + " »" })
            {
                var start = written.StartsWith('«') ? 2 : 0;
                PersonalDataScanner.MayStartAPlace(written, start).Should().BeTrue(written);
            }
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_RidingWithItsPartsJoinedByAnyDash_NoPerson()
    {
        // Every shipped riding whose official name joins its parts with an em dash, written with an en dash or a hyphen too;
        // the recognizers may read the name from its second word on ("Bay–Superior North").
        foreach (var place in PlaceLines.Where(p => p.Contains('—', StringComparison.Ordinal)).Take(60))
        {
            foreach (var written in new[] { place, place.Replace('—', '–'), place.Replace('—', '-') })
            {
                var text = $"Call-back queue, {written} constituency office\nvisitor | phone\nOksana Mah | (807) 555-0107";
                People(text).Should().Equal(["Oksana Mah"], text);
            }
        }
    }
}
