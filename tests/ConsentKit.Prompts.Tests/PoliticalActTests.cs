using ConsentKit.Targeting;
using static ConsentKit.Prompts.Tests.ListedNames;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19: political opinion from the acts a party's notes record without naming the party (donations, canvassing,
/// signs, petitions, voting intentions, membership, volunteering), about a person the text identifies.
/// </summary>
public sealed class PoliticalActTests
{
    public static TheoryData<string> Acts() =>
    [
        "veut une de nos pancartes", "asked for one of our signs", "a signé la pétition", "signed the petition", "is voting for you guys",
        "strong supporter", "membre depuis 2016", "became a member last spring", "nouveau membre #10482", "renewed the membership",
        "bénévole samedi", "volunteer on Saturday", "fait du porte-à-porte", "will knock doors", "fait le phone bank", "regular donor",
        "leaning yes",
    ];

    [Theory]
    [MemberData(nameof(Acts))]
    [Trait("Req", "R42")]
    public void Scan_PoliticalActOfANamedPerson_PoliticalOpinion(string act)
    {
        Sensitive($"Note : Karim Benali, {act}.").Should().Contain(DataCategory.PoliticalOpinion);
        Sensitive($"Spoke with Mrs. Okafor at the door: {act}.").Should().Contain(DataCategory.PoliticalOpinion);
    }

    [Theory]
    [MemberData(nameof(Acts))]
    [Trait("Req", "R42")]
    public void Scan_PoliticalActAboutNoOneIdentified_NoCategory(string act)
    {
        Sensitive($"Template for the team: count how many {act} entries we logged this week.").Should().BeEmpty();
    }

    [Theory]
    [InlineData("Lucas Garnier, adhérent CFDT, était à la manif.")]
    [InlineData("Sophie Roy, membre du SCFP depuis 2010.")]
    [InlineData("Tom Hill, member of CUPE local 79.")]
    [Trait("Req", "R42")]
    public void Scan_UnionMembership_NotAPoliticalOpinion(string text)
    {
        Sensitive(text).Should().NotContain(DataCategory.PoliticalOpinion);
    }
}

/// <summary>Issue 19: a short text (a note, an SMS, a form) is about the person it names, wherever the name stands.</summary>
public sealed class ShortTextPersonTests
{
    public static TheoryData<string, DataCategory> Terms() => new()
    {
        { "I'm deaf in one ear, please text rather than call.", DataCategory.Health },
        { "Je suis diabétique.", DataCategory.Health },
        { "Prefers evenings during Ramadan.", DataCategory.Religion },
        { "Signed our petition last week.", DataCategory.PoliticalOpinion },
    };

    [Theory]
    [MemberData(nameof(Terms))]
    [Trait("Req", "R42")]
    public void Scan_ShortTextNamingSomeoneFarFromTheTerm_Category(string sentence, DataCategory category)
    {
        var text = $"Volunteer form. Full name: Olivia Chan. Address: 3-455 Robson Street. Availability: weekends. Notes: none. Comments. {sentence}";
        text.Length.Should().BeLessThan(600);
        PersonalDataScanner.Default.Scan(text).Sensitive.Should().Contain(category);
    }

    [Theory]
    [MemberData(nameof(Terms))]
    [Trait("Req", "R42")]
    public void Scan_LongTextWithTheNameFarFromTheTerm_NoCategory(string sentence, DataCategory category)
    {
        var filler = string.Concat(Enumerable.Repeat("The committee reviewed the agenda for the autumn meetings. ", 12));
        var text = $"Full name: Olivia Chan. {filler}Policy text. {sentence.Replace("I'm", "One is", StringComparison.Ordinal).Replace("Je suis", "On est", StringComparison.Ordinal)}";
        PersonalDataScanner.Default.Scan(text).Sensitive.Should().NotContain(category);
    }
}

/// <summary>
/// Issue 19 (political opinion, the weakest category): a party's records of the people in contact with it reveal their
/// opinion (GDPR art. 9(2)(d)): roles, shifts, events, donations, rides to vote, whoever the record names, by a name or
/// only by a number; not a request for access or silence, not a supplier or the press.
/// </summary>
public sealed class PartyRecordTests
{
    public static TheoryData<string> Records() =>
    [
        "scrutineer for poll 112", "représentante du parti au bureau 27", "agent officiel de la campagne", "our campaign manager", "colistière aux municipales",
        "on the GOTV list", "needs a ride on e-day", "vote par anticipation confirmé", "tractage samedi au marché", "procuration pour le second tour",
        "cotisation annuelle payée", "tax receipt for the $50", "reçu fiscal à poster", "don en ligne de 120 €", "bénévole pour la tournée du Nord",
        "wants a lawn sign", "veut une pancarte", "canvasser on Tuesdays", "membre à vie", "a signé la lettre ouverte",
    ];

    [Theory]
    [MemberData(nameof(Records))]
    [Trait("Req", "R42")]
    public void Scan_PartyRecordOfSomeoneIdentified_PoliticalOpinion(string record)
    {
        Sensitive($"Karim Benali — {record}.").Should().Contain(DataCategory.PoliticalOpinion);
        Sensitive($"From +1 514 555 0199: {record}.").Should().Contain(DataCategory.PoliticalOpinion);
        Sensitive($"{record} — lucie.b@example.ca").Should().Contain(DataCategory.PoliticalOpinion);
    }

    [Theory]
    [MemberData(nameof(Records))]
    [Trait("Req", "R42")]
    public void Scan_PartyRecordOfNoOne_NoCategory(string record)
    {
        Sensitive($"Checklist for the team: {record}.").Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Records))]
    [Trait("Req", "R42")]
    public void Scan_RequestForAccessOrSilenceOrASupplier_NoPoliticalOpinion(string record)
    {
        Sensitive($"Demande d'accès de Karim Benali (514 555 0199) : « {record} » figure-t-il au dossier?").Should().NotContain(DataCategory.PoliticalOpinion);
        Sensitive($"Karim Benali asks us to unsubscribe him (514 555 0199); the note said {record}.").Should().NotContain(DataCategory.PoliticalOpinion);
        Sensitive($"Fournisseur : Karim Benali, imprimeur, 514 555 0199 ({record}).").Should().NotContain(DataCategory.PoliticalOpinion);
    }
}
