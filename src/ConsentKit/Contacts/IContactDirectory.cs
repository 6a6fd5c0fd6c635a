namespace ConsentKit.Contacts;

/// <summary>Contacts of an organisation: recorded with normalized identifiers, found by id, phone or e-mail.</summary>
public interface IContactDirectory
{
    /// <summary>
    /// Creates or updates a contact. The personal data is stored outside the ledger and its keyed hash is chained,
    /// so a later change is recorded and an edit outside ConsentKit is detected by <see cref="Consent.IConsentLedger.VerifyAsync"/>.
    /// </summary>
    /// <returns>The contact as stored, with normalized phone and e-mail.</returns>
    Task<Contact> UpsertAsync(Contact contact, CancellationToken cancellationToken = default);

    /// <summary>Finds a contact; null when none matches.</summary>
    Task<Contact?> FindAsync(ContactLookup lookup, CancellationToken cancellationToken = default);
}
