using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using ConsentKit.Explanations;
using ConsentKit.Hosting;
using ConsentKit.Propagation;
using ConsentKit.Targeting;
using NodaTime;
using NodaTime.Text;

namespace ConsentKit.Records;

/// <summary>
/// The records of processing activities (R66; GDPR art. 30; QC-PP s.3.2 and s.8 inventory): purposes with their bases and
/// lifetimes, the categories of data and of persons, recipients, transfers outside the jurisdiction, retention and the
/// security measures, built from the configuration and the store's registrations at the instant asked, never typed by
/// hand. It holds no personal data: a privacy officer may hand it to an authority as it is.
/// </summary>
public sealed class ProcessingRecords
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly JsonObject _document;

    internal ProcessingRecords(JsonObject document) => _document = document;

    /// <summary>The records as indented JSON (docs/cli.md, <c>dpo records</c>).</summary>
    public string ToJson() => _document.ToJsonString(PageStyle.IndentedJson);

    /// <summary>The records as one self-contained HTML page in <paramref name="language"/> (<c>fr</c> or <c>en</c>).</summary>
    public string ToHtml(string language)
    {
        var fr = language?.StartsWith("fr", StringComparison.Ordinal) ?? throw new ArgumentNullException(nameof(language));
        // The rules' sources are written in English (R-numbers and articles): they carry their own lang on a French page.
        string T(string f, string e) => fr ? f : e;
        string E(JsonNode? n) => Html.Encode(Str(n));
        string Words(JsonNode? n) => Html.Encode(Str(n?[fr ? "fr" : "en"]));
        var d = _document;
        var w = new Wording(fr ? (Str(d["jurisdiction"]) == "fr" ? "fr-FR" : "fr-CA") : "en-CA");
        var page = PageStyle.Open(fr ? "fr" : "en", T("Registre des activités de traitement", "Records of processing activities") + " — " + E(d["organisation"]));
        page.Append("<h1>").Append(T("Registre des activités de traitement", "Records of processing activities")).Append("</h1>\n<p>")
            .Append(E(d["organisation"])).Append(T(", établi le ", ", made on ")).Append(E(d["generatedAt"])).Append(T(" à partir de la configuration en vigueur. ", " from the configuration in force. "))
            .Append(T("Il ne contient aucune donnée personnelle.", "It holds no personal data.")).Append("</p>\n");

        page.Append("<h2>").Append(T("Finalités", "Purposes")).Append("</h2>\n<table>\n<thead><tr><th scope=\"col\">").Append(T("Finalité", "Purpose"))
            .Append("</th><th scope=\"col\">").Append(T("Bases", "Bases")).Append("</th><th scope=\"col\">").Append(T("Durée de l'accord", "Consent lasts"))
            .Append("</th><th scope=\"col\">").Append(T("Règle", "Rule")).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var p in d["purposes"]!.AsArray())
        {
            page.Append("<tr><td>").Append(Html.Encode(w.PurposeTitle(Str(p!["name"])))).Append("</td><td>")
                .Append(Html.Encode(string.Join(", ", p["bases"]!.AsArray().Select(b => w.Basis(Str(b)))))).Append("</td><td>")
                .Append(E(p["lifetime"])).Append("</td><td lang=\"en\">").Append(E(p["source"])).Append("</td></tr>\n");
        }

        page.Append("</tbody>\n</table>\n<h2>").Append(T("Catégories de personnes", "Categories of persons")).Append("</h2>\n<ul>\n");
        foreach (var s in d["subjectCategories"]!.AsArray())
        {
            page.Append("<li>").Append(Words(s)).Append("</li>\n");
        }

        page.Append("</ul>\n<h2>").Append(T("Catégories de données", "Categories of data")).Append("</h2>\n<table>\n<thead><tr><th scope=\"col\">").Append(T("Donnée", "Field"))
            .Append("</th><th scope=\"col\">").Append(T("Catégorie", "Category")).Append("</th><th scope=\"col\">").Append(T("Source", "Source"))
            .Append("</th><th scope=\"col\">").Append(T("Finalités", "Purposes")).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var f in d["dataCategories"]!.AsArray())
        {
            var purposes = f!["purposes"]!.AsArray().Select(Str).ToList();
            page.Append("<tr><td>").Append(Html.Encode(w.FieldTitle(Str(f["field"])))).Append("</td><td>").Append(Html.Encode(w.Category(Str(f["category"]))))
                .Append("</td><td>").Append(Html.Encode(w.SourceForPublic(Str(f["source"]), f["thirdParty"] is null ? null : Str(f["thirdParty"]), f["country"] is null ? null : Str(f["country"]))))
                .Append("</td><td>").Append(Html.Encode(purposes.Contains("*") ? T("toutes", "all") : string.Join(", ", purposes.Select(w.PurposeTitle)))).Append("</td></tr>\n");
        }

        // A section that may be empty says so, rather than showing an empty list.
        void Items(string heading, JsonArray items, Func<JsonNode, string> item)
        {
            page.Append("<h2>").Append(heading).Append("</h2>\n").Append(items.Count == 0 ? "<p>" + T("Aucun.", "None.") + "</p>\n" : "<ul>\n");
            foreach (var i in items)
            {
                page.Append("<li>").Append(item(i!)).Append("</li>\n");
            }

            page.Append(items.Count == 0 ? "" : "</ul>\n");
        }

        page.Append("</tbody>\n</table>\n");
        Items(T("Destinataires", "Recipients"), d["recipients"]!.AsArray(), r => E(r["name"]) + " — " + Words(r["role"]) + (r["country"] is { } c ? " (" + E(c) + ")" : ""));
        Items(T("Transferts hors du territoire", "Transfers outside the jurisdiction"), d["transfers"]!.AsArray(),
            t => E(t["recipient"]) + " (" + E(t["country"]) + ") — " + T("garantie : ", "safeguard: ") + E(t["safeguard"]));

        var retention = d["retention"]!;
        page.Append("<h2>").Append(T("Durées de conservation", "Retention")).Append("</h2>\n<ul>\n<li>")
            .Append(T("Contact sans accord en vigueur ni activité : effacé après ", "Contact with no consent in force and no activity: erased after ")).Append(E(retention["inactiveContact"])).Append("</li>\n<li>")
            .Append(T("Traces d'envoi : ", "Send records: ")).Append(E(retention["sendRecords"])).Append("</li>\n<li>")
            .Append(T("Registre des incidents : ", "Incident register: ")).Append(E(retention["incidents"])).Append("</li>\n<li>")
            .Append(T("Liste d'exclusion (empreintes) : conservée", "Suppression list (keyed hashes): kept")).Append("</li>\n</ul>\n<p lang=\"en\">")
            .Append(E(retention["source"])).Append("</p>\n<h2>").Append(T("Mesures de sécurité", "Security measures")).Append("</h2>\n<ul>\n");
        foreach (var m in d["security"]!.AsArray())
        {
            page.Append("<li>").Append(Words(m)).Append("</li>\n");
        }

        return PageStyle.Close(page.Append("</ul>\n"));
    }

    private static string Str(JsonNode? n) => PageStyle.Text(n);
}

/// <summary>Builds the records of processing activities from the configuration in force (R66; GDPR art. 30).</summary>
public interface IRecordsOfProcessing
{
    /// <summary>The records of one organisation (the default one when null), as the configuration and the store say now.</summary>
    Task<ProcessingRecords> BuildAsync(string? organisationId = null, CancellationToken cancellationToken = default);
}

internal sealed class RecordsOfProcessing(ConsentKitRuntime runtime, IPropagation propagation, Organisations.IOrganisationRegistry organisations) : IRecordsOfProcessing
{
    // What ConsentKit itself does to protect the data, each stated only because the code does it (docs/architecture.md).
    private static readonly (string Fr, string En)[] Measures =
    [
        ("Registre des accords en chaîne de hachage SHA-256 par organisation : toute modification, suppression ou insertion est détectée (verify).",
            "Consent ledger hash-chained with SHA-256 per organisation: any edit, deletion or insertion is detected (verify)."),
        ("Données personnelles liées à la chaîne par HMAC-SHA256, sous une clé gardée hors de la base ; l'effacement ne casse pas la chaîne.",
            "Personal data bound to the chain by HMAC-SHA256 under a key kept outside the database; erasure does not break the chain."),
        ("Chaque ligne dont dépend le contrôle d'envoi est scellée par une empreinte à clé ; une ligne modifiée bloque l'envoi.",
            "Every row the send gate relies on is sealed with a keyed hash; an altered row blocks sending."),
        ("Liste d'exclusion tenue par empreintes à clé, sans numéro ni adresse en clair.",
            "Suppression list kept as keyed hashes, with no number or address in clear."),
        ("Chaque écriture est une seule transaction : rien n'est écrit à moitié ; une reprise ne compte qu'une fois.",
            "Every write is one transaction: nothing is half-written; a retry counts once."),
        ("Aucune donnée personnelle dans les journaux, les métriques ni les messages d'erreur : des identifiants et des nombres seulement.",
            "No personal data in logs, metrics or error messages: ids and counts only."),
        ("Les données personnelles sont retirées ou remplacées par des pseudonymes avant qu'un texte parvienne à un modèle d'IA.",
            "Personal data is removed or replaced by pseudonyms before any text reaches an AI model."),
        ("Chaque finalité ne reçoit que les champs que le catalogue lui permet (minimisation).",
            "Each purpose receives only the fields the data catalog allows it (minimisation)."),
    ];

    public async Task<ProcessingRecords> BuildAsync(string? organisationId = null, CancellationToken cancellationToken = default)
    {
        var env = await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var orgId = runtime.Organisation(organisationId);
        var profile = env.Profile;
        var name = await runtime.RequirePublicNameAsync(orgId, cancellationToken).ConfigureAwait(false);
        var purposes = env.Purposes.Values.OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        var fields = env.Catalog.Fields.Values.OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        var processors = await propagation.GetStatusAsync(orgId, cancellationToken).ConfigureAwait(false);
        var sharing = (await organisations.GetSharingAsync(cancellationToken).ConfigureAwait(false)).Where(s => s.FromOrganisation == orgId).ToList();
        var ai = runtime.Options.AiPolicyFor(orgId).Providers.OrderBy(p => p.Name, StringComparer.Ordinal).ToList();

        var recipients = new JsonArray();
        foreach (var p in processors.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            recipients.Add((JsonNode)new JsonObject
            {
                ["name"] = p.Name, ["kind"] = "processor", ["host"] = Uri.TryCreate(p.Url, UriKind.Absolute, out var url) ? url.Host : null, ["country"] = null,
                ["role"] = Words("sous-traitant : reçoit les retraits, exclusions et effacements", "processor: receives withdrawals, suppressions and erasures"),
            });
        }

        foreach (var p in ai)
        {
            recipients.Add((JsonNode)new JsonObject
            {
                ["name"] = p.Name, ["kind"] = "ai-provider", ["host"] = null, ["country"] = p.Country, ["contract"] = p.ContractReference, ["dataSent"] = p.DataSent,
                ["role"] = Words("fournisseur d'IA sous contrat : reçoit des textes filtrés", "AI provider under contract: receives filtered text"),
            });
        }

        foreach (var s in sharing.OrderBy(s => s.ToOrganisation, StringComparer.Ordinal))
        {
            recipients.Add((JsonNode)new JsonObject
            {
                ["name"] = s.ToOrganisation, ["kind"] = "organisation", ["host"] = null, ["country"] = null, ["purposes"] = Strings(s.Purposes),
                ["role"] = Words("organisation liée : reçoit des contacts pour " + string.Join(", ", s.Purposes), "related organisation: receives contacts for " + string.Join(", ", s.Purposes)),
            });
        }

        // Transfers (GDPR ch. V; QC-PP s.17): the AI providers outside the home countries, and the third countries data came from.
        var transfers = new JsonArray([.. ai.Where(p => !profile.HomeCountries.Contains(p.Country)).Select(p => (JsonNode)new JsonObject
        {
            ["recipient"] = p.Name, ["country"] = p.Country, ["direction"] = "out", ["safeguard"] = p.TransferAssessment,
        })]);

        var document = new JsonObject
        {
            ["schemaVersion"] = 1,
            ["organisation"] = name,
            ["organisationId"] = orgId,
            ["jurisdiction"] = profile.Code.Name(),
            ["generatedAt"] = InstantPattern.ExtendedIso.Format(runtime.Clock.GetCurrentInstant()),
            ["rule"] = "R66; GDPR art. 30; QC-PP s.3.2",
            ["purposes"] = new JsonArray([.. purposes.Select(p => (JsonNode)new JsonObject
            {
                ["name"] = p.Name,
                ["bases"] = Strings(p.AcceptedBases.Order().Select(b => b.Name())),
                ["lifetime"] = PeriodPattern.NormalizingIso.Format(p.DefaultLifetime),
                ["source"] = p.Source,
            })]),
            ["subjectCategories"] = new JsonArray([.. SubjectCategories(purposes.Select(p => p.Name).ToHashSet(StringComparer.Ordinal), profile)]),
            ["dataCategories"] = new JsonArray([.. fields.Select(f => (JsonNode)new JsonObject
            {
                ["field"] = f.Name,
                ["category"] = f.Category.Name(),
                ["special"] = f.SpecialCategory is not null,
                ["source"] = f.Source.Name(),
                ["thirdParty"] = f.ThirdParty,
                ["country"] = f.Country,
                ["purposes"] = Strings(f.Purposes.Order(StringComparer.Ordinal)),
            })]),
            ["recipients"] = recipients,
            ["transfers"] = transfers,
            ["retention"] = new JsonObject
            {
                ["inactiveContact"] = PeriodPattern.NormalizingIso.Format(runtime.Options.InactiveContactRetention ?? profile.Retention.InactiveContact),
                ["sendRecords"] = PeriodPattern.NormalizingIso.Format(profile.Retention.SendRecords),
                ["incidents"] = PeriodPattern.NormalizingIso.Format(profile.Incidents.Keep),
                ["suppressions"] = "kept",
                ["source"] = profile.Retention.Source + "; " + profile.Incidents.Source,
            },
            ["security"] = new JsonArray([.. Measures.Select(m => (JsonNode)Words(m.Fr, m.En))]),
        };
        return new ProcessingRecords(document);
    }

    // The persons a purpose concerns: everyone contacted, and members, donors or volunteers where a purpose names them.
    private static IEnumerable<JsonNode> SubjectCategories(HashSet<string> purposes, Jurisdictions.JurisdictionProfile profile)
    {
        yield return Words("Électeurs et sympathisants qui ont donné leur accord, ou dont les données viennent d'un tiers nommé",
            "Electors and supporters who agreed, or whose data came from a named third party");
        if (purposes.Contains("membership"))
        {
            yield return Words("Membres et anciens membres", "Members and former members");
        }

        if (purposes.Contains("fundraising"))
        {
            yield return Words("Donateurs", "Donors");
        }

        if (purposes.Contains("volunteering"))
        {
            yield return Words("Bénévoles", "Volunteers");
        }

        yield return Words($"Mineurs de moins de {profile.ParentalConsentAge} ans, seulement avec l'accord d'un parent ou tuteur",
            $"Minors under {profile.ParentalConsentAge}, only with a parent's or guardian's consent");
    }

    private static JsonObject Words(string fr, string en) => new() { ["fr"] = fr, ["en"] = en };

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)v)]);
}
