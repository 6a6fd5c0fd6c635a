using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConsentKit.Targeting;

/// <summary>
/// The definition-time rules of the targeting guard: pure, no I/O, so that a segment is checked in microseconds and the
/// same segment always gets the same answer. The audience floor needs data and is applied by the guard.
/// </summary>
// profilingOff: the rule that keeps profiling off (R38), or null when an approved override turned it on.
internal sealed class TargetingValidator(DataCatalog catalog, ProxyRules proxies, IReadOnlyList<TargetingOverride> overrides, string? profilingOff = null)
{
    // Field names come from a bounded catalog: their proxy verdict is computed once per validator.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ProxyMatch?> _nameMatches = new(StringComparer.Ordinal);

    public (List<TargetingViolation> Violations, List<string> RequiredConsents, List<FieldDefinition> Fields) Validate(
        SegmentDefinition segment, string purpose, TargetingRules rules)
    {
        var violations = new List<TargetingViolation>();
        var consents = new List<string>();
        var used = new Dictionary<string, FieldDefinition>(StringComparer.Ordinal);
        var reported = new HashSet<(TargetingViolationCode, string)>();

        void Add(TargetingViolation v)
        {
            if (reported.Add((v.Code, v.Field)))
            {
                violations.Add(v);
            }
        }

        foreach (var (text, field) in new[] { (segment.Name, "name"), (segment.Description, "description") })
        {
            if (proxies.Match(text) is { } intent)
            {
                Add(intent.IsVulnerability ? Vulnerability(field) : new(TargetingViolationCode.SensitiveIntent, field, intent.Category,
                    "R31; GDPR art. 9(1)",
                    $"Le {(field == "name" ? "nom" : "descriptif")} du segment indique qu'il vise des personnes selon {intent.Category!.Value.Label().Fr}. C'est interdit.",
                    $"The segment's {field} says it aims at people by {intent.Category!.Value.Label().En}. That is not allowed."));
            }
        }

        var languages = new List<FieldCriterion>();
        var hasLocation = false;
        foreach (var (criteria, excluding) in new[] { (segment.Include, false), (segment.Exclude, true) })
        {
            if (criteria is null)
            {
                continue;
            }

            foreach (var criterion in criteria.Fields())
            {
                var name = criterion.Field;
                if (catalog.Find(name) is not { } field)
                {
                    Add(new(TargetingViolationCode.UndeclaredField, name, null, "R28",
                        $"Le champ {name} n'est pas déclaré dans le catalogue des données. On ne peut pas s'en servir pour choisir des personnes.",
                        $"The field {name} is not declared in the data catalog. It cannot be used to choose people."));
                    continue;
                }

                used.TryAdd(name, field);
                CheckField(field, criterion, excluding, purpose, rules, Add, consents);
                if (field.Category == DataCategory.Location)
                {
                    hasLocation = true;
                }

                if (name == "language" || (field.Category == DataCategory.Demographic && name.Contains("lang", StringComparison.Ordinal)))
                {
                    languages.Add(criterion);
                }
            }
        }

        // R31: a language joined to a place sorts people by origin, unless it only picks the official languages (the message's language).
        if (hasLocation)
        {
            foreach (var language in languages)
            {
                var values = language.Texts().Select(t => t.Trim().ToLowerInvariant()).ToList();
                var official = language.Operator is SegmentOperator.Eq or SegmentOperator.In
                    && values.Count > 0 && values.All(v => rules.OfficialLanguages.Any(o => v == o || v.StartsWith(o + "-", StringComparison.Ordinal)));
                if (!official)
                {
                    Add(Proxy(language.Field, DataCategory.EthnicOrigin, "R31; CNIL electoral-list guidance; CJEU C-184/20",
                        "une langue jointe à un lieu"));
                }
            }
        }

        // R35: under EU targeting, electoral-list data is never joined with a broker's.
        if (rules.OnlyDataFromThePerson && used.Values.FirstOrDefault(f => f.Source == DataSource.ElectoralList) is { } list
            && used.Values.FirstOrDefault(f => f.Source == DataSource.ThirdParty) is { } broker)
        {
            Add(new(TargetingViolationCode.ElectoralListJoin, list.Name, list.Category, "R35; " + rules.ElectoralListSource,
                $"Ce segment joint la liste électorale ({list.Name}) à des données achetées à un tiers ({broker.Name}). C'est interdit pour le ciblage dans l'Union européenne.",
                $"This segment joins the electoral list ({list.Name}) with data bought from a third party ({broker.Name}). That is not allowed for targeting in the European Union."));
        }

        var minimumAge = rules.MinimumAge(purpose);
        if (minimumAge > 0 && segment.Include.Fields().Any(c => c.Field == "age" && SelectsOnlyUnder(c, minimumAge)))
        {
            Add(new(TargetingViolationCode.Minors, "age", DataCategory.Demographic, rules.Minors.Source,
                $"Ce segment vise des personnes de moins de {minimumAge} ans. C'est interdit pour ce but.",
                $"This segment aims at people under {minimumAge}. That is not allowed for this purpose."));
        }

        return (violations, consents, [.. used.Values]);
    }

    private void CheckField(FieldDefinition field, FieldCriterion criterion, bool excluding, string purpose, TargetingRules rules, Action<TargetingViolation> add, List<string> consents)
    {
        var name = field.Name;
        var how = excluding ? ("pour exclure", "to exclude") : ("pour choisir", "to choose");
        if (field.Category is DataCategory.Identity or DataCategory.Contact)
        {
            add(new(TargetingViolationCode.IdentifierCriterion, name, field.Category, "R33",
                $"Le champ {name} désigne des personnes une à une. Un segment vise un groupe, pas des individus.",
                $"The field {name} points to people one by one. A segment aims at a group, not at individuals."));
            return;
        }

        if (field.SpecialCategory is { } special)
        {
            if (!Overridden(special, purpose, rules))
            {
                var (fr, en) = special.Label();
                add(new(field.Category.IsSpecial() ? TargetingViolationCode.SpecialCategory : TargetingViolationCode.Proxy, name, special,
                    "R28, R30, R31; GDPR art. 9(1); TTPA art. 18(1)(c)",
                    $"Le champ {name} révèle {fr}. On ne s'en sert jamais {how.Item1} des personnes.",
                    $"The field {name} reveals {en}. It is never used {how.Item2} people."));
            }
        }
        else if (field.Category == DataCategory.PoliticalOpinion && purpose == "political-ads" && rules.NoSpecialCategoriesForPoliticalAds)
        {
            add(new(TargetingViolationCode.SpecialCategory, name, DataCategory.PoliticalOpinion, "R30; GDPR art. 9(1); TTPA art. 18(1)(c)",
                $"Le champ {name} révèle les opinions politiques. La publicité politique ne peut pas s'en servir pour cibler.",
                $"The field {name} reveals political opinions. Political advertising cannot use it to target people."));
        }
        else if (_nameMatches.GetOrAdd(name, proxies.Match) is { } nameMatch)
        {
            add(nameMatch.IsVulnerability ? Vulnerability(name) : Proxy(name, nameMatch.Category!.Value, "R31; CJEU C-184/20", null));
        }

        // A value that reveals a special category counts as that category; a field already refused as one needs no second line.
        foreach (var text in field.SpecialCategory is null ? criterion.Texts() : [])
        {
            if (proxies.Match(text) is { } valueMatch)
            {
                add(valueMatch.IsVulnerability ? Vulnerability(name) : Proxy(name, valueMatch.Category!.Value, "R31; CJEU C-184/20", "une valeur choisie"));
                break;
            }
        }

        if (!field.AllowsPurpose(purpose))
        {
            add(new(TargetingViolationCode.PurposeNotAllowed, name, field.Category, "R37; GDPR art. 5(1)(b), 5(1)(c)",
                $"Le catalogue ne permet pas d'utiliser le champ {name} pour le but {purpose}.",
                $"The data catalog does not allow the field {name} for the purpose {purpose}."));
        }

        if (field.Source == DataSource.ElectoralList && !rules.ElectoralListPurposes.Contains(purpose))
        {
            add(new(TargetingViolationCode.ElectoralListPurpose, name, field.Category, rules.ElectoralListSource,
                $"Le champ {name} vient de la liste électorale, que la loi réserve à la communication avec les électeurs : pas au but {purpose}.",
                $"The field {name} comes from the electoral list, which the law keeps for communicating with electors: not for the purpose {purpose}."));
            return;
        }

        var indirect = field.Source is DataSource.ThirdParty or DataSource.Inferred || field.Category == DataCategory.Inferred
            || (field.Source == DataSource.ElectoralList && purpose == "political-ads");
        if (rules.OnlyDataFromThePerson && indirect)
        {
            var (fr, en) = field.Source switch
            {
                DataSource.ThirdParty => ($"vient d'un tiers ({field.ThirdParty}, {field.Country})", $"comes from a third party ({field.ThirdParty}, {field.Country})"),
                DataSource.ElectoralList => ("vient de la liste électorale", "comes from the electoral list"),
                _ => ("est une déduction par calcul ou par IA", "is a guess made by scoring or AI"),
            };
            add(new(TargetingViolationCode.IndirectSource, name, field.Category, "R5, R30; TTPA art. 18(1)",
                $"Le champ {name} {fr}. Ici, seules les données que la personne nous a confiées elle-même peuvent servir à cibler.",
                $"The field {name} {en}. Here, only data the person gave us can be used to target."));
            return;
        }

        if (field.IsInferred && profilingOff is not null)
        {
            add(new(TargetingViolationCode.ProfilingOff, name, field.Category, profilingOff,
                $"Le champ {name} est une déduction par calcul ou par IA : le profilage est désactivé par défaut et aucune décision approuvée ne l'a activé.",
                $"The field {name} is a guess made by scoring or AI: profiling is off by default and no approved decision turned it on."));
            return;
        }

        if (field.IsInferred && !consents.Contains("ai-profiling"))
        {
            // R29, R44: an inference selects only people who agreed to profiling.
            consents.Add("ai-profiling");
        }

        if (field.Source == DataSource.ThirdParty && rules.ThirdPartyDataNeedsExplicitConsent && !consents.Contains("explicit:" + purpose))
        {
            consents.Add("explicit:" + purpose);
        }
    }

    private bool Overridden(DataCategory category, string purpose, TargetingRules rules) =>
        !(purpose == "political-ads" && rules.NoSpecialCategoriesForPoliticalAds)
        && overrides.Any(o => o.Category == category && o.Purpose == purpose);

    private static TargetingViolation Proxy(string field, DataCategory category, string rule, string? what)
    {
        var (fr, en) = category.Label();
        return new(TargetingViolationCode.Proxy, field, category, rule,
            what is null
                ? $"Le champ {field} laisse deviner {fr}. On ne s'en sert pas pour cibler."
                : $"Dans le champ {field}, {what} laisse deviner {fr}. On ne s'en sert pas pour cibler.",
            what is null
                ? $"The field {field} hints at {en}. It is not used to target people."
                : $"In the field {field}, {(what == "une valeur choisie" ? "a chosen value" : "a language joined to a place")} hints at {en}. It is not used to target people.");
    }

    private static TargetingViolation Vulnerability(string field) =>
        new(TargetingViolationCode.Vulnerability, field, null, "R34",
            $"Le champ {field} touche à une situation de fragilité (dettes, deuil, dépendance...). On ne cible pas les gens par leur fragilité.",
            $"The field {field} touches on a hard situation (debt, grief, addiction...). We do not target people by their hardships.");

    private static bool SelectsOnlyUnder(FieldCriterion c, int age)
    {
        static double? Number(JsonNode? n) => n is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? v.GetValue<double>() : null;
        return c.Operator switch
        {
            SegmentOperator.Lt => Number(c.Value) is { } x && x <= age,
            SegmentOperator.Le or SegmentOperator.Eq => Number(c.Value) is { } x && x < age,
            SegmentOperator.Between => c.Value is JsonArray { Count: 2 } a && Number(a[1]) is { } high && high < age,
            SegmentOperator.In => c.Value is JsonArray a && a.All(n => Number(n) is { } x && x < age),
            _ => false,
        };
    }
}
