using System.Collections.Frozen;

namespace ConsentKit.Prompts;

/// <summary>
/// A set of words looked up by span, with the lookup made once with the set (asking a frozen set for it at each call costs a
/// type check and a virtual dispatch), and a test of the word's length and first character before its hash: most words of
/// a text asked about a small set (street types, suffixes, cues) have a length or a first character none of its words has,
/// and are answered without hashing (issue 19).
/// </summary>
internal readonly struct WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // Bit n: a word of length n (a word of 63 characters or more sets bit 63, which then admits any such length).
    private readonly ulong _lengths;

    // Bit n: a word whose first character has n as its low six bits; every bit when the comparer is not ordinal, for which
    // two characters may be equal with different low bits.
    private readonly ulong _firsts;

    public WordSet(IEnumerable<string> words, StringComparer comparer)
    {
        var set = words.ToFrozenSet(comparer);
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        var ordinal = ReferenceEquals(comparer, StringComparer.Ordinal);
        foreach (var word in set)
        {
            _lengths |= 1UL << Math.Min(word.Length, 63);
            _firsts |= !ordinal ? ulong.MaxValue : word.Length == 0 ? 0 : 1UL << (word[0] & 63);
        }
    }

    /// <summary>The words.</summary>
    public FrozenSet<string> Set => _lookup.Set;

    /// <summary>Whether the set holds <paramref name="word"/> (as its comparer compares).</summary>
    public bool Contains(ReadOnlySpan<char> word) =>
        (word.Length == 0 ? ((_lengths & 1) != 0) : MayHold(word.Length, word[0])) && _lookup.Contains(word);

    /// <summary>False when no word of the set has this length and first character: the word is not in it.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool MayHold(int length, char first) =>
        (((_lengths >> Math.Min(length, 63)) & (_firsts >> (first & 63))) & 1) != 0;
}
