#!/usr/bin/env python3
"""Adds the surnames and given names of smashew/NameDatabases to the prompt filter's name lists (issue 19, item 2).

Deterministic: the same two checkouts give the same lists; nothing is fetched at build or run time. Usage, from the
repository's root:

    git clone https://github.com/smashew/NameDatabases /tmp/namedb        # built at 4a714a09ed69147c373d9b9f2bce20ef79a63381
    git clone https://github.com/hermitdave/FrequencyWords /tmp/freqwords  # at 525f9b56; only leaves words out, never shipped
    python3 eng/name-lists/add-namedatabases.py /tmp/namedb /tmp/freqwords

NameDatabases is dedicated to the public domain (Unlicense). Its US surnames are the 1990 US Census list (88,799 names,
a US government work), the UK, Irish, French, Italian and Portuguese lists are common-surname rankings, and its first
names are the 1990 Census first names and a multinational list. These fill the gap the blind sets showed: frequent
English, Irish and Québec surnames (McAllister, Blackwood, Messier) that no earlier source held.

A census list holds ordinary words too (Park, Hall, Bell, Price). A name joins only when it is one word of Latin letters
(hyphens inside allowed), at least three letters long, not in not-names.txt, and not among the 12,000 most frequent
words of English or French subtitles (FrequencyWords 2018, en_50k and fr_50k): a frequent word would turn ordinary
capitalized words into names. A first name that the surname lists (old or new) hold is not added as a first name. The frequency lists only decide what stays out; no word of theirs is shipped.
"""
import pathlib, sys, unicodedata

SURNAMES = ["us", "uk", "ie", "fr", "it", "pt"]
GIVEN = ["us", "all"]
FREQUENT = 12000
SOURCE = ("plus smashew/NameDatabases (Unlicense, public domain; US surnames are the 1990 US Census list) for surnames "
          + ", ".join(SURNAMES) + " and first names " + ", ".join(GIVEN)
          + ", without the 12,000 most frequent English and French words (eng/name-lists/add-namedatabases.py).")

def fold(word):
    # Lower case, accents removed: the fold of NameLists.Fold.
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if unicodedata.category(c) != "Mn")

def frequent(freq_root):
    words = set()
    for lang in ("en", "fr"):
        path = freq_root / "content" / "2018" / lang / f"{lang}_50k.txt"
        for rank, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if rank >= FREQUENT:
                break
            words.add(fold(line.split(" ")[0]))
    return words

def read(path):
    return [fold(l.strip()) for l in path.read_text(encoding="utf-8", errors="replace").splitlines() if l.strip()]

def main():
    db = pathlib.Path(sys.argv[1]).resolve() / "NamesDatabases"
    common = frequent(pathlib.Path(sys.argv[2]).resolve())
    data = pathlib.Path(__file__).resolve().parents[2] / "src/ConsentKit.Prompts/Data"
    not_names = {l.strip() for l in (data / "not-names.txt").read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")}
    sources = {"family-names.txt": [db / "surnames" / f"{s}.txt" for s in SURNAMES],
               "given-names.txt": [db / "first names" / f"{s}.txt" for s in GIVEN]}
    for file, paths in sources.items():
        found = set()
        for source in paths:
            for w in read(source):
                if (len(w) >= 3 and all(c.isascii() and (c.isalpha() or c == "-") for c in w) and not w.startswith("-")
                        and not w.endswith("-") and w not in not_names and w not in common):
                    found.add(w)
        path = data / file
        lines = path.read_text(encoding="utf-8").splitlines()
        header = [l for l in lines if l.startswith("#")]
        body = {l for l in lines if l and not l.startswith("#")}
        if "# " + SOURCE not in header:
            header.append("# " + SOURCE)
        if file == "given-names.txt":
            family = {l for l in (data / "family-names.txt").read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")}
            # A surname that a multinational list also calls a first name (Hébert, Mbaye) stays a surname: as a given name it
            # would make "Louis-Hébert" a person and split "Mbaye, Ibrahima" in two.
            found = {w for w in found if w in body or w not in family}
        added = found - body
        path.write_text("\n".join(header + sorted(body | found)) + "\n", encoding="utf-8")
        print(f"{file}: {len(added)} names added, {len(body | found)} in all")

main()
