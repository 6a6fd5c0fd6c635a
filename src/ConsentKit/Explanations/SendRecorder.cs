using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ConsentKit.Diagnostics;
using ConsentKit.Gate;
using ConsentKit.Hosting;
using ConsentKit.Storage;
using ConsentKit.Targeting;
using NodaTime;

namespace ConsentKit.Explanations;

internal sealed class SendRecorder(ConsentKitRuntime runtime, SendGate gate) : ISendRecords
{
    private const int MaxText = 200;

    public async Task<SendRecordOutcome> RecordSendAsync(SendRecord record, SendRecordOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var outcome = (await RecordSendsAsync([record], options, cancellationToken).ConfigureAwait(false))[0];
        return outcome.Status switch
        {
            SendRecordStatus.Invalid => throw new ConsentKitValidationException(outcome.Errors),
            SendRecordStatus.Blocked => throw new ConsentKitException("send.blocked",
                $"The gate would have blocked this send ({string.Join(", ", outcome.GateReasons.Select(r => r.Code))}); record it with AllowBlocked to report it as a violation."),
            _ => outcome,
        };
    }

    public async Task<IReadOnlyList<SendRecordOutcome>> RecordSendsAsync(IReadOnlyList<SendRecord> records, SendRecordOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        options ??= new SendRecordOptions();
        var env = await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var now = runtime.Clock.GetCurrentInstant();
        var outcomes = new SendRecordOutcome?[records.Count];
        var pending = new List<(int Index, SendRecordRow Row, IReadOnlyList<GateReason> Reasons)>(records.Count);
        var segments = new Dictionary<(string, string), TargetingRegisterRow?>();

        // Validation and segment lookups first, in order; they are cheap and shared by many records.
        var checkedRecords = new List<(int Index, string OrgId, TargetingRegisterRow? Entry)>(records.Count);
        var segmentNames = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            var errors = Validate(record, env, now);
            var orgId = runtime.Organisation(record?.OrganisationId);
            TargetingRegisterRow? entry = null;
            if (errors.Count == 0 && record!.SegmentEntryId is { } entryId)
            {
                if (!segments.TryGetValue((orgId, entryId), out entry))
                {
                    segments[(orgId, entryId)] = entry = await runtime.Store.GetTargetingEntryAsync(orgId, entryId, cancellationToken).ConfigureAwait(false);
                }

                if (entry is null)
                {
                    errors.Add(new("segment", "segment.unknown", "segment must be the id of an entry of the targeting register."));
                }
                else if (!entry.Allowed || entry.Purpose != record.Purpose)
                {
                    errors.Add(new("segment", "segment.not-approved", "segment must be an entry the targeting guard allowed for this purpose (R28, R67)."));
                }
            }

            if (errors.Count > 0)
            {
                outcomes[i] = new(i, record?.MessageId ?? "", SendRecordStatus.Invalid, errors, []);
            }
            else
            {
                checkedRecords.Add((i, orgId, entry));
                if (entry is not null && !segmentNames.ContainsKey(entry.EntryId))
                {
                    segmentNames[entry.EntryId] = SegmentDefinition.Parse(entry.Segment).Name;
                }
            }
        }

        // The gate's reads, outside the write lock and on every core: a send record describes the past, which later writes
        // do not change, and these reads are most of the cost of recording.
        var rows = new (SendRecordRow? Row, IReadOnlyList<GateReason> Reasons)[checkedRecords.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, checkedRecords.Count), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, async (k, ct) =>
        {
            var (i, orgId, entry) = checkedRecords[k];
            var record = records[i];
            var (decision, relied) = await gate.DecideSentAsync(record.ContactId, record.Purpose, record.Channel, record.SentAt, orgId, record.MessageId, ct).ConfigureAwait(false);

            // R18: a member reached on the membership basis is offered a way to object in every SMS or e-mail.
            if (ObjectionReason(record, relied, env.Profile) is { } notOffered)
            {
                decision = decision with { Reasons = [.. decision.Reasons, notOffered] };
            }

            // The message's own declaration against the AI-use policy: an unreviewed AI draft or a forbidden use blocks it too.
            var policy = runtime.Options.AiPolicyFor(orgId);
            if (policy.Check(record.Ai) is { Count: > 0 } aiReasons)
            {
                decision = decision with { Reasons = [.. decision.Reasons, .. aiReasons] };
            }

            if (policy.UnregisteredProviders(record.Ai).Count is > 0 and var unregistered)
            {
                Log.UnregisteredAiProvider(runtime.LoggerFor("Explanations"), record.MessageId, unregistered);
            }

            if (!decision.Allowed && !options.AllowBlocked)
            {
                outcomes[i] = new(i, record.MessageId, SendRecordStatus.Blocked, [], decision.Reasons);
                return;
            }

            rows[k] = (new SendRecordRow
            {
                OrgId = orgId,
                MessageId = record.MessageId,
                ContactId = record.ContactId,
                Channel = record.Channel.Name(),
                Purpose = record.Purpose,
                Campaign = record.Campaign,
                SentAt = record.SentAt.ToUnixTimeTicks(),
                RecordedAt = now.ToUnixTimeTicks(),
                RegisterEntry = entry?.EntryId,
                ConsentEventId = relied?.EventId,
                GateAllowed = decision.Allowed,
                Facts = JsonSerializer.Serialize(Facts(record, env, entry, entry is null ? null : segmentNames[entry.EntryId], relied, decision, policy), SendFactsJson.Default.SendFacts),
                RecordSha256 = RecordHash(record),
                Body = options.KeepBody ? record.Body : null,
            }, decision.Reasons);
        }).ConfigureAwait(false);

        for (var k = 0; k < rows.Length; k++)
        {
            if (rows[k].Row is { } row)
            {
                pending.Add((checkedRecords[k].Index, row, rows[k].Reasons));
            }
        }

        if (pending.Count > 0)
        {
            await using var session = await runtime.Store.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
            var fresh = new List<SendRecordRow>(pending.Count);
            // Organisations in a fixed order: a provider that locks per organisation never sees two batches wait on each other.
            foreach (var org in pending.GroupBy(p => p.Row.OrgId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var stored = (await session.FindSendRecordsAsync(org.Key, [.. org.Select(p => p.Row.MessageId).Distinct(StringComparer.Ordinal)]).ConfigureAwait(false))
                    .ToDictionary(r => r.MessageId, r => r.RecordSha256, StringComparer.Ordinal);
                foreach (var (index, row, reasons) in org)
                {
                    if (stored.TryGetValue(row.MessageId, out var hash))
                    {
                        outcomes[index] = hash == row.RecordSha256
                            ? new(index, row.MessageId, SendRecordStatus.AlreadyRecorded, [], reasons)
                            : new(index, row.MessageId, SendRecordStatus.Invalid, [new("messageId", "message_id.conflict", "messageId is already recorded with other facts: a message id names one message.")], []);
                        continue;
                    }

                    stored[row.MessageId] = row.RecordSha256;
                    fresh.Add(row);
                    outcomes[index] = new(index, row.MessageId, row.GateAllowed ? SendRecordStatus.Recorded : SendRecordStatus.RecordedAsViolation, [], reasons);
                    if (!row.GateAllowed)
                    {
                        Log.SendViolation(runtime.LoggerFor("Explanations"), row.MessageId, string.Join(',', reasons.Select(r => r.Code)));
                    }
                }
            }

            await session.InsertSendRecordsAsync(fresh).ConfigureAwait(false);
            await session.CommitAsync().ConfigureAwait(false);
        }

        var result = outcomes.Select(o => o!).ToList();
        foreach (var group in result.GroupBy(o => o.Status))
        {
            runtime.Metrics.SendRecorded(group.Count(), group.Key.ToString());
        }

        Log.SendsRecorded(runtime.LoggerFor("Explanations"), Count(SendRecordStatus.Recorded), Count(SendRecordStatus.AlreadyRecorded), Count(SendRecordStatus.RecordedAsViolation), Count(SendRecordStatus.Blocked), Count(SendRecordStatus.Invalid));
        return result;

        int Count(SendRecordStatus status) => result.Count(o => o.Status == status);
    }

    private List<ValidationError> Validate(SendRecord? record, ConsentKitEnvironment env, Instant now)
    {
        var errors = new List<ValidationError>();
        if (record is null)
        {
            errors.Add(new("record", "record.required", "a send record is required."));
            return errors;
        }

        Text(record.MessageId, "messageId", required: true);
        Text(record.ContactId, "contact", required: true);
        Text(record.Campaign, "campaign", required: false);
        if (!env.Purposes.ContainsKey(record.Purpose ?? ""))
        {
            errors.Add(new("purpose", "purpose.unknown", $"purpose must be one of the purpose catalog: {string.Join('|', env.Purposes.Keys.Order(StringComparer.Ordinal))}."));
        }

        if (!Enum.IsDefined(record.Channel))
        {
            errors.Add(new("channel", "channel.unknown", $"channel must be one of {Vocabulary.AllowedChannels}."));
        }

        if (record.SentAt > now + runtime.Options.FutureTolerance)
        {
            errors.Add(new("sentAt", "sent_at.future", "sentAt lies in the future: record a send after it happens."));
        }

        if (record.Sender is null)
        {
            errors.Add(new("sender", "sender.required", "sender (name, organisation, privacyOfficer) is required: the person must know who is responsible (R51)."));
        }
        else
        {
            Text(record.Sender.Name, "sender.name", required: true);
            Text(record.Sender.Organisation, "sender.organisation", required: true);
            if (!IsContact(record.Sender.PrivacyOfficer))
            {
                errors.Add(new("sender.privacyOfficer", "sender.privacy_officer", "sender.privacyOfficer must be an e-mail address or an https URL where the person can reach the privacy officer (R61)."));
            }
        }

        foreach (var name in record.Fields ?? [])
        {
            if (env.Catalog.Find(name) is not { } field)
            {
                errors.Add(new($"fields.{name}", "fields.undeclared", "every field used must be declared in the data catalog (R28)."));
            }
            else if (!field.AllowsPurpose(record.Purpose ?? ""))
            {
                errors.Add(new($"fields.{name}", "fields.purpose", "this field is not allowed for the message's purpose (R37)."));
            }
        }

        var providers = record.Ai?.Providers ?? [];
        for (var i = 0; i < providers.Count; i++)
        {
            Text(providers[i]?.Name, $"ai.providers[{i}].name", required: true);
            if (providers[i]?.Country is not { Length: 2 } country || !country.All(char.IsAsciiLetterUpper))
            {
                errors.Add(new($"ai.providers[{i}].country", "ai.provider.country", "each AI provider needs its country as an ISO 3166-1 alpha-2 code, such as US (R36)."));
            }
        }

        return errors;

        void Text(string? value, string field, bool required)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                if (required)
                {
                    errors.Add(new(field, $"{Rule(field)}.required", $"{field} is required."));
                }
            }
            else if (value.Length > MaxText || value.Any(char.IsControl))
            {
                errors.Add(new(field, $"{Rule(field)}.format", $"{field} must be at most {MaxText} characters, without control characters."));
            }
        }

        static string Rule(string field) => field.Replace("messageId", "message_id", StringComparison.Ordinal).Split('[')[0];
    }

    private static GateReason? ObjectionReason(SendRecord record, EventRow? relied, Jurisdictions.JurisdictionProfile profile)
    {
        if (profile.ElectronicChannels is not { ObjectionInEveryMemberMessage: true } rules || record.Channel is not (Channel.Sms or Channel.Email)
            || relied is not { Basis: "membership" } || relied.Kind == "withdrawn")
        {
            return null;
        }

        if (record.Body is null)
        {
            return new(GateReasonCode.ObjectionNotOffered,
                "Le texte du message n'a pas été fourni : rien ne montre qu'il offrait au membre un moyen de s'opposer.",
                "The message's text was not given: nothing shows it offered the member a way to object.", rules.Source);
        }

        return MessageRules.Validate(record.Body, record.Channel, []).Issues.Any(i => i.Code == "MissingOptOutInstruction")
            ? new(GateReasonCode.ObjectionNotOffered,
                "Ce message à un membre ne lui offre aucun moyen de s'opposer (par exemple « Répondez STOP ») : chaque message doit le faire.",
                "This message to a member offers no way to object (for example \"Reply STOP\"): every message must.", rules.Source)
            : null;
    }

    internal static bool IsContact(string? value) =>
        value is { Length: > 5 and <= MaxText }
        && (value.StartsWith("https://", StringComparison.Ordinal) && Uri.TryCreate(value, UriKind.Absolute, out _)
            || (value.IndexOf('@', StringComparison.Ordinal) is var at and > 0 && value.IndexOf('.', at) > at + 1 && !value.Any(char.IsWhiteSpace)));

    private static SendFacts Facts(SendRecord record, ConsentKitEnvironment env, TargetingRegisterRow? entry, string? segmentName, EventRow? relied, GateDecision decision, AiUse.AiUsePolicy policy) =>
        new()
        {
            MessageId = record.MessageId,
            Channel = record.Channel.Name(),
            Purpose = record.Purpose,
            Campaign = record.Campaign,
            SentAt = record.SentAt.ToUnixTimeTicks(),
            Jurisdiction = env.Profile.Code.Name(),
            Sender = record.Sender,
            Segment = entry is null ? null : new SegmentFacts
            {
                EntryId = entry.EntryId,
                Name = segmentName,
                Definition = entry.Segment,
                Audience = entry.Audience,
                ApprovedAt = entry.RecordedAt,
            },
            Fields = [.. record.Fields.Distinct(StringComparer.Ordinal).Select(n => env.Catalog.Find(n)!).Select(f => new FieldFacts
            {
                Name = f.Name,
                Category = f.Category.Name(),
                Source = f.Source.Name(),
                ThirdParty = f.ThirdParty,
                Country = f.Country,
            })],
            Consent = relied is null ? null : new ConsentFacts
            {
                EventId = relied.EventId,
                Kind = relied.Kind,
                Basis = relied.Basis,
                GivenAt = relied.OccurredAt,
                Source = relied.Source,
                NoticeVersion = relied.NoticeVersion,
                FromDataSubject = relied.FromDataSubject,
                ThirdParty = relied.ThirdParty,
                ThirdPartyCountry = relied.ThirdPartyCountry,
                ExpiresAt = relied.ExpiresAt,
            },
            GateAllowed = decision.Allowed,
            GateReasons = [.. decision.Reasons.Select(r => r.Code.ToString())],
            Ai = new AiFacts
            {
                Drafted = record.Ai.Drafted,
                Reviewed = record.Ai.ReviewedBy is not null,
                Targeting = record.Ai.Targeting,
                Providers = [.. record.Ai.Providers],
                Unregistered = [.. policy.UnregisteredProviders(record.Ai).Select(p => p.Name)],
            },
        };

    // The record as submitted, canonically: a retry hashes the same; a different message under the same id does not.
    private static string RecordHash(SendRecord r)
    {
        var canonical = string.Join('\u001f',
            r.MessageId, r.ContactId, r.Purpose, r.Channel.Name(), r.Campaign ?? "", r.SentAt.ToUnixTimeTicks().ToString(System.Globalization.CultureInfo.InvariantCulture),
            r.Sender.Name, r.Sender.Organisation, r.Sender.PrivacyOfficer, r.SegmentEntryId ?? "", string.Join(',', r.Fields),
            r.Ai.Drafted, r.Ai.ReviewedBy ?? "", r.Ai.Targeting, string.Join(',', r.Ai.Providers.Select(p => p.Name + "/" + p.Country)), r.OrganisationId ?? "",
            string.Join(',', r.Ai.OtherUses), r.Ai.DepictsRealPerson);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
