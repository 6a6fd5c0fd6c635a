using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using ConsentKit.Consent;
using ConsentKit.Contacts;
using ConsentKit.Organisations;
using ConsentKit.Propagation;
using ConsentKit.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace ConsentKit.AspNetCore.Tests;

/// <summary>The host delivers the outbox by itself: a STOP received on a webhook reaches the CRM's endpoint, signed.</summary>
public sealed class PropagationHostTests : IAsyncLifetime
{
    private const string ProcessorSecret = "crm-endpoint-secret-0123456789abcdef";
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"ck-prop-{Guid.NewGuid():N}.db");
    private readonly ConcurrentQueue<string> _received = new();
    private readonly TaskCompletionSource _twoEvents = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WebApplication _app = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddConsentKit(o => o.UseSqlite($"Data Source={_path};Pooling=False"));
        builder.Services.AddConsentKitPropagation(TimeSpan.FromMilliseconds(100));
        _app = builder.Build();
        // The CRM's endpoint, in the same process for the test: it checks the signature as a receiver would.
        _app.MapPost("/crm/consentkit", async (HttpContext context, IClock clock) =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            if (!WebhookSignature.Verify(ProcessorSecret, context.Request.Headers[WebhookSignature.HeaderName], body, clock.GetCurrentInstant(), Duration.FromMinutes(5)))
            {
                return Results.StatusCode(StatusCodes.Status401Unauthorized);
            }

            _received.Enqueue(body);
            if (_received.Count >= 2)
            {
                _twoEvents.TrySetResult();
            }

            return Results.NoContent();
        });
        await _app.StartAsync();
        var services = _app.Services;
        await services.GetRequiredService<IStoreAdministration>().InitializeAsync(Jurisdiction.Quebec);
        await services.GetRequiredService<IOrganisationRegistry>().RegisterAsync(new("default", "Parti exemple"));
        await services.GetRequiredService<IPropagation>().RegisterProcessorAsync(new ProcessorRegistration
        {
            Id = "crm", Name = "CRM", Url = new Uri(_app.Urls.First() + "/crm/consentkit"), Secret = ProcessorSecret,
        });
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        foreach (var f in new[] { _path, _path + "-wal", _path + "-shm", _path + ".key", _path + ".optout" })
        {
            File.Delete(f);
        }
    }

    [Fact]
    [Trait("Req", "R12")]
    public async Task AddConsentKitPropagation_StopRecorded_TheHostDeliversItSigned_WithoutAnyCall()
    {
        var services = _app.Services;
        await services.GetRequiredService<IContactDirectory>().UpsertAsync(new Contact { ContactId = "c-1", Phone = "514 555 0101", Language = "fr-CA" });
        await services.GetRequiredService<IConsentLedger>().RecordAsync(new ConsentEvent
        {
            ContactId = "c-1", Purpose = "gotv", Channel = Channel.Sms, Kind = ConsentEventKind.Granted, Basis = ConsentBasis.ExplicitConsent,
            Source = CaptureSource.WebForm, SourceDetail = "https://parti.example/inscription", OccurredAt = services.GetRequiredService<IClock>().GetCurrentInstant() - Duration.FromDays(1),
            Notice = new NoticeReference("n", "1", "fr-CA", new string('a', 64)), AffirmativeAct = "case cochée", EvidenceRef = "f-1", CollectedBy = "site",
        });

        await services.GetRequiredService<ConsentKit.Gate.IInboundMessages>().HandleSmsAsync("+15145550101", "STOP");
        await _twoEvents.Task.WaitAsync(TimeSpan.FromSeconds(30));

        _received.Select(b => JsonDocument.Parse(b).RootElement.GetProperty("type").GetString()).Should().Equal("consent.withdrawn", "identifier.suppressed");
        // The worker records the acknowledgement after the endpoint answers: the status catches up within a pass or two.
        var propagation = services.GetRequiredService<IPropagation>();
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while ((await propagation.GetStatusAsync()).Single().Pending > 0 && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            await poll.WaitForNextTickAsync();
        }

        (await propagation.GetStatusAsync()).Single().Pending.Should().Be(0);
    }
}
