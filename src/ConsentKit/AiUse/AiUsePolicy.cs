using ConsentKit.Explanations;
using ConsentKit.Gate;

namespace ConsentKit.AiUse;

/// <summary>What AI may be used for (R44-R47).</summary>
public enum AiUseKind
{
    /// <summary>Drafting text.</summary>
    Drafting,
    /// <summary>Translating text.</summary>
    Translation,
    /// <summary>Targeting or scoring people.</summary>
    Targeting,
    /// <summary>A chatbot answering people.</summary>
    Chatbot,
    /// <summary>Generating images.</summary>
    Images,
    /// <summary>Generating audio.</summary>
    Audio,
    /// <summary>Generating video.</summary>
    Video,
}

/// <summary>An AI provider the organisation has a contract with (R43).</summary>
/// <param name="Name">The provider, as send records name it.</param>
/// <param name="Country">ISO 3166-1 alpha-2 country where it processes data.</param>
/// <param name="DataSent">What is sent to it, in words (no personal data, by the prompt filter).</param>
/// <param name="ContractReference">The processing contract's reference.</param>
public sealed record RegisteredAiProvider(string Name, string Country, string DataSent, string ContractReference)
{
    /// <summary>
    /// The privacy impact assessment or transfer tool (standard contractual clauses, adequacy) recorded for a provider that
    /// processes data outside the jurisdiction's home countries (R41; QC-PP s.17; GDPR ch. V). Required for such a provider:
    /// options validation refuses to start without it.
    /// </summary>
    public string? TransferAssessment { get; init; }
}

/// <summary>
/// An organisation's AI-use policy, with the seeds' commitments on by default (seeds 000-002; R44-R48): a person reviews
/// every AI draft before it is sent; no synthetic image, voice or video of a real person; no fake accounts; audio and video
/// generation off until the organisation allows them.
/// </summary>
public sealed class AiUsePolicy
{
    /// <summary>The uses allowed (default: drafting, translation, targeting with human approval, chatbots, images).</summary>
    public ISet<AiUseKind> AllowedUses { get; } = new HashSet<AiUseKind> { AiUseKind.Drafting, AiUseKind.Translation, AiUseKind.Targeting, AiUseKind.Chatbot, AiUseKind.Images };

    /// <summary>Whether a person must review an AI draft before it is sent (default true; R44, R45).</summary>
    public bool RequireHumanReview { get; set; } = true;

    /// <summary>The providers the organisation has contracts with (R43).</summary>
    public IList<RegisteredAiProvider> Providers { get; } = [];

    /// <summary>Whether a send naming a provider missing from <see cref="Providers"/> is blocked (default false: recorded and flagged).</summary>
    public bool BlockUnregisteredProviders { get; set; }

    /// <summary>
    /// The reasons this policy blocks a message with <paramref name="ai"/> (empty when allowed): <c>AiReviewMissing</c> for an
    /// unreviewed draft, <c>AiUseForbidden</c> for a use the policy does not allow or an unregistered provider when those
    /// are blocked.
    /// </summary>
    public IReadOnlyList<GateReason> Check(AiInvolvement ai)
    {
        ArgumentNullException.ThrowIfNull(ai);
        var reasons = new List<GateReason>();
        if (ai.Drafted && RequireHumanReview && string.IsNullOrWhiteSpace(ai.ReviewedBy))
        {
            reasons.Add(new(GateReasonCode.AiReviewMissing,
                "Ce message a été rédigé par l'IA et personne ne l'a relu. Une personne doit le relire avant l'envoi.",
                "This message was drafted by AI and nobody reviewed it. A person must review it before it is sent.",
                "R44, R45; seed 002; AI Act art. 50(4)"));
        }

        if (ai.DepictsRealPerson && ai.OtherUses.Any(u => u is AiUseKind.Images or AiUseKind.Audio or AiUseKind.Video))
        {
            reasons.Add(new(GateReasonCode.AiUseForbidden,
                "Une image, une voix ou une vidéo d'une personne réelle créée par l'IA ne peut jamais être envoyée.",
                "An AI-made image, voice or video of a real person can never be sent.",
                "R47; seeds 000, 002; AI Act art. 50(4)"));
            return reasons;
        }

        var forbidden = (ai.Drafted && !AllowedUses.Contains(AiUseKind.Drafting)) || (ai.Targeting && !AllowedUses.Contains(AiUseKind.Targeting))
            || ai.OtherUses.Any(u => !AllowedUses.Contains(u)) || (BlockUnregisteredProviders && UnregisteredProviders(ai).Count > 0);
        if (forbidden)
        {
            reasons.Add(new(GateReasonCode.AiUseForbidden,
                "Cet usage de l'IA n'est pas permis par la politique de l'organisation.",
                "This use of AI is not allowed by the organisation's policy.",
                "R43, R44; the organisation's AI-use policy"));
        }

        return reasons;
    }

    /// <summary>The providers <paramref name="ai"/> names that are not in the registry.</summary>
    public IReadOnlyList<AiProvider> UnregisteredProviders(AiInvolvement ai)
    {
        ArgumentNullException.ThrowIfNull(ai);
        return [.. ai.Providers.Where(p => !Providers.Any(r => string.Equals(r.Name, p.Name, StringComparison.OrdinalIgnoreCase)))];
    }
}

/// <summary>Standard AI labels (R45): short fr and en sentences for SMS, e-mail and web.</summary>
public static class AiLabels
{
    /// <summary>Where a label is shown.</summary>
    public enum Form
    {
        /// <summary>An SMS: short, GSM-7 characters only.</summary>
        Sms,
        /// <summary>An e-mail or a web page.</summary>
        Text,
    }

    /// <summary>The label for a message with <paramref name="ai"/>, in <paramref name="language"/> (fr or en); null when no AI drafted it.</summary>
    public static string? For(AiInvolvement ai, string language, Form form = Form.Text)
    {
        ArgumentNullException.ThrowIfNull(ai);
        return ai.Drafted ? For(!string.IsNullOrWhiteSpace(ai.ReviewedBy), language, form) : null;
    }

    internal static string For(bool reviewed, string language, Form form)
    {
        var fr = language?.StartsWith("fr", StringComparison.Ordinal) ?? false;
        return (form, reviewed, fr) switch
        {
            (Form.Sms, true, true) => "Rédigé avec l'IA, révisé par notre équipe",
            (Form.Sms, false, true) => "Rédigé par l'IA, sans révision humaine",
            (Form.Sms, true, false) => "Written with AI, reviewed by our team",
            (Form.Sms, false, false) => "Written by AI, not reviewed by a person",
            (_, true, true) => "Message rédigé avec l'aide de l'IA et révisé par notre équipe.",
            (_, false, true) => "Message rédigé par l'IA, sans révision humaine.",
            (_, true, false) => "Message written with the help of AI and reviewed by our team.",
            _ => "Message written by AI, not reviewed by a person.",
        };
    }
}
