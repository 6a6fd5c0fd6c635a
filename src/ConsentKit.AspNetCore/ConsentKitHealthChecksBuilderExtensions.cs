using ConsentKit.AspNetCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers ConsentKit's health check.</summary>
public static class ConsentKitHealthChecksBuilderExtensions
{
    /// <summary>
    /// <c>services.AddHealthChecks().AddConsentKit()</c>: the store is reachable, its schema version is known, and every
    /// chain head carries its seal.
    /// </summary>
    public static IHealthChecksBuilder AddConsentKit(this IHealthChecksBuilder builder, string name = "consentkit", HealthStatus failureStatus = HealthStatus.Unhealthy, IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new HealthCheckRegistration(name, sp => ActivatorUtilities.CreateInstance<ConsentKitHealthCheck>(sp), failureStatus, tags));
    }
}
