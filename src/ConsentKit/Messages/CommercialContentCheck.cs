using ConsentKit.Jurisdictions;
using ConsentKit.Prompts;

namespace ConsentKit.Messages;

/// <summary>The verdict on a message's text (R19): a stable code, a plain reason in French and English, and the rule.</summary>
/// <param name="Code"><c>ok</c> or <c>commercial-content</c>.</param>
/// <param name="Flagged">Whether the message must be reviewed before it is sent under the political exemption.</param>
/// <param name="MessageFr">The reason in French.</param>
/// <param name="MessageEn">The reason in English.</param>
/// <param name="Rule">The rule it rests on.</param>
public sealed record CommercialContentVerdict(string Code, bool Flagged, string MessageFr, string MessageEn, string Rule);

/// <summary>
/// Flags commercial content in a political message (R19): the exemption political messages and donation requests enjoy
/// (CASL in Canada) does not reach selling goods or services, so a message that sells is flagged for review under
/// <see cref="JurisdictionProfile.CommercialMessages"/>. Donation requests are not commercial.
/// </summary>
public static class CommercialContentCheck
{
    // Folded (lower case, no accents) phrases that offer something for sale.
    private static readonly string[] Cues =
    [
        "achetez", "acheter", "en vente", "rabais", "soldes", "code promo", "notre boutique", "livraison gratuite", "prix special",
        "offre speciale", "commandez", "abonnement payant", "billets en vente",
        "buy now", "for sale", "on sale", "discount", "promo code", "our store", "our shop", "free shipping", "% off", "special offer",
        "order now", "coupon",
    ];

    /// <summary>Checks <paramref name="text"/> against the profile of <paramref name="jurisdiction"/>.</summary>
    public static CommercialContentVerdict Check(string text, Jurisdiction jurisdiction)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rule = JurisdictionProfile.For(jurisdiction).CommercialMessages;
        var folded = NameLists.FoldWord(text.Replace('\u2019', '\''));
        return Cues.Any(c => folded.Contains(c, StringComparison.Ordinal))
            ? new("commercial-content", true,
                "Ce message vend quelque chose : ce contenu commercial n'est pas couvert par l'exemption des messages politiques. " + rule.LimitsFr,
                "This message sells something: commercial content is not covered by the political-message exemption. " + rule.LimitsEn, rule.Source)
            : new("ok", false, "Aucun contenu commercial repéré.", "No commercial content found.", rule.Source);
    }
}
