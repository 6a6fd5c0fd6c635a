namespace ConsentKit.Prompts;

/// <summary>
/// The integrator's own contact names (R42), as a trie of folded words: a match at a capitalized word walks at most the
/// longest name's words, so the scan stays linear in the text whatever the number of names.
/// </summary>
internal sealed class NameDictionary
{
    private readonly Node _root = new();

    public NameDictionary(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            var words = name.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                continue;
            }

            var node = _root;
            foreach (var word in words)
            {
                var key = NameLists.FoldWord(word);
                node = node.Children.TryGetValue(key, out var next) ? next : node.Children[key] = new Node();
            }

            node.Terminal = true;
        }
    }

    /// <summary>The end of the longest known name starting at <paramref name="i"/>, or -1.</summary>
    public int Match(ReadOnlySpan<char> t, int i)
    {
        var node = _root;
        var j = i;
        var best = -1;
        Span<char> buffer = stackalloc char[48];
        while (true)
        {
            var e = WordEnd(t, j);

            // "&" is a word of its own in a name ("Ben & Jerry's").
            e = e == j && j < t.Length && t[j] == '&' ? j + 1 : e;

            // Folded into a buffer and looked up as a span: this runs at every capitalized word, and must not allocate.
            if (e == j || e - j > 48 || !node.Lookup.TryGetValue(NameLists.Fold(t[j..e], buffer), out var next))
            {
                return best;
            }

            node = next;
            if (node.Terminal)
            {
                best = e;
            }

            if (e >= t.Length || !PersonalDataScanner.IsSpace(t[e]))
            {
                return best;
            }

            j = e + 1;
        }
    }

    /// <summary>The end of the word at <paramref name="j"/> as the trie reads it: letters, with inner hyphens and apostrophes before a letter.</summary>
    public static int WordEnd(ReadOnlySpan<char> t, int j)
    {
        var e = j;
        while (e < t.Length && (char.IsLetter(t[e]) || (t[e] is '-' or '\'' && e + 1 < t.Length && char.IsLetter(t[e + 1]) && e > j)))
        {
            e++;
        }

        return e;
    }

    private sealed class Node
    {
        public Node()
        {
            Lookup = Children.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public Dictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);

        // Made once: a lookup by span is asked at every capitalized word and every person found.
        public Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }

        public bool Terminal { get; set; }
    }
}
