using System.Text.Json;
using ConsentKit.Hosting;
using ConsentKit.Jurisdictions;
using ConsentKit.Requests;
using ConsentKit.Storage;
using NodaTime;

namespace ConsentKit.Incidents;

/// <summary>What happened (R64).</summary>
public enum IncidentKind
{
    /// <summary>Personal data reached an AI model. Wire name <c>ai_prompt_leak</c>.</summary>
    AiPromptLeak,
    /// <summary>A vendor misused data. Wire name <c>vendor_misuse</c>.</summary>
    VendorMisuse,
    /// <summary>A volunteer's device was lost or stolen. Wire name <c>lost_device</c>.</summary>
    LostDevice,
    /// <summary>A bulk send went to the wrong people. Wire name <c>misdirected_send</c>.</summary>
    MisdirectedSend,
    /// <summary>Impersonation, deepfake or disinformation. Wire name <c>integrity</c>.</summary>
    Integrity,
    /// <summary>Unauthorized access, use or disclosure of another kind. Wire name <c>other</c>.</summary>
    Other,
    /// <summary>Someone posed as the organisation or one of its people (a fake account, a spoofed sender). Wire name <c>impersonation</c>.</summary>
    Impersonation,
    /// <summary>A synthetic image, voice or video of a real person attributed to the organisation or aimed at it. Wire name <c>deepfake</c>.</summary>
    Deepfake,
    /// <summary>A coordinated disinformation campaign about the organisation, its candidates or the vote. Wire name <c>disinformation</c>.</summary>
    Disinformation,
    /// <summary>The consent register's integrity check failed: a row was changed outside ConsentKit (opened by <c>verify --record-incident</c>). Wire name <c>tampering</c>.</summary>
    Tampering,
}

/// <summary>The wire names of incident kinds.</summary>
public static class IncidentNames
{
    /// <summary>
    /// The wire name: <c>ai_prompt_leak</c>, <c>vendor_misuse</c>, <c>lost_device</c>, <c>misdirected_send</c>, <c>integrity</c>,
    /// <c>other</c>, <c>impersonation</c>, <c>deepfake</c>, <c>disinformation</c>, <c>tampering</c>.
    /// </summary>
    public static string Name(this IncidentKind kind) => kind switch
    {
        IncidentKind.AiPromptLeak => "ai_prompt_leak",
        IncidentKind.VendorMisuse => "vendor_misuse",
        IncidentKind.LostDevice => "lost_device",
        IncidentKind.MisdirectedSend => "misdirected_send",
        IncidentKind.Integrity => "integrity",
        IncidentKind.Impersonation => "impersonation",
        IncidentKind.Deepfake => "deepfake",
        IncidentKind.Disinformation => "disinformation",
        IncidentKind.Tampering => "tampering",
        _ => "other",
    };

    /// <summary>Every wire name, in declaration order, as the CLI and errors list them.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Enum.GetValues<IncidentKind>().Select(k => k.Name())];
}

/// <summary>A level in the risk-of-serious-injury assessment (QC-INC; GDPR art. 33-34).</summary>
public enum RiskLevel
{
    /// <summary>Low. Wire name <c>low</c>.</summary>
    Low,
    /// <summary>Medium. Wire name <c>medium</c>.</summary>
    Medium,
    /// <summary>High. Wire name <c>high</c>.</summary>
    High,
}

/// <summary>An incident to record (R62).</summary>
public sealed record NewIncident
{
    /// <summary>What happened.</summary>
    public required IncidentKind Kind { get; init; }

    /// <summary>When it began.</summary>
    public required Instant OccurredFrom { get; init; }

    /// <summary>When it ended, when known.</summary>
    public Instant? OccurredTo { get; init; }

    /// <summary>When the organisation became aware of it: the clocks start here.</summary>
    public required Instant AwareAt { get; init; }

    /// <summary>The circumstances, in words; describe, do not copy the data involved.</summary>
    public required string Circumstances { get; init; }

    /// <summary>The categories of information involved (data-catalog categories such as <c>contact</c>, <c>health</c>).</summary>
    public required IReadOnlyList<string> Categories { get; init; }

    /// <summary>How many persons are concerned.</summary>
    public required long Persons { get; init; }

    /// <summary>How sensitive the information is.</summary>
    public required RiskLevel Sensitivity { get; init; }

    /// <summary>How likely a misuse is.</summary>
    public required RiskLevel Likelihood { get; init; }

    /// <summary>The measures taken to reduce the risk.</summary>
    public string? Mitigation { get; init; }

    /// <summary>The organisation; the default one when null.</summary>
    public string? OrganisationId { get; init; }
}

/// <summary>An incident in the register, with its clocks (R62, R63).</summary>
/// <param name="Id">The incident id.</param>
/// <param name="Kind">What happened.</param>
/// <param name="AwareAt">When the organisation became aware of it.</param>
/// <param name="Persons">How many persons are concerned.</param>
/// <param name="Categories">The categories of information involved.</param>
/// <param name="SeriousInjuryRisk">The assessment: a risk of serious injury (Québec) or a risk that is not unlikely (GDPR) when sensitivity and likelihood are not both low.</param>
/// <param name="AuthorityNoticeDue">When the authority must have been told (GDPR: awareness + 72 hours); null where the law says "promptly" or no notice is due.</param>
/// <param name="AuthorityNotifiedAt">When the authority was told.</param>
/// <param name="PersonsNotifiedAt">When the persons were told.</param>
/// <param name="PublicNotifiedAt">When the public was told.</param>
/// <param name="KeepUntil">When the entry may leave the register (5 years after awareness).</param>
/// <param name="Rule">The rules.</param>
public sealed record Incident(string Id, IncidentKind Kind, Instant AwareAt, long Persons, IReadOnlyList<string> Categories, bool SeriousInjuryRisk,
    Instant? AuthorityNoticeDue, Instant? AuthorityNotifiedAt, Instant? PersonsNotifiedAt, Instant? PublicNotifiedAt, Instant KeepUntil, string Rule)
{
    /// <summary>Who recorded the incident (<see cref="ConsentKitOptions.Actor"/>); null for entries recorded before actors were.</summary>
    public string? RecordedBy { get; init; }

    /// <summary>
    /// The platforms the incident was reported to (R64: a fake account, a deepfake or a disinformation campaign is escalated to
    /// the platform that carries it), each with when; oldest first.
    /// </summary>
    public IReadOnlyList<PlatformReport> PlatformReports { get; init; } = [];

    /// <summary>The circumstances as recorded.</summary>
    public string Circumstances { get; init; } = "";

    /// <summary>Whether the authority must be told and has not been, past the deadline (or at once where the law says "promptly").</summary>
    public bool AuthorityNoticeOverdue(Instant now) => SeriousInjuryRisk && AuthorityNotifiedAt is null && (AuthorityNoticeDue is not { } due || now >= due);
}

/// <summary>An escalation of an incident to a platform (R64).</summary>
/// <param name="Platform">The platform, such as <c>Meta</c>, <c>TikTok</c> or a carrier.</param>
/// <param name="At">When it was reported.</param>
public sealed record PlatformReport(string Platform, Instant At);

/// <summary>Who was told about an incident.</summary>
public enum NoticeRecipient
{
    /// <summary>The authority (CAI, CNIL, OPC).</summary>
    Authority,
    /// <summary>The persons concerned.</summary>
    Persons,
    /// <summary>The public.</summary>
    Public,
}

/// <summary>The register of confidentiality incidents, including those with no risk (R62-R65).</summary>
public interface IIncidentRegister
{
    /// <summary>Records an incident and assesses the risk of serious injury.</summary>
    Task<Incident> AddAsync(NewIncident incident, CancellationToken cancellationToken = default);

    /// <summary>Records when the authority, the persons or the public were told.</summary>
    Task<Incident> RecordNoticeAsync(string incidentId, NoticeRecipient recipient, Instant at, CancellationToken cancellationToken = default);

    /// <summary>Records that the incident was reported to a platform (R64); reporting to the same platform again keeps the first date.</summary>
    Task<Incident> RecordPlatformReportAsync(string incidentId, string platform, Instant at, CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens a <see cref="IncidentKind.Tampering"/> incident for a failed verification (R64; <c>verify --record-incident</c>):
    /// the circumstances name the table, row or event and the reason (ids only), aware now, high sensitivity. A second call
    /// for the same finding returns the incident already open. Null when <paramref name="verification"/> is ok.
    /// </summary>
    Task<Incident?> RecordIntegrityFailureAsync(Consent.LedgerVerification verification, CancellationToken cancellationToken = default);

    /// <summary>Every incident still in the register, oldest awareness first.</summary>
    Task<IReadOnlyList<Incident>> ListAsync(string? organisationId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// One incident as the jurisdiction's authority asks for it on notification (R65): the CAI's fields, the CNIL's or the
    /// Privacy Commissioner's, in the form's order, with what the register holds and null where it holds nothing.
    /// <paramref name="contact"/> is the person the authority may reach (the person in charge or the DPO).
    /// </summary>
    Task<AuthorityNotice> ExportForAuthorityAsync(string incidentId, string contact, CancellationToken cancellationToken = default);
}

internal sealed class IncidentRegister(ConsentKitRuntime runtime) : IIncidentRegister
{
    public async Task<Incident> AddAsync(NewIncident incident, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var env = await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var now = runtime.Clock.GetCurrentInstant();
        var errors = new List<ValidationError>();
        if (!Enum.IsDefined(incident.Kind))
        {
            errors.Add(new("kind", "kind.unknown", $"kind must be {string.Join('|', IncidentNames.All)}."));
        }

        if (incident.AwareAt > now + runtime.Options.FutureTolerance || incident.OccurredFrom > incident.AwareAt || (incident.OccurredTo is { } to && to < incident.OccurredFrom))
        {
            errors.Add(new("aware_at", "incident.dates", "the incident must begin before awareness, end after it began, and awareness must not lie in the future."));
        }

        if (string.IsNullOrWhiteSpace(incident.Circumstances) || incident.Circumstances.Length > 4000)
        {
            errors.Add(new("circumstances", "circumstances.required", "circumstances are required (at most 4,000 characters)."));
        }

        if (incident.Categories is null || incident.Categories.Count == 0 || incident.Categories.Any(c => !Targeting.DataCategories.TryParseCategory(c, out _)))
        {
            errors.Add(new("categories", "categories.unknown", "categories must list data-catalog categories, such as contact or health."));
        }

        if (incident.Persons < 0)
        {
            errors.Add(new("persons", "persons.range", "persons must be zero or more."));
        }

        if (!Enum.IsDefined(incident.Sensitivity) || !Enum.IsDefined(incident.Likelihood))
        {
            errors.Add(new("sensitivity", "risk.unknown", "sensitivity and likelihood must be low|medium|high."));
        }

        if (errors.Count > 0)
        {
            throw new ConsentKitValidationException(errors);
        }

        var rules = env.Profile.Incidents;
        var row = new IncidentRow
        {
            IncidentId = SortableId.New("inc-"),
            OrgId = runtime.Organisation(incident.OrganisationId),
            RecordedAt = now.ToUnixTimeTicks(),
            Kind = Name(incident.Kind),
            OccurredFrom = incident.OccurredFrom.ToUnixTimeTicks(),
            OccurredTo = incident.OccurredTo?.ToUnixTimeTicks(),
            AwareAt = incident.AwareAt.ToUnixTimeTicks(),
            Circumstances = incident.Circumstances,
            Categories = StoredJson.Strings(incident.Categories!),
            Persons = incident.Persons,
            Sensitivity = incident.Sensitivity.ToString().ToLowerInvariant(),
            Likelihood = incident.Likelihood.ToString().ToLowerInvariant(),
            // Sensitive categories count as high sensitivity whatever was entered: health, religion or political opinion exposed is serious.
            SeriousInjury = Serious(incident),
            Mitigation = incident.Mitigation,
            KeepUntil = incident.AwareAt.InUtc().LocalDateTime.Plus(rules.Keep).InUtc().ToInstant().ToUnixTimeTicks(),
            RecordedBy = runtime.Actor,
        };
        await using var session = await runtime.Store.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        await session.UpsertIncidentAsync(row).ConfigureAwait(false);
        await DpoAuditTrail.RecordAsync(session, runtime, row.OrgId, "incident:recorded:" + row.Kind, row.IncidentId).ConfigureAwait(false);
        await session.CommitAsync().ConfigureAwait(false);
        return ToIncident(row, env.Profile);
    }

    public async Task<Incident> RecordNoticeAsync(string incidentId, NoticeRecipient recipient, Instant at, CancellationToken cancellationToken = default)
    {
        var env = await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        await using var session = await runtime.Store.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        var row = await session.GetIncidentAsync(incidentId ?? "").ConfigureAwait(false)
            ?? throw new ConsentKitValidationException([new("incident", "incident.unknown", "no incident has this id.")]);
        if (at.ToUnixTimeTicks() < row.AwareAt || at > runtime.Clock.GetCurrentInstant() + runtime.Options.FutureTolerance)
        {
            throw new ConsentKitValidationException([new("at", "notice.date", "a notice is dated between awareness and now.")]);
        }

        switch (recipient)
        {
            case NoticeRecipient.Authority:
                row.AuthorityNotifiedAt = at.ToUnixTimeTicks();
                break;
            case NoticeRecipient.Persons:
                row.PersonsNotifiedAt = at.ToUnixTimeTicks();
                break;
            default:
                row.PublicNotifiedAt = at.ToUnixTimeTicks();
                break;
        }

        await session.UpsertIncidentAsync(row).ConfigureAwait(false);
        await DpoAuditTrail.RecordAsync(session, runtime, row.OrgId, "incident:notice:" + recipient.ToString().ToLowerInvariant(), row.IncidentId).ConfigureAwait(false);
        await session.CommitAsync().ConfigureAwait(false);
        return ToIncident(row, env.Profile);
    }

    public async Task<Incident> RecordPlatformReportAsync(string incidentId, string platform, Instant at, CancellationToken cancellationToken = default)
    {
        var env = await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(platform) || platform.Trim().Length > 100)
        {
            throw new ConsentKitValidationException([new("platform", "platform.required", "platform must name the platform reported to (1-100 characters).")]);
        }

        await using var session = await runtime.Store.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        var row = await session.GetIncidentAsync(incidentId ?? "").ConfigureAwait(false)
            ?? throw new ConsentKitValidationException([new("incident", "incident.unknown", "no incident has this id.")]);
        if (at.ToUnixTimeTicks() < row.AwareAt || at > runtime.Clock.GetCurrentInstant() + runtime.Options.FutureTolerance)
        {
            throw new ConsentKitValidationException([new("at", "notice.date", "a notice is dated between awareness and now.")]);
        }

        var reports = Reports(row).ToList();
        if (!reports.Any(r => r.Platform == platform.Trim()))
        {
            reports.Add(new(platform.Trim(), at));
            row.PlatformReports = StoredJson.Strings(reports.OrderBy(r => r.At).Select(r => $"{r.At.ToUnixTimeTicks()}|{r.Platform}"));
            await session.UpsertIncidentAsync(row).ConfigureAwait(false);
            await DpoAuditTrail.RecordAsync(session, runtime, row.OrgId, "incident:platform-report", row.IncidentId).ConfigureAwait(false);
            await session.CommitAsync().ConfigureAwait(false);
        }

        return ToIncident(row, env.Profile);
    }

    public async Task<Incident?> RecordIntegrityFailureAsync(Consent.LedgerVerification verification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(verification);
        if (verification.Ok)
        {
            return null;
        }

        var circumstances = verification.Table is { } table
            ? $"verify: {verification.Reason} in table {table}, row {verification.Row}. Persons concerned: at least one, not yet assessed."
            : $"verify: {verification.Reason} at ledger event {verification.FirstBadEvent ?? "-"}. Persons concerned: at least one, not yet assessed.";
        var open = (await ListAsync(null, cancellationToken).ConfigureAwait(false)).FirstOrDefault(i => i.Kind == IncidentKind.Tampering && i.Circumstances == circumstances);
        if (open is not null)
        {
            return open;
        }

        var now = runtime.Clock.GetCurrentInstant();
        return await AddAsync(new NewIncident
        {
            // A party's consent register reveals political opinion (who agreed to hear from whom): at least the row's person.
            Kind = IncidentKind.Tampering, OccurredFrom = now, AwareAt = now, Circumstances = circumstances, Categories = ["contact", "political_opinion"],
            Persons = 1, Sensitivity = RiskLevel.High, Likelihood = RiskLevel.Medium,
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Incident>> ListAsync(string? organisationId = null, CancellationToken cancellationToken = default)
    {
        var env = await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        return [.. (await runtime.Store.GetIncidentsAsync(runtime.Organisation(organisationId), cancellationToken).ConfigureAwait(false)).Select(r => ToIncident(r, env.Profile))];
    }

    public async Task<AuthorityNotice> ExportForAuthorityAsync(string incidentId, string contact, CancellationToken cancellationToken = default)
    {
        var env = await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(contact) || contact.Length > 300)
        {
            throw new ConsentKitValidationException([new("contact", "contact.required", "contact names who the authority may reach (at most 300 characters).")]);
        }

        await using var session = await runtime.Store.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        var row = await session.GetIncidentAsync(incidentId ?? "").ConfigureAwait(false)
            ?? throw new ConsentKitValidationException([new("incident", "incident.unknown", "no incident has this id.")]);
        var organisation = await runtime.PublicNameAsync(row.OrgId, cancellationToken).ConfigureAwait(false) ?? row.OrgId;
        var notice = AuthorityNotice.Build(row, organisation, contact, env.Profile);
        await DpoAuditTrail.RecordAsync(session, runtime, row.OrgId, "incident:exported", row.IncidentId).ConfigureAwait(false);
        await session.CommitAsync().ConfigureAwait(false);
        return notice;
    }

    private static string Name(IncidentKind kind) => kind.Name();

    private static bool Serious(NewIncident i)
    {
        var sensitive = i.Categories.Any(c => c is "health" or "religion" or "political_opinion" or "ethnic_origin" or "sexual_orientation" or "trade_union" or "biometric" or "genetic" or "criminal");
        var sensitivity = sensitive ? RiskLevel.High : i.Sensitivity;
        return !(sensitivity == RiskLevel.Low && i.Likelihood == RiskLevel.Low) && i.Persons > 0;
    }

    private static Incident ToIncident(IncidentRow r, JurisdictionProfile profile)
    {
        var aware = Instant.FromUnixTimeTicks(r.AwareAt);
        static Instant? At(long? ticks) => ticks is { } t ? Instant.FromUnixTimeTicks(t) : null;
        return new Incident(r.IncidentId, Enum.GetValues<IncidentKind>().First(k => Name(k) == r.Kind), aware, r.Persons,
            StoredJson.ParseStrings(r.Categories), r.SeriousInjury,
            r.SeriousInjury && profile.Incidents.AuthorityNotice is { } notice ? aware + notice : null,
            At(r.AuthorityNotifiedAt), At(r.PersonsNotifiedAt), At(r.PublicNotifiedAt), Instant.FromUnixTimeTicks(r.KeepUntil), profile.Incidents.Source)
        {
            RecordedBy = r.RecordedBy, PlatformReports = Reports(r), Circumstances = r.Circumstances,
        };
    }

    // Stored as "ticks|platform" strings, oldest first.
    private static IReadOnlyList<PlatformReport> Reports(IncidentRow r) => r.PlatformReports is null ? []
        : [.. StoredJson.ParseStrings(r.PlatformReports).Select(s => s.Split('|', 2)).Select(p => new PlatformReport(p[1], Instant.FromUnixTimeTicks(long.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture))))];
}
