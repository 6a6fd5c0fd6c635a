namespace ConsentKit.Prompts.Tests;

/// <summary>Samples of the shipped name lists for rule tests: names no other list calls ordinary, spread over each list.</summary>
internal static class ListedNames
{
    /// <summary>Listed given names of four letters or more that are not family names, places or ordinary words; every <paramref name="stride"/>-th.</summary>
    public static List<string> Givens(int stride, int count = 25) =>
        [.. NameLists.Given.Where(g => g.Length >= 4 && g.All(char.IsAsciiLetterLower) && !NameLists.NotNames.Contains(g) && !NameLists.Family.Contains(g)
            && !NameLists.PlaceCues.Contains(g)).Order(StringComparer.Ordinal).Where((_, k) => k % stride == 0).Take(count)];

    /// <summary>Listed family names of five letters or more that are not given names, places or ordinary words; every <paramref name="stride"/>-th.</summary>
    public static List<string> Families(int stride, int count = 25) =>
        [.. NameLists.Family.Where(f => f.Length >= 5 && f.All(char.IsAsciiLetterLower) && !NameLists.NotNames.Contains(f) && !NameLists.Given.Contains(f)
            && !NameLists.PlaceCues.Contains(f)).Order(StringComparer.Ordinal).Where((_, k) => k % stride == 0).Take(count)];

    public static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>
    /// Notes that name a listed person and a phone, then say <paramref name="phrase"/> of them ("Given Family,
    /// 418-555-0123 : phrase."): the identified person a sensitive term needs, for every sampled name.
    /// </summary>
    public static IEnumerable<string> AboutListedPeople(string phrase, int givenStride, int familyStride, int count = 6) =>
        Givens(givenStride, count).Zip(Families(familyStride, count)).Select(p => $"{Capitalize(p.First)} {Capitalize(p.Second)}, 418-555-0123 : {phrase}.");

    /// <summary>
    /// The categories the shared scanner finds in each note that says <paramref name="phrase"/> of a sampled listed person
    /// (<see cref="AboutListedPeople"/>), with the note, so that a failed assertion shows it.
    /// </summary>
    public static List<(string Text, IReadOnlyList<ConsentKit.Targeting.DataCategory> Categories)> RevealedAboutListedPeople(string phrase, int givenStride, int familyStride) =>
        [.. AboutListedPeople(phrase, givenStride, familyStride).Select(text => (text, Sensitive(text)))];

    /// <summary>What the shared scanner finds in <paramref name="text"/>: each span's type and written text, in order.</summary>
    public static List<(PersonalDataType Type, string Text)> Found(string text) =>
        [.. PersonalDataScanner.Default.Scan(text).Entities.Select(e => (e.Type, text[e.Start..e.End]))];

    /// <summary>The written text of the spans of one <paramref name="type"/>.</summary>
    public static List<string> Of(PersonalDataType type, string text) => [.. Found(text).Where(f => f.Type == type).Select(f => f.Text)];

    /// <summary>The special categories the shared scanner finds revealed in <paramref name="text"/>.</summary>
    public static IReadOnlyList<ConsentKit.Targeting.DataCategory> Sensitive(string text) => PersonalDataScanner.Default.Scan(text).Sensitive;

    /// <summary>The written text of the persons found.</summary>
    public static List<string> People(string text) => Of(PersonalDataType.Person, text);
}
