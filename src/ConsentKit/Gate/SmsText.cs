namespace ConsentKit.Gate;

/// <summary>How an SMS is encoded and how many segments it takes.</summary>
/// <param name="Encoding"><c>GSM-7</c> or <c>UCS-2</c>.</param>
/// <param name="Units">Septets for GSM-7 (extension characters count two), UTF-16 code units for UCS-2.</param>
/// <param name="Segments">Segments billed: 160/153 septets or 70/67 units per segment.</param>
public sealed record SmsLength(string Encoding, int Units, int Segments);

/// <summary>Counts SMS segments the way carriers do (3GPP TS 23.038): one character outside GSM-7 makes the whole message UCS-2.</summary>
public static class SmsText
{
    // GSM 03.38 default alphabet. It has é è ù ì ò Ç É à but not ê â î ô û ç ë ï œ or the typographic apostrophe.
    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private const string Extension = "^{}\\[~]|€\f";

    /// <summary>Measures a message.</summary>
    public static SmsLength Measure(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var septets = 0;
        foreach (var c in text)
        {
            if (Basic.Contains(c, StringComparison.Ordinal))
            {
                septets++;
            }
            else if (Extension.Contains(c, StringComparison.Ordinal))
            {
                septets += 2;
            }
            else
            {
                var units = text.Length;
                return new SmsLength("UCS-2", units, units <= 70 ? 1 : (units + 66) / 67);
            }
        }

        return new SmsLength("GSM-7", septets, septets <= 160 ? 1 : (septets + 152) / 153);
    }
}

/// <summary>A problem with a message's text (R26): a stable code, fr and en sentences, the rule.</summary>
/// <param name="Code"><c>MissingSenderIdentity</c> or <c>MissingOptOutInstruction</c>.</param>
/// <param name="MessageFr">In plain French.</param>
/// <param name="MessageEn">In plain English.</param>
/// <param name="Rule">The rule it rests on.</param>
public sealed record MessageIssue(string Code, string MessageFr, string MessageEn, string Rule);

/// <summary>The check of a message's text before sending: its issues and, for SMS, its length.</summary>
/// <param name="Issues">Every problem found; empty when the text may go.</param>
/// <param name="Length">The SMS encoding and segments; null for other channels.</param>
public sealed record MessageValidation(IReadOnlyList<MessageIssue> Issues, SmsLength? Length)
{
    /// <summary>Whether the text has no issue.</summary>
    public bool Ok => Issues.Count == 0;
}

/// <summary>Checks a political message's text (R26): who sends it, and how to stop.</summary>
public static class MessageRules
{
    /// <summary>
    /// Flags a political SMS or e-mail whose text does not name the sender (one of <paramref name="senderNames"/>) or gives
    /// no way to stop (STOP, ARRÊT, unsubscribe, désabonner…), and measures SMS segments.
    /// </summary>
    public static MessageValidation Validate(string text, Channel channel, IReadOnlyCollection<string> senderNames)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(senderNames);
        var issues = new List<MessageIssue>();
        if (channel is Channel.Sms or Channel.Email)
        {
            var folded = InboundClassifier.Fold(text);
            if (!senderNames.Any(n => InboundClassifier.Fold(n) is { Length: > 0 } name && $" {folded} ".Contains($" {name} ", StringComparison.Ordinal)))
            {
                issues.Add(new("MissingSenderIdentity",
                    "Le message ne dit pas qui l'envoie.",
                    "The message does not say who sends it.",
                    "R26; CEA s.320; TTPA art. 11-12"));
            }

            var words = folded.Split(' ');
            if (!words.Any(w => w is "STOP" or "ARRET" or "DESABONNER" or "UNSUBSCRIBE" or "DESINSCRIPTION" or "DESABONNEMENT"))
            {
                issues.Add(new("MissingOptOutInstruction",
                    "Le message ne dit pas comment arrêter de recevoir les messages (par exemple « Répondez STOP »).",
                    "The message does not say how to stop getting messages (for example \"Reply STOP\").",
                    "R26; GDPR art. 21(4); CNIL"));
            }
        }

        return new MessageValidation(issues, channel == Channel.Sms ? SmsText.Measure(text) : null);
    }
}
