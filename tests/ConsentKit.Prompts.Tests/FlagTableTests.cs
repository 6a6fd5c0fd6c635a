using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConsentKit.Prompts.Tests;

/// <summary>
/// Issue 19, item 3: the listed words' flags live in one open-addressing table over one character array (no string per
/// name, to start fast); for every word and every near miss it answers what a dictionary of the same lists answers.
/// </summary>
public sealed class FlagTableTests
{
    private static readonly Dictionary<string, NameLists.WordFlags> Reference = BuildReference();

    private static readonly string[] Listed = [.. Reference.Keys];

    private static Dictionary<string, NameLists.WordFlags> BuildReference()
    {
        var flags = new Dictionary<string, NameLists.WordFlags>(StringComparer.Ordinal);
        void Mark(IEnumerable<string> words, NameLists.WordFlags flag)
        {
            foreach (var w in words)
            {
                flags[w] = flags.GetValueOrDefault(w) | flag;
            }
        }

        Mark(NameLists.Lines("given-names.txt"), NameLists.WordFlags.Given);
        Mark(NameLists.Lines("family-names.txt"), NameLists.WordFlags.Family);
        Mark(NameLists.NotNames.Set, NameLists.WordFlags.NotName);
        Mark(NameLists.Titles.Set, NameLists.WordFlags.Title);
        Mark(PersonalDataScanner.MonthNames, NameLists.WordFlags.Month);
        Mark(NameLists.PlaceCues, NameLists.WordFlags.Place);
        Mark(PersonalDataScanner.EnglishStreetTypes, NameLists.WordFlags.Place);
        Mark(PersonalDataScanner.NameParticleWords, NameLists.WordFlags.Particle);
        Mark(PersonalDataScanner.DeterminerWords, NameLists.WordFlags.Determiner);
        return flags;
    }

    [Fact]
    [Trait("Req", "R42")]
    public void FlagsOf_EveryListedWord_TheUnionOfItsListsFlags()
    {
        foreach (var (word, flags) in Reference)
        {
            NameLists.FlagsOf(word).Should().Be(flags, word);
        }
    }

    // A listed word changed by one character, cut short, run on, doubled or emptied: nearly all of them are in no list.
    public static Arbitrary<string> NearMiss() =>
        (from word in Gen.Elements(Listed)
         from at in Gen.Choose(0, word.Length - 1)
         from c in Gen.Elements('a', 'e', 'z', 'é', 'ı', '-', ' ', '\'', 'q')
         from how in Gen.Choose(0, 5)
         select how switch
         {
             0 => word[..at] + c + word[(at + 1)..],
             1 => word[..at],
             2 => word + c,
             3 => word + word,
             4 => word.ToUpperInvariant(),
             _ => new string(c, at),
         })
        .ToArbitrary();

    [Property(Arbitrary = [typeof(FlagTableTests)], MaxTest = 5000)]
    [Trait("Req", "R42")]
    public bool FlagsOf_AnyNearMissOfAListedWord_WhatTheDictionaryAnswers(string word) =>
        NameLists.FlagsOf(word) == Reference.GetValueOrDefault(word);
}
