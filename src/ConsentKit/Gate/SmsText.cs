namespace ConsentKit.Gate;

/// <summary>How an SMS is encoded and how many segments it takes.</summary>
/// <param name="Encoding"><c>GSM-7</c> or <c>UCS-2</c>.</param>
/// <param name="Units">Septets for GSM-7 (extension characters count two), UTF-16 code units for UCS-2.</param>
/// <param name="Segments">Segments billed: 160/153 septets or 70/67 units per segment.</param>
public sealed record SmsLength(string Encoding, int Units, int Segments);

/// <summary>
/// Counts SMS segments the way carriers do (3GPP TS 23.038 and 23.040): one character outside GSM-7 makes the whole message
/// UCS-2. A message longer than one segment is cut into parts that each lose room to the concatenation header (153 septets or
/// 67 UTF-16 units), and a part never ends inside a GSM-7 escape (an extension character's two septets) or a UTF-16
/// surrogate pair, so the last part can hold one unit less than the division suggests.
/// </summary>
public static class SmsText
{
    // GSM 03.38 default alphabet. It has é è ù ì ò Ç É à but not ê â î ô û ç ë ï œ or the typographic apostrophe.
    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private const string Extension = "^{}\\[~]|€\f";

    private const int SingleGsm = 160, PartGsm = 153, SingleUcs2 = 70, PartUcs2 = 67;

    /// <summary>Whether every character of <paramref name="text"/> is in the GSM-7 alphabet or its extension table.</summary>
    public static bool IsGsm7(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            if (!Basic.Contains(c, StringComparison.Ordinal) && !Extension.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Measures a message.</summary>
    public static SmsLength Measure(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsGsm7(text))
        {
            var septets = 0;
            foreach (var c in text)
            {
                septets += Extension.Contains(c, StringComparison.Ordinal) ? 2 : 1;
            }

            return new SmsLength("GSM-7", septets, septets <= SingleGsm ? 1 : Parts(text, PartGsm, static (t, i) => Extension.Contains(t[i], StringComparison.Ordinal) ? 2 : 1));
        }

        // A UCS-2 part never ends inside a user-perceived character (a surrogate pair, a flag, an emoji with its skin tone).
        return new SmsLength("UCS-2", text.Length, text.Length <= SingleUcs2 ? 1 : Parts(text, PartUcs2, static (t, i) => System.Globalization.StringInfo.GetNextTextElementLength(t.AsSpan(i))));
    }

    // Fills parts greedily with indivisible units (a character, an escape, a surrogate pair): a unit that does not fit in
    // what is left of a part starts the next one, as the calculators and handsets carriers use do.
    private static int Parts(string text, int room, Func<string, int, int> width)
    {
        var gsm = room == PartGsm;
        var parts = 1;
        var used = 0;
        for (var i = 0; i < text.Length;)
        {
            var w = width(text, i);
            if (used + w > room)
            {
                parts++;
                used = 0;
            }

            used += w;
            i += gsm ? 1 : w; // an escape is one char and two septets; a UCS-2 unit is one char
        }

        return parts;
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
