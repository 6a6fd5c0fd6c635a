using ConsentKit.Targeting;

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

    private static IReadOnlyList<DataCategory> Sensitive(string text) => PersonalDataScanner.Default.Scan(text).Sensitive;

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
