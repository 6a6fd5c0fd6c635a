namespace ConsentKit.Prompts;

public sealed partial class PersonalDataScanner
{
    // The municipalities, ridings, boroughs, districts and wards of Canada and the regions and departments of France, from the
    // Open Civic Data identifiers (CC0; eng/place-names/build-place-names.py): "Prince Albert", "Hamilton Mountain", "Sudbury".
    private static readonly NameDictionary Places = new(PlaceLines());

    // The official names join a riding's parts with an em dash ("Thunder Bay—Superior North"); texts write an en dash or a
    // hyphen as often.
    private static IEnumerable<string> PlaceLines() =>
        NameLists.Lines("place-names.txt").SelectMany(p => p.Contains('—', StringComparison.Ordinal) ? [p, p.Replace('—', '–'), p.Replace('—', '-')] : new[] { p });

    // A filter on the places' first words, by a hash of their folded letters (64 Ki bits, 8 KB): a person whose first word
    // starts no place leaves with one load of a small table, without the trie's lookup. A dense text names a person every
    // few words, and the trie's dictionaries are too large to stay in the cache.
    private static readonly ulong[] PlaceFirstWords = BuildPlaceFirstWords();

    private static ulong[] BuildPlaceFirstWords()
    {
        var bits = new ulong[1024];
        foreach (var place in PlaceLines())
        {
            var first = place.AsSpan();
            first = first[..NameDictionary.WordEnd(first, 0)];
            var hash = FirstWordHash(first);
            bits[hash >> 6] |= 1UL << (hash & 63);
        }

        return bits;
    }

    // FNV-1a over the folded characters, on 16 bits.
    private static int FirstWordHash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ NameLists.Fold(c)) * 16777619u;
        }

        return (int)((hash ^ (hash >> 16)) & 0xFFFF);
    }

    // The first word's hash in one pass over it, its letters read as the trie reads them (NameDictionary.WordEnd, fused
    // with the hash here because every person found passes through it; MayStartAPlace_EveryShippedPlaceInAnyCase_True
    // holds the two together).
    internal static bool MayStartAPlace(ReadOnlySpan<char> t, int start)
    {
        var hash = 2166136261u;
        var e = start;
        while (e < t.Length)
        {
            var c = t[e];
            if (!((uint)((c | 0x20) - 'a') <= 'z' - 'a' || (c >= 0x80 && char.IsLetter(c))
                || (c is '-' or '\'' && e > start && e + 1 < t.Length && char.IsLetter(t[e + 1]))))
            {
                break;
            }

            hash = (hash ^ NameLists.Fold(c)) * 16777619u;
            e++;
        }

        var bit = (int)((hash ^ (hash >> 16)) & 0xFFFF);
        return (PlaceFirstWords[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    // The words after a single place's name that make it the place ("Nelson federal riding association", "Brandon riding").
    private static readonly WordSet PlaceNouns = NameLists.Words(
        ["riding", "federal", "provincial", "circonscription", "ward", "district", "quartier", "borough", "arrondissement", "county", "comte", "region",
         "electoral", "eda", "gotv", "office"]);

    // The labels of a name's field (LabelWords without "from", "de", "to": "from Prince George" is a place).
    private static readonly WordSet NameLabels = NameLists.Words(
        ["nom", "name", "prenom", "client", "cliente", "electeur", "electrice", "contact", "benevole", "volunteer", "voter", "patient", "donateur", "donatrice", "donor", "membre", "member"]);

    /// <summary>
    /// Drops the persons that are places (issue 19, item 5): the recognizers read a capitalized pair or a name-like word,
    /// and "Prince Albert", "Hamilton Mountain" or "Sudbury" is both. Never after a title or a name field's label, nor a
    /// given name beside its family name's cell. A place of several words, or of one word that no name list holds, is no
    /// person. A place of one word that the lists hold ("Nelson", "Hudson", "Brandon") is a person unless its place says
    /// otherwise: a riding's word after it, a province's code after a comma, a text's title before a dash, or a note's
    /// heading before a colon or a dash and a person's name ("Hudson : Patricia Scully supports us"). Each person costs a
    /// filter's load and, for the few whose first word starts a place, one walk of the trie.
    /// </summary>
    private static void PlacesNotPersons(ReadOnlySpan<char> t, List<PersonalDataSpan> entities)
    {
        var kept = 0;
        for (var k = 0; k < entities.Count; k++)
        {
            var e = entities[k];
            if (e.Type == PersonalDataType.Person && ((MayStartAPlace(t, e.Start) && (IsPlace(t, e, k + 1 < entities.Count ? entities[k + 1] : default) || ListOfPlaces(t, e)))
                || EndOfAPlace(t, e) || (kept > 0 && TownAfterAddress(t, entities[kept - 1], e))))
            {
                continue;
            }

            entities[kept++] = e;
        }

        entities.RemoveRange(kept, entities.Count - kept);
    }

    // "102 avenue Létourneau, Amos.", "41, 3e Rue Ouest, Amos": one word after an address and its comma is the address's
    // town, whatever lists hold it (in the forty-five evaluation sets such a word is a person once in 917).
    private static bool TownAfterAddress(ReadOnlySpan<char> t, PersonalDataSpan before, PersonalDataSpan person) =>
        before.Type == PersonalDataType.StreetAddress && t[before.End..person.Start] is ", " or " , "
        && !t[person.Start..person.End].Contains(' ')
        && !(person.End + 1 < t.Length && t[person.End] == ' ' && char.IsUpper(t[person.End + 1]));

    // "Hamilton, Victoria, Prince George and Regina": places in a list read as "Surname, Given". Both words are places and
    // a third place follows after a comma or "and"/"et"; "Nelson, Victoria" alone may be Victoria Nelson.
    private static bool ListOfPlaces(ReadOnlySpan<char> t, PersonalDataSpan person)
    {
        var name = t[person.Start..person.End];
        var comma = name.IndexOf(", ", StringComparison.Ordinal);
        if (comma <= 0 || Places.Match(t[..(person.Start + comma)], person.Start) != person.Start + comma || !MayStartAPlace(t, person.Start + comma + 2)
            || Places.Match(t[..person.End], person.Start + comma + 2) != person.End)
        {
            return false;
        }

        var next = person.End;
        if (t[next..].StartsWith(", ", StringComparison.Ordinal))
        {
            next += 2;
        }
        else if (t[next..].StartsWith(" and ", StringComparison.Ordinal) || t[next..].StartsWith(" et ", StringComparison.Ordinal))
        {
            next = t[next] == ' ' && t[next + 1] == 'a' ? next + 5 : next + 4;
        }
        else
        {
            return false;
        }

        return next < t.Length && MayStartAPlace(t, next) && Places.Match(t, next) > next;
    }

    // "Thunder Bay–Superior North": a person that the recognizers read from a place's second word on, having left its first
    // word out. Only persons right after a capitalized word and a space ask the trie.
    private static bool EndOfAPlace(ReadOnlySpan<char> t, PersonalDataSpan person)
    {
        var ws = person.Start - 1;
        if (ws < 2 || t[ws] != ' ' || !char.IsLower(t[ws - 1]))
        {
            return false;
        }

        while (ws > 0 && char.IsLetter(t[ws - 1]) && person.Start - ws < 20)
        {
            ws--;
        }

        return char.IsUpper(t[ws]) && (ws == 0 || !char.IsLetter(t[ws - 1])) && MayStartAPlace(t, ws) && Places.Match(t[..person.End], ws) == person.End
            && !CueBefore(t, ws, 1, NameLists.WordFlags.Title, ".\n;!?:,()");
    }

    // "London ON", "Hudson QC": a province's code after a place's name.
    private static readonly WordSet ProvinceCodes = NameLists.Words(
        ["ON", "QC", "BC", "AB", "MB", "SK", "NS", "NB", "NL", "PE", "YT", "NT", "NU"]);

    // The end of the place that the person's words spell, with a province's code or an association's name after it or not
    // ("Brandon EDA", "London ON"); or -1. One walk of the gazetteer's trie, which most persons leave at their first word.
    private static int PlaceEnd(ReadOnlySpan<char> t, PersonalDataSpan person)
    {
        var end = person.End;
        var place = Places.Match(t[..end], person.Start);
        if (place == end || place < 0)
        {
            return place;
        }

        var rest = t[place..end];
        if (rest.Length is < 3 or > 17 || rest[0] != ' ' || rest[1..].IndexOf(' ') >= 0)
        {
            return -1;
        }

        var word = rest[1..];
        Span<char> buffer = stackalloc char[word.Length];
        return (word.Length == 2 && ProvinceCodes.Contains(word))
            || PlaceNouns.Contains(NameLists.Fold(word, buffer))
            ? end
            : -1;
    }

    private static bool IsPlace(ReadOnlySpan<char> t, PersonalDataSpan person, PersonalDataSpan next)
    {
        // A title or a label names a person: "M. Prince", "nom=Brossard prenom=Étienne".
        if (PlaceEnd(t, person) != person.End || CueBefore(t, person.Start, 1, NameLists.WordFlags.Title, ".\n;!?:,()")
            || CueBefore(t, person.Start, 1, NameLabels, ".\n;!?,()"))
        {
            return false;
        }

        // A given name in one cell and the family name in the next: "2026-09-29;Tecumseh;Diabo;".
        if (next.Type == PersonalDataType.Person && next.Start == person.End + 1 && t[person.End] is ';' or ',' or '\t' or '|')
        {
            return false;
        }

        var name = t[person.Start..person.End];
        if (name.IndexOfAny(' ', '\u00A0') >= 0 || (FlagsOfWord(name) & (NameLists.WordFlags.Given | NameLists.WordFlags.Family)) == 0)
        {
            return true;
        }

        var (ws, we) = NextWord(t, person.End);
        if (ws == person.End + 1 && t[person.End] == ' ' && we - ws <= 16)
        {
            Span<char> buffer = stackalloc char[we - ws];
            if (PlaceNouns.Contains(NameLists.Fold(t[ws..we], buffer)))
            {
                return true;
            }
        }

        // The place of a text's title, after a dash on its first line, which it ends or ends a phrase of: "E-day rides —
        // Sudbury", "Volunteer expense report — Sudbury, October". "je la remplace - Bruno" is a one-line message's
        // signature. Only a title's length is read back, so that a long text's every name costs the same.
        if (person.Start is >= 2 and <= 160 && t[person.Start - 1] == ' ' && t[person.Start - 2] is '—' or '–' or '-' && t[..person.Start].IndexOf('\n') < 0
            && person.End < t.Length && (t[person.End] is '\n' or '\r' || (t[person.End] == ',' && t[person.End..Math.Min(t.Length, person.End + 40)].IndexOf('\n') > 0)))
        {
            return true;
        }

        // "London, ON policy convention", "Preston, NS: Clayton Provo": a province's code after a comma.
        if (person.End + 4 <= t.Length && t[person.End] == ',' && t[person.End + 1] == ' '
            && ProvinceCodes.Contains(t[(person.End + 2)..(person.End + 4)])
            && (person.End + 4 == t.Length || !char.IsLetter(t[person.End + 4])))
        {
            return true;
        }

        // A heading at a line's start: "Hudson : Patricia Scully", "Brandon: Leonard Pettigrew", "Brandon — Levi Hofer".
        var mark = person.End;
        while (mark < t.Length && IsSpace(t[mark]) && mark - person.End < 2)
        {
            mark++;
        }

        return (person.Start == 0 || t[person.Start - 1] == '\n') && mark < t.Length && (t[mark] == ':' || (t[mark] is '—' or '–' or '-' && mark > person.End))
            && next.Type == PersonalDataType.Person && next.Start > mark && next.Start - mark <= 3;
    }
}
