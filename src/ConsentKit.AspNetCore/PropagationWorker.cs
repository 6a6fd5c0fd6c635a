using ConsentKit.Propagation;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Delivers the outbox to the registered processors from the application's host (R12, R59).</summary>
public static class ConsentKitPropagationServiceCollectionExtensions
{
    /// <summary>
    /// Runs <see cref="IPropagation.DeliverPendingAsync"/> every <paramref name="interval"/> (default 15 seconds) while the
    /// host runs. Several instances may run it: a processor's cursor moves only once per event.
    /// </summary>
    public static IServiceCollection AddConsentKitPropagation(this IServiceCollection services, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var every = interval ?? TimeSpan.FromSeconds(15);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(every, TimeSpan.Zero, nameof(interval));
        services.Replace(ServiceDescriptor.Singleton(new PropagationInterval(every)));
        services.AddHostedService<PropagationWorker>();
        return services;
    }
}

internal sealed record PropagationInterval(TimeSpan Value);

internal sealed partial class PropagationWorker(IPropagation propagation, PropagationInterval interval, ILoggerFactory loggers) : BackgroundService
{
    private readonly ILogger _logger = loggers.CreateLogger("ConsentKit.Propagation");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval.Value);
        do
        {
            try
            {
                await propagation.DeliverPendingAsync(cancellationToken: stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A store that is briefly unreachable must not stop delivery for good: the next tick tries again.
                PassFailed(_logger, ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(1, LogLevel.Warning, "A propagation pass failed ({ErrorType}); the next one retries")]
    private static partial void PassFailed(ILogger logger, string errorType);
}
