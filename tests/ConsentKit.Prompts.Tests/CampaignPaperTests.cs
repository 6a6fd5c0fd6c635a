using ConsentKit.Targeting;
using static ConsentKit.Prompts.Tests.ListedNames;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 5, the fourteenth session's second round: a day after a role that is a verb, an account after a French
/// colon, and the campaign's and the clinic's words of everyday notes. Rules over generated names and every form.
/// </summary>
public sealed class CampaignPaperTests
{
    public static TheoryData<string> Days => ["Saturday", "Sunday", "Monday", "Samedi", "Dimanche", "Tomorrow", "Tonight", "Weekends"];

    [Theory]
    [Trait("Req", "R42")]
    [MemberData(nameof(Days))]
    public void Scan_DayAfterARoleUsedAsAVerb_IsNoName(string day)
    {
        foreach (var given in Givens(stride: 53, count: 5).Select(Capitalize))
        {
            var text = $"{given} here - I can volunteer {day}";
            People(text).Should().NotContain(day, text);
        }
    }

    [Fact]
    [Trait("Req", "R42")]
    public void Scan_AccountAfterAFrenchColon_Account()
    {
        foreach (var family in Families(stride: 61, count: 8))
        {
            var login = $"v{family}";
            foreach (var space in new[] { " ", "\u00A0", "\u202F" })
            {
                var text = $"1 842 lignes exportées vers sftp (opérateur{space}: {login})";
                People(text).Should().Equal([login], text);
            }
        }

        // A system account is no person, with or without the space.
        People("export (opérateur : root)").Should().BeEmpty();
        People("Note : tout est prêt").Should().BeEmpty();
    }

    [Theory]
    [Trait("Req", "R42")]
    [InlineData("is our block captain")]
    [InlineData("a ramassé 12 signatures pour la mise en candidature")]
    [InlineData("est dans votre camp depuis toujours")]
    [InlineData("thanks for backing us")]
    [InlineData("is a yes vote")]
    [InlineData("est notre pointeur salarié")]
    [InlineData("a frappé à 300 portes")]
    [InlineData("has knocked on 500 doors")]
    public void Scan_CampaignRoleOrActOfANamedPerson_PoliticalOpinion(string phrase)
    {
        Sensitive($"Caraquet — Angèle Mallais {phrase}. Tél. 506-555-0135.").Should().Contain(DataCategory.PoliticalOpinion);
        Sensitive($"Explain what '{phrase}' means.").Should().NotContain(DataCategory.PoliticalOpinion);
    }

    [Theory]
    [Trait("Req", "R42")]
    [InlineData("commence une radiothérapie lundi")]
    [InlineData("a de l'emphysème")]
    [InlineData("has a heart condition")]
    [InlineData("souffre d'une perte de vision")]
    public void Scan_CareOfANamedPerson_Health(string phrase)
    {
        Sensitive($"Lorraine Vachon {phrase}. 819-555-0144").Should().Contain(DataCategory.Health);
    }
}
