using Microsoft.Extensions.AI;

namespace ConsentKit.AI;

/// <summary>
/// An AI provider on the organisation's allowlist (R43; GDPR art. 28; QC-PP s.17): what a data-protection officer checks
/// before any prompt reaches it. Calls go only to a provider listed here, with training on inputs off and a processing
/// contract; any other is refused before anything is sent.
/// </summary>
/// <param name="Name">The provider as the client names itself (<see cref="ChatClientMetadata.ProviderName"/>), such as <c>openai</c> or <c>ollama</c>; compared without case.</param>
/// <param name="Country">ISO 3166-1 alpha-2 country where it processes prompts.</param>
/// <param name="RetentionDays">How long it keeps prompts and answers, in days (0: not kept).</param>
/// <param name="TrainsOnInputs">Whether it trains models on what it receives; a provider that does is refused.</param>
/// <param name="ContractReference">The processing contract (data-processing agreement) reference; a provider without one is refused.</param>
public sealed record AllowedAiProvider(string Name, string Country, int RetentionDays, bool TrainsOnInputs, string ContractReference)
{
    /// <summary>Whether it processes prompts outside the organisation's jurisdiction (a transfer: R36, R41); shown to the DPO.</summary>
    public bool Foreign { get; init; }

    /// <summary>
    /// For a <see cref="Foreign"/> provider: the privacy impact assessment or transfer tool recorded (R41; QC-PP s.17;
    /// GDPR ch. V). A foreign provider without one is refused.
    /// </summary>
    public string? TransferAssessment { get; init; }
}

/// <summary>A call to an AI provider the allowlist does not allow (R43); nothing was sent. The code says why.</summary>
public sealed class AiProviderNotAllowedException : ConsentKitException
{
    /// <summary>Creates the exception.</summary>
    public AiProviderNotAllowedException(string code, string? provider, string message)
        : base(code, message) => Provider = provider;

    /// <summary>The provider the inner client names; null when it names none.</summary>
    public string? Provider { get; }

    internal static void ThrowUnlessAllowed(IChatClient inner, IList<AllowedAiProvider> allowed)
    {
        var name = inner.GetService<ChatClientMetadata>()?.ProviderName;
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new AiProviderNotAllowedException("provider.unnamed", null,
                "The AI client does not name its provider (ChatClientMetadata.ProviderName), so it cannot be checked against the allowlist (R43); nothing was sent.");
        }

        var entry = allowed.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new AiProviderNotAllowedException("provider.not-allowed", name,
                $"The AI provider '{name}' is not on the allowlist (R43): add it to PersonalDataFilterOptions.AllowedProviders with its country, retention, training on inputs and processing contract; nothing was sent.");
        if (entry.TrainsOnInputs)
        {
            throw new AiProviderNotAllowedException("provider.trains-on-inputs", name, $"The AI provider '{name}' trains on its inputs, which the allowlist refuses (R43); nothing was sent.");
        }

        if (entry.Foreign && string.IsNullOrWhiteSpace(entry.TransferAssessment))
        {
            throw new AiProviderNotAllowedException("provider.no-transfer-assessment", name,
                $"The AI provider '{name}' processes data outside the jurisdiction and no privacy impact assessment or transfer tool is recorded for it on the allowlist (R41, R43); nothing was sent.");
        }

        if (string.IsNullOrWhiteSpace(entry.ContractReference))
        {
            throw new AiProviderNotAllowedException("provider.no-contract", name, $"The AI provider '{name}' has no processing contract on the allowlist (R43; GDPR art. 28); nothing was sent.");
        }
    }
}
