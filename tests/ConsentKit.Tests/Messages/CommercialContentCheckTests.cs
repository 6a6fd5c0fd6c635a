using ConsentKit.Jurisdictions;
using ConsentKit.Messages;

namespace ConsentKit.Tests.Messages;

public sealed class CommercialContentCheckTests
{
    [Theory]
    [Trait("Req", "R19")]
    [InlineData("Achetez nos t-shirts de campagne : 20 % de rabais cette semaine seulement !")]
    [InlineData("Our store is open: buy now and get free shipping on campaign caps.")]
    [InlineData("Code promo ÉLECTION pour notre boutique en ligne.")]
    [InlineData("Tickets for the gala dinner are on sale, 10% OFF with coupon VOTE.")]
    public void Check_MessageThatSells_FlaggedAsCommercial_InCanadaAndQuebec(string text)
    {
        foreach (var jurisdiction in new[] { Jurisdiction.Canada, Jurisdiction.Quebec })
        {
            var verdict = CommercialContentCheck.Check(text, jurisdiction);

            verdict.Code.Should().Be("commercial-content");
            verdict.Flagged.Should().BeTrue();
            verdict.Rule.Should().Contain("R19").And.Contain("CASL");
            verdict.MessageEn.Should().Contain("not covered by the political-message exemption").And.Contain("unsubscribe");
            verdict.MessageFr.Should().Contain("n'est pas couvert");
        }
    }

    [Theory]
    [Trait("Req", "R19")]
    [InlineData("Faites un don de 25 $ avant minuit pour soutenir notre équipe dans Laurier-Dorion.")]
    [InlineData("Election day is Monday. Your polling station is on elections.ca. Reply STOP to stop.")]
    [InlineData("Venez rencontrer notre candidate samedi au parc Jarry, les boutiques du quartier seront ouvertes.")]
    public void Check_PoliticalMessageOrDonationRequest_NotFlagged(string text)
    {
        var verdict = CommercialContentCheck.Check(text, Jurisdiction.Canada);

        verdict.Flagged.Should().BeFalse();
        verdict.Code.Should().Be("ok");
    }

    [Fact]
    [Trait("Req", "R19")]
    public void Profiles_RecordTheExemptionAndItsLimits_WithTheirSource()
    {
        foreach (var profile in new[] { JurisdictionProfile.Canada, JurisdictionProfile.Quebec })
        {
            profile.CommercialMessages.PoliticalExempt.Should().BeTrue("CASL does not reach political messages or donation requests");
            profile.CommercialMessages.Source.Should().Contain("R19").And.Contain("unverified");
            profile.CommercialMessages.LimitsEn.Should().Contain("CASL");
        }

        JurisdictionProfile.France.CommercialMessages.PoliticalExempt.Should().BeFalse("in France political prospection already follows the opt-in logic (R18)");
        CommercialContentCheck.Check("Achetez nos casquettes !", Jurisdiction.France).Rule.Should().Contain("L34-5");
    }
}
