namespace ConsentKit.Gate;

/// <summary>Which identifier a suppression is about.</summary>
public enum IdentifierKind
{
    /// <summary>A phone number, normalized to E.164 before hashing.</summary>
    Phone,
    /// <summary>An e-mail address, normalized before hashing.</summary>
    Email,
}

/// <summary>
/// The suppression list (R12, R13): identifiers never to contact again, kept only as keyed hashes, checked by the gate
/// before consent, and kept after a person's erasure.
/// </summary>
public interface ISuppressionList
{
    /// <summary>
    /// Suppresses an identifier for the whole controller (the root of the organisation's tree, R12), or for every
    /// organisation of the store when <paramref name="everyOrganisation"/>. Adding it twice changes nothing.
    /// </summary>
    Task AddAsync(IdentifierKind kind, string value, string reason, bool everyOrganisation = false, string? organisationId = null, CancellationToken cancellationToken = default);

    /// <summary>Whether the identifier is suppressed for the organisation (its own, its ancestors' or a global suppression).</summary>
    Task<bool> IsSuppressedAsync(IdentifierKind kind, string value, string? organisationId = null, CancellationToken cancellationToken = default);
}
