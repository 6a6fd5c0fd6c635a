using NodaTime;

namespace ConsentKit.Gate;

/// <summary>
/// The send gate (R16, R17): before every SMS, e-mail or call, a decision with reasons. It fails closed, has no bypass,
/// and may be asked for any instant: past (audit) or future (planning a send).
/// </summary>
public interface ISendGate
{
    /// <summary>Decides for one message; <paramref name="at"/> defaults to now.</summary>
    Task<GateDecision> CheckAsync(string contactId, string purpose, Channel channel, Instant? at = null, string? organisationId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Decides for every contact of the organisation, or of <paramref name="segment"/> when given, streaming one decision per
    /// contact in contact-id order. Decisions read one snapshot; a send must still be reserved with <see cref="ReserveAsync"/>.
    /// </summary>
    IAsyncEnumerable<GateDecision> CheckManyAsync(string purpose, Channel channel, Instant? at = null, IReadOnlyCollection<string>? segment = null, string? organisationId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Decides under the store's write lock and, only when allowed, records the send (counted by frequency caps) in the same
    /// transaction: a withdrawal committed before holds, and two processes never exceed a cap.
    /// </summary>
    Task<GateDecision> ReserveAsync(string contactId, string purpose, Channel channel, string? messageId = null, string? organisationId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reserves many sends, in order, each exactly as <see cref="ReserveAsync"/> does (its own decision under the write lock
    /// and its own transaction), so a batch keeps every guarantee of one reservation: a STOP committed between two items holds
    /// for the later ones, and earlier items of the batch count towards the caps of later ones. Streams one decision per item.
    /// </summary>
    IAsyncEnumerable<GateDecision> ReserveManyAsync(IEnumerable<SendReservation> reservations, CancellationToken cancellationToken = default);
}

/// <summary>One send to reserve (<see cref="ISendGate.ReserveManyAsync"/>).</summary>
/// <param name="ContactId">The contact.</param>
/// <param name="Purpose">The purpose.</param>
/// <param name="Channel">The channel.</param>
/// <param name="MessageId">The sending tool's message id, when known.</param>
/// <param name="OrganisationId">The organisation; the default one when null.</param>
public sealed record SendReservation(string ContactId, string Purpose, Channel Channel, string? MessageId = null, string? OrganisationId = null);
