using System.Net;
using System.Threading.RateLimiting;
using ConsentKit;
using ConsentKit.Consent;
using ConsentKit.Contacts;
using ConsentKit.AspNetCore;
using ConsentKit.Explanations;
using ConsentKit.Gate;
using ConsentKit.Storage;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace ConsentKit.Sample;

/// <summary>
/// "Why did I get this message?" served on 127.0.0.1 (R50): <c>GET /w/{code}</c> shows the explanation in the person's
/// language, with a switch, a stop button (POST with an antiforgery token, recorded through the ledger) and a way to ask
/// for one's data. Unknown, expired and revoked codes get the same 404 page; requests are rate-limited per client; the page
/// loads nothing from elsewhere and works without JavaScript.
/// </summary>
public static class ExplanationSite
{

    /// <summary>The public key the site publishes for provenance statements (R46); the private key never leaves the process.</summary>
    public static string ProvenancePublicKey => Keys.Value.PublicPem;

    /// <summary>The private key of this demo process, so that tests can sign what the page verifies; a real site keeps it in a vault.</summary>
    public static string ProvenancePrivateKeyForTests => Keys.Value.PrivatePem;

    private static readonly Lazy<(string PrivatePem, string PublicPem)> Keys = new(ConsentKit.Provenance.ProvenanceSigner.CreateKeyPair);

    /// <summary>Builds the site over a ConsentKit store configured by <paramref name="configure"/>, listening on <paramref name="url"/>.</summary>
    public static WebApplication Build(Action<ConsentKitOptions> configure, string url = "http://127.0.0.1:0", IClock? clock = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (clock is not null)
        {
            builder.Services.AddSingleton(clock);
        }

        builder.Services.AddConsentKit(configure);
        // Antiforgery keys live in memory: the demo keeps nothing on disk but its store.
        Microsoft.AspNetCore.DataProtection.DataProtectionBuilderExtensions.UseEphemeralDataProtectionProvider(builder.Services.AddDataProtection());
        builder.Services.AddConsentKitExplanationPages();
        // Inbound SMS webhooks (Twilio, Telnyx, Vonage, generic HMAC): secrets from configuration, e.g. ConsentKit__Sms__Twilio__AuthToken.
        builder.Services.AddConsentKitInboundSms(builder.Configuration.GetSection("ConsentKit"));
        // Withdrawals, suppressions and erasures reach the processors the organisation registered (R12, R59).
        builder.Services.AddConsentKitPropagation();

        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            ConsentKitPages.ApplySecurityHeaders(context.Response);
            await next(context).ConfigureAwait(false);
        });
        app.UseRateLimiter();

        // The explanation pages come from ConsentKit.AspNetCore, as an integrator maps them.
        app.MapConsentKitExplanations("/w");
        app.MapConsentKitInboundSms("/hooks/sms/{provider}");

        // Anyone can check a statement against the content and the published key (R46); nothing is stored.
        app.MapGet("/provenance.pem", () => Results.Text(ProvenancePublicKey, "application/x-pem-file"));
        app.MapGet("/verify", () => Results.Content(VerifyPage(null), "text/html; charset=utf-8")).RequireRateLimiting(ConsentKitPages.RateLimitPolicy);
        app.MapPost("/verify", async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
            var content = form["content"].ToString().ReplaceLineEndings("\n");
            var check = ConsentKit.Provenance.ProvenanceSigner.Verify(System.Text.Encoding.UTF8.GetBytes(content), form["statement"].ToString(), ProvenancePublicKey);
            return Results.Content(VerifyPage(check), "text/html; charset=utf-8");
        }).DisableAntiforgery().RequireRateLimiting(ConsentKitPages.RateLimitPolicy);

        app.MapFallback(() => ConsentKitPages.NotFound());
        return app;
    }

    /// <summary>
    /// Fills a new store with one contact, their consent and a recorded text message, and returns a link to its explanation:
    /// what <c>dotnet run --project src/ConsentKit.Sample -- serve</c> shows.
    /// </summary>
    public static async Task<(string MessageId, string Code)> SeedDemoAsync(IServiceProvider services)
    {
        var clock = services.GetRequiredService<IClock>();
        await services.GetRequiredService<IStoreAdministration>().InitializeAsync(Jurisdiction.Quebec).ConfigureAwait(false);
        // The organisation's public name signs replies, access exports and the register (consentkit init --name does the same).
        await services.GetRequiredService<ConsentKit.Organisations.IOrganisationRegistry>().RegisterAsync(new("default", "Parti exemple")).ConfigureAwait(false);
        await services.GetRequiredService<IContactDirectory>().UpsertAsync(new Contact { ContactId = "qc-web-1", FirstName = "Élise", LastName = "Tremblay", Phone = "514 555 0101", Language = "fr-CA" }).ConfigureAwait(false);
        var given = clock.GetCurrentInstant() - Duration.FromDays(30);
        await services.GetRequiredService<IConsentLedger>().RecordAsync(new ConsentEvent
        {
            ContactId = "qc-web-1",
            Purpose = "gotv",
            Channel = Channel.Sms,
            Basis = ConsentBasis.ExplicitConsent,
            Source = CaptureSource.WebForm,
            SourceDetail = "https://exemple.qc.ca/rappels",
            OccurredAt = given,
            Notice = new NoticeReference("rappels-sms", "2", "fr-CA", new string('a', 64)),
            AffirmativeAct = "a coché « Je veux un rappel par texto »",
            EvidenceRef = "form-42",
            CollectedBy = "site-web",
        }).ConfigureAwait(false);

        // Recorded at a time the gate allows (a weekday at 10:00 in Montréal), after the consent.
        var sentAt = given.Plus(Duration.FromDays(7)).InZone(DateTimeZoneProviders.Tzdb["America/Toronto"]).Date.At(new LocalTime(10, 0)).InZoneLeniently(DateTimeZoneProviders.Tzdb["America/Toronto"]).ToInstant();
        while (sentAt.InZone(DateTimeZoneProviders.Tzdb["America/Toronto"]).DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
        {
            sentAt += Duration.FromDays(1);
        }

        await services.GetRequiredService<ISendRecords>().RecordSendAsync(new SendRecord
        {
            MessageId = "demo-sms-1",
            ContactId = "qc-web-1",
            Purpose = "gotv",
            Channel = Channel.Sms,
            Campaign = "Rappel du vote",
            SentAt = sentAt,
            Sender = new SenderIdentity("Équipe Laval-Centre", "Parti exemple", "vieprivee@exemple.qc.ca"),
            Fields = ["first_name"],
            Ai = new AiInvolvement { Drafted = true, ReviewedBy = "staff-3", Providers = [new AiProvider("Model Co", "US")] },
        }).ConfigureAwait(false);
        var link = await services.GetRequiredService<IExplanations>().CreateLinkAsync("demo-sms-1").ConfigureAwait(false);
        return ("demo-sms-1", link.Code);
    }

    /// <summary>
    /// <c>serve [URL] [--db PATH] [--port N]</c>: starts the site (explanation pages, webhooks, verify page) and prints the
    /// URL of a demo explanation; stops on Ctrl+C. Without <c>--db</c> a temporary store is seeded with one demo message and
    /// removed at the end; with it, an existing store is served as it is (a new one gets the demo message).
    /// </summary>
    public static async Task<int> ServeAsync(string[] args)
    {
        string? db = null;
        int? port = null;
        string? url = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--db" when i + 1 < args.Length:
                    db = args[++i];
                    break;
                case "--port" when i + 1 < args.Length && int.TryParse(args[i + 1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var p) && p is > 0 and < 65536:
                    port = p;
                    i++;
                    break;
                case var a when a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal) || a.StartsWith("http://localhost:", StringComparison.Ordinal):
                    url = a;
                    break;
                default:
                    await Console.Error.WriteLineAsync($"usage: serve [http://127.0.0.1:PORT] [--db PATH] [--port N]; '{args[i]}' is not one of them.").ConfigureAwait(false);
                    return 2;
            }
        }

        url ??= $"http://127.0.0.1:{port ?? 5080}";
        var temporary = db is null;
        var path = db is null ? Path.Combine(Path.GetTempPath(), $"consentkit-site-{Guid.NewGuid():N}.db") : Path.GetFullPath(db);
        var fresh = !File.Exists(path);
        try
        {
            await using var app = Build(o =>
            {
                o.UseSqlite($"Data Source={path}");
                o.ExplanationLinkBase = url + "/w/";
            }, url);
            string? code = null;
            if (fresh)
            {
                (_, code) = await SeedDemoAsync(app.Services).ConfigureAwait(false);
            }

            await app.StartAsync().ConfigureAwait(false);
            Console.WriteLine(code is null ? $"Explanation pages: {app.Urls.First()}/w/CODE (store {path})" : $"Explanation page: {app.Urls.First()}/w/{code}");
            Console.WriteLine($"Webhooks: {app.Urls.First()}/hooks/sms/twilio, /telnyx, /vonage and /generic (secrets from ConsentKit__Sms__…)");
            Console.WriteLine("Press Ctrl+C to stop.");
            await Microsoft.Extensions.Hosting.HostingAbstractionsHostExtensions.WaitForShutdownAsync(app).ConfigureAwait(false);
            return 0;
        }
        finally
        {
            if (temporary)
            {
                foreach (var file in new[] { path, path + "-wal", path + "-shm", path + ".key", path + ".optout" })
                {
                    File.Delete(file);
                }
            }
        }
    }

    private static string VerifyPage(ConsentKit.Provenance.ProvenanceCheck? check) =>
        $"""
        <!doctype html>
        <html lang="fr">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Vérifier un message / Verify a message</title>
        <style>{PageStyle.Css}</style></head>
        <body><main><h1>Vérifier un message</h1>
        <p lang="en">Verify a message: paste its text and its provenance statement.</p>
        {Status(check)}
        <form method="post" action="/verify">
        <p><label for="content">Texte du message / <span lang="en">Message text</span></label><br><textarea id="content" name="content" rows="5"></textarea></p>
        <p><label for="statement">Déclaration (JSON) / <span lang="en">Statement (JSON)</span></label><br><textarea id="statement" name="statement" rows="8"></textarea></p>
        <p><button type="submit">Vérifier / <span lang="en">Verify</span></button></p>
        </form>
        <p><a href="/provenance.pem">Clé publique / <span lang="en">Public key</span></a></p>
        </main></body>
        </html>
        """;

    private static string Status(ConsentKit.Provenance.ProvenanceCheck? check) => check is null ? ""
        : "<p role=\"status\"><strong>" + (check.Valid ? "Authentique / <span lang=\"en\">Authentic</span>" : "Non authentique / <span lang=\"en\">Not authentic</span>") + "</strong> — "
            + "<span lang=\"en\">" + WebUtility.HtmlEncode(check.Reason) + "</span> [" + check.Code + "]</p>";
}
