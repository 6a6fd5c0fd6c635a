// ConsentKit end-to-end demo on embedded SQLite: a Québec party's CRM records consents with proof, shows states,
// refuses a consent without proof, verifies its tamper-evident ledger, gates a campaign, checks its targeting, filters an
// AI prompt, records the texts sent and explains one to the voter, then answers that voter's access and erasure requests.
// Exits 0 when everything holds.
using System.Security.Cryptography;
using System.Text;
using ConsentKit;
using ConsentKit.Consent;
using ConsentKit.Contacts;
using ConsentKit.Explanations;
using ConsentKit.Requests;
using ConsentKit.Gate;
using ConsentKit.Storage;
using ConsentKit.Targeting;
using ConsentKit.AI;
using ConsentKit.Prompts;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

// "serve" starts the explanation page instead (R50): dotnet run --project src/ConsentKit.Sample -- serve
if (args.Length > 0 && args[0] == "serve")
{
    return await ConsentKit.Sample.ExplanationSite.ServeAsync(args[1..]);
}

var keep = args.Contains("--keep", StringComparer.Ordinal);
var path = Path.Combine(Path.GetTempPath(), $"consentkit-sample-{Guid.NewGuid():N}.db");

// Options come from appsettings.json (and ConsentKit__* environment variables), as in an integrator's application; only
// the throwaway store's path is set in code.
var configuration = new ConfigurationBuilder()
    .SetBasePath(AppContext.BaseDirectory)
    .AddJsonFile("appsettings.json", optional: false)
    .AddEnvironmentVariables()
    .Build();
var services = new ServiceCollection()
    .AddLogging(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning))
    .AddConsentKit(configuration.GetSection("ConsentKit"), o => o.UseSqlite($"Data Source={path};Pooling=False"))
    .BuildServiceProvider();
// A wrong setting in appsettings.json or the environment is told in one line naming its key, not as a stack trace.
try
{
    services.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate();
}
catch (Microsoft.Extensions.Options.OptionsValidationException ex)
{
    foreach (var failure in ex.Failures)
    {
        await Console.Error.WriteLineAsync("configuration: " + failure);
    }

    await services.DisposeAsync();
    return 1;
}

var created = new List<string> { path, path + "-wal", path + "-shm", path + ".key", path + ".optout", path + ".optout-wal", path + ".optout-shm" };
try
{

var info = await services.GetRequiredService<IStoreAdministration>().InitializeAsync(Jurisdiction.Quebec);
Console.WriteLine($"1. Store created at {path}{(keep ? "" : " (temporary: removed at the end; -- --keep keeps it)")}");
Console.WriteLine($"   Jurisdiction {info.Jurisdiction.Name()}, purposes: {string.Join(", ", info.Purposes.Select(p => $"{p.Name} ({p.DefaultLifetime.Months} months)"))}");

// A bilingual list from door canvassing, events, a paper form and a partner petition (third-party data).
using (var csv = new StreamReader(Path.Combine(AppContext.BaseDirectory, "demo-contacts.csv")))
{
    var report = await services.GetRequiredService<IContactImporter>().ImportAsync(csv);
    Console.WriteLine($"2. Imported demo list: {report.Rows} rows, {report.Contacts} contacts, {report.EventsWritten} consent events, {report.Rejected} rejected.");
}

var ledger = services.GetRequiredService<IConsentLedger>();
var contacts = services.GetRequiredService<IContactDirectory>();
var clock = services.GetRequiredService<IClock>();

// A web form, as a CRM records it: the exact notice text shown is hashed, the form URL and submission id kept as proof.
const string webNotice = "Oui, je veux recevoir l'infolettre du Parti exemple par courriel. Je peux me désabonner en tout temps.";
await contacts.UpsertAsync(new Contact { ContactId = "qc-0100", FirstName = "Chloé", LastName = "Bergeron", Email = "Chloe.Bergeron@Exemple.QC.CA", Phone = "514-555-0188", Language = "fr-CA" });
var web = await ledger.RecordAsync(new ConsentEvent
{
    ContactId = "qc-0100",
    Purpose = "newsletter",
    Channel = Channel.Email,
    Basis = ConsentBasis.ExplicitConsent,
    Source = CaptureSource.WebForm,
    SourceDetail = "https://exemple.qc.ca/infolettre",
    Notice = new NoticeReference("infolettre", "4", "fr-CA", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(webNotice)))),
    AffirmativeAct = "a coché une case non cochée par défaut puis cliqué « Je m'abonne »",
    EvidenceRef = "form-submission-55812",
    CollectedBy = "site-web",
    IdempotencyKey = "form-submission-55812",
});
var retry = await ledger.RecordAsync(new ConsentEvent
{
    ContactId = "qc-0100", Purpose = "newsletter", Channel = Channel.Email, Basis = ConsentBasis.ExplicitConsent, Source = CaptureSource.WebForm,
    SourceDetail = "https://exemple.qc.ca/infolettre", Notice = new NoticeReference("infolettre", "4", "fr-CA", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(webNotice)))),
    AffirmativeAct = "a coché une case non cochée par défaut", EvidenceRef = "form-submission-55812", CollectedBy = "site-web", IdempotencyKey = "form-submission-55812",
});
Console.WriteLine($"3. Web form consent recorded as {web.EventId}; the browser's retry counted once (duplicate: {retry.Duplicate}).");

// A withdrawal: Jean-François replied STOP; only the source is needed.
await ledger.RecordAsync(new ConsentEvent { ContactId = "qc-0002", Purpose = "gotv", Channel = Channel.Sms, Kind = ConsentEventKind.Withdrawn, Source = CaptureSource.InboundSms, EvidenceRef = "sms-in-90211" });
Console.WriteLine("4. Withdrawal recorded for qc-0002 (replied STOP).");

// Bad input: a canvasser's grant without the notice or the person's act is refused, naming each field; nothing is written.
try
{
    await ledger.RecordAsync(new ConsentEvent { ContactId = "qc-0003", Purpose = "fundraising", Channel = Channel.Voice, Basis = ConsentBasis.ExplicitConsent, Source = CaptureSource.Canvass, CollectedBy = "benevole-017" });
    Console.Error.WriteLine("   A grant without proof was accepted: this must not happen.");
    return 1;
}
catch (ConsentKitValidationException ex)
{
    Console.WriteLine($"5. Grant without proof refused ({ex.Errors.Count} reasons):");
    foreach (var error in ex.Errors)
    {
        Console.WriteLine($"   - {error}");
    }
}

Console.WriteLine("6. Consent states now:");
foreach (var id in new[] { "qc-0001", "qc-0002", "qc-0003", "qc-0005", "qc-0100" })
{
    foreach (var s in await ledger.GetStatesAsync(id))
    {
        Console.WriteLine($"   {id}  {s.Purpose,-12} {s.Channel.Name(),-6} {s.Status.Name(),-9} basis={s.Basis?.Name() ?? "-",-17} until {s.Expires?.ToString() ?? "-"}");
    }
}

var before = await ledger.GetStateAsync("qc-0002", "gotv", Channel.Sms, at: clock.GetCurrentInstant() - Duration.FromMinutes(5));
Console.WriteLine($"7. As-of query: five minutes ago qc-0002 gotv/sms was {before.Status.Name()}.");

var found = await contacts.FindAsync(ContactLookup.ByPhone("(514) 555-0188"));
Console.WriteLine($"8. Lookup by phone (514) 555-0188 finds {found?.ContactId} (stored as {found?.Phone}).");

var history = await ledger.GetHistoryAsync("qc-0005");
var third = history.Single();
Console.WriteLine($"9. Proof for qc-0005: {third.Kind.Name()} on {third.OccurredAt} via {third.Source.Name()}, notice {third.Notice!.Id} v{third.Notice.Version} ({third.Notice.Language}, sha256 {third.Notice.Sha256[..12]}…), third party: {third.ThirdParty} ({third.ThirdPartyCountry}).");

var verification = await ledger.VerifyAsync();
Console.WriteLine($"10. Ledger verification: {(verification.Ok ? "OK" : "FAILED")} — {verification.Message}");

// The data catalog: the fields the CRM adds beyond the built-in ones, each with its category, source and purposes (R28).
var guard = services.GetRequiredService<ITargetingGuard>();
await guard.ImportCatalogAsync(DataCatalog.Parse("""
    {"fields":[
      {"name":"city","category":"location","source":"person","purposes":["*"]},
      {"name":"interests","category":"engagement","source":"person","purposes":["gotv","newsletter","survey"],"type":"list"},
      {"name":"religion","category":"religion","source":"person","purposes":["membership"]},
      {"name":"events_attended","category":"engagement","source":"person","purposes":["gotv","volunteering"],"type":"list"}
    ]}
    """));

// The send gate: an SMS campaign tool plans tonight's GOTV run over 10,000 synthetic contacts.
var planned = NextWeekdayAt(clock.GetCurrentInstant(), 15);
await SyntheticContacts.ImportAsync(services.GetRequiredService<IContactImporter>(), 10_000);
var gate = services.GetRequiredService<ISendGate>();
var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
var allowed = 0;
var total = 0;
await foreach (var decision in gate.CheckManyAsync("gotv", Channel.Sms, planned))
{
    total++;
    allowed += decision.Allowed ? 1 : 0;
    foreach (var reason in decision.Reasons)
    {
        counts[reason.Code.ToString()] = counts.GetValueOrDefault(reason.Code.ToString()) + 1;
    }
}

Console.WriteLine($"11. Gate for gotv/sms at {planned}: {total} contacts, {allowed} allowed, {total - allowed} blocked.");
foreach (var (code, count) in counts)
{
    Console.WriteLine($"    {code,-36} {count,6}");
}

var beforeStop = await gate.CheckAsync("qc-0001", "gotv", Channel.Sms, planned);
var reply = await services.GetRequiredService<IInboundMessages>().HandleSmsAsync("514 555 0101", "Arrêt svp!");
var after = await gate.CheckAsync("qc-0001", "gotv", Channel.Sms, planned);
Console.WriteLine($"12. qc-0001 before STOP: {(beforeStop.Allowed ? "allowed" : "blocked")}. Inbound \"Arrêt svp!\" → {reply.Action}; reply: «{reply.Reply}»");
Console.WriteLine($"    Next check: {(after.Allowed ? "allowed" : "blocked")} — {string.Join("; ", after.Reasons.Select(r => $"{r.Code}: {r.MessageFr}"))}");

var check = MessageRules.Validate("Parti exemple : votez dimanche, votre bureau est à l'école. Répondez STOP pour arrêter.", Channel.Sms, ["Parti exemple"]);
Console.WriteLine($"13. Message check: {(check.Ok ? "ok" : string.Join(", ", check.Issues.Select(i => i.Code)))}; {check.Length!.Encoding}, {check.Length.Segments} segment(s).");

verification = await ledger.VerifyAsync();
Console.WriteLine($"14. Ledger verification after the campaign: {(verification.Ok ? "OK" : "FAILED")} — {verification.Message}");

// The targeting guard: a strategist's segments, checked before anyone is selected (R28-R33).
Console.WriteLine("15. Targeting guard:");
foreach (var (label, json) in new[]
{
    ("Muslims in Laval", """{"name":"Musulmans de Laval","include":{"and":[{"field":"religion","op":"eq","value":"musulman"},{"field":"city","op":"eq","value":"Laval"}]}}"""),
    ("Pride brunch guests", """{"include":{"field":"events_attended","op":"contains","value":"Brunch de la Fierté"}}"""),
})
{
    var refused = await guard.ValidateAsync(SegmentDefinition.Parse(json), "gotv", new SegmentCheckOptions { RequestedBy = "strategist-04" });
    Console.WriteLine($"    \"{label}\": {(refused.Allowed ? "allowed" : "refused")} ({refused.RegisterId})");
    foreach (var v in refused.Violations)
    {
        Console.WriteLine($"      {v.Code} {v.Field}: {v.MessageFr}");
        Console.WriteLine($"      {new string(' ', v.Code.ToString().Length + v.Field.Length + 2)}{v.MessageEn} [{v.Rule}]");
    }
}

var transit = await guard.ValidateAsync(SegmentDefinition.Parse("""
    {"name":"18-30 in Laval who care about transit",
     "include":{"and":[{"field":"age","op":"between","value":[18,30]},{"field":"city","op":"eq","value":"Laval"},{"field":"interests","op":"contains","value":"transit"}]}}
    """), "gotv", new SegmentCheckOptions { RequestedBy = "strategist-04" });
var selected = await guard.EvaluateAsync(transit.Segment!).ToListAsync();
Console.WriteLine($"    \"18-30 in Laval who care about transit\": {(transit.Allowed ? "allowed" : "refused")}, audience {transit.Audience} ({transit.RegisterId}); first ids: {string.Join(", ", selected.Take(3))}");
Console.WriteLine($"      skew test (R32): {(transit.Skew is { Held: true } ? "held for the privacy officer" : "no group over- or under-selected")} (groups compared, in aggregate: {transit.Skew?.Groups.Count})");

// The SMS vendor receives what delivering an SMS needs, and nothing else (R37).
var catalog = await guard.GetCatalogAsync();
var first = await contacts.FindAsync(ContactLookup.ById(selected[0]));
var export = catalog.Minimize(first!, "gotv", Channel.Sms);
Console.WriteLine($"16. Vendor export for {selected[0]}: {{ {string.Join(", ", export.Select(p => $"{p.Key}: {p.Value}"))} }}; family name, birth date, city and interests stay in the CRM.");

// The AI prompt filter: an organizer pastes a canvassing list into an AI assistant (R42).
var model = new PlanningModel();
PromptAuditRecord? audit = null;
var assistant = new ChatClientBuilder(model)
    .UsePersonalDataFilter(o =>
    {
        o.Policy = new PromptPolicy { Action = PromptAction.Pseudonymize };
        o.Audit = record => audit = record;
        // R43: calls reach only a provider on the allowlist, with training on inputs off and a processing contract.
        o.AllowedProviders.Add(new AllowedAiProvider("planning-model", "CA", RetentionDays: 0, TrainsOnInputs: false, ContractReference: "DPA-2026-014"));
    })
    .Build();
var pasted = "Planifie le porte-à-porte de samedi : Élise Tremblay, 1234 rue Saint-Denis, 514 555-0101; Karim Benali, 88 avenue du Parc, app. 3 (karim.benali@exemple.qc.ca). Élise a le diabète, prévoir l'accès.";
var answer = await assistant.GetResponseAsync([new ChatMessage(ChatRole.User, pasted)]);
Console.WriteLine("17. AI prompt filter:");
Console.WriteLine($"    The model received: {model.Received}");
Console.WriteLine($"    Audit (counts only): {string.Join(", ", audit!.Counts.Select(c => $"{c.Key.Name()} {c.Value}"))}; sensitive: {string.Join(", ", audit.Sensitive.Select(x => x.SensitiveName()))}");
Console.WriteLine($"    The organizer reads: {answer.Text}");

// Send records and explanations: the SMS tool reports what it sent; the voter asks "why me?" (R50-R54).
var sentAt = PreviousWeekdayAt(clock.GetCurrentInstant() - Duration.FromHours(1), 15);
var outcomes = await services.GetRequiredService<ISendRecords>().RecordSendsAsync([.. selected.Take(20).Select((id, i) => new SendRecord
{
    MessageId = $"sms-transit-{i:D3}",
    ContactId = id,
    Purpose = "gotv",
    Channel = Channel.Sms,
    Campaign = "Transport collectif",
    SentAt = sentAt + Duration.FromSeconds(i),
    Sender = new SenderIdentity("Équipe Laval-Centre", "Parti exemple", "vieprivee@exemple.qc.ca"),
    SegmentEntryId = transit.RegisterId,
    Fields = ["first_name"],
    Ai = new AiInvolvement { Drafted = true, ReviewedBy = "staff-3", Providers = [new AiProvider("Model Co", "US")] },
})]);
var recorded = outcomes.First(o => o.Stored);
var explanations = services.GetRequiredService<IExplanations>();
var explanation = await explanations.ExplainAsync(recorded.MessageId, "fr-CA");
var whyReply = await services.GetRequiredService<IInboundMessages>().HandleSmsAsync(
    (await contacts.FindAsync(ContactLookup.ById(selected[recorded.Index])))!.Phone!, "POURQUOI");
Console.WriteLine($"18. Send records: {outcomes.Count(o => o.Stored)} recorded, {outcomes.Count(o => o.Status == SendRecordStatus.Blocked)} refused (the gate would have blocked them).");
Console.WriteLine($"    Explanation of {recorded.MessageId} (fr-CA), \"{explanation.Sections[1].Heading}\": {explanation.Sections[1].Text.Split('\n')[0]}");
var whyText = whyReply.Reply ?? "";
Console.WriteLine($"    Reply to POURQUOI ({SmsText.Measure(whyText).Segments} SMS segments): «{whyText}»");
Console.WriteLine("    Web page: dotnet run --project src/ConsentKit.Sample -- serve");

// The privacy officer answers "what do you have on me, and delete it" (R55-R59).
var person = selected[recorded.Index];
var register = services.GetRequiredService<IRequestRegister>();
var access = await register.AddAsync(new NewRequest { Kind = RequestKind.Access, ReceivedAt = clock.GetCurrentInstant(), ReceivedVia = "sms", ContactId = person });
var accessReport = await services.GetRequiredService<IPersonalDataExports>().ExportAsync(person);
var reportPath = Path.Combine(Path.GetTempPath(), $"consentkit-access-{person}.html");
await File.WriteAllTextAsync(reportPath, accessReport.ToHtml("fr"));
created.Add(reportPath);
await register.SetStatusAsync(access.Id, RequestStatus.Answered);
Console.WriteLine($"19. Access request {access.Id} for {person} (due {access.DueDate.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}, {access.Rule}) answered: {reportPath}{(keep ? "" : " (removed at the end of the demo; run with -- --keep to keep it)")}");

var erasureRequest = await register.AddAsync(new NewRequest { Kind = RequestKind.Erasure, ReceivedAt = clock.GetCurrentInstant(), ReceivedVia = "sms", ContactId = person });
var erased = await services.GetRequiredService<IErasure>().EraseAsync(person, new ErasureOptions { RequestedBy = erasureRequest.Id });
await register.SetStatusAsync(erasureRequest.Id, RequestStatus.Answered);
var afterErasure = await ledger.VerifyAsync();
var stillThere = await contacts.FindAsync(ContactLookup.ById(person));
Console.WriteLine($"20. Erased {person}: {erased.Events} events tombstoned, {erased.Suppressions} identifiers suppressed, proof {erased.ErasureId}. Ledger: {(afterErasure.Ok ? "OK" : "FAILED")} — {afterErasure.Message}");

var ok = verification.Ok && found?.ContactId == "qc-0100" && transit.Allowed && !model.Received.Contains("Tremblay", StringComparison.Ordinal)
    && answer.Text.Contains("Élise Tremblay", StringComparison.Ordinal) && selected.Count == transit.Audience
    && !export.ContainsKey("last_name") && !export.ContainsKey("city") && retry.Duplicate && beforeStop.Allowed && !after.Allowed
    && allowed > 0 && allowed < total
    && (await ledger.GetStateAsync("qc-0002", "gotv", Channel.Sms)).Status == ConsentStatus.Withdrawn
    && explanation.Sections.Count == 7 && whyText.Contains("message politique", StringComparison.Ordinal)
    && File.Exists(reportPath) && afterErasure.Ok && afterErasure.ErasedEvents > 0 && stillThere is null;
Console.WriteLine(ok ? "Demo completed." : "Demo found a problem.");
return ok ? 0 : 1;
}
finally
{
    // The demo leaves nothing behind unless asked to (--keep): its store, key, journal and access report are temporary.
    await services.DisposeAsync();
    if (!keep)
    {
        foreach (var file in created)
        {
            File.Delete(file);
        }
    }
}

// The latest Monday-to-Friday 15:00 UTC (10:00 in Montréal) before a moment: when the demo's texts went out.
static Instant PreviousWeekdayAt(Instant before, int hourUtc)
{
    var date = before.InUtc().Date;
    while (date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday || date.At(new LocalTime(hourUtc, 0)).InUtc().ToInstant() > before)
    {
        date = date.PlusDays(-1);
    }

    return date.At(new LocalTime(hourUtc, 0)).InUtc().ToInstant();
}

// The next Monday-to-Friday 15:00 UTC (10:00 in Montréal): a time the CRTC window allows, so the summary shows the other rules.
static Instant NextWeekdayAt(Instant now, int hourUtc)
{
    var date = now.InUtc().Date.PlusDays(1);
    while (date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
    {
        date = date.PlusDays(1);
    }

    return date.At(new LocalTime(hourUtc, 0)).InUtc().ToInstant();
}
