using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace ConsentKit.Prompts;

/// <summary>The shipped name lists (Prompts/Data, see their headers for sources and licences), loaded once.</summary>
internal static class NameLists
{
    public static readonly FrozenSet<string> Given = Load("given-names.txt");
    public static readonly FrozenSet<string> Family = Load("family-names.txt");
    public static readonly FrozenSet<string> NotNames = Load("not-names.txt");

    // Titles and cues after which capitalized words are a name, whatever they are (R42: "nom :", "M.", "Dr").
    public static readonly FrozenSet<string> Titles = new[]
    {
        "m", "mme", "mmes", "mlle", "mr", "mrs", "ms", "miss", "dr", "dre", "me", "madame", "monsieur", "mademoiselle",
        "sir", "prof", "professeur", "professeure", "maitre", "hon", "honorable", "depute", "deputee", "ministre", "minister",
        "candidat", "candidate", "senator", "senateur", "senatrice", "maire", "mairesse", "mayor", "sieur", "dame",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words that make the next capitalized words a place, not a person: "rue Marie-Anne", "parc Jean-Drapeau".
    public static readonly FrozenSet<string> PlaceCues = new[]
    {
        "rue", "boul", "boulevard", "avenue", "av", "ave", "chemin", "ch", "route", "rang", "place", "pl", "allee", "impasse",
        "cours", "quai", "montee", "cote", "pont", "parc", "ecole", "college", "cegep", "universite", "hopital", "eglise",
        "station", "metro", "centre", "aréna", "arena", "quartier", "circonscription", "riding", "lac", "mont", "ile", "pavillon",
        "street", "st", "road", "rd", "drive", "dr", "lane", "crescent", "court", "park", "school", "saint", "sainte", "ste",
        "fondation", "foundation", "prix", "award", "salle", "hall", "square", "autoroute", "highway", "hwy", "stade",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static string FoldWord(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        var n = 0;
        var ascii = true;
        foreach (var c in word)
        {
            if (c >= 0x80)
            {
                ascii = false;
                break;
            }

            buffer[n++] = char.ToLowerInvariant(c);
        }

        if (ascii)
        {
            return new string(buffer[..n]);
        }

        var sb = new StringBuilder(word.Length);
        foreach (var c in word.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    private static FrozenSet<string> Load(string name)
    {
        using var stream = typeof(NameLists).Assembly.GetManifestResourceStream("ConsentKit.Prompts.Data." + name)
            ?? throw new InvalidOperationException($"Missing resource {name}.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                set.Add(line);
            }
        }

        return set.ToFrozenSet(StringComparer.Ordinal);
    }
}
