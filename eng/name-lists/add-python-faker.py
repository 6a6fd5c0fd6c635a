#!/usr/bin/env python3
"""Adds the given and family names of Python Faker's Latin-script person locales to the prompt filter's name lists.

Deterministic: the same Faker checkout gives the same lists. Faker is MIT-licensed (github.com/joke2k/faker); nothing is
fetched at build or run time. Usage, from the repository's root:

    git clone https://github.com/joke2k/faker /tmp/faker-src     # the lists were built at 8ad78a632a4116e6392e6d5743524c683a2e02a1
    python3 eng/name-lists/add-python-faker.py /tmp/faker-src

A name joins a list only when it is one word of Latin letters (hyphens inside allowed), at least three letters long, and
not in not-names.txt: a word that some locale calls a name but French or English text uses as an ordinary word stays out.
"""
import importlib, pathlib, sys, unicodedata

LOCALES = ["fr_FR", "fr_CA", "fr_QC", "fr_CH", "fr_BE", "fr_DZ", "en_US", "en_GB", "en_IE", "en_NZ", "ga_IE", "en_IN", "en_PK",
           "en_NG", "ig_NG", "yo_NG", "ha_NG", "tw_GH", "en_KE", "sw", "zu_ZA", "vi_VN", "es_MX", "es_ES", "pt_BR", "pt_PT", "it_IT"]
SOURCE = "plus Python Faker (MIT, github.com/joke2k/faker, 8ad78a6) for " + ", ".join(LOCALES) + " (eng/name-lists/add-python-faker.py)."

def fold(word):
    # Lower case, accents removed: the fold of NameLists.Fold.
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if unicodedata.category(c) != "Mn")

def names(value):
    if isinstance(value, dict):
        return list(value.keys())
    if isinstance(value, (list, tuple)):
        return list(value)
    return []

def main():
    src = pathlib.Path(sys.argv[1]).resolve()
    sys.path.insert(0, str(src))
    data = pathlib.Path(__file__).resolve().parents[2] / "src/ConsentKit.Prompts/Data"
    not_names = {l.strip() for l in (data / "not-names.txt").read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")}
    wanted = {"given-names.txt": ["first_names", "first_names_male", "first_names_female", "first_names_nonbinary"],
              "family-names.txt": ["last_names", "last_names_male", "last_names_female"]}
    for file, attributes in wanted.items():
        found = set()
        for locale in LOCALES:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
            for attribute in attributes:
                for name in names(getattr(provider, attribute, ())):
                    w = fold(name.strip())
                    if len(w) >= 3 and all(c.isascii() and (c.isalpha() or c == "-") for c in w) and not w.startswith("-") and not w.endswith("-") and w not in not_names:
                        found.add(w)
        path = data / file
        lines = path.read_text(encoding="utf-8").splitlines()
        header = [l for l in lines if l.startswith("#")]
        body = {l for l in lines if l and not l.startswith("#")}
        if SOURCE not in "\n".join(header):
            header.append("# " + SOURCE)
        added = found - body
        path.write_text("\n".join(header + sorted(body | found)) + "\n", encoding="utf-8")
        print(f"{file}: {len(added)} names added, {len(body | found)} in all")

main()
