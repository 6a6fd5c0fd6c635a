using System.Text.Json.Nodes;
using ConsentKit.Hosting;
using ConsentKit.Jurisdictions;
using ConsentKit.Storage;
using NodaTime;
using NodaTime.Text;

namespace ConsentKit.Incidents;

/// <summary>One field of a notice to the authority: its key, its label in the authority's form, the value, the rule that asks for it.</summary>
/// <param name="Key">A stable key, such as <c>persons</c>.</param>
/// <param name="Label">The field as the authority's form names it, in its language.</param>
/// <param name="Value">What the register holds; null when it does not hold it (to complete by hand).</param>
/// <param name="Rule">The provision that lists the field.</param>
public sealed record AuthorityNoticeField(string Key, string Label, string? Value, string Rule);

/// <summary>
/// An incident of the register as the authority's notification form asks for it (R65): the CAI's fields in Québec
/// (Regulation respecting confidentiality incidents, s. 3), the CNIL's in France (GDPR art. 33(3)), the Privacy
/// Commissioner's in Canada (Breach of Security Safeguards Regulations, s. 2(1)). Counts and words only: no personal data.
/// </summary>
/// <param name="IncidentId">The incident.</param>
/// <param name="Authority">The authority it is addressed to.</param>
/// <param name="Form">The form and the rule that defines it.</param>
/// <param name="Fields">The form's fields, in its order.</param>
public sealed record AuthorityNotice(string IncidentId, string Authority, string Form, IReadOnlyList<AuthorityNoticeField> Fields)
{
    /// <summary>JSON: <c>{"incidentId","authority","form","fields":[{"key","label","value","rule"}]}</c>.</summary>
    public string ToJson() => new JsonObject
    {
        ["incidentId"] = IncidentId,
        ["authority"] = Authority,
        ["form"] = Form,
        ["fields"] = new JsonArray([.. Fields.Select(f => (JsonNode)new JsonObject { ["key"] = f.Key, ["label"] = f.Label, ["value"] = f.Value, ["rule"] = f.Rule })]),
    }.ToJsonString(Explanations.PageStyle.IndentedJson);

    internal static AuthorityNotice Build(IncidentRow r, string organisation, string contact, JurisdictionProfile profile)
    {
        static string? Iso(long? ticks) => ticks is { } t ? InstantPattern.ExtendedIso.Format(Instant.FromUnixTimeTicks(t)) : null;
        var period = Iso(r.OccurredFrom) + (r.OccurredTo is { } to ? " – " + Iso(to) : "");
        var categories = string.Join(", ", StoredJson.ParseStrings(r.Categories));
        var assessment = $"sensitivity {r.Sensitivity}, likelihood {r.Likelihood}; risk of serious injury: {(r.SeriousInjury ? "yes" : "no")}";
        return profile.Code switch
        {
            Jurisdiction.Quebec => new(r.IncidentId, profile.Authority.NameFr, "Avis à la Commission (Règlement sur les incidents de confidentialité, art. 3)",
            [
                new("organisation", "Nom de l'organisation", organisation, "QC-INC art. 3(1)"),
                new("contact", "Personne à joindre", contact, "QC-INC art. 3(2)"),
                new("information", "Renseignements personnels visés", categories, "QC-INC art. 3(3)"),
                new("circumstances", "Circonstances de l'incident", r.Circumstances, "QC-INC art. 3(4)"),
                new("period", "Date ou période de l'incident", period, "QC-INC art. 3(5)"),
                new("aware_at", "Date ou période de la prise de connaissance", Iso(r.AwareAt), "QC-INC art. 3(6)"),
                new("persons", "Nombre de personnes concernées", r.Persons.ToString(System.Globalization.CultureInfo.InvariantCulture), "QC-INC art. 3(7)"),
                new("persons_in_quebec", "Nombre de personnes concernées résidant au Québec", null, "QC-INC art. 3(7)"),
                new("risk", "Éléments de l'évaluation du risque de préjudice sérieux", assessment, "QC-INC art. 3(8)"),
                new("persons_notice", "Avis aux personnes concernées", Iso(r.PersonsNotifiedAt), "QC-INC art. 3(9)"),
                new("mitigation", "Mesures prises pour diminuer le risque", r.Mitigation, "QC-INC art. 3(10)"),
                new("others_notified", "Autres personnes ou organismes avisés", Iso(r.PublicNotifiedAt), "QC-INC art. 3(11)"),
            ]),
            Jurisdiction.France => new(r.IncidentId, profile.Authority.NameFr, "Notification de violation de données (RGPD art. 33(3))",
            [
                new("organisation", "Responsable du traitement", organisation, "RGPD art. 33(3)"),
                new("dpo_contact", "Délégué à la protection des données ou point de contact", contact, "RGPD art. 33(3)(b)"),
                new("nature", "Nature de la violation", r.Kind + ": " + r.Circumstances, "RGPD art. 33(3)(a)"),
                new("categories", "Catégories de données concernées", categories, "RGPD art. 33(3)(a)"),
                new("persons", "Nombre approximatif de personnes concernées", r.Persons.ToString(System.Globalization.CultureInfo.InvariantCulture), "RGPD art. 33(3)(a)"),
                new("records", "Nombre approximatif d'enregistrements concernés", null, "RGPD art. 33(3)(a)"),
                new("period", "Date ou période de la violation", period, "RGPD art. 33(3)"),
                new("aware_at", "Date de prise de connaissance", Iso(r.AwareAt), "RGPD art. 33(1)"),
                new("consequences", "Conséquences probables", assessment, "RGPD art. 33(3)(c)"),
                new("measures", "Mesures prises ou envisagées", r.Mitigation, "RGPD art. 33(3)(d)"),
                new("persons_notice", "Communication aux personnes concernées", Iso(r.PersonsNotifiedAt), "RGPD art. 34"),
            ]),
            _ => new(r.IncidentId, profile.Authority.NameEn, "Breach report (Breach of Security Safeguards Regulations, s. 2(1), as the default for parties)",
            [
                new("organisation", "Organization", organisation, "BSSR s. 2(1)"),
                new("contact", "Contact who can answer questions", contact, "BSSR s. 2(1)(g)"),
                new("circumstances", "Description of the circumstances", r.Circumstances, "BSSR s. 2(1)(a)"),
                new("period", "Day or period of the breach", period, "BSSR s. 2(1)(b)"),
                new("information", "Personal information that is the subject of the breach", categories, "BSSR s. 2(1)(c)"),
                new("persons", "Number of individuals affected", r.Persons.ToString(System.Globalization.CultureInfo.InvariantCulture), "BSSR s. 2(1)(d)"),
                new("mitigation", "Steps taken to reduce the risk of harm", r.Mitigation, "BSSR s. 2(1)(e)"),
                new("persons_notice", "Steps taken to notify affected individuals", Iso(r.PersonsNotifiedAt), "BSSR s. 2(1)(f)"),
                new("risk", "Risk of significant harm assessment", assessment, "R63 (default)"),
            ]),
        };
    }
}
