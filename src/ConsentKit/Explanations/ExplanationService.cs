using System.Text.Json;
using ConsentKit.Consent;
using ConsentKit.Diagnostics;
using ConsentKit.Gate;
using ConsentKit.Hosting;
using ConsentKit.Jurisdictions;
using ConsentKit.Storage;
using NodaTime;

namespace ConsentKit.Explanations;

internal sealed class ExplanationService(ConsentKitRuntime runtime, IConsentLedger ledger) : IExplanations
{
    public async Task<Explanation> ExplainAsync(string messageId, string culture, string? organisationId = null, CancellationToken cancellationToken = default)
    {
        var (facts, profile) = await FactsAsync(messageId, organisationId, cancellationToken).ConfigureAwait(false);
        var explanation = ExplanationWriter.Write(facts, ExplanationWriter.ResolveCulture(culture, facts.Jurisdiction), profile);
        runtime.Metrics.ExplanationServed("full");
        return explanation;
    }

    public async Task<ShortExplanation> ExplainShortAsync(string messageId, string culture, string? organisationId = null, CancellationToken cancellationToken = default)
    {
        var (facts, profile) = await FactsAsync(messageId, organisationId, cancellationToken).ConfigureAwait(false);
        var resolved = ExplanationWriter.ResolveCulture(culture, facts.Jurisdiction);
        var link = await CreateLinkAsync(messageId, null, organisationId, cancellationToken).ConfigureAwait(false);
        var text = ExplanationWriter.Short(facts, resolved, profile, link.Url ?? link.Code);
        runtime.Metrics.ExplanationServed("short");
        return new ShortExplanation(text, link, SmsText.Measure(text));
    }

    public async Task<ExplanationLink> CreateLinkAsync(string messageId, Duration? validFor = null, string? organisationId = null, CancellationToken cancellationToken = default)
    {
        var lifetime = validFor ?? runtime.Options.ExplanationLinkLifetime;
        if (lifetime <= Duration.Zero || lifetime > Duration.FromDays(400))
        {
            throw new ConsentKitValidationException([new("validFor", "link.lifetime", "validFor must be more than zero and at most 400 days.")]);
        }

        var row = await RecordAsync(messageId, organisationId, cancellationToken).ConfigureAwait(false);
        var now = runtime.Clock.GetCurrentInstant();
        var code = LinkCode.New();
        await using (var session = await runtime.Store.BeginWriteAsync(cancellationToken).ConfigureAwait(false))
        {
            await session.InsertExplanationLinkAsync(new ExplanationLinkRow
            {
                CodeSha256 = LinkCode.Hash(code),
                OrgId = row.OrgId,
                MessageId = row.MessageId,
                CreatedAt = now.ToUnixTimeTicks(),
                ExpiresAt = (now + lifetime).ToUnixTimeTicks(),
            }).ConfigureAwait(false);
            await session.CommitAsync().ConfigureAwait(false);
        }

        Log.ExplanationLink(runtime.LoggerFor("Explanations"), row.MessageId, "created");
        return new ExplanationLink(code, now + lifetime, await runtime.LinkBaseAsync(cancellationToken).ConfigureAwait(false) is { } linkBase ? linkBase + code : null);
    }

    public async Task<ExplanationLinkTarget?> ResolveLinkAsync(string code, CancellationToken cancellationToken = default)
    {
        await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        if (LinkCode.Normalize(code) is not { } canonical
            || await runtime.Store.GetExplanationLinkAsync(LinkCode.Hash(canonical), cancellationToken).ConfigureAwait(false) is not { } link
            || link.RevokedAt is not null
            || link.ExpiresAt <= runtime.Clock.GetCurrentInstant().ToUnixTimeTicks())
        {
            return null;
        }

        return new ExplanationLinkTarget(link.MessageId, link.OrgId, Instant.FromUnixTimeTicks(link.ExpiresAt));
    }

    public async Task<bool> RevokeLinkAsync(string code, CancellationToken cancellationToken = default)
    {
        await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        if (LinkCode.Normalize(code) is not { } canonical)
        {
            return false;
        }

        await using var session = await runtime.Store.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        var revoked = await session.RevokeExplanationLinkAsync(LinkCode.Hash(canonical), runtime.Clock.GetCurrentInstant().ToUnixTimeTicks()).ConfigureAwait(false);
        await session.CommitAsync().ConfigureAwait(false);
        return revoked > 0;
    }

    public async Task<IReadOnlyList<string>> WithdrawByLinkAsync(string code, CancellationToken cancellationToken = default)
    {
        if (await ResolveLinkAsync(code, cancellationToken).ConfigureAwait(false) is not { } target)
        {
            throw new ConsentKitException("link.invalid", "This link is not valid: it is unknown, expired or revoked.");
        }

        var row = await RecordAsync(target.MessageId, target.OrganisationId, cancellationToken).ConfigureAwait(false);
        var channel = Vocabulary.ParseChannel(row.Channel);
        var hash = LinkCode.Hash(LinkCode.Normalize(code)!);
        var events = (await ledger.GetStatesAsync(row.ContactId, null, row.OrgId, cancellationToken).ConfigureAwait(false))
            .Where(s => s.Channel == channel && s.Status is ConsentStatus.Granted or ConsentStatus.Expired)
            .Select(s => new ConsentEvent
            {
                ContactId = row.ContactId,
                Purpose = s.Purpose,
                Channel = channel,
                Kind = ConsentEventKind.Withdrawn,
                Source = CaptureSource.WebForm,
                SourceDetail = "explanation-page",
                EvidenceRef = "explanation-link:" + hash[..16],
                // A second click, or a retried POST, records nothing more.
                IdempotencyKey = $"link-stop:{hash[..32]}:{s.Purpose}:{row.Channel}",
                OrganisationId = row.OrgId,
            })
            .ToList();
        if (events.Count == 0)
        {
            return [];
        }

        var results = await ledger.RecordManyAsync(events, cancellationToken).ConfigureAwait(false);
        Log.ExplanationLink(runtime.LoggerFor("Explanations"), row.MessageId, "used to withdraw");
        return [.. results.Select(r => r.EventId)];
    }

    private async Task<SendRecordRow> RecordAsync(string messageId, string? organisationId, CancellationToken cancellationToken)
    {
        await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(messageId))
        {
            throw new ConsentKitValidationException([new("messageId", "message_id.required", "messageId is required.")]);
        }

        return await runtime.Store.GetSendRecordAsync(runtime.Organisation(organisationId), messageId, cancellationToken).ConfigureAwait(false)
            ?? throw new ConsentKitException("message.unknown", "No send record has this message id in this organisation.");
    }

    private async Task<(SendFacts Facts, JurisdictionProfile Profile)> FactsAsync(string messageId, string? organisationId, CancellationToken cancellationToken)
    {
        var row = await RecordAsync(messageId, organisationId, cancellationToken).ConfigureAwait(false);
        var facts = JsonSerializer.Deserialize(row.Facts, SendFactsJson.Default.SendFacts)!;
        return (facts, JurisdictionProfile.For(Vocabulary.ParseJurisdiction(facts.Jurisdiction)));
    }
}
