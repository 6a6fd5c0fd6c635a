using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using ConsentKit.Diagnostics;
using ConsentKit.Hosting;
using ConsentKit.Storage;
using NodaTime;

namespace ConsentKit.Propagation;

/// <summary>A processor to keep informed of withdrawals, suppressions and erasures (R12, R59): an SMS or e-mail vendor, the CRM.</summary>
public sealed record ProcessorRegistration
{
    /// <summary>A stable id, 1 to 64 of <c>a-z 0-9 - _ .</c>, such as <c>sms-vendor</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Its name, as the DPO reads it (such as the vendor's company).</summary>
    public required string Name { get; init; }

    /// <summary>Where events are POSTed: HTTPS, or HTTP on a loopback address (a local sidecar).</summary>
    public required Uri Url { get; init; }

    /// <summary>The shared secret of the <see cref="WebhookSignature"/>: at least 32 characters. Never logged nor shown.</summary>
    public required string Secret { get; init; }

    /// <summary>The organisation; the default one when null.</summary>
    public string? OrganisationId { get; init; }

    /// <summary>
    /// Whether the processor also receives the events written before it was registered (every withdrawal, suppression and
    /// erasure in the outbox); by default it receives those written from now on.
    /// </summary>
    public bool FromBeginning { get; init; }
}

/// <summary>Where delivery to one processor stands: what the DPO checks (undelivered events are owed, R12).</summary>
/// <param name="OrganisationId">Its organisation.</param>
/// <param name="Id">Its id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Url">Where events go.</param>
/// <param name="RegisteredAt">When it was registered.</param>
/// <param name="Pending">Events not yet acknowledged.</param>
/// <param name="OldestPendingAt">When the oldest of them happened; null when none.</param>
/// <param name="Attempts">Failed attempts at the oldest one.</param>
/// <param name="NextAttemptAt">When it is tried again; null when nothing is pending or no attempt failed.</param>
/// <param name="LastError">Why the last attempt failed (an HTTP status or a network error code), when it did.</param>
/// <param name="LastDeliveredAt">When an event was last acknowledged.</param>
public sealed record ProcessorStatus(
    string OrganisationId, string Id, string Name, string Url, Instant RegisteredAt, long Pending, Instant? OldestPendingAt,
    int Attempts, Instant? NextAttemptAt, string? LastError, Instant? LastDeliveredAt);

/// <summary>What one delivery pass did.</summary>
/// <param name="Delivered">Events acknowledged by a processor.</param>
/// <param name="Failed">Attempts that failed (each one is retried later, with backoff).</param>
/// <param name="Waiting">Processors still owed events after the pass.</param>
public sealed record DeliveryReport(int Delivered, int Failed, int Waiting);

/// <summary>
/// Outbound propagation (R12, R59; seed 002, opt-out in every channel): every withdrawal, suppression and erasure is written
/// to an outbox in its own transaction, then delivered, in order, to each processor the organisation registered as a POST of
/// JSON signed with <see cref="WebhookSignature"/>. A 2xx response acknowledges the event; anything else is retried with
/// exponential backoff (30 s doubling to 6 h), and the events behind it wait, so a processor never applies a withdrawal
/// before the grant it withdraws. <see cref="GetStatusAsync"/> shows the DPO what is still owed.
/// </summary>
public interface IPropagation
{
    /// <summary>Registers a processor, or updates its name, URL and secret.</summary>
    /// <exception cref="ConsentKitValidationException">A field breaks its rule (<c>processor.id</c>, <c>processor.url</c>, <c>processor.secret</c>…).</exception>
    Task<ProcessorStatus> RegisterProcessorAsync(ProcessorRegistration registration, CancellationToken cancellationToken = default);

    /// <summary>Removes a processor; false when unknown. Events owed to it are no longer delivered.</summary>
    Task<bool> RemoveProcessorAsync(string processorId, string? organisationId = null, CancellationToken cancellationToken = default);

    /// <summary>Every processor of the organisation (all organisations when null) and what it is still owed.</summary>
    Task<IReadOnlyList<ProcessorStatus>> GetStatusAsync(string? organisationId = null, CancellationToken cancellationToken = default);

    /// <summary>One delivery pass: each processor due gets up to <paramref name="maxPerProcessor"/> events, in order, until one fails.</summary>
    Task<DeliveryReport> DeliverPendingAsync(int maxPerProcessor = 100, CancellationToken cancellationToken = default);
}

internal sealed partial class PropagationService(ConsentKitRuntime runtime) : IPropagation
{
    private static readonly Duration FirstRetry = Duration.FromSeconds(30);
    private static readonly Duration LastRetry = Duration.FromHours(6);

    // One client for the process: connections are pooled and renewed (DNS changes), and a slow processor cannot hold a
    // pass for long.
    private static readonly HttpClient Http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AllowAutoRedirect = false })
    {
        Timeout = TimeSpan.FromSeconds(10),
    };

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,63}$")]
    private static partial Regex IdPattern();

    public async Task<ProcessorStatus> RegisterProcessorAsync(ProcessorRegistration registration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registration);
        await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var errors = new List<ValidationError>();
        if (registration.Id is null || !IdPattern().IsMatch(registration.Id))
        {
            errors.Add(new("id", "processor.id", "id must be 1 to 64 of a-z, 0-9, '.', '_' and '-', starting with a letter or digit."));
        }

        if (string.IsNullOrWhiteSpace(registration.Name) || registration.Name.Length > 200)
        {
            errors.Add(new("name", "processor.name", "name is required, at most 200 characters."));
        }

        if (registration.Url is not { IsAbsoluteUri: true } url || !(url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback)))
        {
            errors.Add(new("url", "processor.url", "url must be an absolute HTTPS URL (HTTP only on a loopback address)."));
        }

        if (registration.Secret is not { Length: >= 32 })
        {
            errors.Add(new("secret", "processor.secret", "secret must be at least 32 characters (it signs every event)."));
        }

        var orgId = runtime.Organisation(registration.OrganisationId);
        if (!(await runtime.Store.GetOrganisationsAsync(cancellationToken).ConfigureAwait(false)).Any(o => o.Id == orgId))
        {
            errors.Add(new("organisation", "organisation.unknown", "organisation must be registered first (IOrganisationRegistry)."));
        }

        if (errors.Count > 0)
        {
            throw new ConsentKitValidationException(errors);
        }

        var now = runtime.Clock.GetCurrentInstant();
        await using (var session = await runtime.Store.BeginWriteAsync(cancellationToken).ConfigureAwait(false))
        {
            await session.UpsertProcessorAsync(new ProcessorRow
            {
                OrgId = orgId,
                ProcessorId = registration.Id!,
                Name = registration.Name,
                Url = registration.Url!.AbsoluteUri,
                Secret = registration.Secret,
                RegisteredAt = now.ToUnixTimeTicks(),
                CursorSeq = registration.FromBeginning ? 0 : await runtime.Store.GetOutboxHeadAsync(cancellationToken).ConfigureAwait(false),
            }).ConfigureAwait(false);
            await session.CommitAsync().ConfigureAwait(false);
        }

        return (await GetStatusAsync(orgId, cancellationToken).ConfigureAwait(false)).Single(p => p.Id == registration.Id);
    }

    public async Task<bool> RemoveProcessorAsync(string processorId, string? organisationId = null, CancellationToken cancellationToken = default)
    {
        await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        await using var session = await runtime.Store.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        var removed = await session.DeleteProcessorAsync(runtime.Organisation(organisationId), processorId ?? "").ConfigureAwait(false);
        await session.CommitAsync().ConfigureAwait(false);
        return removed > 0;
    }

    public async Task<IReadOnlyList<ProcessorStatus>> GetStatusAsync(string? organisationId = null, CancellationToken cancellationToken = default)
    {
        await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<ProcessorStatus>();
        foreach (var p in await runtime.Store.GetProcessorsAsync(organisationId, cancellationToken).ConfigureAwait(false))
        {
            var scopes = await runtime.ScopesAsync(p.OrgId, cancellationToken).ConfigureAwait(false);
            var (pending, oldest) = await runtime.Store.CountOutboxAfterAsync(scopes, p.CursorSeq, cancellationToken).ConfigureAwait(false);
            result.Add(new ProcessorStatus(
                p.OrgId, p.ProcessorId, p.Name, p.Url, Instant.FromUnixTimeTicks(p.RegisteredAt), pending,
                oldest is { } o ? Instant.FromUnixTimeTicks(o) : null, pending > 0 ? p.Attempts : 0,
                pending > 0 && p.Attempts > 0 ? Instant.FromUnixTimeTicks(p.NextAttemptAt) : null, pending > 0 ? p.LastError : null,
                p.LastDeliveredAt is { } d ? Instant.FromUnixTimeTicks(d) : null));
        }

        return result;
    }

    public async Task<DeliveryReport> DeliverPendingAsync(int maxPerProcessor = 100, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPerProcessor, 1);
        using var activity = ConsentKitActivities.Source.StartActivity("consentkit.propagation.deliver");
        await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        int delivered = 0, failed = 0, waiting = 0;
        foreach (var p in await runtime.Store.GetProcessorsAsync(null, cancellationToken).ConfigureAwait(false))
        {
            var scopes = await runtime.ScopesAsync(p.OrgId, cancellationToken).ConfigureAwait(false);
            var events = await runtime.Store.GetOutboxAfterAsync(scopes, p.CursorSeq, maxPerProcessor, cancellationToken).ConfigureAwait(false);
            if (events.Count == 0)
            {
                continue;
            }

            if (p.Attempts > 0 && runtime.Clock.GetCurrentInstant().ToUnixTimeTicks() < p.NextAttemptAt)
            {
                waiting++;
                continue;
            }

            var (sent, error) = await DeliverAsync(p, events, cancellationToken).ConfigureAwait(false);
            delivered += sent;
            if (error is not null)
            {
                failed++;
                waiting++;
            }
            else if (events.Count == maxPerProcessor)
            {
                waiting++;
            }
        }

        activity?.SetTag("consentkit.delivered", delivered);
        activity?.SetTag("consentkit.failed", failed);
        return new DeliveryReport(delivered, failed, waiting);
    }

    // In order; the first event not acknowledged stops the processor's pass, and its cursor stays before it.
    private async Task<(int Sent, string? Error)> DeliverAsync(ProcessorRow p, IReadOnlyList<OutboxRow> events, CancellationToken cancellationToken)
    {
        var cursor = p.CursorSeq;
        var sent = 0;
        foreach (var e in events)
        {
            var error = await PostAsync(p, e, cancellationToken).ConfigureAwait(false);
            var now = runtime.Clock.GetCurrentInstant();
            if (error is null)
            {
                if (!await RecordAsync(p, cursor, e.Seq, 0, 0, null, now.ToUnixTimeTicks(), cancellationToken).ConfigureAwait(false))
                {
                    return (sent, null); // another dispatcher moved this processor on: it carries on from there
                }

                cursor = e.Seq;
                sent++;
                continue;
            }

            var attempts = (cursor == p.CursorSeq ? p.Attempts : 0) + 1;
            var delay = Duration.FromTicks(Math.Min(LastRetry.BclCompatibleTicks, FirstRetry.BclCompatibleTicks << Math.Min(attempts - 1, 20)));
            await RecordAsync(p, cursor, cursor, attempts, (now + delay).ToUnixTimeTicks(), error, null, cancellationToken).ConfigureAwait(false);
            Log.PropagationFailed(runtime.LoggerFor("Propagation"), p.ProcessorId, p.OrgId, e.EventId, error, attempts, (long)delay.TotalSeconds);
            return (sent, error);
        }

        Log.PropagationDelivered(runtime.LoggerFor("Propagation"), p.ProcessorId, p.OrgId, sent);
        return (sent, null);
    }

    private async Task<bool> RecordAsync(ProcessorRow p, long expected, long cursor, int attempts, long nextAttemptAt, string? error, long? deliveredAt, CancellationToken cancellationToken)
    {
        await using var session = await runtime.Store.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        var moved = await session.RecordDeliveryAsync(p.OrgId, p.ProcessorId, expected, cursor, attempts, nextAttemptAt, error, deliveredAt).ConfigureAwait(false);
        await session.CommitAsync().ConfigureAwait(false);
        return moved;
    }

    // The error is a code a DPO can act on (an HTTP status, a network error), never a response body: a processor's page
    // could echo personal data.
    private async Task<string?> PostAsync(ProcessorRow p, OutboxRow e, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, p.Url) { Content = new StringContent(e.Payload, Encoding.UTF8, "application/json") };
        request.Headers.Add(WebhookSignature.HeaderName, WebhookSignature.Create(p.Secret, runtime.Clock.GetCurrentInstant(), e.Payload));
        request.Headers.Add("ConsentKit-Event-Id", e.EventId);
        request.Headers.Add("ConsentKit-Event-Type", e.Kind);
        try
        {
            using var response = await Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            return response.IsSuccessStatusCode ? null : "http " + (int)response.StatusCode;
        }
        catch (HttpRequestException ex)
        {
            return ex.InnerException is SocketException socket ? "network " + socket.SocketErrorCode : ex.HttpRequestError.ToString();
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return "timeout";
        }
    }
}
