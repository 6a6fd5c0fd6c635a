namespace ConsentKit.Organisations;

/// <summary>
/// A controller sharing the store: a party, or one of its local associations or candidates. Each has its own
/// ledger chain; data flows between two of them only through a declared <see cref="SharingRelation"/> (R12).
/// </summary>
/// <param name="Id">1-64 letters, digits, '.', '_' or '-'.</param>
/// <param name="Name">The controller's public name, as shown in explanations.</param>
/// <param name="ParentId">The organisation this one belongs to, such as the national party of a local association.</param>
public sealed record Organisation(string Id, string Name, string? ParentId = null);

/// <summary>A declared sharing relation: <paramref name="FromOrganisation"/> may share data for <paramref name="Purposes"/> with <paramref name="ToOrganisation"/>.</summary>
/// <param name="FromOrganisation">The controller that shares.</param>
/// <param name="ToOrganisation">The controller that receives.</param>
/// <param name="Purposes">The purposes covered.</param>
public sealed record SharingRelation(string FromOrganisation, string ToOrganisation, IReadOnlyList<string> Purposes);

/// <summary>The organisations of a store and the sharing relations declared between them.</summary>
public interface IOrganisationRegistry
{
    /// <summary>Registers or renames an organisation.</summary>
    Task RegisterAsync(Organisation organisation, CancellationToken cancellationToken = default);

    /// <summary>Declares which purposes one organisation may share with another (R12).</summary>
    Task DeclareSharingAsync(SharingRelation relation, CancellationToken cancellationToken = default);

    /// <summary>Every organisation, the default one included.</summary>
    Task<IReadOnlyList<Organisation>> GetAllAsync(CancellationToken cancellationToken = default);

    /// <summary>Every declared sharing relation.</summary>
    Task<IReadOnlyList<SharingRelation>> GetSharingAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Records who is in charge of the protection of personal information (R6, R61). A Québec provincial party chooses them
    /// among its officers (<c>person_in_charge.role</c> otherwise). A new designation replaces the one in force; each is kept
    /// with its actor.
    /// </summary>
    /// <exception cref="ConsentKitValidationException">A field is missing or malformed, naming it.</exception>
    Task<PersonInChargeDesignation> SetPersonInChargeAsync(PersonInCharge person, CancellationToken cancellationToken = default);

    /// <summary>The designation in force for the organisation (the default one when null); null when none was recorded.</summary>
    Task<PersonInChargeDesignation?> GetPersonInChargeAsync(string? organisationId = null, CancellationToken cancellationToken = default);
}

/// <summary>
/// The person in charge of the protection of personal information that an organisation designates (R6, R61; QC-PP s.3.1):
/// their title and contact are published, and for a Québec provincial party they are chosen among the party's officers.
/// </summary>
public sealed record PersonInCharge
{
    /// <summary>The person's name, as the organisation publishes it.</summary>
    public required string Name { get; init; }

    /// <summary>
    /// Their office, such as <c>director-general</c>; for a Québec provincial party one of the profile's
    /// <see cref="Jurisdictions.ElectionActRules.OfficerRoles"/>.
    /// </summary>
    public required string Role { get; init; }

    /// <summary>How the public reaches them: an e-mail address or an https URL.</summary>
    public required string Contact { get; init; }

    /// <summary>The organisation; the default one when null.</summary>
    public string? OrganisationId { get; init; }
}

/// <summary>A designation in force: who, since when, and who recorded it.</summary>
/// <param name="OrganisationId">The organisation.</param>
/// <param name="Name">The person's name.</param>
/// <param name="Role">Their office.</param>
/// <param name="Contact">How the public reaches them.</param>
/// <param name="DesignatedAt">When the designation was recorded.</param>
/// <param name="RecordedBy">The actor that recorded it (<see cref="ConsentKitOptions.Actor"/>).</param>
public sealed record PersonInChargeDesignation(string OrganisationId, string Name, string Role, string Contact, NodaTime.Instant DesignatedAt, string? RecordedBy);
