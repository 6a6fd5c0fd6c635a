namespace ConsentKit.Targeting;

/// <summary>
/// Reviews a data catalog before it is imported (<c>consentkit catalog lint</c>): fields a CSV uses but the catalog does
/// not declare, sensitive fields open to purposes that target people, and names that look like proxies of a special category.
/// </summary>
public static class CatalogLinter
{
    // The purposes that choose whom to persuade or solicit (R20, R33): a sensitive field open to them invites targeting.
    private static readonly HashSet<string> TargetingPurposes = new(StringComparer.Ordinal) { "*", "gotv", "newsletter", "fundraising", "political-ads", "survey", "ai-profiling" };

    /// <summary>The findings for <paramref name="catalog"/>, field by field in name order.</summary>
    /// <param name="catalog">The declarations to review.</param>
    /// <param name="knownPurposes">The purpose catalog; purposes outside it are reported when given.</param>
    /// <param name="usedFields">Field names in use (a CSV header, say); those the catalog does not declare are reported, except the import's consent columns.</param>
    /// <param name="proxies">The proxy words; <see cref="ProxyRules.Default"/> when null.</param>
    public static IReadOnlyList<CatalogFinding> Lint(DataCatalog catalog, IEnumerable<string>? knownPurposes = null, IEnumerable<string>? usedFields = null, ProxyRules? proxies = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        proxies ??= ProxyRules.Default;
        var known = knownPurposes?.ToHashSet(StringComparer.Ordinal);
        var findings = new List<CatalogFinding>();
        var effective = DataCatalog.BuiltIn.Merge(catalog);
        // The import's own columns (purpose, basis, notice...) describe the consent, not the person: not catalog fields.
        foreach (var name in (usedFields ?? []).Where(n => !Contacts.CsvContactImporter.RequiredColumns.Contains(n) && !Contacts.CsvContactImporter.OptionalColumns.Contains(n)))
        {
            if (effective.Find(name) is null)
            {
                findings.Add(new("field.undeclared", name, $"{name} is used but not declared: give it a category, a source and its purposes (R28)."));
            }
        }

        foreach (var field in catalog.Fields.Values.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            var open = field.Purposes.Where(TargetingPurposes.Contains).ToList();
            if (field.SpecialCategory is null && field.Category == DataCategory.PoliticalOpinion && (field.Purposes.Contains("political-ads") || field.Purposes.Contains("*")))
            {
                findings.Add(new("field.sensitive-open-to-targeting", field.Name,
                    $"{field.Name} reveals political opinions and is open to political-ads; the France and EU rules refuse it as a criterion there (R30; TTPA art. 18(1)(c))."));
            }

            if (field.SpecialCategory is { } special && open.Count > 0)
            {
                findings.Add(new("field.sensitive-open-to-targeting", field.Name,
                    $"{field.Name} reveals {special.Label().En} and is open to {string.Join(", ", open)}; the guard will refuse it as a criterion, and minimization will pass it to these purposes: allow only the purposes that need it (R28, R37)."));
            }

            if (field.SpecialCategory is null && proxies.Match(field.Name) is { } match)
            {
                findings.Add(new("field.likely-proxy", field.Name, match.IsVulnerability
                    ? $"{field.Name} looks like it signals a vulnerability ('{match.Keyword}'); it cannot drive persuasion (R34)."
                    : $"{field.Name} looks like a proxy of {match.Category!.Value.Label().En} ('{match.Keyword}'); declare \"proxyOf\": \"{match.Category.Value.Name()}\" or rename it (R31)."));
            }

            if (known is not null)
            {
                foreach (var purpose in field.Purposes.Where(p => p != "*" && !known.Contains(p)))
                {
                    findings.Add(new("field.unknown-purpose", field.Name, $"{field.Name} names the purpose {purpose}, which the purpose catalog does not have."));
                }
            }
        }

        return findings;
    }
}
