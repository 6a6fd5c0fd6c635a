namespace ConsentKit.Targeting;

/// <summary>How <see cref="ITargetingGuard.ValidateAsync"/> checks a segment.</summary>
public sealed record SegmentCheckOptions
{
    /// <summary>
    /// Also count the audience and apply the micro-targeting floor (R33). Only a counted, allowed segment can be evaluated;
    /// without counting the decision covers the definition rules only. Default true.
    /// </summary>
    public bool Count { get; init; } = true;

    /// <summary>The rules to check under (<see cref="TargetingRules.For"/>); the store's jurisdiction when null.</summary>
    public TargetingRules? Rules { get; init; }

    /// <summary>The organisation whose contacts the segment selects; the default organisation when null.</summary>
    public string? OrganisationId { get; init; }

    /// <summary>Who asked (a staff id, not a name), recorded in the targeting register.</summary>
    public string? RequestedBy { get; init; }
}

/// <summary>One targeting-register entry (R67): a decision, with no personal data.</summary>
/// <param name="Id">The entry id, such as <c>seg-...</c>.</param>
/// <param name="OrganisationId">The organisation.</param>
/// <param name="RecordedAt">When the decision was made.</param>
/// <param name="RequestedBy">Who asked, when given.</param>
/// <param name="Purpose">The purpose.</param>
/// <param name="Rules">The rules' wire name (<c>qc|ca|fr|eu</c>).</param>
/// <param name="Segment">The segment definition as canonical JSON.</param>
/// <param name="SegmentSha256">Its SHA-256, lower-case hex.</param>
/// <param name="Fields">The catalog fields the criteria use, with category and source.</param>
/// <param name="Audience">The audience counted, when counted.</param>
/// <param name="Allowed">The verdict.</param>
/// <param name="ViolationCodes">The codes of the broken rules.</param>
public sealed record TargetingRegisterEntry(
    string Id, string OrganisationId, NodaTime.Instant RecordedAt, string? RequestedBy, string Purpose, string Rules, string Segment,
    string SegmentSha256, IReadOnlyList<FieldDefinition> Fields, long? Audience, bool Allowed, IReadOnlyList<string> ViolationCodes);

/// <summary>A catalog lint finding (<c>consentkit catalog lint</c>).</summary>
/// <param name="Code">A stable code: <c>field.undeclared</c>, <c>field.sensitive-open-to-targeting</c>, <c>field.likely-proxy</c> or <c>field.unknown-purpose</c>.</param>
/// <param name="Field">The field.</param>
/// <param name="Message">A plain English sentence.</param>
public sealed record CatalogFinding(string Code, string Field, string Message);

/// <summary>
/// The targeting guard (R28-R35, R37, R67): checks segments against the data catalog and the jurisdiction's rules, records
/// every decision in the targeting register, and evaluates only approved segments. Sensitive attributes and their proxies
/// never drive a segment.
/// </summary>
public interface ITargetingGuard
{
    /// <summary>
    /// Checks a segment for a purpose and records the decision. Refused with every violation (code, field, category, rule,
    /// fr and en sentence), or allowed; when counted and allowed, <see cref="TargetingDecision.Segment"/> can be evaluated.
    /// </summary>
    /// <exception cref="ConsentKitValidationException">The purpose or organisation is unknown.</exception>
    Task<TargetingDecision> ValidateAsync(SegmentDefinition segment, string purpose, SegmentCheckOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Streams the ids of the contacts an approved segment selects, in id order, leaving out minors (R20) and, where the rules
    /// require, people without the needed consent. Fails before the first id if the audience fell under the floor since approval, or while the segment is held for
    /// review by its skew test (R32, <c>targeting.held-for-review</c>).
    /// </summary>
    IAsyncEnumerable<string> EvaluateAsync(ApprovedSegment segment, CancellationToken cancellationToken = default);

    /// <summary>
    /// Releases a segment its skew test held (R32): the privacy officer's rationale and name are stored with the hold's
    /// aggregates, and the segment may then be evaluated. Releasing a released segment changes nothing.
    /// </summary>
    /// <exception cref="ConsentKitValidationException">No hold for <paramref name="registerId"/>, or an empty rationale.</exception>
    Task<SkewRelease> ReleaseHoldAsync(string registerId, string rationale, string approvedBy, CancellationToken cancellationToken = default);

    /// <summary>The data catalog in force: the built-in fields, the declarations imported into the store and the options'.</summary>
    Task<DataCatalog> GetCatalogAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds or replaces (by name) field declarations in the store, in one transaction; returns the catalog in force.</summary>
    /// <exception cref="ConsentKitValidationException">A field names a purpose the catalog of purposes does not have.</exception>
    Task<DataCatalog> ImportCatalogAsync(DataCatalog declarations, CancellationToken cancellationToken = default);

    /// <summary>The targeting-register entries of an organisation (the default when null) recorded in [since, until).</summary>
    Task<IReadOnlyList<TargetingRegisterEntry>> GetRegisterAsync(NodaTime.Instant since, NodaTime.Instant until, string? organisationId = null, CancellationToken cancellationToken = default);
}
