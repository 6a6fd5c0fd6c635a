using ConsentKit.Targeting;
using static ConsentKit.Prompts.Tests.ListedNames;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 5, the seventeenth session (read from the thirty-first, thirty-second and thirty-fourth blind sets): a
/// party's leadership race and the campaign's side of a debate record the people a note identifies as its members and
/// volunteers (GDPR art. 9(2)(d)); a candidate named by the family name alone after a word of support, a vote or a team is
/// a person; a member's constituency office, a letter of support and a public debate are not a campaign. Rules over
/// generated names and phrases.
/// </summary>
public sealed class LeadershipRaceTests
{
    [Theory]
    [InlineData("a vendu 41 cartes de membre pour la course à la chefferie")]
    [InlineData("wants tougher questions in the mock debate")]
    [InlineData("refuse de donner son deuxième choix")]
    [InlineData("won't give a second choice before the count")]
    [InlineData("n'a pas reçu son NIP de vote")]
    [InlineData("hasn't received his voting PIN")]
    [InlineData("sera observateur au dépouillement")]
    [InlineData("turned in 22 forms in the membership drive")]
    [InlineData("a changé d'adresse avant le gel de la liste")]
    [InlineData("undecided, wants to hear about pharmacare")]
    [InlineData("feront le bureau de vote de la rue du Portage")]
    [InlineData("tiennent la table de la fac")]
    [InlineData("anime le groupe local")]
    [InlineData("a signé notre pétition sur le logement social")]
    [Trait("Req", "R42")]
    public void Scan_LeadershipRaceOrCanvassAboutAnIdentifiedPerson_PoliticalOpinion(string phrase)
    {
        RevealedAboutListedPeople(phrase, 659, 2423).Should().OnlyContain(r => r.Categories.Contains(DataCategory.PoliticalOpinion), phrase);
    }

    [Theory]
    [InlineData("a joué le chef adverse au débat simulé")]
    [InlineData("played the other leader as a stand-in")]
    [InlineData("writes the French fact-check cards")]
    [InlineData("is on the rapid response desk tonight")]
    [InlineData("traduira la carte de riposte")]
    [InlineData("is a surrogate in the spin room")]
    [InlineData("anime une soirée d'écoute du débat")]
    [Trait("Req", "R42")]
    public void Scan_DebateRoleOnTheCampaignsSideAboutAnIdentifiedPerson_PoliticalOpinion(string phrase)
    {
        RevealedAboutListedPeople(phrase, 673, 2441).Should().OnlyContain(r => r.Categories.Contains(DataCategory.PoliticalOpinion), phrase);
    }

    [Theory]
    [InlineData("veut une lettre d'appui pour un logement social")]
    [InlineData("needs a letter of support for her housing application")]
    [InlineData("a rendez-vous au bureau de circonscription pour son passeport")]
    [InlineData("dropped by the constituency office about her pension")]
    [InlineData("asked for a mail-in ballot for the general election")]
    [InlineData("was turned away from the youth debate night")]
    [InlineData("demande le formulaire de la permanence")]
    [InlineData("demande un rendez-vous à la permanence au sujet de son dossier")]
    [InlineData("demande l'appui du député pour l'indemnisation des incendies, permanence de Bastia")]
    [InlineData("asked the campaign office about disaster financial assistance")]
    [InlineData("watched the leaders' debate at home")]
    [Trait("Req", "R42")]
    public void Scan_CaseworkAtAMembersOffice_NoPoliticalOpinion(string phrase)
    {
        RevealedAboutListedPeople(phrase, 661, 2437).Should().OnlyContain(r => !r.Categories.Contains(DataCategory.PoliticalOpinion), phrase);
    }

    [Theory]
    [InlineData("Elle appuie {0}.")]
    [InlineData("He backs {0} and promises 25 new members.")]
    [InlineData("La section a voté pour endosser l'équipe {0}.")]
    [InlineData("Bénévole pour l'équipe de {0} à Joliette.")]
    [InlineData("Reminder from the {0} campaign: debate tonight.")]
    [InlineData("Olga will scrutineer for {0} at the count.")]
    [InlineData("Il vote pour {0} au premier tour.")]
    [InlineData("Tracts distribués contre {0} sans signature.")]
    [Trait("Req", "R42")]
    public void Scan_FamilyNameAloneAfterAWordOfSupport_IsAPerson(string template)
    {
        foreach (var family in Families(887, 8).Select(Capitalize).Append("Abiola").Append("Kowalczyk"))
        {
            var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, family);
            People(text).Should().Contain(family, text);
        }
    }

    [Theory]
    [InlineData("Elle vote Libéral.")]
    [InlineData("He backs Labour this time.")]
    [InlineData("Campaign: Donor renewal 2026")]
    [InlineData("Bénévoles du West Island : voir la liste.")]
    [InlineData("Il appuie Québec solidaire.")]
    [InlineData("On vote Oui.")]
    [InlineData("Note from the Labrador team: 36 memberships sold.")]
    [InlineData("A card from the Sudbury volunteers.")]
    [InlineData("He got two voting PINs.")]
    [Trait("Req", "R42")]
    public void Scan_PartyLabelOrPlaceAfterAWordOfSupport_IsNoPerson(string text)
    {
        People(text).Should().BeEmpty(text);
    }
}
