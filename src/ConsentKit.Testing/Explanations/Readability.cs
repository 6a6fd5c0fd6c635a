using System.Text.RegularExpressions;

namespace ConsentKit.Testing.Explanations;

/// <summary>
/// The standard readability formulas with a vowel-group syllable count: Flesch-Kincaid grade for English, Kandel-Moles
/// (Flesch adapted to French) for French. Addresses (e-mail, URL) are not words a person reads, so they are left out.
/// </summary>
internal static partial class Readability
{
    public static double FleschKincaidGrade(string text)
    {
        var (sentences, words, syllables) = Count(text, "aeiouy", silentE: true);
        return (0.39 * words / sentences) + (11.8 * syllables / words) - 15.59;
    }

    public static double KandelMoles(string text)
    {
        var (sentences, words, syllables) = Count(text, "aeiouyàâäéèêëîïôöùûüœæ", silentE: true);
        return 207 - (1.015 * words / sentences) - (73.6 * syllables / words);
    }

    public static int LongestSentence(string text) => Sentences(text).Max(s => Words(s).Count);

    private static (double Sentences, double Words, double Syllables) Count(string text, string vowels, bool silentE)
    {
        var sentences = Sentences(text);
        var words = sentences.SelectMany(Words).ToList();
        var syllables = words.Sum(w => Syllables(w, vowels, silentE));
        return (sentences.Count, words.Count, syllables);
    }

    private static List<string> Sentences(string text) =>
        [.. SentenceEnd().Split(Clean(text)).Where(s => Words(s).Count > 0)];

    private static List<string> Words(string sentence) =>
        [.. WordPattern().Matches(sentence).Select(m => m.Value)];

    private static string Clean(string text) => Address().Replace(text, " ");

    // Vowel groups; a final silent e (French "une", English "make") is not a syllable, as in the usual counters.
    private static int Syllables(string word, string vowels, bool silentE)
    {
        var w = word.ToLowerInvariant();
        if (silentE && w.Length > 2 && w.EndsWith('e') && !vowels.Contains(w[^2], StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        var count = 0;
        var inGroup = false;
        foreach (var c in w)
        {
            var vowel = vowels.Contains(c, StringComparison.Ordinal);
            count += vowel && !inGroup ? 1 : 0;
            inGroup = vowel;
        }

        return Math.Max(1, count);
    }

    [GeneratedRegex(@"[.!?\n]+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\p{L}+(?:['’-]\p{L}+)*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\S+@\S+|https?://\S+")]
    private static partial Regex Address();
}
