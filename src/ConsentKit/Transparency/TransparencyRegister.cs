using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using ConsentKit.Explanations;
using ConsentKit.Hosting;
using ConsentKit.Requests;
using ConsentKit.Targeting;
using NodaTime;
using NodaTime.Text;

namespace ConsentKit.Transparency;

/// <summary>
/// A public report of how the organisation targeted and used AI over a period (R67, R68; seeds 000-002): campaigns and
/// purposes, targeting criteria in plain words, audience sizes rounded, data sources, AI uses and providers with their
/// countries, messages sent, STOP and citizen-report counts. Aggregates only: no personal data.
/// </summary>
public sealed class TransparencyReport
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly JsonObject _document;

    internal TransparencyReport(JsonObject document) => _document = document;

    /// <summary>The report as indented JSON.</summary>
    public string ToJson() => _document.ToJsonString(PageStyle.IndentedJson);

    /// <summary>The report as one self-contained HTML page in <paramref name="language"/> (<c>fr</c> or <c>en</c>).</summary>
    public string ToHtml(string language)
    {
        var fr = language?.StartsWith("fr", StringComparison.Ordinal) ?? throw new ArgumentNullException(nameof(language));
        string T(string f, string e) => fr ? f : e;
        string E(JsonNode? n) => Html.Encode(Str(n));
        var d = _document;
        var w = new Wording(fr ? (Str(d["jurisdiction"]) == "fr" ? "fr-FR" : "fr-CA") : "en-CA");
        var page = PageStyle.Open(fr ? "fr" : "en", T("Registre de transparence", "Transparency register") + " — " + E(d["organisation"]));
        page.Append("<h1>").Append(T("Comment nous ciblons et utilisons l'IA", "How we target and use AI")).Append("</h1>\n<p>")
            .Append(E(d["organisation"])).Append(T(", du ", ", from ")).Append(E(d["from"])).Append(T(" au ", " to ")).Append(E(d["to"])).Append(". ")
            .Append(T("Ce registre ne contient aucune donnée personnelle : seulement des totaux.", "This register holds no personal data: only totals.")).Append("</p>\n")
            .Append("<ul>\n<li>").Append(T("Messages envoyés : ", "Messages sent: ")).Append(E(d["messages"])).Append("</li>\n<li>")
            .Append(T("Personnes qui ont répondu STOP : ", "People who replied STOP: ")).Append(E(d["stops"])).Append("</li>\n<li>")
            .Append(T("Signalements de citoyens : ", "Citizen reports: ")).Append(E(d["reports"])).Append("</li>\n<li>")
            .Append(T("Ciblages refusés par nos règles : ", "Targeting refused by our rules: ")).Append(E(d["targeting"]!["refused"])).Append("</li>\n</ul>\n");
        page.Append("<h2>").Append(T("Campagnes", "Campaigns")).Append("</h2>\n");
        foreach (var c in d["campaigns"]!.AsArray())
        {
            page.Append("<h3>").Append(E(c!["campaign"])).Append("</h3>\n<p>").Append(T("But : ", "Purpose: ")).Append(Html.Encode(w.PurposeTitle(Str(c["purpose"])))).Append(". ")
                .Append(T("Messages : ", "Messages: ")).Append(E(c["messages"])).Append(".</p>\n");
            foreach (var s in c["segments"]!.AsArray())
            {
                page.Append("<p>").Append(T("Critères : ", "Criteria: ")).Append(E(s![fr ? "criteriaFr" : "criteriaEn"])).Append(". ")
                    .Append(s[fr ? "excludedFr" : "excludedEn"] is { } ex ? T("Exclus : ", "Left out: ") + E(ex) + ". " : "")
                    .Append(T("Audience : ", "Audience: ")).Append(E(s[fr ? "audienceFr" : "audienceEn"])).Append(".</p>\n");
            }
        }

        page.Append("<h2>").Append(T("Sources des données", "Data sources")).Append("</h2>\n<table>\n<thead><tr><th scope=\"col\">").Append(T("Donnée", "Field"))
            .Append("</th><th scope=\"col\">").Append(T("Catégorie", "Category")).Append("</th><th scope=\"col\">").Append(T("Source", "Source")).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var s in d["dataSources"]!.AsArray())
        {
            page.Append("<tr><td>").Append(Html.Encode(w.FieldTitle(Str(s!["field"])))).Append("</td><td>").Append(Html.Encode(w.Category(Str(s["category"]))))
                .Append("</td><td>").Append(Html.Encode(w.SourceForPublic(Str(s["source"]), s["thirdParty"] is null ? null : Str(s["thirdParty"]), s["country"] is null ? null : Str(s["country"]))))
                .Append("</td></tr>\n");
        }

        page.Append("</tbody>\n</table>\n<h2>").Append(T("Usage de l'IA", "Use of AI")).Append("</h2>\n<p>")
            .Append(T("Messages rédigés avec l'IA : ", "Messages drafted with AI: ")).Append(E(d["ai"]!["drafted"])).Append(T(", dont relus par une personne : ", ", of which reviewed by a person: "))
            .Append(E(d["ai"]!["reviewed"])).Append(". ").Append(T("Ciblage assisté par l'IA : ", "AI-assisted targeting: ")).Append(E(d["ai"]!["targeting"])).Append(".</p>\n<table>\n<thead><tr><th scope=\"col\">")
            .Append(T("Fournisseur", "Provider")).Append("</th><th scope=\"col\">").Append(T("Pays", "Country")).Append("</th><th scope=\"col\">").Append(T("Hors du pays", "Outside the country"))
            .Append("</th><th scope=\"col\">").Append(T("Sous contrat", "Under contract")).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var p in d["ai"]!["providers"]!.AsArray())
        {
            page.Append("<tr><td>").Append(E(p!["name"])).Append("</td><td>").Append(E(p["country"])).Append("</td><td>")
                .Append(p["outsideHome"]!.GetValue<bool>() ? T("oui", "yes") : T("non", "no")).Append("</td><td>")
                .Append(p["registered"]!.GetValue<bool>() ? T("oui", "yes") : T("non : signalé à notre responsable", "no: flagged to our privacy officer")).Append("</td></tr>\n");
        }

        return PageStyle.Close(page.Append("</tbody>\n</table>\n"));
    }

    private static string Str(JsonNode? n) => PageStyle.Text(n);
}

/// <summary>Builds the public transparency register (R67, R68).</summary>
public interface ITransparencyRegister
{
    /// <summary>The report for the days [<paramref name="firstDay"/>, <paramref name="lastDay"/>], in the jurisdiction's calendar.</summary>
    Task<TransparencyReport> ReportAsync(LocalDate firstDay, LocalDate lastDay, string? organisationId = null, CancellationToken cancellationToken = default);
}

internal sealed class TransparencyRegister(ConsentKitRuntime runtime, IRequestRegister requests) : ITransparencyRegister
{
    public async Task<TransparencyReport> ReportAsync(LocalDate firstDay, LocalDate lastDay, string? organisationId = null, CancellationToken cancellationToken = default)
    {
        var (from, to) = (firstDay, lastDay);
        if (to < from)
        {
            throw new ConsentKitValidationException([new("to", "period.order", "to must not come before from.")]);
        }

        var env = await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var profile = env.Profile;
        var orgId = runtime.Organisation(organisationId);
        var zone = DateTimeZoneProviders.Tzdb[profile.RequestDeadline.TimeZone];
        var start = from.AtStartOfDayInZone(zone).ToInstant();
        var end = to.PlusDays(1).AtStartOfDayInZone(zone).ToInstant();
        var sends = await runtime.Store.GetSendRecordsBetweenAsync(orgId, start.ToUnixTimeTicks(), end.ToUnixTimeTicks(), cancellationToken).ConfigureAwait(false);
        var facts = sends.Select(r => JsonSerializer.Deserialize(r.Facts, SendFactsJson.Default.SendFacts)!).ToList();
        var register = await runtime.Store.GetTargetingRegisterAsync(orgId, start.ToUnixTimeTicks(), end.ToUnixTimeTicks(), cancellationToken).ConfigureAwait(false);
        var reports = (await requests.ListAsync(false, orgId, cancellationToken).ConfigureAwait(false)).Count(r => r.Kind == RequestKind.Report && r.ReceivedAt >= start && r.ReceivedAt < end);
        var organisation = await runtime.RequirePublicNameAsync(orgId, cancellationToken).ConfigureAwait(false);

        var campaigns = new JsonArray([.. facts.GroupBy(f => (f.Campaign ?? "—", f.Purpose)).OrderBy(g => g.Key.Item1, StringComparer.Ordinal).Select(g => (JsonNode)new JsonObject
        {
            ["campaign"] = g.Key.Item1,
            ["purpose"] = g.Key.Purpose,
            ["channels"] = new JsonArray([.. g.Select(f => f.Channel).Distinct().Order(StringComparer.Ordinal).Select(c => (JsonNode)c)]),
            ["messages"] = g.Count(),
            ["segments"] = new JsonArray([.. g.Where(f => f.Segment is not null).GroupBy(f => f.Segment!.EntryId).Select(s => Segment(s.First().Segment!, profile))]),
        })]);
        // Every field a message used, with the source each record supports, and every field a segment's criteria read: a
        // reader of the page sees no criterion whose data source is missing from the table (R67).
        var used = facts.SelectMany(f => Claims.Fields(f).Select(u => (u.Field, u.Category, u.Source, u.ThirdParty, u.Country)));
        var criteria = facts.Where(f => f.Segment is not null).Select(f => f.Segment!.Definition).Distinct(StringComparer.Ordinal)
            .SelectMany(CriteriaFields).Distinct(StringComparer.Ordinal)
            .Select(name => env.Catalog.Find(name) is { } def
                ? (def.Name, def.Category.Name(), def.Source.Name(), def.ThirdParty, def.Country)
                : (name, "undeclared", "undeclared", (string?)null, (string?)null));
        var fields = used.Concat(criteria).Distinct().OrderBy(f => f.Item1, StringComparer.Ordinal).ThenBy(f => f.Item3, StringComparer.Ordinal).ToList();
        var providers = facts.SelectMany(f => f.Ai.Providers.Select(p => (p, Unregistered: f.Ai.Unregistered.Contains(p.Name))))
            .GroupBy(x => (x.p.Name, x.p.Country)).OrderBy(g => g.Key.Name, StringComparer.Ordinal).ToList();
        var document = new JsonObject
        {
            ["schemaVersion"] = 1,
            ["organisation"] = organisation,
            ["jurisdiction"] = profile.Code.Name(),
            ["from"] = LocalDatePattern.Iso.Format(from),
            ["to"] = LocalDatePattern.Iso.Format(to),
            ["generatedAt"] = InstantPattern.ExtendedIso.Format(runtime.Clock.GetCurrentInstant()),
            ["messages"] = facts.Count,
            ["stops"] = await runtime.Store.CountStopsAsync(orgId, start.ToUnixTimeTicks(), end.ToUnixTimeTicks(), cancellationToken).ConfigureAwait(false),
            ["reports"] = reports,
            ["targeting"] = new JsonObject { ["allowed"] = register.Count(r => r.Allowed), ["refused"] = register.Count(r => !r.Allowed) },
            ["campaigns"] = campaigns,
            ["dataSources"] = new JsonArray([.. fields.Select(f => (JsonNode)new JsonObject
            {
                ["field"] = f.Item1, ["category"] = f.Item2, ["source"] = f.Item3, ["thirdParty"] = f.Item4, ["country"] = f.Item5,
            })]),
            ["ai"] = new JsonObject
            {
                ["drafted"] = facts.Count(f => f.Ai.Drafted),
                ["reviewed"] = facts.Count(f => f.Ai.Drafted && f.Ai.Reviewed),
                ["targeting"] = facts.Count(f => f.Ai.Targeting),
                ["providers"] = new JsonArray([.. providers.Select(g => (JsonNode)new JsonObject
                {
                    ["name"] = g.Key.Name,
                    ["country"] = g.Key.Country,
                    ["outsideHome"] = !profile.HomeCountries.Contains(g.Key.Country),
                    ["registered"] = !g.Any(x => x.Unregistered),
                    ["messages"] = g.Count(),
                })]),
            },
        };
        return new TransparencyReport(document);
    }

    private static IEnumerable<string> CriteriaFields(string definition)
    {
        SegmentDefinition parsed;
        try
        {
            parsed = SegmentDefinition.Parse(definition);
        }
        catch (ConsentKitValidationException)
        {
            yield break;
        }

        foreach (var c in parsed.Include.Fields().Concat(parsed.Exclude?.Fields() ?? []))
        {
            yield return c.Field;
        }
    }

    // Criteria in plain words and the audience rounded, so that no small group can be singled out.
    private static JsonObject Segment(SegmentFacts segment, Jurisdictions.JurisdictionProfile profile)
    {
        var definition = SegmentDefinition.Parse(segment.Definition);
        var (includeFr, excludeFr) = ExplanationWriter.DescribeCriteria(definition, profile.Code == Jurisdiction.France ? "fr-FR" : "fr-CA", profile);
        var (includeEn, excludeEn) = ExplanationWriter.DescribeCriteria(definition, "en-CA", profile);
        var (counted, rounded, audienceFr, audienceEn) = PublishedAudience(segment.Audience);
        return new JsonObject
        {
            ["registerId"] = segment.EntryId,
            ["name"] = segment.Name,
            ["criteriaFr"] = includeFr,
            ["criteriaEn"] = includeEn,
            ["excludedFr"] = excludeFr,
            ["excludedEn"] = excludeEn,
            ["audienceCounted"] = counted,
            ["audienceRounded"] = rounded,
            ["audienceRounding"] = rounded is null ? null : "nearest-100",
            ["audienceFr"] = audienceFr,
            ["audienceEn"] = audienceEn,
        };
    }

    /// <summary>
    /// An audience as it may be published (the register, ad transparency notices): never counted is said so, never as a
    /// number or a bound; a counted one is rounded to the nearest hundred, and below 100 only that bound is given, so that no
    /// small group can be singled out.
    /// </summary>
    internal static (bool Counted, long? Rounded, string Fr, string En) PublishedAudience(long? audience)
    {
        var counted = audience is not null;
        var rounded = audience is { } a && a >= 100 ? (long?)(Math.Round(a / 100.0, MidpointRounding.AwayFromZero) * 100) : null;
        return (counted, rounded,
            !counted ? "non mesurée : nous n'avons pas compté ce groupe"
                : rounded is { } r ? $"environ {r.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '\u00A0')} personnes (arrondi à la centaine)" : "moins de 100 personnes (nombre exact non publié)",
            !counted ? "not counted: we did not count this group"
                : rounded is { } r2 ? $"about {r2.ToString("#,0", CultureInfo.InvariantCulture)} people (rounded to the nearest hundred)" : "fewer than 100 people (exact number not published)");
    }
}
