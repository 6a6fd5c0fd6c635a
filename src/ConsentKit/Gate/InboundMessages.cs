using System.Globalization;
using ConsentKit.Consent;
using ConsentKit.Diagnostics;
using ConsentKit.Hosting;
using ConsentKit.Storage;
using NodaTime;

namespace ConsentKit.Gate;

/// <summary>The outcome of an inbound message: what it asked, which contact it came from, and the reply to send back.</summary>
/// <param name="Action">What the message asked for.</param>
/// <param name="ContactId">The contact whose number sent it, if known (the first, when several share the number).</param>
/// <param name="Reply">
/// The text to send back, in the message's language, naming the sender; empty for <see cref="InboundAction.None"/>; null for
/// a stop from a number already stopped here, which is answered by nothing (one confirmation only, R15).
/// </param>
/// <param name="Language"><c>fr</c> or <c>en</c>.</param>
/// <param name="WithdrawalEventIds">The withdrawals a stop recorded.</param>
public sealed record InboundResult(InboundAction Action, string? ContactId, string? Reply, string Language, IReadOnlyList<string> WithdrawalEventIds)
{
    /// <summary>
    /// True when a stop was accepted into the opt-out journal while another writer (a bulk import) held the store: the gate
    /// already honours it, and its withdrawals are recorded by the next write, so <see cref="WithdrawalEventIds"/> is empty.
    /// </summary>
    public bool Pending { get; init; }

    /// <summary>For <see cref="InboundAction.Access"/>: the access request entered in the register.</summary>
    public string? RequestId { get; init; }
}

/// <summary>Inbound text messages and provider opt-out signals (R10): a stop takes effect for the very next gate check.</summary>
public interface IInboundMessages
{
    /// <summary>Handles a reply: STOP and its variants withdraw every SMS consent of the number and suppress it; START lifts a keyword stop; HELP and WHY answer.</summary>
    Task<InboundResult> HandleSmsAsync(string from, string body, Instant? at = null, string? organisationId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// A provider's signal that the recipient opted out or the carrier blocks them (such as Twilio error 21610): the same
    /// withdrawal and suppression as a STOP.
    /// </summary>
    Task<InboundResult> HandleProviderOptOutAsync(string phone, string providerSignal, Instant? at = null, string? organisationId = null, CancellationToken cancellationToken = default);
}

internal sealed class InboundMessages(ConsentKitRuntime runtime, LedgerWriter writer, OptOutJournal journal, IConsentLedger ledger, Explanations.IExplanations explanations, Requests.IRequestRegister requests) : IInboundMessages
{
    private const string KeywordStopReason = "inbound-stop";

    public async Task<InboundResult> HandleSmsAsync(string from, string body, Instant? at = null, string? organisationId = null, CancellationToken cancellationToken = default)
    {
        var (action, language) = InboundClassifier.Classify(body);
        return await HandleAsync(from, action, language, body ?? string.Empty, "reply", at, organisationId, cancellationToken).ConfigureAwait(false);
    }

    public Task<InboundResult> HandleProviderOptOutAsync(string phone, string providerSignal, Instant? at = null, string? organisationId = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(providerSignal) || providerSignal.Length > 100)
        {
            throw new ConsentKitValidationException([new("provider_signal", "provider_signal.required", "provider_signal names the provider and its code, such as twilio:21610.")]);
        }

        return HandleAsync(phone, InboundAction.Stop, null, providerSignal, "provider:" + providerSignal, at, organisationId, cancellationToken);
    }

    private async Task<InboundResult> HandleAsync(string from, InboundAction action, string? language, string evidence, string detail, Instant? at, string? organisationId, CancellationToken cancellationToken)
    {
        using var activity = ConsentKitActivities.Source.StartActivity("consentkit.inbound");
        activity?.SetTag("consentkit.action", action.ToString());
        var env = await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var phone = env.Normalizer.NormalizePhone(from, "from");
        var now = runtime.Clock.GetCurrentInstant();
        var when = at ?? now;
        if (when > now + runtime.Options.FutureTolerance)
        {
            throw new ConsentKitValidationException([new("at", "at.future", "at lies in the future: an inbound message is handled after it arrives.")]);
        }

        var orgId = runtime.Organisation(organisationId);
        var contacts = await runtime.Store.FindContactsByPhoneAsync(orgId, phone, cancellationToken).ConfigureAwait(false);
        var lang = language ?? contacts.Select(c => c.Language).FirstOrDefault(l => l is not null)?[..2] ?? env.Profile.Language;
        lang = lang == "fr" ? "fr" : "en";
        // A STOP takes effect whatever the store's state: without a public name the reply goes unsigned, never signed with an id.
        var name = await runtime.PublicNameAsync(orgId, cancellationToken).ConfigureAwait(false);
        var sender = name is null ? "" : lang == "fr" ? name + " : " : name + ": ";
        var scopes = await runtime.ScopesAsync(orgId, cancellationToken).ConfigureAwait(false);
        var hmac = env.Hasher.IdentifierHmac("phone", phone);
        var withdrawals = new List<string>();
        var pending = false;
        var alreadyStopped = false;
        Requests.DataSubjectRequest? request = null;

        switch (action)
        {
            case InboundAction.Stop:
                // R15: one confirmation of an opt-out, no more. A number already suppressed here (an earlier STOP, a
                // provider's opt-out, a DPO's suppression, an erasure) is stopped again as evidence and gets no reply.
                alreadyStopped = await SuppressionList.InForceAsync(runtime.Store, scopes, hmac, cancellationToken).ConfigureAwait(false);
                // Journaled first, so that it is accepted at once even while an import holds the store, then applied: every
                // SMS consent of the number's contacts withdrawn and the number suppressed for the whole controller (R10, R12).
                var (applied, recorded) = await journal.AcceptAsync(
                    OptOutJournal.Entry(OptOutJournal.StopKind, orgId, scopes[^1], hmac, IdentifierKind.Phone, KeywordStopReason, when, now, detail, evidence.Length > 2000 ? evidence[..2000] : evidence),
                    env, cancellationToken).ConfigureAwait(false);
                withdrawals.AddRange(recorded);
                pending = !applied;
                break;
            case InboundAction.Start:
                // A ledger transaction applies any stop journaled before this START first, so the START lifts it.
                await using (var transaction = await writer.BeginAsync(orgId, env, cancellationToken).ConfigureAwait(false))
                {
                    await transaction.RemoveSuppressionAsync(scopes[^1], hmac, KeywordStopReason).ConfigureAwait(false);
                    await transaction.CommitAsync().ConfigureAwait(false);
                }

                break;
            case InboundAction.Access:
                // A text from the number shows control of it: a proportionate identity check (R55). The deadline runs from
                // the text's arrival (R56). A number we hold nothing about still gets a request, answered by the DPO.
                request = await requests.AddAsync(new Requests.NewRequest
                {
                    Kind = Requests.RequestKind.Access, ReceivedAt = when, ReceivedVia = "sms", OrganisationId = orgId,
                    ContactId = contacts.Count > 0 ? contacts[0].ContactId : null,
                    Identity = Requests.IdentityVerification.Verified,
                }, cancellationToken).ConfigureAwait(false);
                break;
        }

        Log.InboundHandled(runtime.LoggerFor("Gate"), action.ToString(), contacts.Count, withdrawals.Count);
        // fr-FR readers say "SMS" where fr-CA readers say "textos": the profile decides (Wording).
        var w = new Explanations.Wording(lang == "fr" ? (env.Profile.Code == Jurisdiction.France ? "fr-FR" : "fr-CA") : "en-CA");
        var texts = w.Channel("sms");
        string? reply = action switch
        {
            InboundAction.Stop when alreadyStopped => null,
            InboundAction.Stop => lang == "fr"
                ? $"{sender}c'est noté, vous ne recevrez plus de {texts} de notre part. Aucune autre réponse n'est nécessaire."
                : $"{sender}done, you will get no more texts from us. No need to reply.",
            InboundAction.Start => lang == "fr"
                ? $"{sender}votre numéro n'est plus bloqué. Pour recevoir nos {texts}, donnez votre accord sur notre site."
                : $"{sender}your number is no longer blocked. To get our texts, give your consent on our website.",
            InboundAction.Help => lang == "fr"
                ? $"{sender}messages politiques. Répondez STOP pour arrêter, POURQUOI pour savoir pourquoi vous les recevez, ACCES pour une copie de vos données."
                : $"{sender}political messages. Reply STOP to stop, WHY to learn why you get them, ACCESS for a copy of your data.",
            InboundAction.Access => lang == "fr"
                ? $"{sender}votre demande de copie de vos données est enregistrée. Nous vous répondrons au plus tard le {Date(request!.DueDate)}."
                : $"{sender}your request for a copy of your data is recorded. We will answer by {Date(request!.DueDate)}.",
            InboundAction.Why => await WhyAsync(contacts, orgId, sender, lang, w, cancellationToken).ConfigureAwait(false),
            _ => string.Empty,
        };
        if (name is null && reply is { Length: > 0 })
        {
            reply = char.ToUpperInvariant(reply[0]) + reply[1..];
            Log.OrganisationUnnamed(runtime.LoggerFor("Gate"), orgId);
        }

        activity?.SetTag("consentkit.contacts", contacts.Count);
        activity?.SetTag("consentkit.pending", pending);
        activity?.SetTag("consentkit.replied", reply is not null);
        return new InboundResult(action, contacts.Count > 0 ? contacts[0].ContactId : null, reply, lang, withdrawals) { Pending = pending, RequestId = request?.Id };
    }

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private async Task<string> WhyAsync(IReadOnlyList<ContactRow> contacts, string orgId, string sender, string lang, Explanations.Wording w, CancellationToken cancellationToken)
    {
        // The latest text we sent to this number is what the person asks about: answer with its short explanation and a
        // link to the full one (R50, R51).
        if (contacts.Count > 0
            && await runtime.Store.GetLatestSendRecordAsync(orgId, [.. contacts.Select(c => c.ContactId)], Channel.Sms.Name(), cancellationToken).ConfigureAwait(false) is { } latest)
        {
            return (await explanations.ExplainShortAsync(latest.MessageId, lang, orgId, cancellationToken).ConfigureAwait(false)).Text;
        }

        var since = new List<Instant>();
        foreach (var contact in contacts)
        {
            since.AddRange((await ledger.GetStatesAsync(contact.ContactId, null, orgId, cancellationToken).ConfigureAwait(false))
                .Where(s => s.Channel == Channel.Sms && s.Status == ConsentStatus.Granted && s.Since is not null)
                .Select(s => s.Since!.Value));
        }

        if (since.Count == 0)
        {
            return lang == "fr"
                ? $"{sender}nous n'avons aucun accord en vigueur pour ce numéro. Répondez STOP pour ne plus rien recevoir."
                : $"{sender}we hold no consent in force for this number. Reply STOP to get nothing more.";
        }

        var date = since.Min().InUtc().Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        return lang == "fr"
            ? $"{sender}vous recevez nos {w.Channel("sms")} car vous avez donné votre accord le {date}. Répondez STOP pour arrêter."
            : $"{sender}you get our texts because you agreed on {date}. Reply STOP to stop.";
    }
}
