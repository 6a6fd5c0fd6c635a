namespace ConsentKit;

/// <summary>
/// A recorded decision to loosen a legal default of the jurisdiction profile. Logged at start with its approver; without
/// one, options that loosen a default are refused when the host starts.
/// </summary>
/// <param name="Setting">What is loosened, such as <c>frequency-cap</c>.</param>
/// <param name="Reason">Why, in plain words.</param>
/// <param name="ApprovedBy">Who approved it (a role, not a person's name, such as <c>DPO</c>).</param>
public sealed record LegalOverride(string Setting, string Reason, string ApprovedBy)
{
    /// <summary>Turns profiling on: segments may use inferred fields, for people who agreed to <c>ai-profiling</c> (R38, R29).</summary>
    public const string Profiling = "profiling";

    /// <summary>Turns sharing on: an organisation may declare sharing contacts with another (R38).</summary>
    public const string Sharing = "sharing";

    /// <summary>Turns the pre-approval skew test of segments off (R32): segments are no longer held for review when a group is over- or under-selected.</summary>
    public const string SkewTest = "skew-test";

    /// <summary>Allows a retention period longer than the profile's (<see cref="ConsentKitOptions.InactiveContactRetention"/>; R38, R39).</summary>
    public const string Retention = "retention";
}
