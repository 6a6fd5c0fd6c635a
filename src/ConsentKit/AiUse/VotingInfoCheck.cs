using ConsentKit.Prompts;

namespace ConsentKit.AiUse;

/// <summary>The verdict on a chatbot answer (R48): a stable code, a plain reason in French and English, and the rule.</summary>
/// <param name="Code"><c>ok</c>, <c>not-voting-logistics</c> or <c>missing-official-source</c>.</param>
/// <param name="Flagged">Whether the answer must not be sent as is.</param>
/// <param name="MessageFr">The reason in French.</param>
/// <param name="MessageEn">The reason in English.</param>
/// <param name="Rule">The rule it rests on.</param>
/// <param name="OfficialSource">The official source the answer must point to.</param>
public sealed record VotingInfoVerdict(string Code, bool Flagged, string MessageFr, string MessageEn, string Rule, string OfficialSource);

/// <summary>
/// Checks a chatbot's answer (R48; seed 001): an answer about where, when or how to vote must point to the election
/// authority (Élections Québec, Elections Canada, service-public.fr) rather than state the logistics itself, because a
/// generated date or address can be wrong.
/// </summary>
public static class VotingInfoCheck
{
    // Folded (lower case, no accents) phrases that make an answer about voting logistics.
    private static readonly string[] Cues =
    [
        "bureau de vote", "ou voter", "quand voter", "comment voter", "vote par anticipation", "voter par anticipation", "jour du scrutin", "date du scrutin",
        "heures d'ouverture", "piece d'identite", "procuration", "liste electorale", "carte d'electeur", "s'inscrire pour voter", "vote par correspondance", "vote par la poste",
        "polling station", "polling place", "where to vote", "when to vote", "how to vote", "advance poll", "advance voting", "election day", "voting hours",
        "id to vote", "voter id", "register to vote", "voter registration", "vote by mail", "mail-in ballot", "voter information card",
    ];

    /// <summary>Checks <paramref name="answer"/> for the jurisdiction's official source.</summary>
    public static VotingInfoVerdict Check(string answer, Jurisdiction jurisdiction)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var (source, domains) = jurisdiction switch
        {
            Jurisdiction.Quebec => ("Élections Québec, https://www.electionsquebec.qc.ca", new[] { "electionsquebec.qc.ca" }),
            Jurisdiction.Canada => ("Elections Canada, https://www.elections.ca", new[] { "elections.ca" }),
            _ => ("service-public.fr, https://www.service-public.fr/particuliers/vosdroits/N47", new[] { "service-public.fr", "elections.interieur.gouv.fr" }),
        };
        var folded = NameLists.FoldWord(answer.Replace('\u2019', '\''));
        const string Rule = "R48; AI Act art. 50(1); seed 001";
        if (!Cues.Any(c => folded.Contains(c, StringComparison.Ordinal)))
        {
            return new("not-voting-logistics", false, "La réponse ne porte pas sur les modalités du vote.", "The answer is not about voting logistics.", Rule, source);
        }

        return domains.Any(d => folded.Contains(d, StringComparison.Ordinal))
            ? new("ok", false, "La réponse renvoie à la source officielle.", "The answer points to the official source.", Rule, source)
            : new("missing-official-source", true,
                $"La réponse parle de la façon de voter sans renvoyer à la source officielle. Renvoyez à {source}.",
                $"The answer is about how to vote but does not point to the official source. Point to {source}.", Rule, source);
    }
}
