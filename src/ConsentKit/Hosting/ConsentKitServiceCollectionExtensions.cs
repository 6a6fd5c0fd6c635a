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
        services.TryAddSingleton<ITargetingGuard, TargetingGuard>();
        services.TryAddSingleton<ISendRecords, SendRecorder>();
        services.TryAddSingleton<IExplanations, ExplanationService>();
        services.TryAddSingleton<ConsentKit.Requests.IRequestRegister, ConsentKit.Requests.RequestRegister>();
        services.TryAddSingleton<ConsentKit.Requests.IErasure, ConsentKit.Requests.Erasure>();
        services.TryAddSingleton<ConsentKit.Requests.IPersonalDataExports, ConsentKit.Requests.PersonalDataExports>();
        services.TryAddSingleton<ConsentKit.Requests.IRetention, ConsentKit.Requests.Retention>();
        services.TryAddSingleton<ConsentKit.Incidents.IIncidentRegister, ConsentKit.Incidents.IncidentRegister>();
        services.TryAddSingleton<ConsentKit.Transparency.ITransparencyRegister, ConsentKit.Transparency.TransparencyRegister>();
        return services;
    }
}
