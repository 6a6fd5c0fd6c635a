using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using ConsentKit.Consent;
using ConsentKit.Explanations;
using ConsentKit.Gate;
using ConsentKit.Hosting;
using ConsentKit.Jurisdictions;
using ConsentKit.Targeting;
using NodaTime;
using NodaTime.Text;

namespace ConsentKit.Requests;

/// <summary>
/// Everything held about one person (R57): their fields with sources, consents with the full proof history, suppression
/// status, messages sent with their explanations, the segments they fell in (criteria, never other people), AI
/// involvement and their requests. One JSON document (schema <c>docs/schemas/access-export-v1.schema.json</c>) from which
/// the HTML report and the portability files are written.
/// </summary>
public sealed partial class PersonalDataExport
{
    /// <summary>The schema the JSON follows.</summary>
    public const string SchemaId = "https://consentkit.dev/schemas/access-export-v1.json";

    // A file, never embedded in a page: only what JSON itself requires is escaped, so values read as they are.
    private static readonly JsonSerializerOptions Indented = PageStyle.IndentedJson;
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly JsonObject _document;

    internal PersonalDataExport(string contactId, JsonObject document)
    {
        ContactId = contactId;
        _document = document;
    }

    /// <summary>The person's contact id.</summary>
    public string ContactId { get; }

    /// <summary>The whole export as indented JSON.</summary>
    public string ToJson() => _document.ToJsonString(Indented);

    /// <summary>The data the person provided (fields whose source is the person, and their consents), as JSON (R58).</summary>
    public string ToPortabilityJson() => new JsonObject
    {
        ["contactId"] = ContactId,
        ["fields"] = new JsonArray([.. Provided().Select(f => f!.DeepClone())]),
        ["consents"] = _document["consents"]!["history"]!.DeepClone(),
    }.ToJsonString(Indented);

    /// <summary>The fields the person provided, as CSV: <c>field,value</c>, one row per field (R58).</summary>
    public string ToPortabilityCsv()
    {
        var csv = new StringBuilder("field,value\n");
        foreach (var field in Provided())
        {
            csv.Append(Csv(Neutral(field!["name"]!.GetValue<string>()))).Append(',').Append(Csv(Cell(field["name"]!.GetValue<string>(), field["value"]))).Append('\n');
        }

        return csv.ToString();

        static string Csv(string value) => value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    // A spreadsheet runs a text cell that starts with =, +, -, @, tab or CR as a formula (CSV injection, OWASP): such a text
    // gets a leading apostrophe. Typed cells stay as they are: an E.164 phone, a number.
    private static string Cell(string name, JsonNode? value)
    {
        var text = Text(value);
        if (value is JsonValue v && (v.TryGetValue<double>(out _) || v.TryGetValue<long>(out _) || v.TryGetValue<bool>(out _)))
        {
            return text;
        }

        return name == "phone" && E164().IsMatch(text) ? text : Neutral(text);
    }

    private static string Neutral(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    [System.Text.RegularExpressions.GeneratedRegex("^\\+[1-9][0-9]{6,14}$")]
    private static partial System.Text.RegularExpressions.Regex E164();

    /// <summary>
    /// The consent records in the ISO/IEC TS 27560:2023 consent-record structure (record, pii_processing, party_identification,
    /// event), one per purpose and channel, with every field the DPVCG guide marks required (§7.2: PII information, storage
    /// locations, retention period, recipient third parties, party address, contact and type) and only terms W3C DPV 2.3
    /// defines. The lawful basis is the grant's, so a withdrawal (a STOP) changes the record's state, never its basis.
    /// </summary>
    public string ToConsentRecords27560()
    {
        var organisation = _document["organisation"]!;
        var records = new JsonArray();
        foreach (var group in _document["consents"]!["history"]!.AsArray().GroupBy(e => (Text(e!["purpose"]), Text(e!["channel"]))))
        {
            var events = group.ToList();
            var last = events[^1]!;
            // The basis rests on the latest event that gave or renewed agreement; a withdrawal carries no basis of its own.
            var grant = events.LastOrDefault(e => Text(e!["kind"]) != "withdrawn") ?? events[0]!;
            var basis = Text(grant["basis"]);
            var thirdParty = grant["fromDataSubject"]?.GetValue<bool>() == false;
            var parties = new JsonArray(new JsonObject
            {
                ["party_id"] = "C01",
                ["party_name"] = Text(organisation["name"]),
                ["party_role"] = "dpv:DataController",
                ["party_type"] = "dpv:Organisation",
                ["party_address"] = organisation["address"]?.DeepClone() ?? Text(_document["jurisdictionCountry"]),
                ["party_contact"] = _document["privacyOfficer"]?.DeepClone() ?? Text(_document["authority"]!["url"]),
            });
            if (thirdParty)
            {
                parties.Add((JsonNode)new JsonObject
                {
                    ["party_id"] = "S01",
                    ["party_name"] = grant["thirdParty"]?.DeepClone(),
                    ["party_role"] = "dpv:DataSource",
                    ["party_type"] = "dpv:ThirdParty",
                    ["party_address"] = grant["thirdPartyCountry"]?.DeepClone(),
                    ["party_contact"] = null,
                });
            }

            var recipients = _document["recipients"]!.AsArray().Where(r => r!["purposes"]!.AsArray().Any(p => Text(p) == group.Key.Item1)).ToList();
            foreach (var (recipient, i) in recipients.Select((r, i) => (r!, i)))
            {
                parties.Add((JsonNode)new JsonObject
                {
                    ["party_id"] = $"R{i + 1:D2}",
                    ["party_name"] = recipient["name"]!.DeepClone(),
                    ["party_role"] = "dpv:Recipient",
                    ["party_type"] = "dpv:ThirdParty",
                    ["party_address"] = Text(_document["jurisdictionCountry"]),
                    ["party_contact"] = null,
                });
            }

            records.Add((JsonNode)new JsonObject
            {
                ["record"] = new JsonObject
                {
                    ["schema_version"] = "ISO/IEC TS 27560:2023",
                    ["record_type"] = "dpv:ConsentRecord",
                    ["record_id"] = Text(events[0]!["eventId"]),
                    ["authority"] = Text(_document["authority"]!["nameEn"]),
                    ["pii_principal_id"] = ContactId,
                },
                ["pii_processing"] = new JsonObject
                {
                    ["privacy_notice"] = grant["notice"] is JsonObject notice ? $"{Text(notice["id"])}#v{Text(notice["version"])} sha256:{Text(notice["sha256"])}" : null,
                    ["language"] = grant["notice"]?["language"]?.DeepClone(),
                    ["purposes"] = new JsonArray(new JsonObject
                    {
                        ["purpose"] = group.Key.Item1,
                        ["purpose_type"] = "dpv:CommunicationManagement",
                        ["lawful_basis"] = LawfulBasis(basis),
                        ["pii_information"] = new JsonArray([.. _document["fields"]!.AsArray().Select(f => Text(f!["category"])).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
                            .Select(c => (JsonNode)new JsonObject { ["type"] = "dpv:PersonalData", ["category"] = c })]),
                        ["channel"] = group.Key.Item2,
                        ["pii_controllers"] = new JsonArray("C01"),
                        ["collection_method"] = new JsonArray(thirdParty ? "dpv:ThirdPartyDataSource" : "dpv:DataSubjectDataSource"),
                        ["processing_method"] = new JsonArray("dpv:Collect", "dpv:Store", "dpv:Use"),
                        ["storage_locations"] = new JsonArray(new JsonObject { ["type"] = "dpv:StorageLocation", ["location"] = Text(_document["jurisdictionCountry"]) }),
                        ["retention_period"] = new JsonObject
                        {
                            ["type"] = "dpv:StorageDuration",
                            ["duration"] = _document["retention"]!["inactiveContact"]!.DeepClone(),
                            ["after"] = "last interaction",
                        },
                        // Empty means: no third party receives this person's data for this purpose (the guide leaves "none" open).
                        ["recipient_third_parties"] = new JsonArray([.. recipients.Select((_, i) => (JsonNode)$"R{i + 1:D2}")]),
                        ["jurisdiction"] = Text(_document["jurisdiction"]),
                        ["withdrawal_method"] = "STOP",
                    }),
                },
                ["party_identification"] = parties,
                ["event"] = new JsonArray([.. events.Select(e => (JsonNode)new JsonObject
                {
                    ["event_time"] = Text(e!["occurredAt"]),
                    ["entity_id"] = e["fromDataSubject"]?.GetValue<bool>() == false && Text(e["kind"]) != "withdrawn" ? "S01" : ContactId,
                    ["type"] = Text(e["kind"]) == "withdrawn" ? null : ConsentType(Text(e["basis"])),
                    ["state"] = Text(e["kind"]) switch
                    {
                        "withdrawn" => "dpv:ConsentWithdrawn",
                        "renewed" => "dpv:RenewedConsentGiven",
                        _ => "dpv:ConsentGiven",
                    },
                    ["expiry"] = e["expiresAt"]?.DeepClone(),
                    ["ledger_hash"] = Text(e["hash"]),
                })]),
            });
        }

        return new JsonObject
        {
            ["@context"] = new JsonObject { ["dpv"] = "https://w3id.org/dpv#" },
            ["records"] = records,
        }.ToJsonString(Indented);

        // Membership rests on the member's agreement with the party (GDPR 6(1)(b), 9(2)(d)), not on a consent: its events carry
        // no consent type, so record and events say the same thing.
        static string LawfulBasis(string basis) => basis switch
        {
            "explicit_consent" => "dpv:ExplicitlyExpressedConsent",
            "membership" => "dpv:Contract",
            "legitimate_interest" => "dpv:LegitimateInterest",
            _ => "dpv:ExpressedConsent",
        };

        static string? ConsentType(string basis) => basis switch
        {
            "explicit_consent" => "dpv:ExplicitlyExpressedConsent",
            "consent" => "dpv:ExpressedConsent",
            _ => null,
        };
    }

    /// <summary>
    /// One self-contained HTML page in <paramref name="language"/> (<c>fr</c> or <c>en</c>), written for the person rather than
    /// a lawyer: fields by their names in words, lists as lists, purposes, statuses and sources in words, dates in the person's
    /// time zone, a timeline, and their choices with links (R57; GDPR art. 12(1), 15). No script, no outside resource; every
    /// value is escaped. The JSON (<see cref="ToJson"/>) stays the machine-readable form.
    /// </summary>
    public string ToHtml(string language)
    {
        var fr = language?.StartsWith("fr", StringComparison.Ordinal) ?? throw new ArgumentNullException(nameof(language));
        var d = _document;
        var w = new Wording(fr ? (Text(d["jurisdiction"]) == "fr" ? "fr-FR" : "fr-CA") : "en-CA");
        string T(string f, string e) => fr ? f : e;
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(Text(d["timeZone"])) ?? DateTimeZone.Utc;
        string When(JsonNode? iso) => InstantPattern.ExtendedIso.Parse(Text(iso)) is { Success: true } r ? w.DateTime(r.Value.InZone(zone)) : Text(iso);
        string Day(JsonNode? iso) => InstantPattern.ExtendedIso.Parse(Text(iso)) is { Success: true } r ? w.Date(r.Value.InZone(zone).Date) : Text(iso);
        var organisation = Text(d["organisation"]!["name"]);
        var page = PageStyle.Open(fr ? "fr" : "en", T("Vos données chez ", "Your data at ") + E(organisation), "ol.timeline li{margin:.3rem 0}");
        page.Append("<h1>").Append(T("Les données que nous avons sur vous", "The data we hold about you")).Append("</h1>\n<p>")
            .Append(E(T($"Ce document vient {Wording.OfName(organisation)}. ", $"This document comes from {organisation}. ")))
            .Append(T("Nous l'avons préparé le ", "We made it on ")).Append(E(When(d["generatedAt"]))).Append(". ")
            .Append(T("Votre numéro de dossier : ", "Your file number: ")).Append(E(ContactId)).Append(".</p>\n");

        page.Append("<h2>").Append(T("Vos données et leur origine", "Your data and where it came from")).Append("</h2>\n<dl>\n");
        foreach (var field in d["fields"]!.AsArray())
        {
            var name = Text(field!["name"]);
            page.Append("<dt>").Append(E(w.FieldTitle(name))).Append("</dt>\n<dd>").Append(Value(name, field["value"], w)).Append("<br>")
                .Append(E(T("Origine : ", "Source: ") + w.Source(Text(field["source"]), field["thirdParty"] is null ? null : Text(field["thirdParty"]), field["country"] is null ? null : Text(field["country"]))))
                .Append("</dd>\n");
        }

        page.Append("</dl>\n");

        page.Append("<h2>").Append(T("Vos accords aujourd'hui", "Your consents today")).Append("</h2>\n<ul>\n");
        foreach (var state in d["consents"]!["current"]!.AsArray())
        {
            page.Append("<li>").Append(E($"{w.PurposeTitle(Text(state!["purpose"]))}, {w.T("par", "by")} {w.OneOfChannel(Text(state["channel"]))} : {w.Status(Text(state["status"]))}"
                    .Replace(" : ", fr ? " : " : ": ", StringComparison.Ordinal)))
                .Append(state["expiresAt"] is { } x ? E(T($", jusqu'au {Day(x)}", $", until {Day(x)}")) : "").Append(".</li>\n");
        }

        if (d["consents"]!["current"]!.AsArray().Count == 0)
        {
            page.Append("<li>").Append(T("Nous n'avons enregistré aucun accord.", "We have recorded no consent.")).Append("</li>\n");
        }

        page.Append("</ul>\n<p>").Append(d["suppressed"]!.GetValue<bool>()
            ? T("Votre numéro ou votre adresse est sur notre liste d'exclusion. Nous ne vous écrivons plus.", "Your number or address is on our do-not-contact list. We no longer write to you.")
            : T("Vous n'êtes pas sur notre liste d'exclusion.", "You are not on our do-not-contact list.")).Append("</p>\n");

        page.Append("<h2>").Append(T("Ce qui s'est passé", "What happened")).Append("</h2>\n<ol class=\"timeline\">\n");
        foreach (var (at, what) in Timeline(w).OrderBy(t => t.At, StringComparer.Ordinal))
        {
            page.Append("<li><time datetime=\"").Append(E(at)).Append("\">").Append(E(Day(JsonValue.Create(at)))).Append("</time>").Append(T(" : ", ": ")).Append(E(what)).Append("</li>\n");
        }

        if (!Timeline(w).Any())
        {
            page.Append("<li>").Append(T("Rien n'est encore enregistré.", "Nothing is recorded yet.")).Append("</li>\n");
        }

        page.Append("</ol>\n");
        foreach (var send in d["sends"]!.AsArray())
        {
            page.Append("<h2>").Append(T("Le message du ", "The message of ")).Append(E(Day(send!["sentAt"]))).Append("</h2>\n");
            foreach (var section in send["explanation"]![fr ? "fr" : "en"]!.AsArray())
            {
                page.Append("<h3>").Append(E(Text(section!["heading"]))).Append("</h3>\n");
                foreach (var line in Text(section["text"]).Split('\n'))
                {
                    page.Append("<p>").Append(PageStyle.Linked(line)).Append("</p>\n");
                }
            }
        }

        page.Append("<h2>").Append(T("Vos choix", "Your choices")).Append("</h2>\n<p>")
            .Append(T("Vous pouvez faire corriger vos données. Vous pouvez les faire effacer. Vous pouvez retirer un accord. Vous pouvez dire non à un usage.",
                "You can have your data fixed. You can have it deleted. You can take back a consent. You can say no to a use.")).Append("</p>\n");
        if (d["privacyOfficer"] is { } officer)
        {
            page.Append("<p>").Append(T("Écrivez à notre responsable de la vie privée : ", "Write to our privacy officer: ")).Append(PageStyle.Linked(Text(officer))).Append("</p>\n");
        }

        var authority = Text(d["authority"]![fr ? "nameFr" : "nameEn"]);
        page.Append("<p>").Append(T("Vous n'êtes pas satisfait ? Vous pouvez vous plaindre ", "Not happy with our answer? You can complain to the "))
            .Append(E(fr ? Wording.ToName(authority) : authority)).Append(T(" : ", ": "))
            .Append(PageStyle.Linked(Text(d["authority"]!["url"]))).Append("</p>\n");
        return PageStyle.Close(page);
    }

    // A value as the person reads it: a list as a list, a yes/no as words, a date of birth as a date, anything else as text.
    private static string Value(string name, JsonNode? value, Wording w) => value switch
    {
        JsonArray items => "<ul>" + string.Concat(items.Select(i => "<li>" + E(Text(i)) + "</li>")) + "</ul>",
        JsonValue v when v.TryGetValue<bool>(out var b) => E(w.YesNo(b)),
        JsonValue v when name == "birth_date" && LocalDatePattern.Iso.Parse(Text(v)) is { Success: true } date => E(w.Date(date.Value)),
        JsonValue v when name == "email" => PageStyle.Linked(Text(v)),
        JsonValue v when name == "language" => E(w.Language(Text(v))),
        _ => E(Text(value)),
    };

    private IEnumerable<(string At, string What)> Timeline(Wording w)
    {
        foreach (var e in _document["consents"]!["history"]!.AsArray())
        {
            var by = e!["fromDataSubject"]?.GetValue<bool>() == false
                ? w.T($", transmis par {(e["thirdParty"] is null ? "un tiers" : Text(e["thirdParty"]))}", $", passed on by {(e["thirdParty"] is null ? "a third party" : Text(e["thirdParty"]))}")
                : ", " + w.CaptureSource(Text(e["source"]));
            var line = $"{w.EventKind(Text(e["kind"]))} : {w.PurposeTitle(Text(e["purpose"])).ToLowerInvariant()}, {w.T("par", "by")} {w.OneOfChannel(Text(e["channel"]))}{by}"
                .Replace(" : ", w.Fr ? " : " : ": ", StringComparison.Ordinal);
            yield return (Text(e["occurredAt"]), line.EndsWith('.') ? line : line + ".");
        }

        foreach (var s in _document["sends"]!.AsArray())
        {
            yield return (Text(s!["sentAt"]), w.T($"Vous avez reçu un message ({w.OneOfChannel(Text(s["channel"]))}) pour {w.Purpose(Text(s["purpose"]))}.",
                $"You got a message ({w.OneOfChannel(Text(s["channel"]))}) to {w.Purpose(Text(s["purpose"]))}."));
        }

        foreach (var r in _document["requests"]!.AsArray())
        {
            yield return (Text(r!["receivedAt"]), w.T($"Votre demande de {w.RequestKind(Text(r["kind"]))} : {w.RequestStatus(Text(r["status"]))}.",
                $"Your request ({w.RequestKind(Text(r["kind"]))}): {w.RequestStatus(Text(r["status"]))}."));
        }

        foreach (var r in _document["rectifications"]?.AsArray() ?? [])
        {
            var fields = string.Join(", ", r!["fields"]!.AsArray().Select(f => Text(f)).Select(f => w.FieldTitle(f.StartsWith("attributes.", StringComparison.Ordinal) ? f["attributes.".Length..] : f).ToLowerInvariant()));
            yield return (Text(r["at"]), w.T($"Nous avons corrigé : {fields}", $"We corrected: {fields}") + (r["by"] is { } by ? w.T($" (par {Text(by)})", $" (by {Text(by)})") : "") + ".");
        }
    }

    private IEnumerable<JsonNode?> Provided() => _document["fields"]!.AsArray().Where(f => Text(f!["source"]) == "person");

    private static string E(string text) => Html.Encode(text);

    private static string Text(JsonNode? node) => node switch
    {
        null => "",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => node.ToJsonString(),
    };
}

/// <summary>Builds access exports (R57, R58).</summary>
public interface IPersonalDataExports
{
    /// <summary>Everything held about a contact.</summary>
    /// <exception cref="ConsentKitValidationException">The contact is unknown (<c>contact.unknown</c>).</exception>
    Task<PersonalDataExport> ExportAsync(string contactId, string? organisationId = null, CancellationToken cancellationToken = default);
}

internal sealed class PersonalDataExports(ConsentKitRuntime runtime, IConsentLedger ledger, ISuppressionList suppressions, IRequestRegister requests) : IPersonalDataExports
{
    public async Task<PersonalDataExport> ExportAsync(string contactId, string? organisationId = null, CancellationToken cancellationToken = default)
    {
        var env = await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var orgId = runtime.Organisation(organisationId);
        var contact = await runtime.Store.FindContactAsync(orgId, "id", contactId ?? "", cancellationToken).ConfigureAwait(false)
            ?? throw new ConsentKitValidationException([new("contact", "contact.unknown", "no contact of this organisation has this id.")]);
        var now = runtime.Clock.GetCurrentInstant();

        var events = await ledger.GetHistoryAsync(contact.ContactId, orgId, cancellationToken).ConfigureAwait(false);

        // Who brought this person's record: themselves when any of their consents came from them, else the third party that
        // passed it on. The catalog's "person" is then the truth for this record or not (one rule: FieldSources).
        var origin = events.Count == 0 || events.Any(e => e.FromDataSubject)
            ? FieldSources.Origin.Person
            : new FieldSources.Origin(false, events[0].ThirdParty, events[0].ThirdPartyCountry);
        var fields = new JsonArray();
        void Field(string name, JsonNode? value)
        {
            if (value is null)
            {
                return;
            }

            var definition = env.Catalog.Find(name);
            var (source, thirdParty, country) = FieldSources.Resolve(definition?.Source.Name() ?? "person", definition?.ThirdParty, definition?.Country, origin);
            fields.Add((JsonNode)new JsonObject
            {
                ["name"] = name,
                ["value"] = value,
                ["category"] = definition?.Category.Name() ?? "undeclared",
                ["source"] = source,
                ["thirdParty"] = thirdParty,
                ["country"] = country,
            });
        }

        Field("first_name", contact.FirstName);
        Field("last_name", contact.LastName);
        Field("phone", contact.Phone);
        Field("email", contact.Email);
        Field("language", contact.Language);
        Field("postal_code", contact.PostalCode);
        Field("birth_date", contact.BirthDate);
        Field("time_zone", contact.TimeZone);
        if (contact.Attributes is not null && JsonNode.Parse(contact.Attributes) is JsonObject attributes)
        {
            foreach (var (name, value) in attributes)
            {
                Field(name, value?.DeepClone());
            }
        }

        var history = new JsonArray([.. events.Select(r => (JsonNode)new JsonObject
        {
            ["eventId"] = r.EventId,
            ["kind"] = r.Kind.Name(),
            ["purpose"] = r.Purpose,
            ["channel"] = r.Channel.Name(),
            ["basis"] = r.Basis?.Name(),
            ["source"] = r.Source.Name(),
            ["sourceDetail"] = r.SourceDetail,
            ["occurredAt"] = Iso(r.OccurredAt),
            ["recordedAt"] = Iso(r.RecordedAt),
            ["expiresAt"] = r.ExpiresAt is { } x ? Iso(x) : null,
            ["notice"] = r.Notice is { } n ? new JsonObject { ["id"] = n.Id, ["version"] = n.Version, ["language"] = n.Language, ["sha256"] = n.Sha256 } : null,
            ["affirmativeAct"] = r.AffirmativeAct,
            ["evidenceRef"] = r.EvidenceRef,
            ["collectedBy"] = r.CollectedBy,
            ["fromDataSubject"] = r.FromDataSubject,
            ["thirdParty"] = r.ThirdParty,
            ["thirdPartyCountry"] = r.ThirdPartyCountry,
            ["guardian"] = r.Guardian,
            ["hash"] = r.Hash,
        })]);
        var current = new JsonArray([.. (await ledger.GetStatesAsync(contact.ContactId, null, orgId, cancellationToken).ConfigureAwait(false)).Select(s => (JsonNode)new JsonObject
        {
            ["purpose"] = s.Purpose,
            ["channel"] = s.Channel.Name(),
            ["status"] = s.Status.Name(),
            ["since"] = s.Since is { } since ? Iso(since) : null,
            ["expiresAt"] = s.Expires is { } x ? Iso(x) : null,
        })]);

        var suppressed = (contact.Phone is { } phone && await suppressions.IsSuppressedAsync(IdentifierKind.Phone, phone, orgId, cancellationToken).ConfigureAwait(false))
            || (contact.Email is { } email && await suppressions.IsSuppressedAsync(IdentifierKind.Email, email, orgId, cancellationToken).ConfigureAwait(false));

        // Messages with their explanations, and the segments they went to: criteria and audience counts, never other people.
        var sends = new JsonArray();
        string? privacyOfficer = null;
        var segments = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var row in await runtime.Store.GetContactSendRecordsAsync(orgId, contact.ContactId, cancellationToken).ConfigureAwait(false))
        {
            var facts = JsonSerializer.Deserialize(row.Facts, SendFactsJson.Default.SendFacts)!;
            privacyOfficer = facts.Sender.PrivacyOfficer is { Length: > 0 } officer ? officer : privacyOfficer;
            var profile = JurisdictionProfile.For(Vocabulary.ParseJurisdiction(facts.Jurisdiction));
            JsonArray Sections(string culture) => new([.. ExplanationWriter.Write(facts, ExplanationWriter.ResolveCulture(culture, facts.Jurisdiction), profile).Sections
                .Select(s => (JsonNode)new JsonObject { ["key"] = s.Key, ["heading"] = s.Heading, ["text"] = s.Text })]);
            sends.Add((JsonNode)new JsonObject
            {
                ["messageId"] = row.MessageId,
                ["sentAt"] = Iso(Instant.FromUnixTimeTicks(row.SentAt)),
                ["channel"] = row.Channel,
                ["purpose"] = row.Purpose,
                ["campaign"] = row.Campaign,
                ["sender"] = new JsonObject { ["name"] = facts.Sender.Name, ["organisation"] = facts.Sender.Organisation, ["privacyOfficer"] = facts.Sender.PrivacyOfficer },
                ["segment"] = facts.Segment?.EntryId,
                ["consentEventId"] = row.ConsentEventId,
                ["gateAllowed"] = row.GateAllowed,
                ["fields"] = new JsonArray([.. facts.Fields.Select(f => (JsonNode)f.Name)]),
                ["ai"] = new JsonObject
                {
                    ["drafted"] = facts.Ai.Drafted,
                    ["reviewed"] = facts.Ai.Reviewed,
                    ["targeting"] = facts.Ai.Targeting,
                    ["providers"] = new JsonArray([.. facts.Ai.Providers.Select(p => (JsonNode)new JsonObject { ["name"] = p.Name, ["country"] = p.Country })]),
                },
                ["explanation"] = new JsonObject { ["fr"] = Sections("fr"), ["en"] = Sections("en") },
            });
            if (facts.Segment is { } segment && !segments.ContainsKey(segment.EntryId))
            {
                segments[segment.EntryId] = new JsonObject
                {
                    ["registerId"] = segment.EntryId,
                    ["name"] = segment.Name,
                    ["criteria"] = JsonNode.Parse(segment.Definition),
                    ["approvedAt"] = Iso(Instant.FromUnixTimeTicks(segment.ApprovedAt)),
                    ["audience"] = segment.Audience,
                };
            }
        }

        var requestList = new JsonArray([.. (await requests.ListAsync(false, orgId, cancellationToken).ConfigureAwait(false)).Where(r => r.ContactId == contact.ContactId).Select(r => (JsonNode)new JsonObject
        {
            ["requestId"] = r.Id,
            ["kind"] = r.Kind.Name(),
            ["receivedAt"] = Iso(r.ReceivedAt),
            ["receivedVia"] = r.ReceivedVia,
            ["status"] = r.Status.Name(),
            ["dueDate"] = LocalDatePattern.Iso.Format(r.DueDate),
        })]);

        // Rectifications (GDPR art. 16): the events that chained an update of the contact, with the fields it changed.
        var rectifications = new JsonArray([.. (await runtime.Store.GetContactEventsAsync(orgId, contact.ContactId, cancellationToken).ConfigureAwait(false))
            .Where(e => e.ChangedFields is not null)
            .Select(e => (JsonNode)new JsonObject
            {
                ["at"] = Iso(Instant.FromUnixTimeTicks(e.RecordedAt)),
                ["by"] = e.Actor,
                ["fields"] = new JsonArray([.. e.ChangedFields!.Split(',').Select(f => (JsonNode)f)]),
                ["eventId"] = e.EventId,
            })]);

        var document = new JsonObject
        {
            ["$schema"] = PersonalDataExport.SchemaId,
            ["schemaVersion"] = 1,
            ["generatedAt"] = Iso(now),
            ["organisation"] = new JsonObject { ["id"] = orgId, ["name"] = await runtime.RequirePublicNameAsync(orgId, cancellationToken).ConfigureAwait(false) },
            ["jurisdiction"] = env.Profile.Code.Name(),
            ["timeZone"] = contact.TimeZone ?? env.Profile.FallbackZones[0],
            ["privacyOfficer"] = privacyOfficer,
            ["jurisdictionCountry"] = env.Profile.Code == Jurisdiction.France ? "FR" : env.Profile.Code == Jurisdiction.Quebec ? "CA-QC" : "CA",
            ["retention"] = new JsonObject { ["inactiveContact"] = env.Profile.Retention.InactiveContact.ToString(), ["source"] = env.Profile.Retention.Source },
            ["recipients"] = new JsonArray([.. (await runtime.Store.GetSharingAsync(cancellationToken).ConfigureAwait(false)).Where(r => r.FromOrg == orgId)
                .Select(r => (JsonNode)new JsonObject { ["name"] = r.ToOrg, ["purposes"] = new JsonArray([.. r.Purposes.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => (JsonNode)p)]) })]),
            ["contactId"] = contact.ContactId,
            ["fields"] = fields,
            ["consents"] = new JsonObject { ["current"] = current, ["history"] = history },
            ["suppressed"] = suppressed,
            ["sends"] = sends,
            ["segments"] = new JsonArray([.. segments.Values]),
            ["requests"] = requestList,
            ["rectifications"] = rectifications,
            ["authority"] = new JsonObject { ["nameFr"] = env.Profile.Authority.NameFr, ["nameEn"] = env.Profile.Authority.NameEn, ["url"] = env.Profile.Authority.Url },
        };

        // Every export of a person's data is in the privacy officer's audit trail, inside a request or not (R61).
        await using (var session = await runtime.Store.BeginWriteAsync(cancellationToken).ConfigureAwait(false))
        {
            await DpoAuditTrail.RecordAsync(session, runtime, orgId, "export", contact.ContactId).ConfigureAwait(false);
            await session.CommitAsync().ConfigureAwait(false);
        }

        return new PersonalDataExport(contact.ContactId, document);
    }

    private static string Iso(Instant instant) => InstantPattern.ExtendedIso.Format(instant);
}
