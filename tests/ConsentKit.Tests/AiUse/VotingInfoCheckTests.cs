using ConsentKit.Testing;
using ConsentKit.AiUse;
using ConsentKit.Explanations;
using ConsentKit.Gate;
using ConsentKit.Testing.Explanations;

namespace ConsentKit.Tests.AiUse;

public sealed class VotingInfoCheckTests
{
    [Theory]
    [InlineData("Votre bureau de vote est à l'école Saint-Jean, ouvert de 9 h 30 à 20 h.", Jurisdiction.Quebec, "missing-official-source", true)]
    [InlineData("Pour trouver votre bureau de vote, consultez https://www.electionsquebec.qc.ca.", Jurisdiction.Quebec, "ok", false)]
    [InlineData("Advance polls are open Friday to Monday at the community centre.", Jurisdiction.Canada, "missing-official-source", true)]
    [InlineData("Check where to vote on elections.ca with your postal code.", Jurisdiction.Canada, "ok", false)]
    [InlineData("Pour voter par procuration, rendez-vous sur service-public.fr.", Jurisdiction.France, "ok", false)]
    [InlineData("Notre programme sur le transport collectif tient en trois points.", Jurisdiction.Quebec, "not-voting-logistics", false)]
    [InlineData("Les heures d’ouverture du bureau de vote : 8 h à 20 h.", Jurisdiction.France, "missing-official-source", true)]
    [Trait("Req", "R48")]
    public void Check_VotingLogistics_MustPointToElectionAuthority(string answer, Jurisdiction jurisdiction, string code, bool flagged)
    {
        var verdict = ConsentKit.AiUse.VotingInfoCheck.Check(answer, jurisdiction);

        verdict.Code.Should().Be(code);
        verdict.Flagged.Should().Be(flagged);
        verdict.Rule.Should().StartWith("R48");
    }
}
