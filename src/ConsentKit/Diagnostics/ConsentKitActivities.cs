using System.Diagnostics;

using ConsentKit.Gate;

namespace ConsentKit.Diagnostics;

/// <summary>
/// The spans ConsentKit emits on its <see cref="ActivitySource"/> named <c>ConsentKit</c>: gate decisions, ledger appends,
/// imports, prompt scans and inbound messages. Tags carry codes, ids of organisations and counts only: never a contact's
/// name, number, address or id, never a text.
/// </summary>
internal static class ConsentKitActivities
{
    public static ActivitySource Source => ConsentKitActivitySource.Instance;

    public static void Decision(Activity? activity, GateDecision decision)
    {
        if (activity is null)
        {
            return;
        }

        activity.SetTag("consentkit.purpose", decision.Purpose);
        activity.SetTag("consentkit.channel", decision.Channel.Name());
        activity.SetTag("consentkit.allowed", decision.Allowed);
        if (!decision.Allowed)
        {
            activity.SetTag("consentkit.reasons", string.Join(',', decision.Reasons.Select(r => r.Code.ToString())));
        }
    }
}
