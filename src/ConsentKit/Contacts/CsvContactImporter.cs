using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ConsentKit.Consent;
using ConsentKit.Diagnostics;
using ConsentKit.Hosting;
using ConsentKit.Storage;
using CsvHelper;
using CsvHelper.Configuration;
using NodaTime;
using NodaTime.Text;

namespace ConsentKit.Contacts;

internal sealed class CsvContactImporter(ConsentKitRuntime runtime, LedgerWriter writer) : IContactImporter
{
    private const int ChunkSize = 5000;

    internal static readonly string[] RequiredColumns =
    [
        "contact_id", "first_name", "last_name", "phone", "email", "language", "postal_code", "birth_date",
        "purpose", "channel", "basis", "source", "notice_id", "notice_version", "notice_language", "notice_sha256",
        "affirmative_act", "evidence_ref", "collected_by", "from_data_subject", "granted_at",
    ];

    // Columns the importer reads beyond the required ones; any other column must be a declared catalog field (R28).
    internal static readonly string[] OptionalColumns =
    [
        "expires_at", "source_detail", "third_party", "third_party_country", "idempotency_key", "time_zone", "send_window", "kind", "guardian",
        "country", "prospection_announced", "opt_out_offered",
    ];

    public async Task<ImportReport> ImportAsync(TextReader csv, ImportOptions? options = null, IProgress<int>? rowsRead = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        options ??= new ImportOptions();
        using var activity = Diagnostics.ConsentKitActivities.Source.StartActivity("consentkit.contacts.import");
        var env = await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var orgId = runtime.Organisation(options.OrganisationId);
        var now = runtime.Clock.GetCurrentInstant();

        var errors = new List<ImportError>();
        var seenContacts = new Dictionary<string, (int Details, int Line)>(StringComparer.Ordinal);
        var rows = 0;
        var written = 0;
        var duplicates = 0;
        var contactCount = 0;

        using var reader = new CsvReader(csv, new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = false });
        try
        {
            if (!await reader.ReadAsync().ConfigureAwait(false) || !reader.ReadHeader())
            {
                return Refused(0, [new ImportError(1, "header", "header.missing", "The file has no header row.")]);
            }
        }
        catch (Exception ex) when (Malformed(ex, reader) is { } error)
        {
            return Refused(0, [error]);
        }

        var header = reader.HeaderRecord!;
        if (header.Select(h => h.Trim()).GroupBy(h => h, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList() is { Count: > 0 } repeated)
        {
            return Refused(0, repeated.Select(c => new ImportError(1, c.Length is > 0 and <= 64 ? c : "header", "header.column-repeated", "The header names this column more than once; each column appears once.")).ToList());
        }

        var columns = header.Select((name, index) => (name, index)).ToDictionary(c => c.name.Trim(), c => c.index, StringComparer.Ordinal);

        // A re-import updates each contact (R2; GDPR art. 16): an empty cell clears the field, a column absent from the
        // file keeps what is stored, and only the attribute columns the file has are replaced.
        var keep = Rectification.Fields.Where(f => !columns.ContainsKey(f)).ToHashSet(StringComparer.Ordinal);
        var missing = RequiredColumns.Where(c => !header.Contains(c, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            return Refused(0, missing.Select(c => new ImportError(1, c, "header.column-missing", $"The header has no {c} column.")).ToList());
        }

        // Strict mode (R28): a column that is neither ConsentKit's nor a declared field is refused before any row is read.
        var attributeColumns = columns.Keys.Where(c => !RequiredColumns.Contains(c) && !OptionalColumns.Contains(c)).ToList();
        var undeclared = attributeColumns.Where(c => env.Catalog.Find(c) is not { BuiltIn: false }).ToList();
        if (undeclared.Count > 0)
        {
            return Refused(0, undeclared.Select(c => new ImportError(1, c, "catalog.undeclared",
                $"The column {c} is not declared in the data catalog; declare it with its category, source and purposes (consentkit catalog import) or remove it (R28).")).ToList());
        }

        // The file streams through in chunks inside one transaction: memory stays flat for any file size, and the
        // transaction commits only at the end, so a crash or an invalid row (without --partial) leaves nothing.
        LedgerWriter.LedgerTransaction? transaction = null;
        try
        {
            // Two stages overlap: the rows of chunk k are parsed and validated on a worker while chunk k-1 is
            // written on this thread (SQLite allows one writer; validation is CPU-bound), which hides most of
            // the validation time on two cores.
            Chunk? previous = null;
            var chunk = new List<(string[] Fields, int Line)>(ChunkSize);
            var more = true;
            while (more)
            {
                more = await reader.ReadAsync().ConfigureAwait(false);
                if (more)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    chunk.Add((reader.Parser.Record!, reader.Parser.Row));
                    if (chunk.Count < ChunkSize)
                    {
                        continue;
                    }
                }

                rows += chunk.Count;
                var rowsOfChunk = chunk;
                var validating = Task.Run(() => ValidateRows(rowsOfChunk, columns, attributeColumns, keep, orgId, env, now), cancellationToken);
                chunk = new List<(string[] Fields, int Line)>(ChunkSize);
                if (previous is not null)
                {
                    await WriteAsync(previous).ConfigureAwait(false);
                }

                previous = await validating.ConfigureAwait(false);
                rowsRead?.Report(rows);
            }

            if (previous is not null)
            {
                await WriteAsync(previous).ConfigureAwait(false);
            }

            if (errors.Count > 0 && !options.Partial)
            {
                return Refused(rows, errors);
            }

            if (transaction is not null)
            {
                await transaction.CommitAsync().ConfigureAwait(false);
            }
        }
        catch (ConsentKitValidationException ex)
        {
            // Checks against the store (an unknown organisation, say) concern the whole file, reported on the header line.
            return Refused(rows, [.. errors, .. ex.Errors.Select(e => new ImportError(1, e.Field, e.Rule, e.Message))]);
        }
        catch (Exception ex) when (Malformed(ex, reader) is { } error)
        {
            // Nothing was committed: the transaction is disposed (rolled back) below.
            return Refused(rows, [.. errors, error]);
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync().ConfigureAwait(false);
            }
        }

        var rejected = errors.Select(e => e.Line).Distinct().Count();
        Log.Imported(runtime.LoggerFor("Contacts"), rows, written, duplicates, rejected);
        activity?.SetTag("consentkit.rows", rows);
        activity?.SetTag("consentkit.events", written);
        activity?.SetTag("consentkit.rejected", rejected);
        return new ImportReport(rows, contactCount, written, duplicates, rejected, Committed: true, errors);

        // In file order: keeps line numbers and each contact's first occurrence deterministic.
        async Task WriteAsync(Chunk validated)
        {
            var (contacts, events) = Assemble(validated, seenContacts, errors);
            if (events.Count > 0 && (errors.Count == 0 || options.Partial))
            {
                transaction ??= await writer.BeginAsync(orgId, env, cancellationToken).ConfigureAwait(false);
                var results = await transaction.AppendAsync(contacts, events).ConfigureAwait(false);
                var duplicated = results.Count(r => r.Duplicate);
                duplicates += duplicated;
                written += results.Count - duplicated;
                contactCount += contacts.Count;
            }
        }

        ImportReport Refused(int read, List<ImportError> all)
        {
            runtime.Metrics.Refused(all.Count, all[0].Rule);
            Log.Refused(runtime.LoggerFor("Contacts"), all.Count, all[0].Rule);
            return new ImportReport(read, 0, 0, 0, all.Select(e => e.Line).Distinct().Count(), Committed: false, all);
        }
    }

    private sealed record Chunk(List<(string[] Fields, int Line)> Rows, (ContactRow? Contact, EventRow? Event, List<ValidationError> Errors)[] Validated);

    private Chunk ValidateRows(List<(string[] Fields, int Line)> rows, Dictionary<string, int> columns, List<string> attributeColumns, HashSet<string> keep, string orgId, ConsentKitEnvironment env, Instant now)
    {
        var validated = new (ContactRow? Contact, EventRow? Event, List<ValidationError> Errors)[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var rowErrors = new List<ValidationError>();
            ReadRow(rows[i].Fields, columns, attributeColumns, orgId, env, now, rowErrors, out var contactRow, out var eventRow);
            if (contactRow is not null)
            {
                contactRow.KeepFields = keep;
                contactRow.AttributeColumns = attributeColumns;
            }

            validated[i] = (contactRow, eventRow, rowErrors);
        }

        return new Chunk(rows, validated);
    }

    private static (List<ContactRow> Contacts, List<EventRow> Events) Assemble(
        Chunk chunk, Dictionary<string, (int Details, int Line)> seenContacts, List<ImportError> errors)
    {
        var contacts = new List<ContactRow>();
        var events = new List<EventRow>(chunk.Rows.Count);
        for (var i = 0; i < chunk.Rows.Count; i++)
        {
            var (contactRow, eventRow, rowErrors) = chunk.Validated[i];
            var line = chunk.Rows[i].Line;
            if (contactRow is not null)
            {
                var details = Details(contactRow);
                if (!seenContacts.TryGetValue(contactRow.ContactId, out var first))
                {
                    seenContacts[contactRow.ContactId] = (details, line);
                    contacts.Add(contactRow);
                }
                else if (first.Details != details)
                {
                    rowErrors.Add(new("contact_id", "contact_id.conflicting-details", $"this contact's details differ from line {first.Line}; one contact has one set of details per file."));
                }
            }

            if (rowErrors.Count > 0)
            {
                errors.AddRange(rowErrors.Select(e => new ImportError(line, e.Field == "occurred_at" ? "granted_at" : e.Field, e.Rule, e.Message.Replace("occurred_at", "granted_at", StringComparison.Ordinal))));
                continue;
            }

            events.Add(eventRow!);
        }

        return (contacts, events);
    }

    private void ReadRow(string[] fields, Dictionary<string, int> columns, List<string> attributeColumns, string orgId, ConsentKitEnvironment env, Instant now, List<ValidationError> errors, out ContactRow? contactRow, out EventRow? eventRow)
    {
        string? Get(string name) =>
            columns.TryGetValue(name, out var index) && index < fields.Length && !string.IsNullOrWhiteSpace(fields[index]) ? fields[index].Trim() : null;

        var birthDate = Vocabulary.ParseDate(Get("birth_date"), "birth_date", errors);
        var occurred = Vocabulary.ParseInstant(Get("granted_at"), "granted_at", errors, required: true);
        var expires = Vocabulary.ParseInstant(Get("expires_at"), "expires_at", errors);
        var fromSubject = Get("from_data_subject") switch
        {
            "true" => true,
            "false" => false,
            _ => Invalid(errors, "from_data_subject", "from_data_subject.format", "from_data_subject must be true or false."),
        };
        var channel = Vocabulary.Parse<Channel>(Get("channel"), "channel", errors);
        var basis = Vocabulary.Parse<ConsentBasis>(Get("basis"), "basis", errors);
        var source = Vocabulary.Parse<CaptureSource>(Get("source"), "source", errors);

        var contact = new Contact
        {
            ContactId = Get("contact_id") ?? string.Empty,
            FirstName = Get("first_name"),
            LastName = Get("last_name"),
            Phone = Get("phone"),
            Email = Get("email"),
            Language = Get("language"),
            PostalCode = Get("postal_code"),
            BirthDate = birthDate,
            TimeZone = Get("time_zone"),
            Country = Get("country"),
            Attributes = attributeColumns.Count == 0 ? new Dictionary<string, object?>() : attributeColumns.ToDictionary(c => c, c => (object?)Get(c)),
        };
        var contactErrors = new List<ValidationError>();
        contactRow = ContactValidation.Validate(contact, orgId, env.Normalizer, env.Profile.DefaultRegion, now, env.Catalog, contactErrors);
        errors.AddRange(contactErrors.Where(e => e.Field != "contact_id").Select(e => e.Field.StartsWith("attributes.", StringComparison.Ordinal) ? e with { Field = e.Field["attributes.".Length..] } : e));

        var consent = new ConsentEvent
        {
            ContactId = contact.ContactId,
            Purpose = Get("purpose") ?? string.Empty,
            Channel = channel ?? Channel.Sms,
            Basis = basis,
            Source = source ?? CaptureSource.Import,
            SourceDetail = Get("source_detail"),
            OccurredAt = occurred ?? now,
            ExpiresAt = expires,
            Notice = new NoticeReference(Get("notice_id") ?? "", Get("notice_version") ?? "", Get("notice_language") ?? "", Get("notice_sha256") ?? ""),
            AffirmativeAct = Get("affirmative_act"),
            EvidenceRef = Get("evidence_ref"),
            CollectedBy = Get("collected_by"),
            FromDataSubject = fromSubject,
            SendWindow = Jurisdictions.SendWindow.Parse(Get("send_window"), "send_window", errors),
            Kind = Get("kind") is { } kindText ? Vocabulary.Parse<ConsentEventKind>(kindText, "kind", errors) ?? ConsentEventKind.Granted : ConsentEventKind.Granted,
            Guardian = Get("guardian"),
            ThirdParty = Get("third_party"),
            ThirdPartyCountry = Get("third_party_country"),
            Attestation = ProvenanceAttestation.Parse(Get("prospection_announced"), Get("opt_out_offered"), errors),
            OrganisationId = orgId,
        };
        eventRow = ConsentEventValidation.Validate(consent, orgId, env, now, runtime.Options.FutureTolerance, errors);
        if (eventRow is not null)
        {
            ConsentEventValidation.CheckAge(eventRow, birthDate, env, errors);
            eventRow.IdempotencyKey = Get("idempotency_key") ?? DerivedKey(eventRow);
        }

        if (errors.Count > 0)
        {
            contactRow = null;
            eventRow = null;
        }
    }

    // Re-importing the same file must not double the ledger: a row's key is a hash of the facts it states (no personal data).
    // A complete attestation (R8) is a new fact: the file re-imported with it lifts the quarantine instead of being a retry.
    private static string DerivedKey(EventRow e) =>
        "csv:" + LedgerHasher.Sha256Hex(Encoding.UTF8.GetBytes(
            string.Join('\u001f', e.OrgId, e.ContactId, e.Purpose, e.Channel, e.Basis, e.OccurredAt.ToString(CultureInfo.InvariantCulture), e.NoticeSha256)
            + (e.Attestation is { } a && !ProvenanceAttestation.Quarantines(a) ? "\u001fattested" : "")))[..40];

    // Only a fingerprint of each contact's details is kept across chunks, so memory does not grow with the file's content.
    private static int Details(ContactRow c) =>
        HashCode.Combine(c.FirstName, c.LastName, c.Phone, c.Email, c.Language, c.PostalCode, c.BirthDate, c.Attributes);

    // A file that is not well-formed CSV or text: its line and column, never its content (CsvHelper's own messages quote the
    // raw row, which holds names and numbers).
    private static ImportError? Malformed(Exception ex, CsvReader reader)
    {
        var line = reader.Parser.Row;
        return ex switch
        {
            DecoderFallbackException or { InnerException: DecoderFallbackException } => new ImportError(Math.Max(line, 1), "csv", "csv.encoding", "the file is not valid UTF-8 text from this line on."),
            BadDataException or CsvHelperException => new ImportError(Math.Max(line, 1), "csv", "csv.malformed",
                $"column {Math.Max(reader.Parser.Count, 1)}: this line is not well-formed CSV (a quote that does not close, or text after a closing quote)."),
            _ => null,
        };
    }

    private static bool Invalid(List<ValidationError> errors, string field, string rule, string message)
    {
        errors.Add(new(field, rule, message));
        return true;
    }
}
