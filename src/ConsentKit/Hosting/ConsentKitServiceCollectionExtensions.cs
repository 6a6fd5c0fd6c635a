using ConsentKit;
using ConsentKit.Consent;
using ConsentKit.Contacts;
using ConsentKit.Diagnostics;
using ConsentKit.Explanations;
using ConsentKit.Gate;
using ConsentKit.Hosting;
using ConsentKit.Organisations;
using ConsentKit.Storage;
using ConsentKit.Targeting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers ConsentKit in a service collection.</summary>
public static class ConsentKitServiceCollectionExtensions
{
    /// <summary>
    /// Adds the consent ledger, contact directory, importer, send gate, targeting guard, send records and explanations, and
    /// store administration, with options validated at start.
    /// <code>services.AddConsentKit(o =&gt; o.UseSqlite("Data Source=consent.db"));</code>
    /// An <see cref="IClock"/> registered before this call is used; otherwise the system clock.
    /// </summary>
    public static IServiceCollection AddConsentKit(this IServiceCollection services, Action<ConsentKitOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        return services.AddConsentKitCore(configure);
    }

    /// <summary>
    /// Adds ConsentKit with its options read from configuration, such as <c>configuration.GetSection("ConsentKit")</c>:
    /// <c>Store:Sqlite</c> or <c>Store:PostgreSql</c>, <c>Jurisdiction</c>, <c>DefaultOrganisation</c>, <c>SenderName</c>,
    /// <c>Actor</c>, <c>KeyFile</c> or <c>Key</c> (base64, a secret), <c>ExplanationLinkBase</c>,
    /// <c>ExplanationLinkLifetime</c>, <c>FrequencyCaps</c> and <c>Elections</c> (docs/configuration.md). A value that does
    /// not bind fails validation at start with its configuration key. <paramref name="configure"/> runs after the binding,
    /// for what configuration cannot hold (a catalog, a key provider).
    /// </summary>
    public static IServiceCollection AddConsentKit(this IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration, Action<ConsentKitOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddConsentKitCore(o =>
        {
            ConsentKitConfiguration.Bind(configuration, o);
            configure?.Invoke(o);
        });
    }

    private static IServiceCollection AddConsentKitCore(this IServiceCollection services, Action<ConsentKitOptions> configure)
    {
        services.AddOptions<ConsentKitOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConsentKitOptions>, ConsentKitOptionsValidator>());
        services.AddLogging();
        services.AddMetrics();

        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton<ConsentKitMetrics>();
        services.TryAddSingleton<IConsentStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ConsentKitOptions>>().Value;
            return options.StoreFactory!(sp);
        });
        services.TryAddSingleton<ConsentKitRuntime>();
        services.TryAddSingleton<LedgerWriter>();
        services.TryAddSingleton<OptOutJournal>();
        services.TryAddSingleton<LedgerVerifier>();
        services.TryAddSingleton<IConsentLedger, ConsentLedger>();
        services.TryAddSingleton<IContactDirectory, ContactDirectory>();
        services.TryAddSingleton<IContactImporter, CsvContactImporter>();
        services.TryAddSingleton<IOrganisationRegistry, OrganisationRegistry>();
        services.TryAddSingleton<IStoreAdministration, StoreAdministration>();
        services.TryAddSingleton<SendGate>();
        services.TryAddSingleton<ISendGate>(sp => sp.GetRequiredService<SendGate>());
        services.TryAddSingleton<ISuppressionList, SuppressionList>();
        services.TryAddSingleton<IInboundMessages, InboundMessages>();
        services.TryAddSingleton<ConsentKit.Propagation.IPropagation, ConsentKit.Propagation.PropagationService>();
        services.TryAddSingleton<ITargetingGuard, TargetingGuard>();
        services.TryAddSingleton<ISendRecords, SendRecorder>();
        services.TryAddSingleton<IExplanations, ExplanationService>();
        services.TryAddSingleton<ConsentKit.Requests.RequestRegister>();
        services.TryAddSingleton<ConsentKit.Requests.IRequestRegister>(sp => sp.GetRequiredService<ConsentKit.Requests.RequestRegister>());
        services.TryAddSingleton<ConsentKit.Requests.IRequestDesk, ConsentKit.Requests.RequestDesk>();
        services.TryAddSingleton<ConsentKit.Requests.IDpoAuditTrail, ConsentKit.Requests.DpoAuditTrail>();
        services.TryAddSingleton<ConsentKit.Advertising.IPoliticalAdNotices, ConsentKit.Advertising.PoliticalAdNotices>();
        services.TryAddSingleton<ConsentKit.Requests.IErasure, ConsentKit.Requests.Erasure>();
        services.TryAddSingleton<ConsentKit.Requests.IPersonalDataExports, ConsentKit.Requests.PersonalDataExports>();
        services.TryAddSingleton<ConsentKit.Requests.IRetention, ConsentKit.Requests.Retention>();
        services.TryAddSingleton<ConsentKit.Incidents.IIncidentRegister, ConsentKit.Incidents.IncidentRegister>();
        services.TryAddSingleton<ConsentKit.Transparency.ITransparencyRegister, ConsentKit.Transparency.TransparencyRegister>();
        services.TryAddSingleton<ConsentKit.Records.IRecordsOfProcessing, ConsentKit.Records.RecordsOfProcessing>();
        services.TryAddSingleton<ConsentKit.Analytics.IAnalytics, ConsentKit.Analytics.AnalyticsService>();
        return services;
    }
}
