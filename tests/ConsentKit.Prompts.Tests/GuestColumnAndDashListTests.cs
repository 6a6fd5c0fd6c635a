using static ConsentKit.Prompts.Tests.ListedNames;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 5, the seventeenth session (read from the thirty-first blind set): a guest's or a recipient's column holds
/// names however rare they are to the model; a list set apart by spaced dashes is a table; a town's column holds places; a
/// title stays out of a name cell, and a one-word answer is no name. Rules over generated rows.
/// </summary>
public sealed class GuestColumnAndDashListTests
{
    // Given and family names that no list holds and the model scores low ("Jae-won" alone is a word to it).
    private static readonly string[] RareNames = ["Jae-won Quispe", "Mirela Hrytsenko", "Kwabena Nkurunziza", "Heimana Tetuanui", "Oksana Dragomir"];

    public static TheoryData<string, string> HeaderAndDelimiter()
    {
        var data = new TheoryData<string, string>();
        foreach (var header in new[] { "Guest", "Invité·e", "Invitée", "Invités", "Recipient", "Destinataire", "Invitee" })
        {
            foreach (var delimiter in new[] { ",", ";", " | ", "\t" })
            {
                data.Add(header, delimiter);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(HeaderAndDelimiter))]
    [Trait("Req", "R42")]
    public void Scan_GuestOrRecipientColumn_EveryCellIsAName(string header, string delimiter)
    {
        var rows = RareNames.Select((name, k) => string.Join(delimiter, $"PK{4411 + k}", name, $"514-555-01{k:00}"));
        var text = $"Réception des nouveaux citoyens\n{string.Join(delimiter, "Réf", header, "Téléphone")}\n{string.Join('\n', rows)}";
        People(text).Should().Equal(RareNames, text);
    }

    [Theory]
    [InlineData("Nom — courriel — ville")]
    [InlineData("Name – email – city")]
    [InlineData("Nom - courriel - commune")]
    [InlineData("Guest — e-mail — town")]
    [Trait("Req", "R42")]
    public void Scan_DashDelimitedListUnderAHeader_NamesAreNamesAndTownsAreNot(string header)
    {
        var dash = header.Contains('—') ? " — " : header.Contains('–') ? " – " : " - ";
        // Towns that are also given or family names to the lists: only their column says what they are.
        string[] towns = ["Bobigny", "Évry", "Florence", "Laval", "Saint-Denis"];
        var rows = RareNames.Zip(towns, (name, town) => string.Join(dash, name, $"{name.Split(' ')[1].ToLowerInvariant()}@example.fr", town));
        var text = $"StreamYard — invités de la soirée\n{header}\n{string.Join('\n', rows)}";
        People(text).Should().Equal(RareNames, text);
    }

    [Theory]
    [InlineData("Contact — voir plus bas\nMerci — Paul")]
    [InlineData("Jeudi — réunion\nRobert — salle B")]
    [Trait("Req", "R42")]
    public void Scan_TwoCellsSetApartByADash_AreNoTable(string text)
    {
        People(text).Should().NotContain(p => p.StartsWith("salle", StringComparison.OrdinalIgnoreCase) || p.StartsWith("voir", StringComparison.OrdinalIgnoreCase), text);
    }

    [Theory]
    [InlineData("Mme")]
    [InlineData("M.")]
    [InlineData("Mr.")]
    [InlineData("Dr")]
    [InlineData("Me")]
    [Trait("Req", "R42")]
    public void Scan_TitleInANameCell_StaysOutOfTheName(string title)
    {
        var families = Families(911, 4);
        var rows = families.Select((f, k) => $"1A1350177635{k} | {title} {f.ToUpperInvariant()} Laetitia | {10 + k} allée des Acacias");
        var text = $"N° d'envoi | Nom | Adresse\n{string.Join('\n', rows)}";
        People(text).Should().Equal(families.Select(f => $"{f.ToUpperInvariant()} Laetitia"), text);
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_TitleThatIsAlsoAGivenNameInANameCell_StaysInTheName()
    {
        const string text = "Badge;Participant;Phone\nB-1;Cheikh Sow;514-555-0101\nB-2;Cheikh Diouf;514-555-0102";
        People(text).Should().Equal("Cheikh Sow", "Cheikh Diouf");
    }

    [Theory]
    [InlineData("Yes", "No")]
    [InlineData("Oui", "Non")]
    [InlineData("True", "False")]
    [Trait("Req", "R42")]
    public void Scan_AnswerInAGuestColumn_IsNoName(string yes, string no)
    {
        var text = $"Name (Original Name),User Email,Duration (Minutes),Guest\nBaljinder Dhillon,dhillonb@icloud.com,102,{no}\nMoussa Adeyemi,adeyemim@gmail.com,84,{yes}";
        People(text).Should().Equal("Baljinder Dhillon", "Moussa Adeyemi");
    }
}
