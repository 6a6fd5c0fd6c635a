using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ConsentKit.Consent;
using ConsentKit.Gate;
using ConsentKit.Propagation;
using ConsentKit.Requests;
using ConsentKit.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ConsentKit.Testing.Propagation;

/// <summary>Outbound propagation to processors over real HTTP (an <see cref="HttpListener"/> on 127.0.0.1).</summary>
public abstract class PropagationTests(ITestStoreProvider provider) : StoreContract(provider)
{
    private const string Secret = "processor-shared-secret-0123456789abcdef";

    [Fact]
    [Trait("Req", "R12")]
    [Trait("Req", "R59")]
    public async Task Outbox_EveryWithdrawalSuppressionAndErasure_IsOwedToProcessors_IdsOnly()
    {
        await using var store = await TestStore.CreateAsync();
        await using var processor = new Receiver();
        var propagation = store.Services.GetRequiredService<IPropagation>();
        await propagation.RegisterProcessorAsync(new ProcessorRegistration { Id = "sms-vendor", Name = "SMS Vendor Inc.", Url = processor.Url, Secret = Secret });
        await store.AddContactAsync("c-1", phone: "514 555 0101");
        await store.AddContactAsync("c-2", phone: "514 555 0102", email: "marie@example.com");
        await store.Ledger.RecordAsync(TestStore.Grant("c-1"));
        await store.Ledger.RecordAsync(TestStore.Grant("c-2", channel: Channel.Email));
        await store.Ledger.RecordAsync(TestStore.Grant("c-2"));

        await store.Services.GetRequiredService<IInboundMessages>().HandleSmsAsync("+15145550101", "ARRÊT");
        await store.Ledger.RecordAsync(TestStore.Withdraw("c-2", channel: Channel.Email, at: TestStore.Start + Duration.FromMinutes(1)));
        await store.Services.GetRequiredService<IErasure>().EraseAsync("c-2");
        var report = await propagation.DeliverPendingAsync();

        report.Failed.Should().Be(0);
        var bodies = processor.Bodies;
        bodies.Select(b => b.GetProperty("type").GetString()).Should().Equal(
            "consent.withdrawn", "identifier.suppressed", "consent.withdrawn", "identifier.suppressed", "identifier.suppressed", "contact.erased");
        bodies[0].GetProperty("contactId").GetString().Should().Be("c-1");
        bodies[0].GetProperty("channel").GetString().Should().Be("sms");
        bodies[2].GetProperty("contactId").GetString().Should().Be("c-2");
        bodies[2].GetProperty("channel").GetString().Should().Be("email");
        bodies[3].GetProperty("reason").GetString().Should().Be(bodies[4].GetProperty("reason").GetString(), "an erasure suppresses the phone and the e-mail");
        bodies[5].GetProperty("contactId").GetString().Should().Be("c-2");
        var withdrawnInLedger = (await store.QueryAsync<string>("SELECT event_id FROM ledger_events WHERE kind = 'withdrawn'")).ToHashSet();
        bodies.Where(b => b.GetProperty("type").GetString() == "consent.withdrawn").Select(b => b.GetProperty("ledgerEventId").GetString())
            .Should().BeEquivalentTo(withdrawnInLedger, "every withdrawal in the ledger is owed, and only those");
        // The person's data in any form it was given; ids are random hex, so short digit runs could occur there by chance.
        string.Join("\n", processor.Raw).Should().NotContainAny("5145550101", "5145550102", "514 555", "marie", "example.com", "Élise", "Tremblay");
        (await propagation.GetStatusAsync()).Single().Pending.Should().Be(0);
    }

    [Fact]
    [Trait("Req", "R12")]
    public async Task RecordAsync_OutboxWriteFails_NothingRecorded()
    {
        await using var store = await TestStore.CreateAsync();
        await store.AddContactAsync("c-1");
        await store.Ledger.RecordAsync(TestStore.Grant("c-1"));
        await store.ExecuteAsync("ALTER TABLE outbox RENAME TO outbox_unavailable");

        var act = () => store.Ledger.RecordAsync(TestStore.Withdraw("c-1", at: TestStore.Start + Duration.FromMinutes(1)));

        await act.Should().ThrowAsync<Exception>();
        await store.ExecuteAsync("ALTER TABLE outbox_unavailable RENAME TO outbox");
        (await store.Ledger.GetStateAsync("c-1", "gotv", Channel.Sms)).Status.Should().Be(ConsentStatus.Granted, "the withdrawal and its outbox event are one transaction");
        (await store.ScalarAsync("SELECT COUNT(*) FROM ledger_events WHERE kind = 'withdrawn'")).Should().Be(0);
    }

    [Fact]
    [Trait("Req", "R12")]
    public async Task DeliverPendingAsync_ProcessorDown_RetriedWithBackoffInOrder_SignedAndVisibleToTheDpo()
    {
        await using var store = await TestStore.CreateAsync();
        await using var processor = new Receiver { FailFirst = 2 };
        var propagation = store.Services.GetRequiredService<IPropagation>();
        await propagation.RegisterProcessorAsync(new ProcessorRegistration { Id = "crm", Name = "CRM", Url = processor.Url, Secret = Secret });
        await store.AddContactAsync("c-1");
        await store.Ledger.RecordAsync(TestStore.Grant("c-1"));
        await store.Ledger.RecordAsync(TestStore.Grant("c-1", purpose: "fundraising"));
        await store.Ledger.RecordAsync(TestStore.Withdraw("c-1", at: TestStore.Start + Duration.FromMinutes(1)));
        await store.Ledger.RecordAsync(TestStore.Withdraw("c-1", purpose: "fundraising", at: TestStore.Start + Duration.FromMinutes(2)));

        var t0 = store.Clock.GetCurrentInstant();
        var first = await propagation.DeliverPendingAsync();
        var afterFirst = (await propagation.GetStatusAsync()).Single();
        var tooSoon = await propagation.DeliverPendingAsync();
        store.Clock.Advance(Duration.FromSeconds(31));
        var second = await propagation.DeliverPendingAsync();
        var afterSecond = (await propagation.GetStatusAsync()).Single();
        store.Clock.Advance(Duration.FromSeconds(61));
        var third = await propagation.DeliverPendingAsync();
        var status = (await propagation.GetStatusAsync()).Single();

        first.Should().Be(new DeliveryReport(0, 1, 1));
        afterFirst.Pending.Should().Be(2);
        afterFirst.Attempts.Should().Be(1);
        afterFirst.LastError.Should().Be("http 503");
        afterFirst.NextAttemptAt.Should().Be(t0 + Duration.FromSeconds(30));
        tooSoon.Should().Be(new DeliveryReport(0, 0, 1), "nothing is sent before the backoff ends");
        second.Failed.Should().Be(1);
        afterSecond.Attempts.Should().Be(2);
        afterSecond.NextAttemptAt.Should().Be(t0 + Duration.FromSeconds(31) + Duration.FromSeconds(60), "the delay doubles");
        third.Should().Be(new DeliveryReport(2, 0, 0));
        status.Pending.Should().Be(0);
        status.LastError.Should().BeNull();
        status.LastDeliveredAt.Should().Be(store.Clock.GetCurrentInstant());
        processor.Bodies.Select(b => b.GetProperty("purpose").GetString()).Should().Equal("gotv", "fundraising");
        processor.Requests.Should().HaveCount(4);
        processor.Requests.Should().OnlyContain(r => IndependentlyVerified(r.Signature, r.Body), "every attempt is signed with the processor's secret");
        processor.Requests.Select(r => r.EventId).Distinct().Should().HaveCount(2, "a retry carries the same event id, for the processor's idempotency");
    }

    [Fact]
    [Trait("Req", "R12")]
    public async Task DeliverPendingAsync_ProcessorUnreachable_NetworkErrorForTheDpo_NeverTheSecret()
    {
        await using var store = await TestStore.CreateAsync();
        var propagation = store.Services.GetRequiredService<IPropagation>();
        var closed = Receiver.FreePort();
        await propagation.RegisterProcessorAsync(new ProcessorRegistration { Id = "gone", Name = "Gone", Url = new Uri($"http://127.0.0.1:{closed}/hook"), Secret = Secret });
        await store.AddContactAsync("c-1");
        await store.Ledger.RecordAsync(TestStore.Grant("c-1"));
        await store.Ledger.RecordAsync(TestStore.Withdraw("c-1", at: TestStore.Start + Duration.FromMinutes(1)));

        var report = await propagation.DeliverPendingAsync();
        var status = (await propagation.GetStatusAsync()).Single();

        report.Failed.Should().Be(1);
        status.Pending.Should().Be(1);
        status.OldestPendingAt.Should().Be(TestStore.Start + Duration.FromMinutes(1));
        status.LastError.Should().Be("network ConnectionRefused");
        status.ToString().Should().NotContain(Secret);
    }

    [Fact]
    [Trait("Req", "R12")]
    public async Task RegisterProcessorAsync_BadFields_EachNamed_SecretNeverEchoed()
    {
        await using var store = await TestStore.CreateAsync();
        var propagation = store.Services.GetRequiredService<IPropagation>();

        var act = () => propagation.RegisterProcessorAsync(new ProcessorRegistration { Id = "Bad Id", Name = "", Url = new Uri("http://vendor.example/hook"), Secret = "short-secret-value" });

        var error = (await act.Should().ThrowAsync<ConsentKitValidationException>()).Which;
        error.Errors.Select(e => e.Rule).Should().BeEquivalentTo("processor.id", "processor.name", "processor.url", "processor.secret");
        error.Message.Should().NotContain("short-secret-value");
        (await propagation.GetStatusAsync()).Should().BeEmpty("nothing is written when a field is refused");
    }

    // The scheme as docs/webhooks.md states it, computed here without the library: hex HMAC-SHA256 of t + "." + body.
    private static bool IndependentlyVerified(string header, string body)
    {
        var parts = header.Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(parts["t"] + "." + body)));
        return expected == parts["v1"];
    }

    /// <summary>A processor's webhook endpoint: records each request; answers 503 to the first <see cref="FailFirst"/>.</summary>
    private sealed class Receiver : IAsyncDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly ConcurrentQueue<(string Signature, string EventId, string Body)> _requests = new();
        private readonly Task _loop;
        private int _seen;

        public Receiver()
        {
            var port = FreePort();
            Url = new Uri($"http://127.0.0.1:{port}/consentkit/");
            _listener.Prefixes.Add(Url.AbsoluteUri);
            _listener.Start();
            _loop = Task.Run(LoopAsync);
        }

        public Uri Url { get; }

        public int FailFirst { get; init; }

        public IReadOnlyList<(string Signature, string EventId, string Body)> Requests => [.. _requests];

        public IReadOnlyList<string> Raw => [.. _requests.Select(r => r.Body)];

        // The acknowledged bodies, in the order received.
        public IReadOnlyList<JsonElement> Bodies => [.. _requests.Skip(FailFirst).Select(r => JsonDocument.Parse(r.Body).RootElement.Clone())];

        public static int FreePort()
        {
            using var socket = new TcpListener(IPAddress.Loopback, 0);
            socket.Start();
            return ((IPEndPoint)socket.LocalEndpoint).Port;
        }

        private async Task LoopAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }

                using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
                var body = await reader.ReadToEndAsync();
                _requests.Enqueue((context.Request.Headers[WebhookSignature.HeaderName] ?? "", context.Request.Headers["ConsentKit-Event-Id"] ?? "", body));
                context.Response.StatusCode = Interlocked.Increment(ref _seen) <= FailFirst ? 503 : 204;
                context.Response.Close();
            }
        }

        public async ValueTask DisposeAsync()
        {
            _listener.Stop();
            _listener.Close();
            await _loop;
        }
    }
}
