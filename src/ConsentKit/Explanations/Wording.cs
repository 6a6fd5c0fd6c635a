using System.Globalization;
using ConsentKit.Targeting;
using NodaTime;

namespace ConsentKit.Explanations;

/// <summary>
/// The words ConsentKit uses for its codes, in one place, for every text a person reads: explanations, SMS, access exports,
/// the transparency register (R50, R52, R57, R67). A code never reaches a reader; fr-CA and fr-FR differ where their readers'
/// vocabularies do (textos / SMS, courriel / e-mail). Month and country names are spelled here rather than taken from the
/// machine's culture data, so a text is the same on every machine.
/// </summary>
internal sealed class Wording
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
        ["country"] = ("votre pays", "your country"),
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
        ["ai-profiling"] = ("vous classer avec un outil d'IA", "sort people with an AI tool"),
    };

    // The leading nouns of party names, with the article French puts before them: "du Parti…", "de la Coalition…".
    private static readonly Dictionary<string, string> LeadingNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Parti"] = "m", ["Bloc"] = "m", ["Mouvement"] = "m", ["Rassemblement"] = "m", ["Front"] = "m", ["Nouveau"] = "m", ["Comité"] = "m",
        ["Coalition"] = "f", ["Fédération"] = "f", ["Gauche"] = "f", ["Droite"] = "f", ["Ligue"] = "f", ["Nouvelle"] = "f",
        ["Union"] = "v", ["Alliance"] = "v", ["Association"] = "v", ["Assemblée"] = "v", ["Option"] = "v", ["Équipe"] = "v",
    };

    private readonly bool _france;

    public Wording(string culture)
    {
        Fr = culture.StartsWith("fr", StringComparison.Ordinal);
        _france = culture == "fr-FR";
    }

    public bool Fr { get; }

    public string T(string fr, string en) => Fr ? fr : en;

    /// <summary>fr-FR says "SMS" and "e-mail" where fr-CA says "textos" and "courriel".</summary>
    public string Channel(string channel) => channel switch
    {
        "sms" => T(_france ? "SMS" : "textos", "text messages"),
        "email" => T(_france ? "e-mails" : "courriels", "emails"),
        "voice" => T("appels", "calls"),
        "mail" => T("lettres", "letters"),
        _ => T("visites", "visits"),
    };

    public string OneOfChannel(string channel) => channel switch
    {
        "sms" => T(_france ? "SMS" : "texto", "text message"),
        "email" => T(_france ? "e-mail" : "courriel", "email"),
        "voice" => T("appel", "call"),
        "mail" => T("lettre", "letter"),
        _ => T("visite", "visit"),
    };

    public string Purpose(string purpose) => Purposes.TryGetValue(purpose, out var p) ? T(p.Fr, p.En) : T($"« {purpose} »", $"\"{purpose}\"");

    /// <summary>A purpose as a noun phrase for tables and lists: "Vous rappeler d'aller voter".</summary>
    public string PurposeTitle(string purpose)
    {
        var words = Purpose(purpose);
        return Fr || words.StartsWith('"') ? char.ToUpperInvariant(words[0]) + words[1..] : "To " + words;
    }

    public string Field(string name)
    {
        if (name == "email" && _france)
        {
            return "votre adresse e-mail";
        }

        if (FieldLabels.TryGetValue(name, out var label))
        {
            return T(label.Fr, label.En);
        }

        var words = name.Replace('_', ' ');
        return T($"« {words} »", $"\"{words}\"");
    }

    /// <summary>A field as a table heading: "Prénom", "Code postal".</summary>
    public string FieldTitle(string name)
    {
        var words = Field(name);
        foreach (var possessive in new[] { "votre ", "vos ", "your ", "les ", "the " })
        {
            if (words.StartsWith(possessive, StringComparison.Ordinal))
            {
                words = words[possessive.Length..];
                break;
            }
        }

        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    public string Category(string category) => DataCategories.TryParseCategory(category, out var c) ? T(c.Label().Fr, c.Label().En) : T("non déclarée", "not declared");

    /// <summary>Where a field came from, said to the person it is about.</summary>
    public string Source(string source, string? thirdParty, string? country) => source switch
    {
        "person" => T("vous nous l'avez donné", "you gave it to us"),
        "electoral_list" => T("la liste électorale", "the list of electors"),
        "third_party" when thirdParty is not null => T($"reçu de {thirdParty}{In(country)}", $"from {thirdParty}{In(country)}"),
        "third_party" => T($"reçu d'un tiers{In(country)}", $"from a third party{In(country)}"),
        _ => T("calculé par nos outils", "worked out by our tools"),
    };

    /// <summary>Where a field came from, said to the public (no "you").</summary>
    public string SourceForPublic(string source, string? thirdParty, string? country) => source switch
    {
        "person" => T("la personne elle-même", "the person themselves"),
        "electoral_list" => T("la liste électorale", "the list of electors"),
        "third_party" when thirdParty is not null => T($"{thirdParty}{In(country)}", $"{thirdParty}{In(country)}"),
        "third_party" => T($"un tiers{In(country)}", $"a third party{In(country)}"),
        _ => T("calculé par nos outils", "worked out by our tools"),
    };

    public string CaptureSource(string? source) => source switch
    {
        "web_form" => T("sur notre site web", "on our website"),
        "canvass" => T("quand nous sommes passés chez vous", "when we came to your door"),
        "event" => T("lors d'un événement", "at an event"),
        "import" => T("par une liste reçue", "through a list we received"),
        "inbound_sms" => T(_france ? "par SMS" : "par texto", "by text message"),
        "phone" => T("au téléphone", "on the phone"),
        "paper_form" => T("sur un formulaire papier", "on a paper form"),
        _ => T("auprès de nous", "with us"),
    };

    public string Basis(string basis) => basis switch
    {
        "consent" => T("accord", "consent"),
        "explicit_consent" => T("accord exprès", "explicit consent"),
        "membership" => T("adhésion (membres et contacts réguliers)", "membership (members and regular contacts)"),
        "legitimate_interest" => T("intérêt légitime", "legitimate interest"),
        _ => basis,
    };

    public string Status(string status) => status switch
    {
        "granted" => T("accord donné", "consent given"),
        "withdrawn" => T("accord retiré", "consent taken back"),
        "expired" => T("accord expiré", "consent expired"),
        "quarantined" => T("en quarantaine : origine des données non attestée", "quarantined: the data's origin is not attested"),
        _ => T("aucun accord", "no consent"),
    };

    public string EventKind(string kind) => kind switch
    {
        "withdrawn" => T("Accord retiré", "Consent taken back"),
        "renewed" => T("Accord renouvelé", "Consent renewed"),
        "parental_granted" => T("Accord donné par un parent", "Consent given by a parent"),
        _ => T("Accord donné", "Consent given"),
    };

    public string RequestKind(string kind) => kind switch
    {
        "access" => T("copie de vos données", "copy of your data"),
        "erasure" => T("effacement", "deletion"),
        "rectification" => T("correction", "correction"),
        "objection" => T("opposition", "objection"),
        "portability" => T("portabilité", "portability"),
        "withdrawal" => T("retrait d'accord", "consent withdrawal"),
        "report" => T("signalement", "report"),
        _ => kind,
    };

    public string RequestStatus(string status) => status switch
    {
        "open" or "received" => T("reçue", "received"),
        "extended" => T("délai prolongé", "deadline extended"),
        "done" or "completed" or "closed" => T("traitée", "done"),
        "refused" => T("refusée", "refused"),
        _ => status,
    };

    public string In(string? country) => country is null ? ""
        : Countries.TryGetValue(country, out var name) ? " (" + T(name.Fr, name.En) + ")"
        : " (" + country + ")";

    public string Date(LocalDate date) => Fr
        ? $"{(date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture))} {MonthsFr[date.Month - 1]} {date.Year}"
        : $"{MonthsEn[date.Month - 1]} {date.Day}, {date.Year}";

    /// <summary>A date in the GSM-7 alphabet (no "août", no "février"), so that an SMS stays GSM-7 and keeps its room.</summary>
    public string SmsDate(LocalDate date) => Fr
        ? (_france ? date.ToString("dd/MM/uuuu", CultureInfo.InvariantCulture) : date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture))
        : date.ToString("MMM d, uuuu", CultureInfo.InvariantCulture);

    public string DateTime(ZonedDateTime at) => Fr
        ? $"{Date(at.Date)} à {at.Hour.ToString(CultureInfo.InvariantCulture)} h {at.Minute.ToString("00", CultureInfo.InvariantCulture)}"
        : $"{Date(at.Date)} at {at.ToString("h:mm tt", CultureInfo.InvariantCulture)}";

    public string Number(long n) => Fr
        ? n.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '\u00A0')
        : n.ToString("#,0", CultureInfo.InvariantCulture);

    public string Language(string tag) => tag switch
    {
        "fr-CA" => T("français (Canada)", "French (Canada)"),
        "fr-FR" => T("français (France)", "French (France)"),
        "en-CA" => T("anglais (Canada)", "English (Canada)"),
        _ when tag.StartsWith("fr", StringComparison.Ordinal) => T("français", "French"),
        _ when tag.StartsWith("en", StringComparison.Ordinal) => T("anglais", "English"),
        _ => tag,
    };

    public string YesNo(bool value) => value ? T("oui", "yes") : T("non", "no");

    /// <summary>"de" before an organisation's name, contracted as French does: du Parti, des Écologistes, de l'Union, de la Coalition.</summary>
    public static string OfName(string name) => Contract(name, "du ", "des ", "de la ", "de l'", "d'", "de ");

    /// <summary>"à" before an organisation's name: au Parti, aux Écologistes, à l'Union, à la Coalition.</summary>
    public static string ToName(string name) => Contract(name, "au ", "aux ", "à la ", "à l'", "à ", "à ");

    private static string Contract(string name, string masculine, string plural, string feminine, string elided, string beforeVowel, string plain)
    {
        if (StartsWithWord(name, "Le"))
        {
            return masculine + name[3..];
        }

        if (StartsWithWord(name, "Les"))
        {
            return plural + name[4..];
        }

        if (StartsWithWord(name, "La"))
        {
            return feminine + name[3..];
        }

        if (name.Length > 2 && name[0] is 'L' or 'l' && name[1] is '\'' or '’')
        {
            return elided + name[2..];
        }

        var first = name.Split(' ', 2)[0];
        if (LeadingNouns.TryGetValue(first, out var gender))
        {
            return (gender switch { "m" => masculine, "f" => feminine, _ => elided }) + name;
        }

        return (name.Length > 0 && "AEIOUYÉÈÊÀÂÎÔaeiouyéèêàâîô".Contains(name[0], StringComparison.Ordinal) && beforeVowel != plain ? beforeVowel : plain) + name;

        static bool StartsWithWord(string text, string article) =>
            text.Length > article.Length + 1 && text.StartsWith(article, StringComparison.OrdinalIgnoreCase) && text[article.Length] == ' ';
    }
}
