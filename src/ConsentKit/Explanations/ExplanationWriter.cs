using System.Globalization;
using System.Text.Json.Nodes;
using ConsentKit.Gate;
using ConsentKit.Jurisdictions;
using ConsentKit.Targeting;
using NodaTime;

namespace ConsentKit.Explanations;

/// <summary>
/// The one template of explanations (R50, R52): French and English written side by side, sentence by sentence, from the
/// claims a record supports (<see cref="Claims"/>) and nothing else. Short sentences and everyday words; every legal term
/// comes with its gloss; the words for codes come from <see cref="Wording"/>.
/// </summary>
internal static class ExplanationWriter
{
    private static readonly string[] Sections = ["what", "why", "data", "consent", "ai", "period", "choices"];

    public static string ResolveCulture(string? culture, string jurisdiction) => culture switch
    {
        "fr-CA" or "fr-FR" or "en-CA" => culture,
        "fr" => jurisdiction == "fr" ? "fr-FR" : "fr-CA",
        "en" => "en-CA",
        _ => throw new ConsentKitValidationException([new("culture", "culture.unsupported", "culture must be fr-CA, fr-FR or en-CA (or fr, en).")]),
    };

    public static Explanation Write(SendFacts f, string culture, JurisdictionProfile profile)
    {
        var w = new Words(culture, f, profile);
        var claims = Claims.For(f, profile);
        var sections = Sections.Select(key => new ExplanationSection(key, Heading(w, key),
            string.Join('\n', claims.Where(c => c.Section == key).Select(c => Render(w, c, culture, profile)).Where(t => t.Length > 0)))).ToList();
        return new Explanation(f.MessageId, culture, w.T("Pourquoi avez-vous reçu ce message ?", "Why did you get this message?"), sections, f.Sender.PrivacyOfficer);
    }

    private static string Heading(Words w, string key) => key switch
    {
        "what" => w.T("Ce que c'est", "What this is"),
        "why" => w.T("Pourquoi vous", "Why you"),
        "data" => w.T("Vos données", "Your data"),
        "consent" => w.T("Votre accord", "Your consent"),
        "ai" => w.T("L'IA", "AI"),
        "period" => w.T("Quand et à combien de personnes", "When and to how many people"),
        _ => w.T("Vos choix", "Your choices"),
    };

    /// <summary>A segment's criteria in everyday words, as explanations write them: (include, exclude or null).</summary>
    public static (string Include, string? Exclude) DescribeCriteria(SegmentDefinition segment, string culture, JurisdictionProfile profile)
    {
        var w = new Words(culture, new SendFacts(), profile);
        return (w.Criteria(segment.Include), segment.Exclude is { } exclude ? w.Criteria(exclude) : null);
    }

    /// <summary>
    /// The SMS form: who sent it, the political label, the consent date, the link and how to stop, in two segments (R51). The
    /// date is written in the GSM-7 alphabet, so it never turns the text into UCS-2. When the text does not fit, a long
    /// organisation name is shortened first, then the compact wording is used; the date goes last, and only when even the
    /// compact form with a short name cannot hold it (a very long link).
    /// </summary>
    public static string Short(SendFacts f, string culture, JurisdictionProfile profile, string link)
    {
        var w = new Words(culture, f, profile);
        var consent = f.Consent is { Kind: not "withdrawn" } c && f.GateAllowed ? c : null;

        string Full(string org, bool withDate) => w.T(
            $"{org} : message politique.{(withDate ? consent!.FromDataSubject ? $" Vous avez dit oui le {w.SmsDate(consent.GivenAt)}." : $" Accord transmis par un tiers le {w.SmsDate(consent.GivenAt)}." : "")} Détails : {link} Répondez STOP pour ne plus en recevoir.",
            $"{org}: political message.{(withDate ? consent!.FromDataSubject ? $" You said yes on {w.SmsDate(consent.GivenAt)}." : $" Consent passed on by a third party on {w.SmsDate(consent.GivenAt)}." : "")} Details: {link} Reply STOP to stop.");

        // Half the room once a name outside GSM-7 makes the text UCS-2: the same facts in fewer words.
        string Compact(string org) => w.T(
            $"{org} : message politique. {(consent!.FromDataSubject ? "Accord du" : "Accord d'un tiers du")} {w.SmsDate(consent.GivenAt)}. {link} STOP pour arrêter.",
            $"{org}: political message. {(consent!.FromDataSubject ? "Consent of" : "Third-party consent of")} {w.SmsDate(consent.GivenAt)}. {link} Reply STOP to stop.");

        var text = Fit(f.Sender.Organisation, org => Full(org, consent is not null));
        if (consent is not null && Segments(text) > 2)
        {
            text = Fit(f.Sender.Organisation, Compact);
        }

        return Segments(text) > 2 ? Fit(f.Sender.Organisation, org => Full(org, false)) : text;

        static int Segments(string text) => SmsText.Measure(text).Segments;
    }

    // Shortens the organisation's name until the text fits in two segments or the name is down to 12 characters and an ellipsis.
    private static string Fit(string organisation, Func<string, string> compose)
    {
        var text = compose(organisation);
        // Each round leaves the name strictly shorter (12 characters and an ellipsis of at most 3), so the loop ends.
        while (SmsText.Measure(text).Segments > 2 && organisation.Length > 15)
        {
            var cut = Math.Max(12, organisation.Length - 10);
            cut -= char.IsHighSurrogate(organisation[cut - 1]) ? 1 : 0; // never split an emoji or another surrogate pair
            // "…" is not GSM-7: it would turn a GSM-7 text into UCS-2 and halve its room.
            organisation = organisation[..cut].TrimEnd() + (SmsText.IsGsm7(organisation) ? "..." : "…");
            text = compose(organisation);
        }

        return text;
    }

    private static string Render(Words w, Claim claim, string culture, JurisdictionProfile profile) => claim switch
    {
        PoliticalMessage m => w.T($"C'est un message politique {Wording.OfName(m.Organisation)}.", $"This is a political message from {m.Organisation}."),
        SentBy s => w.T($"Envoyé par : {s.Sender}. Responsable : {s.Organisation}.", $"{s.Sender} sent it. {s.Organisation} is responsible for it."),
        PurposeClaim => w.T($"Son but : {w.Purpose}.", $"Its goal: to {w.Purpose}."),
        CampaignClaim c => w.T($"Campagne : {c.Campaign}.", $"Campaign: {c.Campaign}."),
        AiDraftLabel a => AiUse.AiLabels.For(a.Reviewed, culture, AiUse.AiLabels.Form.Text),
        ChosenByCriteria c => w.T($"Nous avons choisi les personnes avec ces critères : {w.Criteria(c.Definition.Include)}.", $"We chose people with these criteria: {w.Criteria(c.Definition.Include)}.")
            + (c.Definition.Exclude is { } exclude ? "\n" + w.T($"Nous avons retiré les personnes avec ces critères : {w.Criteria(exclude)}.", $"We left out people with these criteria: {w.Criteria(exclude)}.") : ""),
        NotSorted => w.T("Nous n'avons pas fait de tri selon d'autres critères que votre accord.", "We did not sort people by anything other than their consent."),
        NoSensitiveData => w.T("Nous n'avons pas utilisé de données sensibles. Par exemple : la santé, la religion ou l'origine.",
            "We did not use sensitive data. For example: health, religion or origin."),
        SensitiveDataUsed s => w.T($"Nous avons utilisé une donnée sensible : {string.Join(", ", s.Fields.Select(w.Field))}. Elle n'a pas servi à choisir les personnes.",
            $"We used sensitive data: {string.Join(", ", s.Fields.Select(w.Field))}. It was not used to choose people."),
        AutomatedChoice a => w.T(
            (a.ByAi ? "Un outil d'IA a choisi les personnes" : "Un calcul automatique a choisi les personnes")
                + (a.InferredFields.Count > 0 ? $", avec {string.Join(", ", a.InferredFields.Select(w.Field))}" : "")
                + ". Personne n'a regardé votre cas. Vous pouvez nous donner vos observations et demander qu'une personne revoie ce choix. Vous pouvez aussi dire non à ce tri.",
            (a.ByAi ? "An AI tool chose the people" : "An automatic calculation chose the people")
                + (a.InferredFields.Count > 0 ? $", using {string.Join(", ", a.InferredFields.Select(w.Field))}" : "")
                + ". No person looked at your case. You can give us your observations and ask a person to look at this choice again. You can also say no to this sorting."),
        OnlyAddressUsed => w.T($"Nous avons seulement utilisé {w.Address} pour vous joindre.", $"We only used {w.Address} to reach you."),
        FieldUsed u => $"- {w.Field(u.Field)}{w.Colon}{w.Source(u.Source, u.ThirdParty, u.Country)}.",
        NoConsentHeld => w.T("Nous n'avions pas votre accord pour ce message.", "We did not have your consent for this message."),
        MemberSince m => w.T($"Vous êtes membre depuis le {w.Date(m.At)}. Nous écrivons à nos membres.", $"You have been a member since {w.Date(m.At)}. We write to our members."),
        ConsentGivenByPerson g => w.T($"Vous avez dit oui à nos {w.Channel} le {w.Date(g.At)}, {w.CaptureSource(g.CaptureSource)}.", $"You said yes to our {w.Channel} on {w.Date(g.At)}, {w.CaptureSource(g.CaptureSource)}."),
        ConsentReportedByThirdParty t => w.T($"Nous n'avons pas reçu votre accord de vous. {(t.ThirdParty is null ? "Un tiers" : t.ThirdParty)}{w.In(t.Country)} nous a dit que vous étiez d'accord pour recevoir nos {w.Channel}, le {w.Date(t.At)}.",
            $"Your consent did not come to us from you. {(t.ThirdParty is null ? "A third party" : t.ThirdParty)}{w.In(t.Country)} told us you agreed to get our {w.Channel}, on {w.Date(t.At)}."),
        ParentalConsent => w.T("Un parent a dit oui pour vous.", "A parent said yes for you."),
        NoticeShown n => w.T($"Le texte sur vos données montré à ce moment : version {n.Version}.", $"The text about your data shown at that time: version {n.Version}."),
        ConsentEnds e => w.T($"Cet accord prend fin le {w.Date(e.At)}.", $"This consent ends on {w.Date(e.At)}."),
        ConsentOpenEnded => w.T("Cet accord dure tant que vous ne le retirez pas.", "This consent lasts until you take it back."),
        ShouldNotHaveBeenSent => w.T("Ce message n'aurait pas dû partir. Nous l'avons signalé à notre responsable de la vie privée.",
            "This message should not have been sent. We have told our privacy officer."),
        NoAiUsed => w.T("Nous n'avons pas utilisé l'IA pour ce message.", "We did not use AI for this message."),
        AiHelped h => w.T($"L'IA nous a aidés à {string.Join(" et à ", new[] { h.Drafted ? "écrire le message" : null, h.Targeting ? "choisir les personnes" : null }.OfType<string>())}.",
            $"AI helped us {string.Join(" and ", new[] { h.Drafted ? "write the message" : null, h.Targeting ? "choose people" : null }.OfType<string>())}."),
        PersonReviewed => w.T("Une personne a relu le texte avant l'envoi.", "A person checked the text before it was sent."),
        AiTool t => t.OutsideHome
            ? w.T($"Outil utilisé : {t.Name}. Il traite les données hors {w.Home}{w.In(t.Country)}.", $"Tool used: {t.Name}. It works on data outside {w.Home}{w.In(t.Country)}.")
            : w.T($"Outil utilisé : {t.Name}{w.In(t.Country)}.", $"Tool used: {t.Name}{w.In(t.Country)}."),
        SentOn s => w.T($"Ce message est parti le {w.Date(s.At)}.", $"This message was sent on {w.Date(s.At)}."),
        AudienceCounted a => w.T($"Le groupe choisi comptait {w.Number(a.People)} personnes quand nous l'avons approuvé.", $"The group we chose had {w.Number(a.People)} people when we approved it."),
        AudienceNotCounted => w.T("Nous n'avons pas compté les personnes de ce groupe : ce nombre n'est pas mesuré.", "We did not count the people in this group: this number was not measured."),
        HowToStop s => s.Channel switch
        {
            "sms" => w.T($"Pour ne plus recevoir nos {w.Channel}, répondez STOP.", $"To stop getting our {w.Channel}, reply STOP."),
            "email" => w.T($"Pour ne plus recevoir nos {w.Channel}, répondez STOP à ce message.", "To stop getting our emails, reply STOP to this email."),
            "voice" => w.T("Pour ne plus recevoir nos appels, dites-le-nous au prochain appel ou écrivez-nous.", "To stop getting our calls, tell us on the next call or write to us."),
            _ => w.T("Pour ne plus rien recevoir de nous, écrivez-nous.", "To get nothing more from us, write to us."),
        },
        Rights => w.T("Vous pouvez aussi retirer votre accord. Vous pouvez demander une copie de vos données. Vous pouvez les faire corriger ou effacer.",
            "You can also take back your consent. You can ask for a copy of your data. You can have it fixed or deleted."),
        PrivacyOfficer p => w.T($"Écrivez à notre responsable de la vie privée : {p.Contact}", $"Write to our privacy officer: {p.Contact}"),
        Authority => w.T($"Vous n'êtes pas satisfait ? Vous pouvez vous plaindre {Wording.ToName(profile.Authority.NameFr)}. C'est l'organisme public qui protège vos données : {profile.Authority.Url}",
            $"Not happy with our answer? You can complain to the {profile.Authority.NameEn}. It is the public body that protects your data: {profile.Authority.Url}"),
        _ => "",
    };

    /// <summary>The words that change with the culture and the facts.</summary>
    private sealed class Words(string culture, SendFacts f, JurisdictionProfile profile)
    {
        private readonly Wording _wording = new(culture);
        // Dates read in the zone where most recipients live: Eastern time in Canada, the profile's first zone elsewhere.
        private readonly DateTimeZone _zone = DateTimeZoneProviders.Tzdb[profile.FallbackZones.Contains("America/Toronto") ? "America/Toronto" : profile.FallbackZones[0]];

        public string T(string fr, string en) => _wording.T(fr, en);

        public string Colon => _wording.Fr ? " : " : ": ";

        public string Channel => _wording.Channel(f.Channel);

        public string Address => f.Channel switch
        {
            "sms" or "voice" => _wording.Field("phone"),
            "email" => _wording.Field("email"),
            _ => T("votre adresse", "your address"),
        };

        public string Home => profile.HomeCountries.Count > 1 ? T("de l'Europe", "Europe") : T("du Canada", "Canada");

        public string Purpose => _wording.Purpose(f.Purpose);

        public string Field(string name) => _wording.Field(name);

        public string Source(string source, string? thirdParty, string? country) => _wording.Source(source, thirdParty, country);

        public string CaptureSource(string? source) => _wording.CaptureSource(source);

        public string In(string? country) => _wording.In(country);

        public string Date(long ticks) => _wording.Date(Instant.FromUnixTimeTicks(ticks).InZone(_zone).Date);

        public string SmsDate(long ticks) => _wording.SmsDate(Instant.FromUnixTimeTicks(ticks).InZone(_zone).Date);

        public string Number(long n) => _wording.Number(n);

        public string Criteria(Criterion criterion) => criterion switch
        {
            AllOf all => string.Join(T(" ; ", "; "), all.Items.Select(Criteria)),
            AnyOf any => string.Join(T(" ou ", " or "), any.Items.Select(Criteria)),
            NoneOf none => T("sauf ", "except ") + Criteria(none.Item),
            FieldCriterion c => Criterion(c),
            _ => "",
        };

        private string Criterion(FieldCriterion c)
        {
            var label = Field(c.Field);
            var values = c.Value is JsonArray array ? array.Select(Value).ToList() : [Value(c.Value)];
            var years = c.Field == "age" ? T(" ans", " years") : "";
            return c.Operator switch
            {
                SegmentOperator.Eq => $"{label}{Colon}{values[0]}",
                SegmentOperator.Ne => T($"{label} autre que {values[0]}", $"{label} other than {values[0]}"),
                SegmentOperator.In => $"{label}{Colon}{string.Join(T(" ou ", " or "), values)}",
                SegmentOperator.Lt => T($"{label} sous {values[0]}{years}", $"{label} under {values[0]}{years}"),
                SegmentOperator.Le => T($"{label} au plus {values[0]}{years}", $"{label} at most {values[0]}{years}"),
                SegmentOperator.Gt => T($"{label} plus de {values[0]}{years}", $"{label} over {values[0]}{years}"),
                SegmentOperator.Ge => T($"{label} au moins {values[0]}{years}", $"{label} at least {values[0]}{years}"),
                SegmentOperator.Between when values.Count == 2 => T($"{label} de {values[0]} à {values[1]}{years}", $"{label} from {values[0]} to {values[1]}{years}"),
                SegmentOperator.Contains => T($"« {values[0]} » parmi {label}", $"\"{values[0]}\" among {label}"),
                SegmentOperator.Exists => T($"nous connaissons {label}", $"we know {label}"),
                _ => label,
            };
        }

        private string Value(JsonNode? node) => node switch
        {
            null => "",
            JsonValue v when v.TryGetValue<bool>(out var b) => b ? T("oui", "yes") : T("non", "no"),
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            _ => node.ToJsonString(),
        };
    }
}
