namespace ConsentKit;

/// <summary>
/// A recorded decision to loosen a legal default of the jurisdiction profile. Logged at start with its approver; without
/// one, options that loosen a default are refused when the host starts.
/// </summary>
/// <param name="Setting">What is loosened, such as <c>frequency-cap</c>.</param>
/// <param name="Reason">Why, in plain words.</param>
/// <param name="ApprovedBy">Who approved it (a role, not a person's name, such as <c>DPO</c>).</param>
public sealed record LegalOverride(string Setting, string Reason, string ApprovedBy);
