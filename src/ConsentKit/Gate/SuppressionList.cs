using ConsentKit.Contacts;
using ConsentKit.Hosting;
using ConsentKit.Storage;

namespace ConsentKit.Gate;

internal sealed class SuppressionList(ConsentKitRuntime runtime, OptOutJournal journal) : ISuppressionList
{
    // Through the opt-out journal: a suppression is accepted at once even while an import holds the store (R10, R12).
    public async Task AddAsync(IdentifierKind kind, string value, string reason, bool everyOrganisation = false, string? organisationId = null, CancellationToken cancellationToken = default)
    {
        var (hmac, scopes) = await ResolveAsync(kind, value, organisationId, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 200)
        {
            throw new ConsentKitValidationException([new("reason", "reason.required", "reason is required (at most 200 characters, no personal data).")]);
        }

        var env = await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var now = runtime.Clock.GetCurrentInstant();
        var orgId = runtime.Organisation(organisationId);
        await journal.AcceptAsync(
            OptOutJournal.Entry(OptOutJournal.SuppressionKind, orgId, everyOrganisation ? "global" : scopes[^1], hmac, kind, reason, now, now),
            env, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> IsSuppressedAsync(IdentifierKind kind, string value, string? organisationId = null, CancellationToken cancellationToken = default)
    {
        var (hmac, scopes) = await ResolveAsync(kind, value, organisationId, cancellationToken).ConfigureAwait(false);
        return await InForceAsync(runtime.Store, scopes, hmac, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether the identifier with this keyed hash is suppressed in one of the scopes, applied or still in the journal.</summary>
    internal static async Task<bool> InForceAsync(IConsentStore store, IReadOnlyList<string> scopes, string hmac, CancellationToken cancellationToken) =>
        await store.IsSuppressedAsync(scopes, hmac, cancellationToken).ConfigureAwait(false)
        || (await PendingOptOuts.ReadAsync(store, cancellationToken).ConfigureAwait(false)).Since(scopes, [hmac]) is not null;

    // "at" is when the suppression took effect, such as the arrival of a STOP handled later: a send recorded after the
    // fact is judged against the suppressions in force at its own instant.
    internal static SuppressionRow Row(string scope, string hmac, IdentifierKind kind, string reason, ConsentKitRuntime runtime, NodaTime.Instant? at = null) => new()
    {
        Scope = scope,
        IdentifierHmac = hmac,
        Kind = kind == IdentifierKind.Phone ? "phone" : "email",
        Reason = reason,
        CreatedAt = (at ?? runtime.Clock.GetCurrentInstant()).ToUnixTimeTicks(),
    };

    private async Task<(string Hmac, string[] Scopes)> ResolveAsync(IdentifierKind kind, string value, string? organisationId, CancellationToken cancellationToken)
    {
        var env = await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var normalized = kind == IdentifierKind.Phone ? env.Normalizer.NormalizePhone(value) : ContactNormalizer.NormalizeEmail(value);
        var scopes = await runtime.ScopesAsync(runtime.Organisation(organisationId), cancellationToken).ConfigureAwait(false);
        return (env.Hasher.IdentifierHmac(kind == IdentifierKind.Phone ? "phone" : "email", normalized), scopes);
    }
}
