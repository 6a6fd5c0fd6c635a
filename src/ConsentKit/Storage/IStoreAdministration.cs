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

    /// <summary>
    /// For a store of schema 8 or earlier, which kept its personal-data key inside: writes the key to
    /// <paramref name="keyFile"/> (created readable by its owner only; an existing file is never overwritten) and removes the
    /// database's copy. False when the store holds no key inside.
    /// </summary>
    Task<bool> ExportLegacyKeyAsync(string keyFile, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds a new personal-data key to the store's key file and re-seals every row with it, in one transaction, after
    /// verifying the store (a tampered store is refused, never re-sealed). Older keys stay in the file: the first keeps
    /// matching the suppressions of erased people (their numbers cannot be hashed again), and chained hashes name the key
    /// they were made with. Only a key file can be rotated here. Returns the new key's id.
    /// </summary>
    Task<string> RotateKeyAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets where explanation pages are served, such as <c>https://parti.example/w/</c>, as a setting of the store, so that
    /// every tool on it (the CLI, the integrator's services) puts the full link in an SMS (R51). Null removes it.
    /// <c>ConsentKitOptions.ExplanationLinkBase</c>, when set, overrides the store's value.
    /// </summary>
    /// <exception cref="ConsentKitValidationException">Not an absolute http(s) URL (<c>link-base.format</c>).</exception>
    Task SetExplanationLinkBaseAsync(string? linkBase, CancellationToken cancellationToken = default);

    /// <summary>The explanation link base in force: the options' value, else the store's, else null.</summary>
    Task<string?> GetExplanationLinkBaseAsync(CancellationToken cancellationToken = default);
}
