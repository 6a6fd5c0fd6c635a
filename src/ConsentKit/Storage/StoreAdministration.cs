using ConsentKit.Diagnostics;
using ConsentKit.Hosting;
using NodaTime.Text;

namespace ConsentKit.Storage;

internal sealed class StoreAdministration(ConsentKitRuntime runtime) : IStoreAdministration
{
    public async Task<bool> ExportLegacyKeyAsync(string keyFile, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keyFile);
        await runtime.Store.MigrateAsync(cancellationToken).ConfigureAwait(false);
        return await PersonalDataKeys.ExportLegacyAsync(runtime.Store, keyFile, cancellationToken).ConfigureAwait(false);
    }

    public async Task<StoreInfo> InitializeAsync(Jurisdiction jurisdiction, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(jurisdiction))
        {
            throw new ConsentKitValidationException([new("jurisdiction", "jurisdiction.unknown", $"jurisdiction must be one of {Vocabulary.AllowedJurisdictions}.")]);
        }

        await runtime.Store.MigrateAsync(cancellationToken).ConfigureAwait(false);
        var recorded = await runtime.Store.GetMetaAsync("jurisdiction", cancellationToken).ConfigureAwait(false);
        if (recorded is not null && recorded != jurisdiction.Name())
        {
            throw new ConsentKitValidationException([new("jurisdiction", "jurisdiction.already-set",
                $"this store was initialised for jurisdiction '{recorded}'; a store keeps one jurisdiction (create another store).")]);
        }

        await using (var session = await runtime.Store.BeginWriteAsync(cancellationToken).ConfigureAwait(false))
        {
            await session.SetMetaAsync("jurisdiction", jurisdiction.Name()).ConfigureAwait(false);
            await session.CommitAsync().ConfigureAwait(false);
        }

        runtime.Reset();
        var env = await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var purposes = env.Purposes.Values.OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        await using (var session = await runtime.Store.BeginWriteAsync(cancellationToken).ConfigureAwait(false))
        {
            await session.ReplacePurposesAsync(purposes.Select(p => (
                p.Name,
                PeriodPattern.NormalizingIso.Format(p.DefaultLifetime),
                string.Join(',', p.AcceptedBases.Order().Select(b => b.Name())),
                p.Source))).ConfigureAwait(false);
            await session.CommitAsync().ConfigureAwait(false);
        }

        Log.Initialised(runtime.Logger, jurisdiction.Name());
        return new StoreInfo(runtime.Store.SchemaVersion, jurisdiction, purposes);
    }

    public async Task<StoreInfo> DescribeAsync(CancellationToken cancellationToken = default)
    {
        var env = await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        return new StoreInfo(runtime.Store.SchemaVersion, env.Profile.Code, env.Purposes.Values.OrderBy(p => p.Name, StringComparer.Ordinal).ToList());
    }
}
