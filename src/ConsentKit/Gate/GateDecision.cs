using NodaTime;

namespace ConsentKit.Gate;

/// <summary>
/// Why the gate blocks a message. The values are in the gate's fixed evaluation order (R17): the contact, suppression,
/// consent, third-party origin, age, election silence, quiet hours, frequency.
/// </summary>
public enum GateReasonCode
{
    /// <summary>The contact is not in the register: the gate fails closed (R16).</summary>
    UnknownContact,
    /// <summary>The phone or e-mail is on the suppression list (R12, R13).</summary>
    Suppressed,
    /// <summary>No consent was ever recorded for this purpose and channel (R1, R18).</summary>
    NoConsent,
    /// <summary>The person withdrew consent (R10, R11).</summary>
    Withdrawn,
    /// <summary>The consent has expired (R7).</summary>
    Expired,
    /// <summary>The data came from a third party and the basis is not the person's explicit consent (R5, R8).</summary>
    ThirdPartyDataNeedsExplicitConsent,
    /// <summary>The person is a minor for this purpose (R9, R20).</summary>
    Minor,
    /// <summary>An election-day silence period is running (R21, R22, R23).</summary>
    ElectionSilence,
    /// <summary>Outside the sending hours in the person's time zone (R24).</summary>
    QuietHours,
    /// <summary>The frequency cap is reached (R25).</summary>
    FrequencyCap,
    /// <summary>The message was drafted by AI and nobody reviewed it, as the AI-use policy requires (R44, R45).</summary>
    AiReviewMissing,
    /// <summary>The message uses AI in a way the organisation's AI-use policy forbids (R43, R44).</summary>
    AiUseForbidden,
    /// <summary>
    /// The contact's or the consent's stored row fails its keyed hash: it was changed outside ConsentKit, so nothing it
    /// says can be relied on (R2; GDPR art. 32). Evaluated right after <see cref="UnknownContact"/>; run <c>verify</c>.
    /// </summary>
    Tampered,
    /// <summary>
    /// The consent rests on third-party data whose source did not attest that political prospection was announced and
    /// an opt-out offered (R8): the rows are stored, and unsendable until recorded again with the attestation.
    /// Evaluated with the consent, before third-party origin.
    /// </summary>
    Quarantined,
    /// <summary>
    /// A voice call under the Canada profile while no registration with the CRTC Voter Contact Registry is recorded
    /// (R27; CEA Part 16.1; <see cref="ConsentKitOptions.VoterContactRegistration"/>). Evaluated before quiet hours.
    /// </summary>
    CallingRegistrationMissing,
    /// <summary>
    /// An SMS or e-mail sent to a member on the membership basis whose text offers no way to object (or was not given), where
    /// the profile asks for it in every message (R18, R4; GDPR art. 21(4); CPCE L34-5). Checked when the send is recorded.
    /// </summary>
    ObjectionNotOffered,
}

/// <summary>One failing rule: a stable code, a plain sentence in French and English, the rule it rests on, and when to retry.</summary>
/// <param name="Code">The stable machine code.</param>
/// <param name="MessageFr">The reason in plain French.</param>
/// <param name="MessageEn">The reason in plain English.</param>
/// <param name="Rule">The requirement and article it rests on, such as <c>R24; CRTC Unsolicited Telecommunications Rules Part III</c>.</param>
/// <param name="RetryAt">For quiet hours, election silence and frequency caps: the next instant at which sending becomes allowed.</param>
public sealed record GateReason(GateReasonCode Code, string MessageFr, string MessageEn, string Rule, Instant? RetryAt = null)
{
    /// <summary>The sentence in <paramref name="language"/> (<c>fr</c> or <c>en</c>; French for anything starting with fr).</summary>
    public string MessageIn(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? MessageFr : MessageEn;
    }

    /// <summary>
    /// The sentence in the current UI culture's language (French when it is French, English otherwise), so that
    /// <c>$"{reason.Message}"</c> prints a sentence.
    /// </summary>
    public string Message => MessageIn(System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    /// <summary>The code and the sentence, for logs a person reads.</summary>
    public override string ToString() => $"{Code}: {Message}";
}

/// <summary>The gate's answer for one message: allowed, or blocked with every failing rule in the fixed order.</summary>
/// <param name="ContactId">The contact.</param>
/// <param name="Purpose">The purpose.</param>
/// <param name="Channel">The channel.</param>
/// <param name="At">The instant the decision is for.</param>
/// <param name="Reasons">Every failing rule, in the fixed order; empty when allowed.</param>
public sealed record GateDecision(string ContactId, string Purpose, Channel Channel, Instant At, IReadOnlyList<GateReason> Reasons)
{
    /// <summary>Whether the message may be sent.</summary>
    public bool Allowed => Reasons.Count == 0;

    /// <summary>The earliest instant at which every time-bound reason has passed, when all reasons are time-bound; else null.</summary>
    public Instant? RetryAt => Reasons.Count > 0 && Reasons.All(r => r.RetryAt is not null) ? Reasons.Max(r => r.RetryAt) : null;
}
