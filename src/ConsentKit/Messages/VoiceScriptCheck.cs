using ConsentKit.Jurisdictions;
using ConsentKit.Prompts;
using PhoneNumbers;

namespace ConsentKit.Messages;

/// <summary>One thing a call script lacks (R14, R27): a stable code and a plain reason in French and English.</summary>
/// <param name="Code"><c>identification-missing</c> or <c>callback-missing</c>.</param>
/// <param name="MessageFr">The reason in French.</param>
/// <param name="MessageEn">The reason in English.</param>
public sealed record VoiceScriptFinding(string Code, string MessageFr, string MessageEn);

/// <summary>The verdict on a call script: what it lacks, and the rule.</summary>
/// <param name="Findings">What the script lacks; empty when it may be used.</param>
/// <param name="Rule">The rule it rests on.</param>
public sealed record VoiceScriptVerdict(IReadOnlyList<VoiceScriptFinding> Findings, string Rule)
{
    /// <summary>Whether the script identifies the caller at the start and gives a number to call back.</summary>
    public bool Ok => Findings.Count == 0;
}

/// <summary>
/// Checks a voice or automated call's script against the CRTC Unsolicited Telecommunications Rules (R14, R27): the call
/// says at its start on whose behalf it is made, and gives a telephone number at which that organisation can be reached.
/// A profile without <see cref="JurisdictionProfile.VoiceCalls"/> (France) has no such rule: every script passes.
/// </summary>
public static class VoiceScriptCheck
{
    // "At the start of the call": the opening a listener hears before deciding to hang up.
    private const int Opening = 200;

    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    /// <summary>Checks <paramref name="script"/> for the organisation named <paramref name="organisation"/> (its public name).</summary>
    public static VoiceScriptVerdict Check(string script, string organisation, Jurisdiction jurisdiction)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentException.ThrowIfNullOrWhiteSpace(organisation);
        if (JurisdictionProfile.For(jurisdiction).VoiceCalls is not { } rules)
        {
            return new([], "R24 (no call script rule in this profile)");
        }

        var findings = new List<VoiceScriptFinding>();
        var opening = NameLists.FoldWord(script.AsSpan(0, Math.Min(script.Length, Opening)));
        if (!opening.Contains(NameLists.FoldWord(organisation.Trim()), StringComparison.Ordinal))
        {
            findings.Add(new("identification-missing",
                $"Le script ne dit pas dès le début au nom de qui l'appel est fait : nommez « {organisation} » dans les {Opening} premiers caractères.",
                $"The script does not say at its start on whose behalf the call is made: name \"{organisation}\" within its first {Opening} characters."));
        }

        if (!Phones.FindNumbers(script, "CA").Any())
        {
            findings.Add(new("callback-missing",
                "Le script ne donne aucun numéro de téléphone où joindre l'organisation.",
                "The script gives no telephone number at which the organisation can be reached."));
        }

        return new(findings, rules.Source);
    }
}
