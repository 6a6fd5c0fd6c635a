using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using ConsentKit.Prompts;

namespace ConsentKit.Benchmarks;

/// <summary>
/// The scanner over 5 MB of mixed French and English text with about 1% personal data (generated here), against one
/// compiled .NET Regex for e-mail alone over the same text, in the same run. Forty warm-up calls let tiered compilation
/// finish (the scan loops run once per call), so the figures are the steady state of a long-running service.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 40, iterationCount: 15)]
[MemoryDiagnoser]
public partial class PromptScanBenchmarks
{
    private string _text = null!;

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex EmailRegex();

    [GlobalSetup]
    public void Setup()
    {
        _text = PromptCorpus.Generate(5 * 1024 * 1024, seed: 7);
    }

    [Benchmark(Baseline = true, Description = "Compiled Regex, e-mail only, 5 MB")]
    public int RegexEmail()
    {
        var n = 0;
        foreach (var _ in EmailRegex().EnumerateMatches(_text))
        {
            n++;
        }

        return n;
    }

    [Benchmark(Description = "word pass only")]
    public int Words()
    {
        var found = new List<PersonalDataSpan>();
        var hits = new List<(int, int, ConsentKit.Targeting.DataCategory)>();
        WordPass.Run(_text, found, hits);
        return hits.Count;
    }

    [Benchmark(Description = "PersonalDataScanner.Scan, every type and sensitive categories, 5 MB")]
    public int Scan() => PersonalDataScanner.Default.Scan(_text).Entities.Count;
}

/// <summary>
/// Issue 19: dense text, as a pasted canvassing list or a CRM export: every sentence holds personal data, about 9,000
/// entities per MB. The same one-regex e-mail baseline runs over the same text in the same run.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 40, iterationCount: 15)]
[MemoryDiagnoser]
public partial class PromptDenseScanBenchmarks
{
    private string _text = null!;

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex EmailRegex();

    [GlobalSetup]
    public void Setup()
    {
        _text = PromptCorpus.GenerateDense(5 * 1024 * 1024, seed: 11);
        var entities = PersonalDataScanner.Default.Scan(_text).Entities.Count;
        Console.WriteLine($"// dense corpus: {_text.Length:N0} characters, {entities:N0} entities found ({entities / 5.0:N0} per MB)");
    }

    [Benchmark(Baseline = true, Description = "Compiled Regex, e-mail only, 5 MB dense")]
    public int RegexEmail()
    {
        var n = 0;
        foreach (var _ in EmailRegex().EnumerateMatches(_text))
        {
            n++;
        }

        return n;
    }

    [Benchmark(Description = "PersonalDataScanner.Scan, every type and sensitive categories, 5 MB dense")]
    public int Scan() => PersonalDataScanner.Default.Scan(_text).Entities.Count;
}

/// <summary>Realistic campaign text: CRM notes, prompts, e-mails and SMS in French, English and franglais, ~1% personal data.</summary>
internal static class PromptCorpus
{
    private static readonly string[] Prose =
    [
        "Le comité de circonscription se réunira jeudi soir pour préparer le porte-à-porte du week-end. ",
        "Nous avons distribué 450 tracts dans le secteur nord et il reste 120 affiches au local. ",
        "The volunteers will meet at the campaign office at 9 a.m. to review the canvassing plan. ",
        "Merci de confirmer votre présence à la soirée bénéfice du 14 décembre; les billets coûtent 45 $. ",
        "Our platform focuses on public transit, affordable housing and access to family doctors. ",
        "Peux-tu résumer les commentaires reçus cette semaine sur le transport collectif? ",
        "Please draft a short thank-you message for the people who helped with the phone bank. ",
        "Le débat régional aura lieu au cégep, salle 204, avec les quatre candidats de la région. ",
        "On a besoin de plus de bénévoles pour le pointage, surtout en soirée pis la fin de semaine. ",
        "Budget update: printing 2,350 $, venue 800 $, coffee and snacks 150 $ for the launch. ",
        "Rappel : la période de vote par anticipation commence dimanche et se termine lundi. ",
        "The riding association approved the new volunteer schedule for November. ",
    ];

    private static readonly string[] Personal =
    [
        "Rappeler Marie Tremblay au 514 555-0188. ", "Write to k.benali@exemple.qc.ca today. ", "Il habite au 1234, rue Saint-Denis. ",
        "Call John Smith at (438) 555-0142. ", "Code postal H2X 1Y4. ", "Née le 12 mars 1985. ",
    ];

    public static string Generate(int length, int seed)
    {
        var random = new Random(seed);
        var sb = new StringBuilder(length + 256);
        var personal = 0;
        while (sb.Length < length)
        {
            // About 1% of the characters are personal data.
            if (personal * 100 < sb.Length / 1)
            {
                var p = Personal[random.Next(Personal.Length)];
                sb.Append(p);
                personal += p.Length / 3;
            }
            else
            {
                sb.Append(Prose[random.Next(Prose.Length)]);
            }

            if (random.Next(8) == 0)
            {
                sb.Append('\n');
            }
        }

        return sb.ToString(0, length);
    }

    private static readonly string[] Given = ["Marie", "Jean", "Aminata", "Karim", "Sophie", "Luc", "Nathalie", "Ahmed", "Chloé", "Olivier", "Fatou", "Mathieu", "Isabelle", "Pierre", "Julie", "David", "Nguyen", "Harpreet", "Louise", "Samuel"];
    private static readonly string[] Family = ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin", "Gagné", "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Bergeron", "Leblanc", "Paquette", "Girard", "Simard", "Boucher"];
    private static readonly string[] DenseForms =
    [
        "{0} {1} appuie notre candidate et veut une pancarte devant chez lui. ",
        "Rappeler {0} {1} au {2} après 18 h pour confirmer le transport. ",
        "Écrire à {3} pour la soirée bénéfice du 14 décembre. ",
        "{0} {1} habite au {4}, rue Saint-Denis, Montréal. ",
        "Code postal du bureau de {1} : H{5}X {5}Y{5}, à vérifier. ",
        "Call {0} {1} at ({6}) 555-01{7} about the phone bank shift. ",
        "{0} {1}, née le {8} mars 19{9}, vote par anticipation. ",
        "Send the thank-you note to {3} before Friday. ",
    ];

    private static readonly System.Text.Json.JsonSerializerOptions RelaxedJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The dense corpus as JSON Lines <c>{"id","text"}</c>, one line per paragraph of <see cref="GenerateDense"/>.</summary>
    public static void WriteDenseJsonLines(string path, int megabytes)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        var n = 0;
        foreach (var paragraph in GenerateDense(megabytes * 1024 * 1024, seed: 11).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            writer.Write(System.Text.Json.JsonSerializer.Serialize(new { id = $"d-{++n}", text = paragraph }, RelaxedJson));
            writer.Write('\n');
        }
    }

    /// <summary>Every sentence holds personal data, in the shapes of a CRM export; about 9,000 entities per MB.</summary>
    public static string GenerateDense(int length, int seed)
    {
        var random = new Random(seed);
        var sb = new StringBuilder(length + 256);
        while (sb.Length < length)
        {
            var given = Given[random.Next(Given.Length)];
            var family = Family[random.Next(Family.Length)];
            var phone = $"514 555-0{random.Next(100, 999)}";
            var email = $"{given.ToLowerInvariant()}.{random.Next(10, 99)}@exemple.qc.ca".Replace("é", "e", StringComparison.Ordinal);
            sb.AppendFormat(System.Globalization.CultureInfo.InvariantCulture, DenseForms[random.Next(DenseForms.Length)],
                given, family, phone, email, random.Next(10, 9999), random.Next(1, 9), random.Next(200, 999), random.Next(10, 99), random.Next(1, 28), random.Next(40, 99));
            // Each sentence goes on past its personal data, as notes do: about 9,000 entities per MB in all.
            sb.Append(Tails[random.Next(Tails.Length)]);
            if (random.Next(3) == 0)
            {
                sb.Append('\n');
            }
        }

        return sb.ToString(0, length);
    }

    private static readonly string[] Tails =
    [
        "On en reparle jeudi soir au comité, avec les autres bénévoles du secteur nord et la responsable du pointage. ",
        "We will follow up after the Saturday canvass, once the team has gone through the notes from the whole riding. ",
        "À noter dans le fichier avant la fin de semaine, pour que l'équipe du téléphone ne rappelle pas deux fois. ",
        "Please keep this in the shared notes so that the next shift does not call the same household twice this week. ",
    ];
}
