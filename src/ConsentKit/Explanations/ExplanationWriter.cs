using System.Globalization;
using System.Text.Json.Nodes;
using ConsentKit.Gate;
using ConsentKit.Jurisdictions;
using ConsentKit.Targeting;
using NodaTime;

namespace ConsentKit.Explanations;

/// <summary>
/// The one template of explanations (R50, R52): French and English written side by side, sentence by sentence, from the
/// frozen facts only. Short sentences and everyday words; every legal term comes with its gloss. Month and country names
/// are spelled here rather than taken from the machine's culture data, so the text is the same on every machine.
/// </summary>
internal static class ExplanationWriter
{
    private static readonly string[] MonthsFr = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
    private static readonly string[] MonthsEn = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly Dictionary<string, (string Fr, string En)> Countries = new(StringComparer.Ordinal)
    {
        ["CA"] = ("au Canada", "in Canada"),
        ["US"] = ("aux États-Unis", "in the United States"),
        ["FR"] = ("en France", "in France"),
        ["GB"] = ("au Royaume-Uni", "in the United Kingdom"),
        ["IE"] = ("en Irlande", "in Ireland"),
        ["DE"] = ("en Allemagne", "in Germany"),
        ["NL"] = ("aux Pays-Bas", "in the Netherlands"),
        ["BE"] = ("en Belgique", "in Belgium"),
        ["CH"] = ("en Suisse", "in Switzerland"),
        ["IN"] = ("en Inde", "in India"),
        ["CN"] = ("en Chine", "in China"),
    };

    private static readonly Dictionary<string, (string Fr, string En)> FieldLabels = new(StringComparer.Ordinal)
    {
        ["contact_id"] = ("votre numéro de dossier", "your file number"),
        ["first_name"] = ("votre prénom", "your first name"),
        ["last_name"] = ("votre nom", "your last name"),
        ["phone"] = ("votre numéro de téléphone", "your phone number"),
        ["email"] = ("votre adresse de courriel", "your email address"),
        ["language"] = ("votre langue", "your language"),
        ["postal_code"] = ("votre code postal", "your postal code"),
        ["time_zone"] = ("votre fuseau horaire", "your time zone"),
        ["birth_date"] = ("votre date de naissance", "your date of birth"),
        ["age"] = ("votre âge", "your age"),
        ["city"] = ("votre ville", "your city"),
        ["riding"] = ("votre circonscription", "your riding"),
        ["interests"] = ("les sujets qui vous intéressent", "the topics you care about"),
        ["events_attended"] = ("les événements où vous êtes venu", "the events you came to"),
        ["donations_total"] = ("vos dons", "your donations"),
    };

    private static readonly Dictionary<string, (string Fr, string En)> Purposes = new(StringComparer.Ordinal)
    {
        ["gotv"] = ("vous rappeler d'aller voter", "remind you to vote"),
        ["newsletter"] = ("vous donner de nos nouvelles", "send you our news"),
        ["fundraising"] = ("vous demander un don", "ask you for a donation"),
        ["survey"] = ("vous poser des questions", "ask you some questions"),
        ["volunteering"] = ("vous parler de bénévolat", "talk about helping out"),
        ["membership"] = ("vous écrire au sujet de votre adhésion", "write about your membership"),
        ["political-ads"] = ("vous montrer notre publicité politique", "show you our political ads"),
    };

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
        var sections = new List<ExplanationSection>(7)
        {
            new("what", w.T("Ce que c'est", "What this is"), What(w, f, culture)),
            new("why", w.T("Pourquoi vous", "Why you"), Why(w, f)),
            new("data", w.T("Vos données", "Your data"), Data(w, f)),
            new("consent", w.T("Votre accord", "Your consent"), Consent(w, f)),
            new("ai", w.T("L'IA", "AI"), Ai(w, f, profile)),
            new("period", w.T("Quand et à combien de personnes", "When and to how many people"), Period(w, f)),
            new("choices", w.T("Vos choix", "Your choices"), Choices(w, f, profile)),
        };
        return new Explanation(f.MessageId, culture, w.T("Pourquoi avez-vous reçu ce message ?", "Why did you get this message?"), sections, f.Sender.PrivacyOfficer);
    }

    /// <summary>A segment's criteria in everyday words, as explanations write them: (include, exclude or null).</summary>
    public static (string Include, string? Exclude) DescribeCriteria(SegmentDefinition segment, string culture, JurisdictionProfile profile)
    {
        var w = new Words(culture, new SendFacts(), profile);
        return (w.Criteria(segment.Include), segment.Exclude is { } exclude ? w.Criteria(exclude) : null);
    }

    /// <summary>The SMS form: who sent it, the political label, the link and how to stop always fit in two segments (R51).</summary>
    public static string Short(SendFacts f, string culture, JurisdictionProfile profile, string link)
    {
        var w = new Words(culture, f, profile);
        var organisation = f.Sender.Organisation;
        var reason = f.Consent is { Kind: not "withdrawn" } c && f.GateAllowed
            ? w.T($" Vous avez dit oui à nos {w.Channel} le {w.Date(c.GivenAt)}.", $" You said yes to our {w.Channel} on {w.Date(c.GivenAt)}.")
            : "";

        // Words inside the GSM-7 alphabet (no ç, ê): a single such character would make the whole text UCS-2 and halve its room.
        string Compose(string org, string why) => w.T($"{org} : message politique.{why} Détails : {link} Répondez STOP pour ne plus en recevoir.",
            $"{org}: political message.{why} Details: {link} Reply STOP to stop.");

        var text = Compose(organisation, reason);
        if (SmsText.Measure(text).Segments > 2)
        {
            text = Compose(organisation, "");
        }

        while (SmsText.Measure(text).Segments > 2 && organisation.Length > 12)
        {
            var cut = organisation.Length - 10;
            cut -= char.IsHighSurrogate(organisation[cut - 1]) ? 1 : 0; // never split an emoji or another surrogate pair
            organisation = organisation[..cut].TrimEnd() + "…";
            text = Compose(organisation, "");
        }

        return text;
    }

    private static string What(Words w, SendFacts f, string culture)
    {
        var lines = new List<string>
        {
            w.T($"C'est un message politique de {f.Sender.Organisation}.", $"This is a political message from {f.Sender.Organisation}."),
            w.T($"{f.Sender.Name} l'a envoyé. {f.Sender.Organisation} en est responsable.", $"{f.Sender.Name} sent it. {f.Sender.Organisation} is responsible for it."),
            w.T($"Son but : {w.Purpose}.", $"Its goal: to {w.Purpose}."),
        };
        if (f.Campaign is { } campaign)
        {
            lines.Add(w.T($"Campagne : {campaign}.", $"Campaign: {campaign}."));
        }

        if (f.Ai.Drafted)
        {
            lines.Add(AiUse.AiLabels.For(f.Ai.Reviewed, culture, AiUse.AiLabels.Form.Text));
        }

        return string.Join('\n', lines);
    }

    private static string Why(Words w, SendFacts f)
    {
        var lines = new List<string>();
        if (f.Segment is { } segment && TryParse(segment.Definition) is { } definition)
        {
            lines.Add(w.T($"Nous avons choisi les personnes avec ces critères : {w.Criteria(definition.Include)}.", $"We chose people with these criteria: {w.Criteria(definition.Include)}."));
            if (definition.Exclude is { } exclude)
            {
                lines.Add(w.T($"Nous avons retiré les personnes avec ces critères : {w.Criteria(exclude)}.", $"We left out people with these criteria: {w.Criteria(exclude)}."));
            }
        }
        else
        {
            lines.Add(w.T($"Vous avez dit oui à nos {w.Channel}. Nous n'avons pas fait de tri selon d'autres critères.", $"You said yes to our {w.Channel}. We did not sort people by other criteria."));
        }

        lines.Add(w.T("Nous n'avons pas utilisé de données sensibles. Par exemple : la santé, la religion ou l'origine.",
            "We did not use sensitive data. For example: health, religion or origin."));
        if (f.Ai.Targeting)
        {
            lines.Add(w.T("Un outil d'IA nous a aidés à choisir les personnes. Vous pouvez dire non à ce tri. Vous pouvez aussi demander qu'une personne revoie ce choix.",
                "An AI tool helped us choose people. You can say no to this. You can also ask a person to look at this choice again."));
        }

        return string.Join('\n', lines);
    }

    private static string Data(Words w, SendFacts f)
    {
        if (f.Fields.Count == 0)
        {
            return w.T($"Nous avons seulement utilisé {w.Address} pour vous joindre.", $"We only used {w.Address} to reach you.");
        }

        var lines = new List<string> { w.T("Nous avons utilisé ces données :", "We used this data:") };
        foreach (var field in f.Fields)
        {
            lines.Add($"- {w.Field(field.Name)} : {w.Source(field)}.".Replace(" : ", w.Colon, StringComparison.Ordinal));
        }

        return string.Join('\n', lines);
    }

    private static string Consent(Words w, SendFacts f)
    {
        var lines = new List<string>();
        if (f.Consent is not { Kind: not "withdrawn" } c)
        {
            lines.Add(w.T("Nous n'avions pas votre accord pour ce message.", "We did not have your consent for this message."));
        }
        else if (c.Basis == "membership")
        {
            lines.Add(w.T($"Vous êtes membre depuis le {w.Date(c.GivenAt)}. Nous écrivons à nos membres.", $"You have been a member since {w.Date(c.GivenAt)}. We write to our members."));
        }
        else
        {
            lines.Add(w.T($"Vous avez dit oui à nos {w.Channel} le {w.Date(c.GivenAt)}, {w.CaptureSource(c.Source)}.", $"You said yes to our {w.Channel} on {w.Date(c.GivenAt)}, {w.CaptureSource(c.Source)}."));
            if (c.Kind == "parental_granted")
            {
                lines.Add(w.T("Un parent a dit oui pour vous.", "A parent said yes for you."));
            }

            if (c.NoticeVersion is { } version)
            {
                lines.Add(w.T($"Vous avez lu notre texte sur vos données, version {version}.", $"You read our text about your data, version {version}."));
            }

            if (!c.FromDataSubject && c.ThirdParty is { } third)
            {
                lines.Add(w.T($"Cet accord nous vient de {third}{w.In(c.ThirdPartyCountry)}.", $"This consent came to us from {third}{w.In(c.ThirdPartyCountry)}."));
            }

            lines.Add(c.ExpiresAt is { } expires
                ? w.T($"Cet accord prend fin le {w.Date(expires)}.", $"This consent ends on {w.Date(expires)}.")
                : w.T("Cet accord dure tant que vous ne le retirez pas.", "This consent lasts until you take it back."));
        }

        if (!f.GateAllowed)
        {
            lines.Add(w.T("Ce message n'aurait pas dû partir. Nous l'avons signalé à notre responsable de la vie privée.",
                "This message should not have been sent. We have told our privacy officer."));
        }

        return string.Join('\n', lines);
    }

    private static string Ai(Words w, SendFacts f, JurisdictionProfile profile)
    {
        if (!f.Ai.Drafted && !f.Ai.Targeting && f.Ai.Providers.Count == 0)
        {
            return w.T("Nous n'avons pas utilisé l'IA pour ce message.", "We did not use AI for this message.");
        }

        var lines = new List<string>();
        var uses = new List<string>();
        if (f.Ai.Drafted)
        {
            uses.Add(w.T("écrire le message", "write the message"));
        }

        if (f.Ai.Targeting)
        {
            uses.Add(w.T("choisir les personnes", "choose people"));
        }

        if (uses.Count > 0)
        {
            lines.Add(w.T($"L'IA nous a aidés à {string.Join(" et à ", uses)}.", $"AI helped us {string.Join(" and ", uses)}."));
        }

        if (f.Ai.Reviewed)
        {
            lines.Add(w.T("Une personne a relu le texte avant l'envoi.", "A person checked the text before it was sent."));
        }

        foreach (var provider in f.Ai.Providers)
        {
            lines.Add(profile.HomeCountries.Contains(provider.Country)
                ? w.T($"Outil utilisé : {provider.Name}{w.In(provider.Country)}.", $"Tool used: {provider.Name}{w.In(provider.Country)}.")
                : w.T($"Outil utilisé : {provider.Name}. Il traite les données hors {w.Home}{w.In(provider.Country)}.", $"Tool used: {provider.Name}. It works on data outside {w.Home}{w.In(provider.Country)}."));
        }

        return string.Join('\n', lines);
    }

    private static string Period(Words w, SendFacts f)
    {
        var sent = w.T($"Ce message est parti le {w.Date(f.SentAt)}.", $"This message was sent on {w.Date(f.SentAt)}.");
        var audience = f.Segment?.Audience is { } count
            ? w.T($" Nous l'avons envoyé à {w.Number(count)} personnes.", $" We sent it to {w.Number(count)} people.")
            : "";
        return sent + audience;
    }

    private static string Choices(Words w, SendFacts f, JurisdictionProfile profile)
    {
        var stop = f.Channel switch
        {
            "sms" => w.T($"Pour ne plus recevoir nos {w.Channel}, répondez STOP.", $"To stop getting our {w.Channel}, reply STOP."),
            "email" => w.T("Pour ne plus recevoir nos courriels, répondez STOP à ce courriel.", "To stop getting our emails, reply STOP to this email."),
            "voice" => w.T("Pour ne plus recevoir nos appels, dites-le-nous au prochain appel ou écrivez-nous.", "To stop getting our calls, tell us on the next call or write to us."),
            _ => w.T("Pour ne plus rien recevoir de nous, écrivez-nous.", "To get nothing more from us, write to us."),
        };
        var authority = profile.Authority;
        return string.Join('\n',
            stop,
            w.T("Vous pouvez aussi retirer votre accord. Vous pouvez demander une copie de vos données. Vous pouvez les faire corriger ou effacer.",
                "You can also take back your consent. You can ask for a copy of your data. You can have it fixed or deleted."),
            w.T($"Écrivez à notre responsable de la vie privée : {f.Sender.PrivacyOfficer}", $"Write to our privacy officer: {f.Sender.PrivacyOfficer}"),
            w.T($"Vous n'êtes pas satisfait ? Vous pouvez vous plaindre {(authority.NameFr.StartsWith("le ", StringComparison.Ordinal) ? "au " + authority.NameFr[3..] : "à " + authority.NameFr)}. C'est l'organisme public qui protège vos données : {authority.Url}",
                $"Not happy with our answer? You can complain to the {authority.NameEn}. It is the public body that protects your data: {authority.Url}"));
    }

    private static SegmentDefinition? TryParse(string json)
    {
        try
        {
            return SegmentDefinition.Parse(json);
        }
        catch (ConsentKitValidationException)
        {
            return null;
        }
    }

    /// <summary>The words that change with the culture and the facts.</summary>
    private sealed class Words(string culture, SendFacts f, JurisdictionProfile profile)
    {
        private readonly bool _fr = culture.StartsWith("fr", StringComparison.Ordinal);
        private readonly bool _france = culture == "fr-FR";
        // Dates read in the zone where most recipients live: Eastern time in Canada, the profile's first zone elsewhere.
        private readonly DateTimeZone _zone = DateTimeZoneProviders.Tzdb[profile.FallbackZones.Contains("America/Toronto") ? "America/Toronto" : profile.FallbackZones[0]];

        public string T(string fr, string en) => _fr ? fr : en;

        public string Colon => _fr ? " : " : ": ";

        public string Channel => f.Channel switch
        {
            "sms" => T(_france ? "SMS" : "textos", "text messages"),
            "email" => T(_france ? "e-mails" : "courriels", "emails"),
            "voice" => T("appels", "calls"),
            "mail" => T("lettres", "letters"),
            _ => T("visites", "visits"),
        };

        public string Address => f.Channel switch
        {
            "sms" or "voice" => T("votre numéro de téléphone", "your phone number"),
            "email" => T(_france ? "votre adresse e-mail" : "votre adresse de courriel", "your email address"),
            _ => T("votre adresse", "your address"),
        };

        public string Home => profile.HomeCountries.Count > 1 ? T("de l'Europe", "Europe") : T("du Canada", "Canada");

        public string Purpose => Purposes.TryGetValue(f.Purpose, out var p) ? T(p.Fr, p.En) : T($"« {f.Purpose} »", $"\"{f.Purpose}\"");

        public string Field(string name)
        {
            if (FieldLabels.TryGetValue(name, out var label))
            {
                return T(label.Fr, label.En);
            }

            var words = name.Replace('_', ' ');
            return T($"« {words} »", $"\"{words}\"");
        }

        public string Source(FieldFacts field) => field.Source switch
        {
            "person" => T("vous nous l'avez donné", "you gave it to us"),
            "electoral_list" => T("la liste électorale", "the list of electors"),
            "third_party" => T($"reçu de {field.ThirdParty}{In(field.Country)}", $"from {field.ThirdParty}{In(field.Country)}"),
            _ => T("calculé par nos outils", "worked out by our tools"),
        };

        public string CaptureSource(string? source) => source switch
        {
            "web_form" => T("sur notre site web", "on our website"),
            "canvass" => T("quand nous sommes passés chez vous", "when we came to your door"),
            "event" => T("lors d'un événement", "at an event"),
            "import" => T("par une liste reçue", "through a list we received"),
            "inbound_sms" => T("par texto", "by text message"),
            "phone" => T("au téléphone", "on the phone"),
            "paper_form" => T("sur un formulaire papier", "on a paper form"),
            _ => T("auprès de nous", "with us"),
        };

        public string In(string? country) => country is null ? ""
            : Countries.TryGetValue(country, out var name) ? " (" + T(name.Fr, name.En) + ")"
            : " (" + country + ")";

        public string Date(long ticks)
        {
            var date = Instant.FromUnixTimeTicks(ticks).InZone(_zone).Date;
            return _fr
                ? $"{(date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture))} {MonthsFr[date.Month - 1]} {date.Year}"
                : $"{MonthsEn[date.Month - 1]} {date.Day}, {date.Year}";
        }

        public string Number(long n) => _fr
            ? n.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ' ')
            : n.ToString("#,0", CultureInfo.InvariantCulture);

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
