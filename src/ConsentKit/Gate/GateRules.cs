using System.Globalization;
using ConsentKit.Jurisdictions;
using ConsentKit.Storage;
using NodaTime;
using NodaTime.Text;

namespace ConsentKit.Gate;

/// <summary>The policy the gate applies to one (purpose, channel) at one instant: the profile, elections and caps in force.</summary>
internal sealed class GatePolicy(JurisdictionProfile profile, SendingHours hours, IReadOnlyList<ElectionSilence> elections, IReadOnlyList<FrequencyCap> caps, string purpose, Channel channel, Instant at, string? voterContactRegistration = null)
{
    // R14: a call's curfew binds whatever window the person chose; other channels follow that window alone.
    private readonly VoiceCallRules? _voice = channel == Channel.Voice ? profile.VoiceCalls : null;

    private GateReason? _registrationMissing;

    /// <summary>R27: a voice call under a profile that asks for the calling registration, and none recorded.</summary>
    public GateReason? RegistrationReason() => _voice is { RegistrationRequired: true } && string.IsNullOrWhiteSpace(voterContactRegistration)
        ? _registrationMissing ??= new(GateReasonCode.CallingRegistrationMissing,
            "Aucun enregistrement au registre des appels aux électeurs du CRTC n'est inscrit : aucun appel avant de l'inscrire.",
            "No registration with the CRTC Voter Contact Registry is recorded: no call until it is.",
            _voice.Source)
        : null;

    private readonly Dictionary<(string?, string?), Instant?> _quiet = [];

    // Reasons that read the same for many contacts are built once per policy: a batch of a million decisions would
    // otherwise format the same sentences hundreds of thousands of times.
    private readonly Dictionary<(string?, string?), GateReason?> _quietReasons = [];
    private readonly Dictionary<long, GateReason> _expired = [];
    private readonly Dictionary<ElectionSilence, GateReason> _silenceReasons = [];
    private GateReason? _minor;

    private static readonly LocalDateTimePattern Local = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");

    public GateReason? QuietReason(string? zones, string? window)
    {
        if (_quietReasons.TryGetValue((zones, window), out var reason))
        {
            return reason;
        }

        if (QuietUntil(zones, window) is { } retry)
        {
            var zone = (zones ?? profile.FallbackZones[0]).Split(',')[0];
            var when = Local.Format(retry.InZone(DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) ?? DateTimeZone.Utc).LocalDateTime);
            reason = new(GateReasonCode.QuietHours,
                $"Il est trop tôt ou trop tard chez la personne. Envoi possible à partir du {when} ({zone}).",
                $"It is too early or too late where the person lives. Sending is possible from {when} ({zone}).",
                (window is null ? hours.Source : "R24 (window chosen by the person)") + (_voice is null ? "" : "; " + _voice.Source), retry);
        }

        return _quietReasons[(zones, window)] = reason;
    }

    public GateReason Expired(long expiresTicks)
    {
        var day = expiresTicks / TimeSpan.TicksPerDay;
        if (!_expired.TryGetValue(day, out var reason))
        {
            var on = Instant.FromUnixTimeTicks(expiresTicks).InUtc().Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
            reason = _expired[day] = new(GateReasonCode.Expired,
                $"L'accord de la personne a pris fin le {on}. Il faut le lui redemander.",
                $"The person's agreement ended on {on}. Ask them again.",
                "R7; QC-PP s.14; GDPR art. 5(1)(e)");
        }

        return reason;
    }

    public GateReason Silence(ElectionSilence election, Instant end)
    {
        if (!_silenceReasons.TryGetValue(election, out var reason))
        {
            var until = Local.Format(end.InZone(DateTimeZoneProviders.Tzdb[election.TimeZone]).LocalDateTime);
            reason = _silenceReasons[election] = new(GateReasonCode.ElectionSilence,
                $"Silence électoral ({election.Name}) : aucun message politique avant le {until} ({election.TimeZone}).",
                $"Election silence ({election.Name}): no political message before {until} ({election.TimeZone}).",
                election.Rule, end);
        }

        return reason;
    }

    public GateReason Minor() => _minor ??= new(GateReasonCode.Minor,
        "La personne est mineure : ce message ne peut pas lui être envoyé.",
        "The person is a minor: this message cannot be sent to them.",
        profile.Minors.Source);

    // Computed once per policy: converting each election's local window through tzdb per contact dominated batches.
    public (ElectionSilence Election, Instant Start, Instant End)[] Silences { get; } =
        elections.Select(e => { var (start, end) = e.Interval(); return (e, start, end); }).ToArray();

    public JurisdictionProfile Profile => profile;

    public IReadOnlyList<FrequencyCap> Caps => caps;

    public string Purpose => purpose;

    public Channel Channel => channel;

    public Instant At => at;

    /// <summary>Null when sending is allowed now in every zone; else the first instant allowed in all of them (most restrictive, R24).</summary>
    public Instant? QuietUntil(string? zones, string? window)
    {
        if (_quiet.TryGetValue((zones, window), out var cached))
        {
            return cached;
        }

        var effective = window is null ? hours : SendingHours.Daily(ParseWindow(window));
        if (_voice is not null)
        {
            effective = effective.Within(_voice.CallingHours, effective.Source + "; " + _voice.Source);
        }

        var zoneIds = zones is null ? profile.FallbackZones : (IReadOnlyList<string>)zones.Split(',');
        var tz = zoneIds.Select(z => DateTimeZoneProviders.Tzdb.GetZoneOrNull(z)).OfType<DateTimeZone>().ToList();
        if (tz.Count == 0)
        {
            tz = profile.FallbackZones.Select(z => DateTimeZoneProviders.Tzdb[z]).ToList();
        }

        Instant? result = null;
        if (!tz.All(z => effective.Allows(at.InZone(z).LocalDateTime)))
        {
            // Converges on the first instant every zone allows: each step moves to the latest "next allowed" among zones.
            var t = at;
            for (var step = 0; step < 64 && result is null; step++)
            {
                var next = tz.Select(z => effective.NextAllowed(t, z)).ToList();
                if (next.Any(n => n is null))
                {
                    break;
                }

                var candidate = next.Max()!.Value;
                if (tz.All(z => effective.Allows(candidate.InZone(z).LocalDateTime)))
                {
                    result = candidate;
                }
                else
                {
                    t = candidate + Duration.FromMinutes(1);
                }
            }

            result ??= at + Duration.FromDays(30);
        }

        _quiet[(zones, window)] = result;
        return result;
    }

    private static SendWindow ParseWindow(string window)
    {
        var errors = new List<ValidationError>();
        return SendWindow.Parse(window, "send_window", errors) ?? throw new ConsentKitException("store.corrupt", "A stored send window is malformed; run verify.");
    }
}

/// <summary>
/// The gate's rules, in the fixed order of R17. Every failing rule is listed, not only the first, so that a campaign tool
/// can show all that stands between it and a send. Pure: the same facts and policy give the same reasons.
/// </summary>
internal static class GateRules
{
    private static readonly GateReason UnknownContact = new(GateReasonCode.UnknownContact,
        "Ce contact n'existe pas dans le registre : aucun envoi sans dossier.",
        "This contact is not in the register: no message without a record.",
        "R16 (the gate fails closed)");

    private static readonly GateReason Tampered = new(GateReasonCode.Tampered,
        "Le dossier de ce contact a été modifié en dehors de ConsentKit : aucun envoi tant que le registre n'est pas vérifié.",
        "This contact's record was changed outside ConsentKit: no message until the register is checked.",
        "R2; GDPR art. 32(1)(b) (integrity of processing)");

    private static readonly GateReason Suppressed = new(GateReasonCode.Suppressed,
        "Ce numéro ou cette adresse est sur la liste d'exclusion : la personne ne doit plus être contactée.",
        "This number or address is on the suppression list: the person must not be contacted again.",
        "R12, R13; GDPR art. 21(3)");

    private static readonly GateReason NoConsent = new(GateReasonCode.NoConsent,
        "La personne n'a pas donné son accord pour ce type de message sur ce canal.",
        "The person has not agreed to this kind of message on this channel.",
        "R1, R18; GDPR art. 6(1)(a), 7; QC-PP s.14");

    private static readonly GateReason Withdrawn = new(GateReasonCode.Withdrawn,
        "La personne a retiré son accord.",
        "The person withdrew their agreement.",
        "R10, R11; GDPR art. 7(3), 21");

    private static readonly GateReason ThirdParty = new(GateReasonCode.ThirdPartyDataNeedsExplicitConsent,
        "Ces coordonnées viennent d'un tiers. Il faut l'accord explicite de la personne elle-même.",
        "These details came from a third party. The person's own explicit agreement is needed.",
        "R5, R8; TTPA art. 18(1); CNIL (rented files)");

    private static readonly GateReason Quarantined = new(GateReasonCode.Quarantined,
        "Ces coordonnées viennent d'un fichier tiers dont la source n'a pas attesté que la prospection politique avait été annoncée et un refus proposé : elles restent en quarantaine.",
        "These details came from a third-party file whose source did not attest that political prospection was announced and a way to refuse offered: they stay in quarantine.",
        "R8; CNIL recommendation 2012-020 (rented or bought files)");

    public static IReadOnlyList<GateReason> Evaluate(GateRow row, bool suppressed, IReadOnlyList<SendCount> sends, GatePolicy policy)
    {
        if (!row.Exists)
        {
            return [UnknownContact];
        }

        List<GateReason>? reasons = null;
        void Add(GateReason reason) => (reasons ??= []).Add(reason);

        if (row.Tampered)
        {
            Add(Tampered);
        }

        if (suppressed)
        {
            Add(Suppressed);
        }

        var at = policy.At.ToUnixTimeTicks();
        if (row.Status == "quarantined")
        {
            Add(Quarantined);
        }

        switch (row.Status)
        {
            case null:
                Add(NoConsent);
                break;
            case "withdrawn":
                Add(Withdrawn);
                break;
            default:
                if (row.ExpiresAt is { } expires && expires <= at)
                {
                    Add(policy.Expired(expires));
                }

                break;
        }

        // Outside the EU overlay, explicit consent cures third-party origin; under it, political-ad targeting needs data
        // collected from the person, whatever the basis (R5, TTPA art. 18(1)).
        var overlay = policy.Profile.PoliticalAdvertising is { } ad && ad.Purpose == policy.Purpose;
        if (row.Status == "granted" && !row.FromDataSubject && (row.Basis != "explicit_consent" || overlay))
        {
            Add(ThirdParty);
        }

        if (MinorReason(row, policy) is { } minor)
        {
            Add(minor);
        }

        // Several silences at once (a national election, one per constituency zone): one reason, the one that ends last,
        // so that its retry time is when no silence holds the message any more.
        (ElectionSilence Election, Instant End)? silence = null;
        foreach (var (election, start, end) in policy.Silences)
        {
            if (election.Channels.Contains(policy.Channel) && policy.At >= start && policy.At < end && !(election.MembersExempt && row.Basis == "membership")
                && (silence is null || end > silence.Value.End))
            {
                silence = (election, end);
            }
        }

        if (silence is { } s)
        {
            Add(policy.Silence(s.Election, s.End));
        }

        if (policy.RegistrationReason() is { } unregistered)
        {
            Add(unregistered);
        }

        if (policy.QuietReason(string.IsNullOrEmpty(row.Zones) ? null : row.Zones, row.SendWindow) is { } quiet)
        {
            Add(quiet);
        }

        for (var i = 0; i < policy.Caps.Count; i++)
        {
            var cap = policy.Caps[i];
            var count = i < sends.Count ? sends[i] : default;
            if (count.Count >= cap.Max)
            {
                var days = (int)Math.Ceiling(cap.Window.TotalDays);
                Instant? retryAt = count.Oldest is { } oldest ? Instant.FromUnixTimeTicks(oldest) + cap.Window : null;
                Add(new(GateReasonCode.FrequencyCap,
                    $"La limite de {cap.Max} messages en {days} jours est atteinte.",
                    $"The limit of {cap.Max} messages in {days} days is reached.",
                    "R25 (frequency announced at sign-up, else 4 per 30 days)", retryAt));
            }
        }

        return reasons ?? (IReadOnlyList<GateReason>)[];
    }

    private static GateReason? MinorReason(GateRow row, GatePolicy policy)
    {
        if (row.BirthDate is null)
        {
            return null;
        }

        var birth = LocalDatePattern.Iso.Parse(row.BirthDate).GetValueOrThrow();
        var today = policy.At.InUtc().Date;
        var age = Period.Between(birth, today, PeriodUnits.Years).Years;
        var rules = policy.Profile.Minors;
        var blocked =
            (age < policy.Profile.ParentalConsentAge && !row.Parental)
            || (policy.Purpose == "political-ads" && age < rules.PoliticalAdsAge)
            || (policy.Profile.PoliticalAdvertising is { } ad && ad.Purpose == policy.Purpose && age < ad.MinimumAge)
            || (age < rules.PersuasionAge && rules.PersuasionPurposes.Contains(policy.Purpose) && row.Basis != "membership");
        return blocked ? policy.Minor() : null;
    }
}
