namespace ConsentKit.Jurisdictions;

/// <summary>
/// The EU overlay for political advertising (Regulation 2024/900, "TTPA"), applied on top of a member state's profile:
/// targeting for <see cref="Purpose"/> needs the person's own explicit consent to political-ad targeting and data collected
/// from the person, never from a third party (R5, R30), and no one known to be under <see cref="MinimumAge"/> (R20).
/// </summary>
/// <param name="Purpose">The purpose the overlay governs.</param>
/// <param name="MinimumAge">Voting age minus one year.</param>
/// <param name="Source">The articles it rests on.</param>
public sealed record PoliticalAdvertisingOverlay(string Purpose, int MinimumAge, string Source)
{
    /// <summary>TTPA art. 18(1) and 18(2), applicable in full since 10 October 2025.</summary>
    public static PoliticalAdvertisingOverlay EuropeanUnion { get; } = new("political-ads", 17, "R5, R20, R30; TTPA art. 18(1), 18(2)");

    /// <summary>
    /// What the label of a political advertisement states (R69; TTPA art. 11(1)(a)-(e)): that it is political advertising,
    /// the sponsor and who controls it, the linked election or process, whether targeting was used, and where the
    /// transparency notice is. The label's graphic format in Implementing Regulation 2025/1410 was not read: the wording is
    /// ConsentKit's, the elements are the article's.
    /// </summary>
    public static string LabelSource => "R69; TTPA art. 11(1)(a)-(e); Implementing Reg. (EU) 2025/1410 (label layout [unverified])";

    /// <summary>
    /// The items of the transparency notice, in the order of the template in the Annex of Implementing Regulation (EU)
    /// 2025/1410 (R69; TTPA art. 12(1)). Items 1-5 follow the Annex's wording as read from a copy of the Official Journal
    /// text. Items 6-16 come from art. 12(1) and 19; their positions are corroborated by published notices that reproduce
    /// the German-language template item by item (campaign amounts, origin, method, linked process, participation,
    /// repository, reporting, suspension, targeting used, techniques, rights), but their English and French wording is
    /// ConsentKit's and is marked [unverified] in their source until a legal review reads the Annex.
    /// </summary>
    public static IReadOnlyList<NoticeItemTemplate> NoticeTemplate { get; } =
    [
        new(1, "sponsor", "Le parraineur", "The sponsor", "Reg. 2025/1410 Annex item 1; TTPA art. 12(1)(a)"),
        new(2, "controlling_entity", "L'entité qui contrôle en dernier ressort le parraineur", "The entity ultimately controlling the sponsor", "Reg. 2025/1410 Annex item 2; TTPA art. 12(1)(a)"),
        new(3, "payer", "L'entité qui paie la publicité à caractère politique", "The entity paying for the political advertisement", "Reg. 2025/1410 Annex item 3; TTPA art. 12(1)(b)"),
        new(4, "period", "La période pendant laquelle la publicité à caractère politique doit être publiée, diffusée ou distribuée",
            "The period during which the political advertisement is intended to be published, delivered or disseminated", "Reg. 2025/1410 Annex item 4; TTPA art. 12(1)(c)"),
        new(5, "amounts", "Les montants agrégés et la valeur agrégée des autres avantages reçus par les prestataires de services de publicité à caractère politique pour la publicité",
            "The aggregated amounts and the aggregated value of other benefits received by the providers of political advertising services for the political advertisement", "Reg. 2025/1410 Annex item 5; TTPA art. 12(1)(d)"),
        new(6, "campaign_amounts", "Les montants agrégés et la valeur agrégée des autres avantages pour la campagne de publicité à caractère politique",
            "The aggregated amounts and the aggregated value of other benefits for the political advertising campaign", "TTPA art. 12(1)(d); Annex item 6 (position corroborated; wording [unverified])"),
        new(7, "origin", "L'origine publique ou privée des montants et avantages, et s'ils proviennent de l'Union ou de l'extérieur",
            "The public or private origin of the amounts and benefits, and whether they come from inside or outside the Union", "TTPA art. 12(1)(e); Annex item 7 (position corroborated; wording [unverified])"),
        new(8, "method", "La méthode de calcul des montants et de la valeur", "The method used to calculate the amounts and value", "TTPA art. 12(1)(f); Annex item 8 (position corroborated; wording [unverified])"),
        new(9, "process", "L'élection, le référendum ou le processus législatif ou réglementaire auquel la publicité est liée",
            "The election, referendum, or legislative or regulatory process the advertisement is linked to", "TTPA art. 12(1)(g); Annex item 9 (position corroborated; wording [unverified])"),
        new(10, "participation", "Les informations officielles sur la manière de participer", "Official information on how to take part", "TTPA art. 12(1); Annex item 10 (position corroborated; wording [unverified])"),
        new(11, "repository", "Le répertoire européen des publicités politiques en ligne", "The European repository for online political advertisements", "TTPA art. 12(1), 13; Annex item 11 (position corroborated; wording [unverified])"),
        new(12, "reporting", "Comment signaler une publicité qui ne respecterait pas le règlement", "How to report an advertisement that may not comply with the Regulation", "TTPA art. 12(1), 15; Annex item 12 (position corroborated; wording [unverified])"),
        new(13, "suspension", "Suspension ou arrêt antérieur pour manquement au règlement", "Previous suspension or discontinuation for an infringement of the Regulation", "TTPA art. 12(1); Annex item 13 (position corroborated; wording [unverified])"),
        new(14, "targeting_used", "Recours à des techniques de ciblage ou de diffusion fondées sur des données personnelles",
            "Whether targeting or ad-delivery techniques based on personal data were used", "TTPA art. 12(1), 19(1)(c); Annex item 14 (position corroborated; wording [unverified])"),
        new(15, "targeting", "Les techniques de ciblage et de diffusion utilisées", "The targeting and ad-delivery techniques used", "TTPA art. 19(1)(c); Annex item 15 (position corroborated; wording [unverified])"),
        new(16, "rights", "Comment exercer vos droits sur vos données personnelles", "How to exercise your data-protection rights", "TTPA art. 19(1)(c); GDPR art. 12-22; Annex item 16 (position corroborated; wording [unverified])"),
    ];
}

/// <summary>One item of the transparency notice's template (R69).</summary>
/// <param name="Number">Its number in the template.</param>
/// <param name="Key">A stable machine key, such as <c>sponsor</c>.</param>
/// <param name="HeadingFr">Its heading in French.</param>
/// <param name="HeadingEn">Its heading in English.</param>
/// <param name="Source">Where the item comes from, and how sure it is.</param>
public sealed record NoticeItemTemplate(int Number, string Key, string HeadingFr, string HeadingEn, string Source);
