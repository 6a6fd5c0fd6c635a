using ConsentKit.Diagnostics;
using ConsentKit.Hosting;
using NodaTime.Text;

namespace ConsentKit.Storage;

internal sealed class StoreAdministration(ConsentKitRuntime runtime) : IStoreAdministration
{
    public async Task SetExplanationLinkBaseAsync(string? linkBase, CancellationToken cancellationToken = default)
    {
        if (linkBase is not null && !(Uri.TryCreate(linkBase, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment)))
        {
            throw new ConsentKitValidationException([new("link-base", "link-base.format", "link-base must be an absolute http(s) URL without query or fragment, such as https://parti.example/w/.")]);
        }

        await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        await using var session = await runtime.Store.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        if (linkBase is null)
        {
            await session.DeleteMetaAsync(ConsentKitRuntime.LinkBaseMeta).ConfigureAwait(false);
        }
        else
        {
            // A code is appended to the base: a base without its final slash would glue the code to the last path segment.
            await session.SetMetaAsync(ConsentKitRuntime.LinkBaseMeta, linkBase.EndsWith('/') ? linkBase : linkBase + "/").ConfigureAwait(false);
        }

        await session.CommitAsync().ConfigureAwait(false);
    }

    public Task<string?> GetExplanationLinkBaseAsync(CancellationToken cancellationToken = default) => runtime.LinkBaseAsync(cancellationToken);

    public async Task<string> RotateKeyAsync(CancellationToken cancellationToken = default)
    {
        var options = runtime.Options;
        if (options.KeyProvider is not null || options.PersonalDataKey is not null || PersonalDataKeys.FileOf(options, runtime.Store) is not { } file || !File.Exists(file))
        {
            throw new ConsentKitException("key.rotate-needs-file", "Only a key file can be rotated by ConsentKit; a key given by CONSENTKIT_KEY or a key provider is rotated where it is kept.");
        }

        await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var verification = await new Consent.LedgerVerifier(runtime).VerifyAsync(cancellationToken).ConfigureAwait(false);
        if (!verification.Ok)
        {
            throw new ConsentKitException("store.tampered", "The store does not verify; it is not re-sealed under a new key. Run verify.");
        }

        // A key appended by a rotation that did not finish is used now rather than another one.
        var ring = PersonalDataKeys.ReadRing(file);
        var current = await runtime.Store.GetMetaAsync(ConsentKitRuntime.CurrentKeyMeta, cancellationToken).ConfigureAwait(false) ?? Consent.LedgerHasher.KeyId(ring[0]);
        if (Consent.LedgerHasher.KeyId(ring[^1]) == current)
        {
            PersonalDataKeys.Append(file, System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
            ring = PersonalDataKeys.ReadRing(file);
        }

        var hasher = new Consent.LedgerHasher(ring, ring.Count - 1);
        runtime.Store.Seals = new RowSeals(hasher);
        try
        {
            await using var session = await runtime.Store.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
            await session.SealExistingRowsAsync().ConfigureAwait(false);
            await session.SetMetaAsync(ConsentKitRuntime.CurrentKeyMeta, hasher.CurrentKeyId).ConfigureAwait(false);
            await session.CommitAsync().ConfigureAwait(false);
        }
        finally
        {
            // The next use opens the store again, with the ring and the key it is now sealed with.
            runtime.Reset();
        }

        Diagnostics.Log.KeyRotated(runtime.LoggerFor("Storage"), hasher.CurrentKeyId, ring.Count);
        return hasher.CurrentKeyId;
    }

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

        Log.Initialised(runtime.LoggerFor("Storage"), jurisdiction.Name());
        return new StoreInfo(runtime.Store.SchemaVersion, jurisdiction, purposes);
    }

    public async Task<StoreInfo> DescribeAsync(CancellationToken cancellationToken = default)
    {
        var env = await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        return new StoreInfo(runtime.Store.SchemaVersion, env.Profile.Code, env.Purposes.Values.OrderBy(p => p.Name, StringComparer.Ordinal).ToList());
    }
}
