using NodaTime;

namespace ConsentKit.Contacts;

/// <summary>
/// A person the organisation may contact, identified by the integrator's opaque id. Phones are kept in E.164
/// and e-mails trimmed with a lower-case domain (see <see cref="ContactNormalizer"/>).
/// </summary>
public sealed record Contact
{
    /// <summary>The integrator's opaque id: not an e-mail or phone number.</summary>
    public required string ContactId { get; init; }

    /// <summary>The organisation that holds the contact; the default organisation when null.</summary>
    public string? OrganisationId { get; init; }

    /// <summary>Given name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Family name.</summary>
    public string? LastName { get; init; }

    /// <summary>Phone number; any common format, normalized to E.164 on write.</summary>
    public string? Phone { get; init; }

    /// <summary>E-mail address; normalized on write.</summary>
    public string? Email { get; init; }

    /// <summary>Preferred language, a BCP 47 tag such as <c>fr</c> or <c>en-CA</c>.</summary>
    public string? Language { get; init; }

    /// <summary>Postal code, as given (upper-cased, single-spaced).</summary>
    public string? PostalCode { get; init; }

    /// <summary>Date of birth, when known (R9).</summary>
    public LocalDate? BirthDate { get; init; }

    /// <summary>
    /// The IANA time zone of the contact's address, such as <c>America/Toronto</c>, when known. The send gate applies
    /// quiet hours in this zone; without it, in the zones of the phone number's area code, the most restrictive first (R24).
    /// </summary>
    public string? TimeZone { get; init; }

    /// <summary>
    /// Country of residence, ISO 3166-1 alpha-2 (<c>CA</c>, <c>FR</c>, <c>BE</c>…). When null: the phone number's country,
    /// else the jurisdiction's. The postal code is checked for this country, and quiet hours follow it.
    /// </summary>
    public string? Country { get; init; }

    /// <summary>
    /// Further fields, each declared in the data catalog (R28): texts, numbers, booleans, dates (<see cref="LocalDate"/> or
    /// ISO text) and lists of texts. An undeclared name is refused, naming the field.
    /// </summary>
    public IReadOnlyDictionary<string, object?> Attributes { get; init; } = NoAttributes;

    private static readonly IReadOnlyDictionary<string, object?> NoAttributes = new Dictionary<string, object?>();
}

/// <summary>How to find a contact: by id, phone or e-mail (normalized before the lookup).</summary>
public sealed record ContactLookup
{
    private ContactLookup(string kind, string value, string? organisationId)
    {
        Kind = kind;
        Value = value;
        OrganisationId = organisationId;
    }

    internal string Kind { get; }

    internal string Value { get; }

    /// <summary>The organisation to search; the default organisation when null.</summary>
    public string? OrganisationId { get; }

    /// <summary>Finds a contact by the integrator's id.</summary>
    public static ContactLookup ById(string contactId, string? organisationId = null) => new("id", contactId, organisationId);

    /// <summary>Finds a contact by phone number, in any format the default region can read.</summary>
    public static ContactLookup ByPhone(string phone, string? organisationId = null) => new("phone", phone, organisationId);

    /// <summary>Finds a contact by e-mail address.</summary>
    public static ContactLookup ByEmail(string email, string? organisationId = null) => new("email", email, organisationId);
}
