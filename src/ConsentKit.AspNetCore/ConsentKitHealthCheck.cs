using ConsentKit.Hosting;
using ConsentKit.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ConsentKit.AspNetCore;

/// <summary>
/// Healthy when the store answers, has the schema this version of ConsentKit writes, and every organisation's chain head
/// still carries its keyed seal (a head edited outside ConsentKit would break every later write). Ids and counts only.
/// </summary>
internal sealed class ConsentKitHealthCheck(ConsentKitRuntime runtime, IStoreAdministration administration) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        StoreInfo info;
        try
        {
            info = await administration.DescribeAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ConsentKitException or InvalidOperationException or System.Data.Common.DbException or IOException)
        {
            // The exception's type only: its message may name a path or a host.
            return new HealthCheckResult(context.Registration.FailureStatus, $"The store does not answer ({ex.GetType().Name}).");
        }

        var organisations = await runtime.Store.GetOrganisationsAsync(cancellationToken).ConfigureAwait(false);
        var broken = 0;
        foreach (var organisation in organisations)
        {
            if (await runtime.Store.GetHeadAsync(organisation.Id, cancellationToken).ConfigureAwait(false) is { } head
                && runtime.Store.Seals is { } seals && head.RowMac is not null && seals.Head(head) != head.RowMac)
            {
                broken++;
            }
        }

        var data = new Dictionary<string, object> { ["schemaVersion"] = info.SchemaVersion, ["organisations"] = organisations.Count, ["brokenChainHeads"] = broken };
        return broken == 0
            ? HealthCheckResult.Healthy($"Store answers, schema {info.SchemaVersion}, {organisations.Count} chain heads sealed.", data)
            : new HealthCheckResult(context.Registration.FailureStatus, $"{broken} chain heads do not carry their seal: run consentkit verify.", data: data);
    }
}
