using ConsentKit.Jurisdictions;

namespace ConsentKit.Storage;

/// <summary>What <see cref="IStoreAdministration.InitializeAsync"/> set up.</summary>
/// <param name="SchemaVersion">The schema version of the store.</param>
/// <param name="Jurisdiction">The jurisdiction the store is initialised for.</param>
/// <param name="Purposes">The purpose catalog in force.</param>
public sealed record StoreInfo(int SchemaVersion, Jurisdiction Jurisdiction, IReadOnlyList<PurposeDefinition> Purposes);

/// <summary>Creating and describing a store.</summary>
public interface IStoreAdministration
{
    /// <summary>
    /// Creates or upgrades the schema, records the jurisdiction and installs its purpose catalog (R1, R7).
    /// Running it again with the same jurisdiction changes nothing; another jurisdiction is refused.
    /// </summary>
    Task<StoreInfo> InitializeAsync(Jurisdiction jurisdiction, CancellationToken cancellationToken = default);

    /// <summary>The store's schema version, jurisdiction and purpose catalog, opening (and upgrading) it if needed.</summary>
    Task<StoreInfo> DescribeAsync(CancellationToken cancellationToken = default);
}
