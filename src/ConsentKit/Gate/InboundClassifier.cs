using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ConsentKit.Jurisdictions;

namespace ConsentKit.Gate;

/// <summary>What an inbound text message asks for.</summary>
public enum InboundAction
{
    /// <summary>Nothing the sender must act on.</summary>
    None,
    /// <summary>Stop: withdraw and suppress (R10).</summary>
    Stop,
    /// <summary>Lift a keyword stop, where the law allows.</summary>
    Start,
    /// <summary>Help (carrier convention).</summary>
    Help,
    /// <summary>Why did I get this message (R50).</summary>
    Why,
    /// <summary>A copy of my data: an access request enters the register with its deadline (R55, R56).</summary>
    Access,
}

/// <summary>
/// Reads a reply the way a person writes it: any case, with or without accents, spaces or punctuation, with trailing words
/// ("stop svp", "Arrêt!!"), and whole opt-out sentences ("ne m'écrivez plus", "please remove me"). A reply that only
/// contains a keyword in another sense ("je ne peux pas arrêter de sourire") is not a stop.
/// </summary>
public static partial class InboundClassifier
{
    private static readonly (Regex Pattern, string Language)[] OptOutPhrases =
    [
        (FrenchOptOut(), "fr"),
        (EnglishOptOut(), "en"),
    ];

    /// <summary>The action a message body asks for, and its language when the words tell (<c>fr</c>, <c>en</c>, or null).</summary>
    public static (InboundAction Action, string? Language) Classify(string? body)
    {
        var text = Fold(body);
        if (text.Length == 0)
        {
            return (InboundAction.None, null);
        }

        var tokens = text.Split(' ');
        var first = tokens[0];
        if (JurisdictionProfile.StopKeywords.Contains(first) || (tokens[^1] is "STOP" or "ARRET" && tokens.Length <= 4))
        {
            return (InboundAction.Stop, LanguageOf(first == "STOP" ? tokens[^1] : first));
        }

        foreach (var (pattern, language) in OptOutPhrases)
        {
            if (pattern.IsMatch(text))
            {
                return (InboundAction.Stop, language);
            }
        }

        if (JurisdictionProfile.StartKeywords.Contains(first))
        {
            return (InboundAction.Start, first == "REPRENDRE" ? "fr" : "en");
        }

        if (JurisdictionProfile.HelpKeywords.Contains(first))
        {
            return (InboundAction.Help, first == "AIDE" ? "fr" : first == "HELP" ? "en" : null);
        }

        if (JurisdictionProfile.WhyKeywords.Contains(first))
        {
            return (InboundAction.Why, first == "POURQUOI" ? "fr" : "en");
        }

        if (JurisdictionProfile.AccessKeywords.Contains(first))
        {
            return (InboundAction.Access, first is "ACCES" or "DONNEES" ? "fr" : "en");
        }

        return (InboundAction.None, null);
    }

    private static string? LanguageOf(string keyword) => keyword switch
    {
        "ARRET" or "ARRETER" or "DESABONNER" => "fr",
        "UNSUBSCRIBE" or "END" or "QUIT" or "CANCEL" or "STOPALL" => "en",
        _ => null,
    };

    /// <summary>Upper case, accents removed, anything but letters and digits turned into single spaces.</summary>
    internal static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }

    // Folded text: "ne m'écrivez plus" reads "NE M ECRIVEZ PLUS".
    [GeneratedRegex(@"\b(NE (M|ME) (ECRIVEZ|ECRIS|TEXTEZ|CONTACTEZ|RECONTACTEZ|ENVOYEZ|APPELEZ) PLUS|NE PLUS (ME )?(RECEVOIR|CONTACTER|ECRIRE|ENVOYER)|RETIREZ MOI|RETIRER MON (NUMERO|NOM|ADRESSE)|ENLEVEZ MOI|DESINSCRI(RE|VEZ|PTION|S MOI)|DESABONNE|ARRETEZ (DE M|DE ME|LES|VOS|TOUT|CES|CA)|JE NE VEUX PLUS|PLUS DE (MESSAGES|SMS|TEXTOS|COURRIELS)|LAISSEZ MOI TRANQUILLE|(SUPPRIMEZ|EFFACEZ|OUBLIEZ) MON (NUMERO|ADRESSE|NOM)|RAYEZ MOI)\b")]
    private static partial Regex FrenchOptOut();

    [GeneratedRegex(@"\b(REMOVE ME|TAKE ME OFF|UNSUBSCRIBE|OPT ME OUT|OPT OUT|OPTOUT|STOP (TEXTING|MESSAGING|SENDING|CONTACTING|CALLING|EMAILING)|(DONT|DO NOT|DON T) (TEXT|MESSAGE|CONTACT|CALL|EMAIL|SMS)|NO MORE (TEXTS|MESSAGES|SMS)|LEAVE ME ALONE|(DELETE|LOSE|ERASE) MY (NUMBER|DETAILS|INFO)|I DO NOT WANT (THESE|YOUR|ANY)|I DONT WANT (THESE|YOUR|ANY)|NOT INTERESTED PLEASE STOP)\b")]
    private static partial Regex EnglishOptOut();
}
