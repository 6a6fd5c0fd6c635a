using NodaTime;

namespace ConsentKit.Consent;

/// <summary>
/// The consent ledger (R1, R2): records consent events with their proof in an append-only, hash-chained log
/// per organisation, answers the state of any (contact, purpose, channel) now or at a past instant, and verifies the chain.
/// </summary>
public interface IConsentLedger
{
    /// <summary>Records one event. Refused with <see cref="ConsentKitValidationException"/> naming every bad field; nothing is written then.</summary>
    Task<RecordResult> RecordAsync(ConsentEvent consentEvent, CancellationToken cancellationToken = default);

    /// <summary>Records several events of one organisation in one transaction: all are written, or none.</summary>
    Task<IReadOnlyList<RecordResult>> RecordManyAsync(IReadOnlyList<ConsentEvent> consentEvents, CancellationToken cancellationToken = default);

    /// <summary>The state of one (contact, purpose, channel), now or, with <paramref name="at"/>, as it was at that instant.</summary>
    Task<ConsentState> GetStateAsync(string contactId, string purpose, Channel channel, Instant? at = null, string? organisationId = null, CancellationToken cancellationToken = default);

    /// <summary>Every (purpose, channel) state a contact has, now or at <paramref name="at"/>.</summary>
    Task<IReadOnlyList<ConsentState>> GetStatesAsync(string contactId, Instant? at = null, string? organisationId = null, CancellationToken cancellationToken = default);

    /// <summary>The contact's consent events with their proof, in ledger order.</summary>
    Task<IReadOnlyList<ConsentRecord>> GetHistoryAsync(string contactId, string? organisationId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records a person's objection to political direct marketing (R11, GDPR 21(2)-(3)): absolute, whatever the basis (a
    /// membership included), it withdraws in one transaction every consent the person holds for the purposes of
    /// <see cref="Jurisdictions.JurisdictionProfile.Objection"/>, on every channel, profiling (<c>ai-profiling</c>) and
    /// so every segment on inferred fields included. A retry with the same objection records nothing twice.
    /// </summary>
    Task<ObjectionResult> RecordObjectionAsync(Objection objection, CancellationToken cancellationToken = default);

    /// <summary>Checks every chain and the personal data kept outside it; names the first event edited, deleted, inserted or reordered.</summary>
    Task<LedgerVerification> VerifyAsync(CancellationToken cancellationToken = default);
}
