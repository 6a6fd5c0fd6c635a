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
}
