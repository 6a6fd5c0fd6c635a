#!/usr/bin/env python3
"""blind-2026-12-gg list generator, written from scratch for this set (seed 83306157).
make_lists(n) rotates six export shapes of mapping / survey / e-signature tools that no earlier README names (grep -il count 0
over the earlier READMEs): QGIS, uMap, Districtr, Maptionnaire, Zoho Sign, Smartsurvey. All lists belong to the focus of this set:
the party's work on electoral-map redrawing (redécoupage de la carte électorale / boundary redistribution).
  qgis         - QGIS attribute table of volunteers' homes used to test a proposed boundary (fr): nom, adresse, code postal, tél.
  umap         - uMap point layer of members who will testify (mixed): name, e-mail, postal code.
  districtr    - Districtr community-of-interest submissions signed by riding association members (en): submitter, e-mail, phone.
  maptionnaire - Maptionnaire survey respondents for a French canton / circonscription redraw (fr): nom, e-mail, mobile.
  zohosign     - Zoho Sign envelope log for signed affidavits of residence (en): signer, e-mail, street address, DOB.
  smartsurvey  - Smartsurvey export of youth-wing answers on the new map (fr or en): respondent, DOB, e-mail.
Each column's code is a literal below. Every list carries POLITICAL_OPINION (party members, volunteers and witnesses for the party).
Synthetic values only: 555-01xx phones, French fiction blocks, example-ish domains. make_lists must be called once per process."""
import random, unicodedata

rnd = random.Random(83306157)
POOLS = {
    "qc": (["Réjean", "Solange", "Maryse", "Gaétan", "Noémie", "Alexis", "Chantale", "Benoît", "Wapikoni", "Odette"],
           ["Pelletier-Gagné", "Desrosiers", "Vachon", "Boisvert", "Thibodeau", "Caron", "Ottawa", "Brassard", "Harvey", "Laflamme"]),
    "ca": (["Trevor", "Aaliyah", "Gurleen", "Wei", "Oksana", "Callum", "Nnamdi", "Marisol", "Keegan", "Priya", "Ezra", "Tamsin"],
           ["McInnis", "Adeyemi", "Grewal", "Zhou", "Kowalczyk", "Fraser", "Eze", "Paredes", "Bearhead", "Raman", "Goldfarb", "Penney"]),
    "fr": (["Maëlys", "Baptiste", "Inès", "Lucien", "Awa", "Mathis", "Soline", "Karim", "Ophélie", "Yohann"],
           ["Garnier", "Diallo", "Fontaine", "Benali", "Roussel", "Keita", "Lemaire", "Perrin", "Guillot", "Ndiaye"]),
    "dom": (["Ludivine", "Jordan", "Maëva", "Kévin"], ["Hoarau", "Nagau", "Sinimalé", "Jean-Baptiste"]),
}
taken = set()
def name(pool):
    g, f = POOLS[pool]
    for _ in range(500):
        p = (rnd.choice(g), rnd.choice(f))
        if p not in taken:
            taken.add(p)
            return p
    raise RuntimeError("pool exhausted")
def tag(code, value):
    return "\u27e6" + code + ":" + value + "\u27e7"
def flat(s):
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().replace(" ", "").replace("'", "")
def mail(g, f, domains):
    style = rnd.randrange(4)
    local = (flat(g) + "." + flat(f), flat(f) + "." + flat(g)[0], flat(g) + str(rnd.randint(10, 99)), flat(g)[0] + flat(f))[style]
    return local + "@" + rnd.choice(domains)
QC_DOM = ["videotron.ca", "globetrotter.net", "cgocable.ca", "gmail.com", "outlook.com", "sympatico.ca"]
CA_DOM = ["shaw.ca", "eastlink.ca", "gmail.com", "yahoo.ca", "bell.net", "sasktel.net"]
FR_DOM = ["orange.fr", "sfr.fr", "gmail.com", "free.fr", "outlook.fr"]
def nanp(area):
    tail = "01" + "%02d" % rnd.randint(0, 99)
    return rnd.choice(("%s.555.%s", "1-%s-555-%s", "(%s)555-%s", "%s-555-%s")) % (area, tail)
def fr_mobile(overseas):
    if overseas:
        return rnd.choice(("0690", "0692", "0694", "0696")) + " " + " ".join("%02d" % rnd.randint(0, 99) for _ in range(3))
    return rnd.choice(("07 00 11", "06 39 98", "01 99 00")) + " " + " ".join("%02d" % rnd.randint(0, 99) for _ in range(2))
def cpc(fsa):
    return fsa + " " + str(rnd.randint(0, 9)) + rnd.choice("ABCEGHJKLMNPRSTVWXYZ") + str(rnd.randint(0, 9))
def dob(lo, hi):
    return "%04d-%02d-%02d" % (rnd.randint(lo, hi), rnd.randint(1, 12), rnd.randint(1, 28))

def qgis():
    town, fsa, area, streets = rnd.choice([("Rouyn-Noranda", "J9X", "819", ["rue Gamble Ouest", "avenue Larivière", "rue Murdoch"]),
                                          ("Baie-Comeau", "G4Z", "418", ["boulevard Lasalle", "rue Mance"]),
                                          ("Drummondville", "J2B", "819", ["rue Heriot", "boulevard Saint-Joseph"]),
                                          ("Matane", "G4W", "418", ["avenue Saint-Jérôme", "rue du Bon-Pasteur"])])
    out = ["QGIS — table attributaire « benevoles_test_limite » (%s, limite proposée par la Commission)" % town,
           "fid|nom|adresse|code_postal|tel|cote_limite"]
    for i in range(rnd.randint(2, 3)):
        g, f = name("qc")
        out.append("|".join([str(i + 1), tag("P", g + " " + f), tag("AD", "%d, %s" % (rnd.randint(10, 1999), rnd.choice(streets))),
                             tag("PC", cpc(fsa)), tag("PH", nanp(area)), rnd.choice(["nord", "sud", "sur la ligne"])]))
    return ("fr", "list", "PO", "\n".join(out))
def umap():
    out = ["uMap — calque « témoins / witnesses » pour l'audience de la Commission (export CSV)", "name,email,postal_code,lat,lon"]
    for i in range(rnd.randint(3, 5)):
        pool = rnd.choice(["qc", "ca"])
        g, f = name(pool)
        fsa = rnd.choice(["H4E", "H1G", "J7V", "J8Y"]) if pool == "qc" else rnd.choice(["K1S", "K7L", "P3E"])
        out.append(",".join([tag("P", g + " " + f), tag("EM", mail(g, f, QC_DOM if pool == "qc" else CA_DOM)), tag("PC", cpc(fsa)),
                             "%.2f" % rnd.uniform(45.0, 46.9), "%.2f" % rnd.uniform(-76.0, -71.0)]))
    return ("mixed", "list", "PO", "\n".join(out))
def districtr():
    prov, area = rnd.choice([("Nova Scotia", "902"), ("Manitoba", "204"), ("Alberta", "403"), ("Newfoundland and Labrador", "709"), ("Ontario", "705")])
    out = ["Districtr — community-of-interest submissions, %s redistribution (riding association volunteers)" % prov,
           "Submitter\tEmail\tPhone\tCommunity"]
    for i in range(rnd.randint(3, 4)):
        g, f = name("ca")
        out.append("\t".join([tag("P", g + " " + f), tag("EM", mail(g, f, CA_DOM)), tag("PH", nanp(area)),
                              rnd.choice(["river valley farms", "university district", "fishing villages", "commuter belt", "reserve and town"])]))
    return ("en", "list", "PO", "\n".join(out))
def maptionnaire():
    over = rnd.random() < 0.35
    out = ["Maptionnaire — répondants au questionnaire sur le nouveau découpage" + (" (La Réunion / Guadeloupe)" if over else " (Loire-Atlantique)"),
           "Nom ; Courriel ; Mobile"]
    for i in range(rnd.randint(3, 4)):
        g, f = name("dom" if over and rnd.random() < 0.7 else "fr")
        out.append(" ; ".join([tag("P", g + " " + f), tag("EM", mail(g, f, FR_DOM)), tag("PH", fr_mobile(over))]))
    return ("fr", "list", "PO", "\n".join(out))
def zohosign():
    town, streets = rnd.choice([("Brandon", ["Rosser Ave", "Princess Ave"]), ("Lethbridge", ["Mayor Magrath Dr S", "Scenic Dr S"]),
                                ("Truro", ["Prince St", "Willow St"]), ("North Bay", ["Algonquin Ave", "Lakeshore Dr"])])
    out = ["Zoho Sign — envelope log: affidavits of residence for the boundary hearing (%s)" % town, "Signer,Email,Address,DOB,Status"]
    for i in range(rnd.randint(2, 3)):
        g, f = name("ca")
        out.append(",".join([tag("P", g + " " + f), tag("EM", mail(g, f, CA_DOM)), tag("AD", "%d %s" % (rnd.randint(3, 3500), rnd.choice(streets))),
                             tag("DOB", dob(1948, 1996)), rnd.choice(["Signed", "Viewed", "Sent"])]))
    return ("en", "list", "PO", "\n".join(out))
def smartsurvey():
    fr = rnd.random() < 0.5
    out = ["Smartsurvey — aile jeunesse : avis sur la nouvelle carte électorale" if fr else "Smartsurvey — youth wing: views on the new electoral map",
           "Respondent | DOB | Email | Answer"]
    for i in range(rnd.randint(3, 4)):
        g, f = name("qc" if fr else "ca")
        out.append(" | ".join([tag("P", g + " " + f), tag("DOB", dob(1999, 2007)), tag("EM", mail(g, f, QC_DOM if fr else CA_DOM)),
                               rnd.choice(["pour", "contre", "indécis"] if fr else ["support", "oppose", "unsure"])]))
    return ("fr" if fr else "en", "list", "PO", "\n".join(out))

ORDER = (qgis, umap, districtr, maptionnaire, zohosign, smartsurvey)
def make_lists(n):
    res = []
    for i in range(n):
        item = ORDER[i % 6]()
        k = item[3].count("\u27e6")
        assert 3 <= k <= 20, (item, k)
        res.append(item)
    return res
if __name__ == "__main__":
    L = make_lists(40)
    print("lists", len(L), "entities", sum(x[3].count("\u27e6") for x in L))
    for x in L[:6]:
        print(x[:3]); print(x[3]); print("--")
