using ConsentKit.Hosting;
using ConsentKit.Storage;
using NodaTime;

namespace ConsentKit.Consent;

internal sealed class ConsentLedger(ConsentKitRuntime runtime, LedgerWriter writer, LedgerVerifier verifier) : IConsentLedger
{
    public async Task<RecordResult> RecordAsync(ConsentEvent consentEvent, CancellationToken cancellationToken = default) =>
        (await RecordManyAsync([consentEvent], cancellationToken).ConfigureAwait(false))[0];

    public async Task<IReadOnlyList<RecordResult>> RecordManyAsync(IReadOnlyList<ConsentEvent> consentEvents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(consentEvents);
        var env = await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var orgId = runtime.Organisation(consentEvents.Count > 0 ? consentEvents[0].OrganisationId : null);
        var now = runtime.Clock.GetCurrentInstant();
        var errors = new List<ValidationError>();
        var rows = new List<EventRow>(consentEvents.Count);
        foreach (var e in consentEvents)
        {
            ArgumentNullException.ThrowIfNull(e);
            if (runtime.Organisation(e.OrganisationId) != orgId)
            {
                errors.Add(new("organisation", "organisation.mixed", "all events of one call must belong to one organisation."));
                continue;
            }

            if (ConsentEventValidation.Validate(e, orgId, env, now, runtime.Options.FutureTolerance, errors) is { } row)
            {
                rows.Add(row);
            }
        }

        if (errors.Count > 0)
        {
            throw writer.Refuse(errors);
        }

        return await writer.WriteAsync(orgId, [], rows, env, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ObjectionResult> RecordObjectionAsync(Objection objection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objection);
        await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var orgId = runtime.Organisation(objection.OrganisationId);
        if (string.IsNullOrWhiteSpace(objection.ContactId) || await runtime.Store.FindContactAsync(orgId, "id", objection.ContactId, cancellationToken).ConfigureAwait(false) is null)
        {
            throw writer.Refuse([new("contact_id", "contact_id.unknown", "contact_id names no contact of this organisation.")]);
        }

        var scope = Jurisdictions.JurisdictionProfile.Objection;
        var states = await GetStatesAsync(objection.ContactId, null, orgId, cancellationToken).ConfigureAwait(false);
        // Expired consents too: a renewal must not revive what the person objected to. The idempotency key makes a retry
        // of the same objection a no-op; a grant the person gives afterwards is a new choice and stands.
        var withdrawals = states
            .Where(s => scope.Purposes.Contains(s.Purpose) && s.Status is ConsentStatus.Granted or ConsentStatus.Expired or ConsentStatus.Quarantined)
            .Select(s => new ConsentEvent
            {
                ContactId = objection.ContactId, Purpose = s.Purpose, Channel = s.Channel, Kind = ConsentEventKind.Withdrawn,
                Source = objection.Source, OccurredAt = objection.OccurredAt, EvidenceRef = objection.EvidenceRef, OrganisationId = orgId,
                SourceDetail = "objection (R11)",
                IdempotencyKey = $"objection:{objection.ContactId}:{s.Purpose}:{s.Channel.Name()}:{objection.OccurredAt.ToUnixTimeTicks()}",
            })
            .ToList();
        var results = withdrawals.Count == 0 ? [] : await RecordManyAsync(withdrawals, cancellationToken).ConfigureAwait(false);
        return new ObjectionResult([.. withdrawals.Select((w, i) => (w.Purpose, w.Channel, results[i].EventId))], scope.Source);
    }

    public async Task<ConsentState> GetStateAsync(string contactId, string purpose, Channel channel, Instant? at = null, string? organisationId = null, CancellationToken cancellationToken = default)
    {
        await CheckQueryAsync(purpose, cancellationToken).ConfigureAwait(false);
        var orgId = runtime.Organisation(organisationId);
        if (at is { } asOf)
        {
            var states = await GetStatesAsync(contactId, asOf, orgId, cancellationToken).ConfigureAwait(false);
            return states.FirstOrDefault(s => s.Purpose == purpose && s.Channel == channel) ?? ConsentFold.None(purpose, channel);
        }

        var row = await runtime.Store.GetStateAsync(orgId, contactId, purpose, channel.Name(), cancellationToken).ConfigureAwait(false);
        return row is null ? ConsentFold.None(purpose, channel) : ConsentFold.ToState(row, runtime.Clock.GetCurrentInstant());
    }

    public async Task<IReadOnlyList<ConsentState>> GetStatesAsync(string contactId, Instant? at = null, string? organisationId = null, CancellationToken cancellationToken = default)
    {
        await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var orgId = runtime.Organisation(organisationId);
        if (at is { } asOf)
        {
            // As-of answers come from the history itself, so that they hold whatever was appended later.
            var events = await runtime.Store.GetContactEventsAsync(orgId, contactId, cancellationToken).ConfigureAwait(false);
            return ConsentFold.Latest(events, asOf)
                .Select(e => ConsentFold.ToState(e, asOf))
                .OrderBy(s => s.Purpose, StringComparer.Ordinal).ThenBy(s => s.Channel)
                .ToList();
        }

        var now = runtime.Clock.GetCurrentInstant();
        var rows = await runtime.Store.GetStatesAsync(orgId, contactId, cancellationToken).ConfigureAwait(false);
        return rows.Select(r => ConsentFold.ToState(r, now)).OrderBy(s => s.Purpose, StringComparer.Ordinal).ThenBy(s => s.Channel).ToList();
    }

    public async Task<IReadOnlyList<ConsentRecord>> GetHistoryAsync(string contactId, string? organisationId = null, CancellationToken cancellationToken = default)
    {
        await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var events = await runtime.Store.GetContactEventsAsync(runtime.Organisation(organisationId), contactId, cancellationToken).ConfigureAwait(false);
        return events.Where(e => e.Purpose is not null).Select(ToRecord).ToList();
    }

    public Task<LedgerVerification> VerifyAsync(CancellationToken cancellationToken = default) => verifier.VerifyAsync(cancellationToken);

    private async Task CheckQueryAsync(string purpose, CancellationToken cancellationToken)
    {
        var env = await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        if (!env.Purposes.ContainsKey(purpose ?? string.Empty))
        {
            throw new ConsentKitValidationException([new("purpose", "purpose.unknown", $"purpose is not in the catalog; allowed: {string.Join('|', env.Purposes.Keys.Order(StringComparer.Ordinal))}.")]);
        }
    }

    private static ConsentRecord ToRecord(EventRow e)
    {
        return new ConsentRecord
        {
            EventId = e.EventId,
            OrganisationId = e.OrgId,
            Sequence = e.ChainSeq,
            ContactId = e.ContactId,
            Kind = Vocabulary.ParseKind(e.Kind),
            Purpose = e.Purpose!,
            Channel = Vocabulary.ParseChannel(e.Channel),
            Basis = Vocabulary.TryParseBasis(e.Basis, out var basis) ? basis : null,
            Source = Vocabulary.ParseSource(e.Source),
            OccurredAt = Instant.FromUnixTimeTicks(e.OccurredAt),
            RecordedAt = Instant.FromUnixTimeTicks(e.RecordedAt),
            ExpiresAt = e.ExpiresAt is { } x ? Instant.FromUnixTimeTicks(x) : null,
            Notice = e.NoticeId is null ? null : new NoticeReference(e.NoticeId, e.NoticeVersion!, e.NoticeLanguage!, e.NoticeSha256!),
            FromDataSubject = e.FromDataSubject,
            ThirdParty = e.ThirdParty,
            Attestation = ProvenanceAttestation.FromStored(e.Attestation),
            Quarantined = e.Kind != "withdrawn" && ProvenanceAttestation.Quarantines(e.Attestation),
            ThirdPartyCountry = e.ThirdPartyCountry,
            Jurisdiction = Vocabulary.ParseJurisdiction(e.Jurisdiction),
            SourceDetail = e.SourceDetail,
            AffirmativeAct = e.AffirmativeAct,
            EvidenceRef = e.EvidenceRef,
            CollectedBy = e.CollectedBy,
            Guardian = e.Guardian,
            Hash = e.Hash,
        };
    }
}
