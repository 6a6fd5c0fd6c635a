using System.Text.RegularExpressions;
using ConsentKit.Contacts;
using ConsentKit.Hosting;
using ConsentKit.Storage;
using NodaTime;

namespace ConsentKit.Consent;

/// <summary>
/// Checks one consent event against the catalog, the profile and the proof its basis requires (R2, R3, R7, R9).
/// Every failing field is reported, not only the first, so that a form or an import can be fixed in one pass.
/// </summary>
internal static partial class ConsentEventValidation
{
    private const int MaxText = 2000;

    public static EventRow? Validate(ConsentEvent e, string orgId, ConsentKitEnvironment env, Instant now, Duration tolerance, List<ValidationError> errors)
    {
        var before = errors.Count;
        ContactValidation.ValidateContactId(e.ContactId, errors);

        if (!env.Purposes.TryGetValue(e.Purpose ?? string.Empty, out var purpose))
        {
            errors.Add(new("purpose", "purpose.unknown", $"purpose is not in the catalog; allowed: {string.Join('|', env.Purposes.Keys.Order(StringComparer.Ordinal))}."));
        }

        if (!Enum.IsDefined(e.Channel))
        {
            errors.Add(new("channel", "channel.unknown", $"channel must be one of {Vocabulary.AllowedChannels}."));
        }

        if (!Enum.IsDefined(e.Source))
        {
            errors.Add(new("source", "source.unknown", $"source must be one of {Vocabulary.AllowedSources}."));
        }

        if (!Enum.IsDefined(e.Kind))
        {
            errors.Add(new("kind", "kind.unknown", "kind must be granted, withdrawn, renewed or parental_granted."));
        }

        var occurred = Truncate(e.OccurredAt ?? now);
        if (occurred > now + tolerance)
        {
            errors.Add(new("occurred_at", "occurred_at.future", $"occurred_at lies in the future beyond the tolerance of {tolerance.TotalSeconds:0} s; events are recorded after they happen."));
        }
        else if (occurred < Vocabulary.EarliestInstant)
        {
            errors.Add(new("occurred_at", "occurred_at.out-of-range", "occurred_at must lie after 1900-01-01."));
        }

        var isGrant = e.Kind != ConsentEventKind.Withdrawn;
        if (isGrant && e.Basis == ConsentBasis.LegitimateInterest && e.Channel is Channel.Sms or Channel.Email
            && env.Profile.ElectronicChannels is { ProspectsNeedConsent: true } electronic)
        {
            errors.Add(new("basis", "basis.electronic-needs-consent",
                $"a political SMS or e-mail reaches a prospect only with prior consent: legitimate_interest is not a basis for channel {e.Channel.Name()} here ({electronic.Source})."));
        }

        if (!isGrant && e.Attestation is not null)
        {
            errors.Add(new("prospection_announced", "attestation.withdrawal", "a withdrawal carries no attestation; prospection_announced and opt_out_offered apply to grants (R8)."));
        }

        Instant? expires = null;
        if (isGrant)
        {
            ValidateProof(e, purpose, errors);
            if (e.ExpiresAt is { } explicitExpiry)
            {
                expires = Truncate(explicitExpiry);
                if (expires >= Vocabulary.LatestInstant)
                {
                    errors.Add(new("expires_at", "expires_at.out-of-range", "expires_at must lie before 2200-01-01."));
                }
                else if (expires <= occurred)
                {
                    errors.Add(new("expires_at", "expires_at.before-grant", "expires_at must be after the instant the consent was given."));
                }
            }
            else if (purpose is not null)
            {
                // R7: every consent ends; the purpose's lifetime counts from the act, on the UTC calendar.
                expires = (occurred.InUtc().LocalDateTime + purpose.DefaultLifetime).InUtc().ToInstant();
            }
        }

        ValidateLength(e.SourceDetail, "source_detail", errors);
        ValidateLength(e.AffirmativeAct, "affirmative_act", errors);
        ValidateLength(e.EvidenceRef, "evidence_ref", errors);
        ValidateLength(e.CollectedBy, "collected_by", errors);
        ValidateLength(e.Guardian, "guardian", errors);
        if (e.IdempotencyKey is { } key && (key.Length is 0 or > 200))
        {
            errors.Add(new("idempotency_key", "idempotency_key.format", "idempotency_key must be 1-200 characters."));
        }

        if (errors.Count > before)
        {
            return null;
        }

        var notice = isGrant ? e.Notice : null;
        return new EventRow
        {
            OrgId = orgId,
            Kind = e.Kind.Name(),
            ContactId = e.ContactId,
            Purpose = e.Purpose,
            Channel = e.Channel.Name(),
            Basis = isGrant ? e.Basis!.Value.Name() : null,
            OccurredAt = occurred.ToUnixTimeTicks(),
            ExpiresAt = expires?.ToUnixTimeTicks(),
            Source = e.Source.Name(),
            NoticeId = notice?.Id,
            NoticeVersion = notice?.Version,
            NoticeLanguage = notice?.Language,
            NoticeSha256 = notice?.Sha256,
            FromDataSubject = e.FromDataSubject,
            ThirdParty = e.FromDataSubject ? null : e.ThirdParty?.Trim(),
            ThirdPartyCountry = e.FromDataSubject ? null : e.ThirdPartyCountry,
            Jurisdiction = env.Profile.Code.Name(),
            IdempotencyKey = e.IdempotencyKey,
            SourceDetail = Clean(e.SourceDetail),
            AffirmativeAct = Clean(e.AffirmativeAct),
            EvidenceRef = Clean(e.EvidenceRef),
            CollectedBy = Clean(e.CollectedBy),
            Guardian = Clean(e.Guardian),
            SendWindow = isGrant ? e.SendWindow?.ToString() : null,
            Actor = Clean(e.Actor) is { Length: <= 100 } actor ? actor : null,

            // R8: every third-party grant records its attestation, "none" when it came without one, so that the
            // quarantine follows from the chained event alone.
            Attestation = isGrant && !e.FromDataSubject ? e.Attestation?.Stored ?? ProvenanceAttestation.NoneRecorded : null,
        };
    }

    /// <summary>R9: below the profile's age, only a parental grant is valid.</summary>
    public static void CheckAge(EventRow row, LocalDate? birthDate, ConsentKitEnvironment env, List<ValidationError> errors)
    {
        if (birthDate is not { } birth || row.Kind is "withdrawn" or "parental_granted")
        {
            return;
        }

        var on = Instant.FromUnixTimeTicks(row.OccurredAt).InUtc().Date;
        var age = Period.Between(birth, on, PeriodUnits.Years).Years;
        if (age < env.Profile.ParentalConsentAge)
        {
            errors.Add(new("kind", "kind.parental-consent-required",
                $"the contact was under {env.Profile.ParentalConsentAge} when consenting: record a parental_granted event with the guardian ({env.Profile.ParentalConsentSource})."));
        }
    }

    private static void ValidateProof(ConsentEvent e, Jurisdictions.PurposeDefinition? purpose, List<ValidationError> errors)
    {
        if (e.Basis is not { } basis || !Enum.IsDefined(basis))
        {
            errors.Add(new("basis", "basis.required", $"basis is required for a grant: one of {Vocabulary.AllowedBases}."));
        }
        else if (purpose is not null && !purpose.AcceptedBases.Contains(basis))
        {
            errors.Add(new("basis", "basis.not-accepted",
                $"basis {basis.Name()} is not accepted for purpose {purpose.Name}; accepted: {string.Join('|', purpose.AcceptedBases.Order().Select(b => b.Name()))} ({purpose.Source})."));
        }

        // Every grant rests on a notice the person saw (R2): which one, in which language, and the hash of its exact text.
        if (e.Notice is not { } notice)
        {
            errors.Add(new("notice_id", "notice.required", "notice_id, notice_version, notice_language and notice_sha256 are required for a grant (R2)."));
        }
        else
        {
            Require(notice.Id, "notice_id", errors);
            Require(notice.Version, "notice_version", errors);
            if (string.IsNullOrWhiteSpace(notice.Language) || !ContactValidation.LanguageTag().IsMatch(notice.Language))
            {
                errors.Add(new("notice_language", "notice_language.invalid", "notice_language must be a BCP 47 tag such as fr-CA or en."));
            }

            if (notice.Sha256 is null || !Sha256Hex().IsMatch(notice.Sha256))
            {
                errors.Add(new("notice_sha256", "notice_sha256.format", "notice_sha256 must be the SHA-256 of the notice text as 64 lower-case hex characters."));
            }
        }

        // Consent is an act, never silence or a pre-ticked box (R3): record what the person did.
        if (e.Basis is ConsentBasis.Consent or ConsentBasis.ExplicitConsent || e.Kind == ConsentEventKind.ParentalGranted)
        {
            Require(e.AffirmativeAct, "affirmative_act", errors, "R3: what the person did to consent");
        }

        if (e.Basis is not ConsentBasis.LegitimateInterest)
        {
            Require(e.EvidenceRef, "evidence_ref", errors, "R2: a pointer to the evidence");
        }

        Require(e.CollectedBy, "collected_by", errors, "R2: who collected it");

        if (e.Source == CaptureSource.WebForm
            && !(Uri.TryCreate(e.SourceDetail, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            errors.Add(new("source_detail", "source_detail.url-required", "source_detail must be the form's absolute http(s) URL when source is web_form."));
        }

        if (!e.FromDataSubject)
        {
            Require(e.ThirdParty, "third_party", errors, "R5, R36: data not from the person names its source");
            if (e.ThirdPartyCountry is null || !CountryCode().IsMatch(e.ThirdPartyCountry))
            {
                errors.Add(new("third_party_country", "third_party_country.format", "third_party_country must be an ISO 3166 alpha-2 code in capitals, such as CA, FR or US (R36)."));
            }
        }

        if (e.Kind == ConsentEventKind.ParentalGranted)
        {
            Require(e.Guardian, "guardian", errors, "R9: the parent or guardian who consented");
        }

        if (e.FromDataSubject && e.Attestation is not null)
        {
            errors.Add(new("prospection_announced", "attestation.from-data-subject",
                "prospection_announced and opt_out_offered attest third-party data; leave them empty when the data came from the person (R8)."));
        }
    }

    private static void Require(string? value, string field, List<ValidationError> errors, string? why = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(field, $"{field}.required", why is null ? $"{field} is required for a grant." : $"{field} is required for a grant ({why})."));
        }
    }

    private static void ValidateLength(string? value, string field, List<ValidationError> errors)
    {
        if (value is { Length: > MaxText })
        {
            errors.Add(new(field, $"{field}.too-long", $"{field} must be at most {MaxText} characters."));
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // Storage keeps 100 ns ticks; truncating here makes the hashed value equal to the stored one.
    internal static Instant Truncate(Instant instant) => Instant.FromUnixTimeTicks(instant.ToUnixTimeTicks());

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Hex();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryCode();
}
