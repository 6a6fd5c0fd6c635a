// A set of folded words looked up by span: the lookup is made once with the set, not per call (see NameLists.Words).
global using WordSet = System.Collections.Frozen.FrozenSet<string>.AlternateLookup<System.ReadOnlySpan<char>>;
