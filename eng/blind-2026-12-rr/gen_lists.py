#!/usr/bin/env python3
"""blind-2026-12-rr list generator (seed 58203117), adapted from y's gen_lists.py (same structure: inline pools, hand-typed
column codes, names drawn without replacement), with new pools, shapes and tools for this set's focus, the party's press office.
make_lists(n) cycles six export shapes of press-office tools that no earlier README names (0 files each, grep -il over the
earlier READMEs): Prezly, Babbler, Onclusive, Roxhill, Brand24, Pressly.
  1. prezly    - Prezly RSVP export for a press conference (en/fr): journalist (one span), outlet, e-mail, phone. No category
                 (journalists acting in their job are not PO under this set's rule).
  2. babbler   - Babbler list of signatories of a supportive op-ed (tribune) by party members (fr, France/overseas): name, commune,
                 e-mail. PO.
  3. onclusive - Onclusive clip export with supporters quoted at party rallies and their follow-up e-mail (en). PO.
  4. roxhill   - Roxhill journalist-database export for a media list (mixed): name, beat, e-mail, phone. No category.
  5. brand24   - Brand24 social-listening export of members who posted support, with name, handle and postal code (en/fr). PO.
  6. pressly   - Pressly spokesperson accreditation roster (fr/en): spokesperson, DOB, phone. PO.
Every column's entity code is written by hand below; nothing is inferred from a value. Synthetic values only: 555-01xx,
French fiction blocks / overseas mobile prefixes, example domains. Call make_lists once per process."""
import random, unicodedata
RNG = random.Random(58203117)
QC = (["Josiane", "Benoît", "Marilou", "Serge", "Gabrielle", "Yvan", "Nancy", "Frédérik", "Lyne", "Alexis"],
      ["Paradis", "Leclerc-Vézina", "Bolduc", "Thériault", "Doyon", "Charest-Lavigne", "Fecteau", "Boisvert", "Morissette", "Ratté"])
CA = (["Jordan", "Aaliyah", "Connor", "Simran", "Takeshi", "Chiamaka", "Oleksandr", "Maeve", "Pema", "Lucía", "Rhiannon", "Gurdeep", "Tanis", "Hoang"],
      ["McAllister", "Eze", "Kaur-Sandhu", "Yamamoto", "Hrynchuk", "Quinlan", "Sherpa", "Castillo", "Rain", "Kakegamic", "Lindqvist", "Abernethy", "Dang", "Okemaw"])
FR = (["Clotilde", "Maxence", "Assa", "Romain", "Elsa", "Karim", "Bérénice", "Tanguy", "Soraya", "Léandre"],
      ["Guillou", "Diarra", "Mercier-Lenoir", "Benhamou", "Chevalier", "Traoré", "Poulain", "Da Silva", "Lemaire", "Kerbrat"])
DOM = (["Ludovic", "Nadège", "Kévin", "Moïra"], ["Théophile", "Grondin", "Madi", "Zobda"])
used = set()
def person(pool):
    while True:
        g, f = RNG.choice(pool[0]), RNG.choice(pool[1])
        if (g, f) not in used:
            used.add((g, f)); return g, f
def S(c, v): return "⟦%s:%s⟧" % (c, v)
def ascii_(s):
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if not unicodedata.combining(ch)).lower().replace(" ", "").replace("'", "")
def email(g, f, doms):
    k = RNG.randrange(3)
    loc = [ascii_(g) + "." + ascii_(f), ascii_(g)[0] + ascii_(f), ascii_(f) + str(RNG.randint(1, 99))][k]
    return loc + "@" + RNG.choice(doms)
CA_D = ["example.ca", "example.com", "exemple.qc.ca", "example.net"]
MEDIA_D = ["example-news.ca", "exemple-media.ca", "example-radio.ca", "example-wire.ca"]
FR_D = ["exemple.fr", "exemple.org", "exemple.net"]
def nanp(area):
    x = "01%02d" % RNG.randint(0, 99)
    return RNG.choice(["%s-555-%s", "(%s) 555-%s", "%s.555.%s", "+1 %s 555 %s"]) % (area, x)
def frph(dom=False):
    if dom: return RNG.choice(["0690 ", "0696 ", "0692 ", "0694 "]) + "%02d %02d %02d" % (RNG.randint(10, 99), RNG.randint(10, 99), RNG.randint(10, 99))
    return RNG.choice(["06 39 98", "07 00 11", "01 99 00", "05 36 49"]) + " %02d %02d" % (RNG.randint(10, 99), RNG.randint(10, 99))
def capc(fsa): return "%s %d%s%d" % (fsa, RNG.randint(1, 9), RNG.choice("ABCEGHJKLMNPRSTVWXYZ"), RNG.randint(0, 9))

def prezly():
    fr = RNG.random() < 0.5
    area = RNG.choice(["418", "514", "819"]) if fr else RNG.choice(["416", "613", "604", "902"])
    rows = [("Prezly — RSVP conférence de presse (export)" if fr else "Prezly — press conference RSVPs (export)"),
            "contact,média/outlet,email,phone"]
    for i in range(RNG.randint(2, 3)):
        g, f = person(QC if fr else CA)
        rows.append(",".join([S("P", g + " " + f), RNG.choice(["Le Quotidien", "CKRL", "Noovo", "CityNews", "CBC", "The Hill Times", "Radio-Canada"]),
                              S("EM", email(g, f, MEDIA_D)), S("PH", nanp(area))]))
    return ("fr" if fr else "en", "list", "", "\n".join(rows))
def babbler():
    dom = RNG.random() < 0.35
    rows = ["Babbler — signataires de la tribune « Pour des services publics de proximité » (adhérents du parti)", "Nom;Commune;Courriel"]
    for i in range(RNG.randint(3, 5)):
        g, f = person(DOM if dom and RNG.random() < 0.7 else FR)
        rows.append(";".join([S("P", g + " " + f), RNG.choice(["Le Lamentin", "Saint-Paul", "Kourou"] if dom else ["Quimper", "Tours", "Besançon", "Roubaix", "Nîmes"]),
                              S("EM", email(g, f, FR_D))]))
    return ("fr", "list", "PO", "\n".join(rows))
def onclusive():
    rows = ["Onclusive clip export — supporters quoted at our rallies (follow-up list)", "Date | Outlet | Quoted supporter | Follow-up email"]
    for i in range(RNG.randint(3, 4)):
        g, f = person(CA)
        rows.append(" | ".join(["2026-10-%02d" % RNG.randint(1, 31), RNG.choice(["Global News", "CTV", "Metro", "The Star Phoenix", "Yukon News"]),
                                S("P", g + " " + f), S("EM", email(g, f, CA_D))]))
    return ("en", "list", "PO", "\n".join(rows))
def roxhill():
    rows = ["Roxhill export — liste médias / media list (beat: politique provinciale / provincial politics)", "name\tbeat\temail\tphone"]
    for i in range(RNG.randint(2, 3)):
        g, f = person(CA if RNG.random() < 0.5 else QC)
        rows.append("\t".join([S("P", g + " " + f), RNG.choice(["santé / health", "énergie / energy", "Assemblée / legislature", "municipal"]),
                               S("EM", email(g, f, MEDIA_D)), S("PH", nanp(RNG.choice(["418", "514", "613"])))]))
    return ("mixed", "list", "", "\n".join(rows))
def brand24():
    fr = RNG.random() < 0.5
    rows = [("Brand24 — membres qui ont publié un appui (à remercier)" if fr else "Brand24 — members who posted support (thank-you list)"), "name;handle;postal"]
    for i in range(RNG.randint(2, 4)):
        g, f = person(QC if fr else CA)
        h = "@" + ascii_(g)[:5] + "_" + ascii_(f).replace("-", "")[:6]
        rows.append(";".join([S("P", g + " " + f), S("P", h), S("PC", capc(RNG.choice(["G1K", "J8Y", "H3S"]) if fr else RNG.choice(["M4C", "T2N", "R3L", "K1S"])))]))
    return ("fr" if fr else "en", "list", "PO", "\n".join(rows))
def pressly():
    fr = RNG.random() < 0.5
    rows = [("Pressly — accréditation des porte-parole (débat régional)" if fr else "Pressly — spokesperson accreditation (regional debate)"), "Porte-parole / Spokesperson, DOB, Phone"]
    for i in range(RNG.randint(3, 4)):
        g, f = person(QC if fr else CA)
        rows.append(", ".join([S("P", g + " " + f), S("DOB", "%d-%02d-%02d" % (RNG.randint(1950, 1998), RNG.randint(1, 12), RNG.randint(1, 28))),
                               S("PH", nanp(RNG.choice(["418", "450", "819"]) if fr else RNG.choice(["306", "204", "867", "709"])))]))
    return ("fr" if fr else "en", "list", "PO", "\n".join(rows))
SHAPES = [prezly, babbler, onclusive, roxhill, brand24, pressly]
def make_lists(n):
    out = []
    for k in range(n):
        it = SHAPES[k % len(SHAPES)]()
        c = it[3].count("⟦"); assert 3 <= c <= 20, (it, c)
        out.append(it)
    return out
if __name__ == "__main__":
    L = make_lists(50)
    print("entities", sum(x[3].count("⟦") for x in L))
    for it in L[:6]: print(it[:3]); print(it[3]); print("---")
