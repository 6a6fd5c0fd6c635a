namespace ConsentKit.Targeting;

/// <summary>Why the guard refuses a segment (stable machine codes).</summary>
public enum TargetingViolationCode
{
    /// <summary>The field is not in the data catalog (R28).</summary>
    UndeclaredField,
    /// <summary>A name, phone, e-mail or id picks out individuals, not a group (R33).</summary>
    IdentifierCriterion,
    /// <summary>The catalog does not allow this purpose to use the field (R37).</summary>
    PurposeNotAllowed,
    /// <summary>The field is a special category (GDPR art. 9; R28, R30).</summary>
    SpecialCategory,
    /// <summary>The field or a value reveals a special category indirectly (R29, R31).</summary>
    Proxy,
    /// <summary>The field or a value signals a vulnerability, such as debt or bereavement (R34).</summary>
    Vulnerability,
    /// <summary>The field's data was not collected from the person: third party, electoral list or inference (R5, R30; TTPA art. 18(1)).</summary>
    IndirectSource,
    /// <summary>The criteria select people under the age threshold (R20).</summary>
    Minors,
    /// <summary>The segment's name or description says it targets a special category (R31).</summary>
    SensitiveIntent,
    /// <summary>Fewer people than the micro-targeting floor (R33).</summary>
    BelowMinimumAudience,
    /// <summary>
    /// The segment uses an inferred field (a score, an AI guess) while profiling is off, as it is on a new installation
    /// until a <see cref="LegalOverride"/> for <c>profiling</c> turns it on (R38; GDPR art. 25(2); QC-PP s.9.1).
    /// </summary>
    ProfilingOff,
    /// <summary>An electoral-list field used for a purpose the law does not allow the list for (R35).</summary>
    ElectoralListPurpose,
    /// <summary>Electoral-list data joined with data bought from a third party, for EU targeting (R35).</summary>
    ElectoralListJoin,
}

/// <summary>One broken rule: code, field, category, the rule cited and a plain sentence in French and English.</summary>
/// <param name="Code">The stable code.</param>
/// <param name="Field">The field concerned, or <c>name</c> or <c>segment</c>; never a value.</param>
/// <param name="Category">The category concerned, when one is.</param>
/// <param name="Rule">The requirement and article, such as <c>R31; GDPR art. 9(1)</c>.</param>
/// <param name="MessageFr">The reason in plain French.</param>
/// <param name="MessageEn">The reason in plain English.</param>
public sealed record TargetingViolation(TargetingViolationCode Code, string Field, DataCategory? Category, string Rule, string MessageFr, string MessageEn)
{
    /// <summary>The sentence in <paramref name="language"/> (<c>fr</c> or <c>en</c>; French for anything starting with fr).</summary>
    public string MessageIn(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? MessageFr : MessageEn;
    }

    /// <summary>
    /// The sentence in the current UI culture's language (French when it is French, English otherwise), so that
    /// <c>$"{reason.Message}"</c> prints a sentence.
    /// </summary>
    public string Message => MessageIn(System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    /// <summary>The code and the sentence, for logs a person reads.</summary>
    public override string ToString() => $"{Code}: {Message}";
}

/// <summary>
/// The guard's answer: allowed (with <see cref="Segment"/> to evaluate) or refused with every violation. Recorded in the
/// targeting register either way.
/// </summary>
public sealed class TargetingDecision
{
    internal TargetingDecision(IReadOnlyList<TargetingViolation> violations, long? audience, string registerId, ApprovedSegment? segment, SkewReport? skew = null)
    {
        Violations = violations;
        Audience = audience;
        RegisterId = registerId;
        Segment = segment;
        Skew = skew;
    }

    /// <summary>
    /// The pre-approval skew test of an allowed, counted segment (R32); when <see cref="SkewReport.Held"/>, the segment waits
    /// for the privacy officer's release before it can be evaluated. Null when the segment was refused or not counted.
    /// </summary>
    public SkewReport? Skew { get; }

    /// <summary>True when no rule is broken.</summary>
    public bool Allowed => Violations.Count == 0;

    /// <summary>Every broken rule, in the order of the criteria.</summary>
    public IReadOnlyList<TargetingViolation> Violations { get; }

    /// <summary>The number of people the segment reaches, when it was counted.</summary>
    public long? Audience { get; }

    /// <summary>The id of the targeting-register entry that records this decision.</summary>
    public string RegisterId { get; }

    /// <summary>The segment, approved for evaluation; null when refused, so a refused segment cannot be evaluated.</summary>
    public ApprovedSegment? Segment { get; }
}

/// <summary>
/// A segment the guard allowed for one purpose in one organisation: the only thing
/// <see cref="ITargetingGuard.EvaluateAsync"/> accepts. It cannot be built outside ConsentKit.
/// </summary>
public sealed class ApprovedSegment
{
    internal ApprovedSegment(SegmentDefinition definition, string purpose, string organisationId, string registerId, TargetingRules rules, IReadOnlyList<string> requiredConsents)
    {
        Definition = definition;
        Purpose = purpose;
        OrganisationId = organisationId;
        RegisterId = registerId;
        Rules = rules;
        RequiredConsents = requiredConsents;
    }

    /// <summary>The segment.</summary>
    public SegmentDefinition Definition { get; }

    /// <summary>The purpose it was approved for.</summary>
    public string Purpose { get; }

    /// <summary>The organisation whose contacts it selects.</summary>
    public string OrganisationId { get; }

    /// <summary>The targeting-register entry of its approval.</summary>
    public string RegisterId { get; }

    /// <summary>The rules it was checked under.</summary>
    public TargetingRules Rules { get; }

    /// <summary>
    /// Wire names of the consents a person must hold to be selected: <c>ai-profiling</c> when an inferred field is used
    /// (R29), <c>explicit:PURPOSE</c> when broker data is used where the rules demand explicit consent (R5).
    /// </summary>
    public IReadOnlyList<string> RequiredConsents { get; }
}
