using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace ConsentKit.Targeting;

/// <summary>What a proxy keyword matched: the special category it reveals, or a vulnerability (R34).</summary>
/// <param name="Category">The special category revealed; null for a vulnerability.</param>
/// <param name="Keyword">The list entry that matched (never the text it matched in).</param>
public sealed record ProxyMatch(DataCategory? Category, string Keyword)
{
    /// <summary>True when the match signals a vulnerability (debt, bereavement, addiction) rather than a special category.</summary>
    public bool IsVulnerability => Category is null;
}

/// <summary>
/// Words in field names, values, event and organisation names that reveal a special category (R31) or a vulnerability
/// (R34), in French and English: attendance at a place of worship, a Pride event, a clinic, a union local, a cultural
/// association, a birthplace. Matching folds case and accents and works on whole words; an entry ending in <c>*</c>
/// matches any word that starts with it, and an entry of several words matches them in sequence.
/// Immutable: <see cref="With"/> returns a copy with the integrator's own words.
/// </summary>
public sealed class ProxyRules
{
    private readonly FrozenDictionary<string, ProxyMatch> _words;
    private readonly FrozenDictionary<char, (string Prefix, ProxyMatch Match)[]> _prefixes;
    private readonly FrozenDictionary<string, (string[] Words, bool OpenEnded, ProxyMatch Match)[]> _phrases;
    private readonly IReadOnlyList<(DataCategory? Category, string Keyword)> _entries;

    private ProxyRules(IReadOnlyList<(DataCategory? Category, string Keyword)> entries)
    {
        _entries = entries;
        var words = new Dictionary<string, ProxyMatch>(StringComparer.Ordinal);
        var prefixes = new List<(string Prefix, ProxyMatch Match)>();
        var phrases = new List<(string[] Words, bool OpenEnded, ProxyMatch Match)>();
        foreach (var (category, keyword) in entries)
        {
            var normalized = Normalize(keyword.TrimEnd('*'));
            var match = new ProxyMatch(category, keyword);
            var parts = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 1)
            {
                phrases.Add((parts, keyword.EndsWith('*'), match));
            }
            else if (keyword.EndsWith('*'))
            {
                prefixes.Add((normalized, match));
            }
            else
            {
                words.TryAdd(normalized, match);
            }
        }

        // Indexed by first letter and first word, so that a text is matched word by word without scanning every entry.
        _words = words.ToFrozenDictionary(StringComparer.Ordinal);
        _prefixes = prefixes.GroupBy(p => p.Prefix[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());
        _phrases = phrases.GroupBy(p => p.Words[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The built-in fr/en lists (R31, R34); see docs/targeting.md.</summary>
    public static ProxyRules Default { get; } = new(BuiltIn());

    /// <summary>Every entry: the category (null for a vulnerability) and the keyword.</summary>
    public IReadOnlyList<(DataCategory? Category, string Keyword)> Entries => _entries;

    /// <summary>A copy that also treats <paramref name="keywords"/> as revealing <paramref name="category"/>.</summary>
    public ProxyRules With(DataCategory category, params string[] keywords)
    {
        if (!category.IsSpecial())
        {
            throw new ArgumentException("Proxies reveal a special category (health, religion, ethnic_origin, sexual_orientation, trade_union, biometric, genetic, criminal).", nameof(category));
        }

        return new([.. _entries, .. keywords.Select(k => ((DataCategory?)category, k))]);
    }

    /// <summary>A copy that also treats <paramref name="keywords"/> as signalling a vulnerability (R34).</summary>
    public ProxyRules WithVulnerability(params string[] keywords) => new([.. _entries, .. keywords.Select(k => ((DataCategory?)null, k))]);

    /// <summary>The first entry found in <paramref name="text"/> (a field name, value, event or organisation name), or null.</summary>
    public ProxyMatch? Match(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var words = Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (_words.TryGetValue(word, out var match))
            {
                return match;
            }

            if (_prefixes.TryGetValue(word[0], out var candidates))
            {
                foreach (var (prefix, m) in candidates)
                {
                    if (word.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        return m;
                    }
                }
            }

            if (_phrases.TryGetValue(word, out var phrases))
            {
                foreach (var (parts, openEnded, m) in phrases)
                {
                    if (PhraseAt(words, i, parts, openEnded))
                    {
                        return m;
                    }
                }
            }
        }

        return null;
    }

    private static bool PhraseAt(string[] words, int start, string[] parts, bool openEnded)
    {
        if (start + parts.Length > words.Length)
        {
            return false;
        }

        for (var k = 1; k < parts.Length; k++)
        {
            var last = k == parts.Length - 1;
            if (!(words[start + k] == parts[k] || (last && openEnded && words[start + k].StartsWith(parts[k], StringComparison.Ordinal))))
            {
                return false;
            }
        }

        return true;
    }

    // Lower case, accents folded, every non-alphanumeric a space: "Lieu_de_naissance" and "lieu de naissance" read the same.
    internal static string Normalize(string text)
    {
        if (System.Text.Ascii.IsValid(text))
        {
            return string.Create(text.Length, text, static (span, source) =>
            {
                for (var i = 0; i < source.Length; i++)
                {
                    var c = source[i];
                    span[i] = char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ';
                }
            });
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            sb.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return sb.ToString();
    }

    private static List<(DataCategory?, string)> BuiltIn()
    {
        var list = new List<(DataCategory?, string)>();
        void Add(DataCategory? category, params string[] words) => list.AddRange(words.Select(w => (category, w)));

        // Places of worship, festivals, clergy and faiths (R31: proximity to places of worship, membership of religious groups).
        Add(DataCategory.Religion,
            "religion*", "religieu*", "religious", "faith", "croyance*", "belief*", "confession*", "culte*", "worship",
            "mosque*", "mosquee*", "church*", "eglise*", "synagogue*", "temple*", "paroiss*", "parish*", "gurdwara*", "pagode*", "pagoda*", "chapel*", "chapelle*",
            "ramadan", "iftar", "eid", "hanukkah", "hanoucca", "diwali", "vaisakhi", "messe", "yom kippour", "yom kippur", "careme",
            "imam*", "rabbi*", "rabbin*", "priest*", "pretre*", "cure", "pastor*",
            "catholi*", "muslim*", "musulman*", "islam*", "jewish", "juif*", "juive*", "judai*", "christian*", "chretien*", "hindu*", "hindou*",
            "sikh*", "buddhis*", "bouddhis*", "evangel*", "protestant*", "kosher", "casher", "cacher", "halal", "atheist*", "athee*", "bible*", "coran*", "quran*",
            "shabbat", "sabbat", "rosh hashanah", "rosh hachana", "hijab*", "kippa*", "kippah", "turban*", "kirpan*", "bar mitzvah", "bat mitzvah");

        // Pride events, LGBTQ+ groups (R31: membership of LGBTQ groups).
        Add(DataCategory.SexualOrientation,
            "pride", "fierte*", "lgbt*", "2slgbt*", "gay*", "gai", "gais", "lesbi*", "bisexu*", "queer*", "trans", "transgen*", "homosexu*",
            "sexual orientation", "orientation sexuelle", "sex life", "vie sexuelle", "drag", "village gai", "gay village");

        // Clinics, pharmacies, conditions (R31: proximity to clinics, membership of health groups).
        Add(DataCategory.Health,
            "health", "sante", "medical*", "medic*", "clinic*", "clinique*", "pharmac*", "hopital*", "hospital*", "chsld", "clsc",
            "diabet*", "cancer*", "hiv", "vih", "sida", "aids", "handicap*", "disabilit*", "disabled", "therap*", "psychiatr*", "mental",
            "depression*", "alzheimer*", "dialys*", "maladie*", "illness*", "disease*", "patient*", "ordonnance*", "prescription*", "vaccin*",
            "wheelchair*", "fauteuil roulant", "alcooliques anonymes", "alcoholics anonymous", "aa meeting*", "narcotics anonymous",
            "pregnan*", "enceinte", "grossesse*");

        // Unions (R31: union dues); an employer list in a segment selects bargaining units, so it counts too.
        Add(DataCategory.TradeUnion,
            "syndic*", "union dues", "union member*", "trade union*", "labour union*", "labor union*", "union local*", "local union*",
            "ftq", "csn", "csq", "cupe", "scfp", "cgt", "cfdt", "unifor", "teamsters", "force ouvriere", "afl cio", "fiq",
            "employer*", "employeur*", "workplace*", "lieu de travail", "bargaining unit*", "unite d accreditation");

        // Origin (R31: name "consonance", place or country of birth, mother tongue, cultural associations).
        Add(DataCategory.EthnicOrigin,
            "ethni*", "race", "races", "racial*", "racis*", "place of birth", "lieu de naissance", "pays de naissance", "country of birth",
            "birthplace*", "birth country", "mother tongue", "langue maternelle", "native language", "consonance*", "surname origin",
            "name origin", "origine du nom", "national origin", "origine ethnique", "ethnic origin", "pays d origine", "country of origin",
            "immigra*", "diaspora*", "communaute culturelle", "communautes culturelles", "cultural community", "cultural association",
            "association culturelle", "visible minorit*", "minorite visible", "minorites visibles", "autochton*", "indigenous", "first nations",
            "premieres nations", "inuit*", "aborigin*", "arab*", "maghreb*", "afro*", "latino*", "latina*",
            "communaute haitienne", "haitien*", "haitian*", "chinese community", "communaute chinoise", "nouvel an chinois", "lunar new year",
            "pow wow", "powwow", "diwali", "black history month", "mois de l histoire des noirs");

        Add(DataCategory.Biometric,
            "biometri*", "fingerprint*", "empreinte digitale*", "empreintes digitales", "face id", "faceprint*", "facial recognition",
            "reconnaissance faciale", "voiceprint*", "iris scan*");

        Add(DataCategory.Genetic, "genetic*", "genetique*", "genom*", "dna", "adn", "23andme", "heredit*", "hereditaire*");

        Add(DataCategory.Criminal,
            "criminal*", "criminel*", "casier judiciaire", "criminal record*", "condamnation*", "convicted", "prison*", "incarcer*", "detenu*", "inmate*");

        // R34: persuasion must not exploit vulnerability.
        Add(null, "chomage", "unemploy*", "assurance emploi", "debt*", "dette*", "endette*", "bankrupt*", "faillite*", "bereave*", "deuil*", "addict*", "toxicoman*", "gambling", "jeu compulsif",
            "cognitive decline", "declin cognitif", "welfare", "aide sociale", "food bank*", "banque alimentaire", "homeless*", "itinerance", "itinerant*");

        return list;
    }
}
