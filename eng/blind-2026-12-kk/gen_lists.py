#!/usr/bin/env python3
"""blind-2026-12-kk list generator (seed 80317265), adapted from y's gen_lists.py (same helpers; new pools, tools and shapes).
make_lists(n) cycles six export shapes of route / field tools that no earlier README names (0 files each, grep -il over the
other READMEs): Routific, OptimoRoute, Onfleet, Route4Me, Epicollect, Badger Maps.
  1. routific   - Routific route export for a literature drop (fr, Québec): driver (one span), phone, depot street address, postal code.
  2. optimo     - OptimoRoute postering-crew schedule (en, rest of Canada): crew lead (one span), phone, e-mail.
  3. onfleet    - Onfleet poster-kit deliveries to volunteers (en or mixed): recipient (one span), street address, postal code, phone.
  4. route4me   - Route4Me post-election poster removal (fr, France): colleur (one span), mobile, e-mail.
  5. epicollect - Epicollect5 checks of official poster boards (fr, France incl. overseas): volunteer (one span), e-mail, phone.
  6. badger     - Badger Maps sign-host visits (en): host (one span), street address, postal code, e-mail.
Every column's entity code is written by hand below; nothing is inferred from a value. All items carry POLITICAL_OPINION
(volunteers, crews and sign hosts of a party). Synthetic values only: 555-01xx, French fiction blocks, example domains.
Call make_lists once per process (names drawn without replacement)."""
import random, unicodedata
RNG = random.Random(80317265)
QC = (["Réjean", "Micheline", "Josée", "Yvon", "Maïté", "Steeve", "Karine", "Gervais", "Noémie"],
      ["Thibodeau", "Labrecque", "Ouellet-Roy", "Brassard", "Gauvin", "Comeau", "Larouche", "Pelletier", "Charest-Doyon"])
CA = (["Travis", "Nkechi", "Harjit", "Wen", "Oksana", "Tavish", "Lerato", "Farida", "Quinn", "Rui", "Ayasha", "Bogdan"],
      ["McInnis", "Adeyemi", "Grewal", "Zhou", "Kowalczyk", "Redsky", "Mokoena", "Rahimi", "O'Dowd", "Pereira", "Littlechild", "Nowak"])
FR = (["Maëlle", "Kévin", "Aminata", "Baptiste", "Soraya", "Gwendal", "Inès", "Loïc", "Fatoumata"],
      ["Kerjean", "Traoré", "Lefèvre", "Benali", "Guillou", "Diallo", "Marchetti", "Rousseau-Pinel", "Nguyen"])
DOM = (["Ludovic", "Marie-Line", "Dimitri", "Chrystelle", "Saïd"], ["Jean-Baptiste", "Hoarau", "Zaïre", "Madi", "Boyer"])
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
CA_D = ["gmail.com", "hotmail.com", "videotron.ca", "bell.net", "shaw.ca", "sasktel.net", "eastlink.ca"]
FR_D = ["gmail.com", "orange.fr", "sfr.fr", "free.fr", "yahoo.fr"]
def nanp(area):
    x = "01%02d" % RNG.randint(0, 99)
    return RNG.choice(["%s-555-%s", "(%s) 555-%s", "%s.555.%s", "+1 %s 555 %s"]) % (area, x)
def frph(dom=False):
    if dom: b = RNG.choice(["0690 ", "0696 ", "0692 ", "0694 "]) + "%02d %02d %02d" % (RNG.randint(10, 99), RNG.randint(10, 99), RNG.randint(10, 99))
    else: b = RNG.choice(["06 39 98", "07 00 11", "01 99 00", "04 65 71"]) + " %02d %02d" % (RNG.randint(10, 99), RNG.randint(10, 99))
    return b
def capc(fsa): return "%s %d%s%d" % (fsa, RNG.randint(1, 9), RNG.choice("ABCEGHJKLMNPRSTVWXYZ"), RNG.randint(0, 9))

QC_T = [("Trois-Rivières", "G8Z", "819", ["rue des Forges", "boulevard des Récollets"]), ("Sherbrooke", "J1H", "819", ["rue King Ouest", "rue Galt Ouest"]),
        ("Saguenay", "G7H", "418", ["rue Racine Est", "boulevard Talbot"]), ("Laval", "H7N", "450", ["boulevard Lévesque Est", "rue Saint-Martin"])]
def routific():
    town, fsa, area, streets = RNG.choice(QC_T)
    rows = ["Routific — tournée de distribution de dépliants, %s" % town, "route;chauffeur;tel;depot;code_postal;arrets"]
    for i in range(RNG.randint(2, 4)):
        g, f = person(QC)
        rows.append(";".join(["R%d" % (i + 1), S("P", g + " " + f), S("PH", nanp(area)), S("AD", "%d %s" % (RNG.randint(10, 3900), RNG.choice(streets))),
                              S("PC", capc(fsa)), str(RNG.randint(40, 260))]))
    return ("fr", "list", "PO", "\n".join(rows))
def optimo():
    area = RNG.choice(["403", "306", "613", "709", "867"])
    rows = ["OptimoRoute — postering crew schedule (week 2)", "Crew | Lead | Phone | Email | Shift"]
    for i in range(RNG.randint(3, 5)):
        g, f = person(CA)
        rows.append(" | ".join(["C-%02d" % RNG.randint(1, 40), S("P", g + " " + f), S("PH", nanp(area)), S("EM", email(g, f, CA_D)), RNG.choice(["06:00-09:00", "18:00-21:00", "Sat AM"])]))
    return ("en", "list", "PO", "\n".join(rows))
EN_T = [("Moncton", "E1C", "506", ["Highfield St", "St. George St"]), ("Brandon", "R7A", "204", ["Rosser Ave", "Princess Ave"]),
        ("Nanaimo", "V9R", "250", ["Bowen Rd", "Wallace St"]), ("Charlottetown", "C1A", "902", ["Kent St", "Pownal St"])]
def onfleet():
    town, fsa, area, streets = RNG.choice(EN_T)
    mixed = town == "Moncton"
    rows = ["Onfleet — poster kit deliveries / livraisons de trousses d'affiches (%s)" % town if mixed else "Onfleet — poster kit deliveries (%s)" % town,
            "Task ID,Recipient,Address,Postal,Phone,Notes"]
    for i in range(RNG.randint(2, 3)):
        g, f = person(CA)
        rows.append(",".join(["OF%d" % RNG.randint(1000, 9999), S("P", g + " " + f), S("AD", "%d %s" % (RNG.randint(3, 990), RNG.choice(streets))), S("PC", capc(fsa)),
                              S("PH", nanp(area)), RNG.choice(["leave at side door", "laisser chez le voisin" if mixed else "ring twice", "20 posters + staple gun"])]))
    return ("mixed" if mixed else "en", "list", "PO", "\n".join(rows))
def route4me():
    ville = RNG.choice(["Quimper", "Poitiers", "Annecy", "Valence", "Béziers"])
    rows = ["Route4Me — décollage des affiches après le second tour, %s" % ville, "Colleur\tMobile\tCourriel\tPanneaux"]
    for i in range(RNG.randint(3, 4)):
        g, f = person(FR)
        rows.append("\t".join([S("P", g + " " + f), S("PH", frph()), S("EM", email(g, f, FR_D)), str(RNG.randint(4, 30))]))
    return ("fr", "list", "PO", "\n".join(rows))
def epicollect():
    dom = RNG.random() < 0.4
    lieu = RNG.choice(["Saint-Paul (974)", "Le Lamentin", "Pointe-à-Pitre", "Kourou"]) if dom else RNG.choice(["Albi", "Niort", "Colmar", "Vannes"])
    rows = ["Epicollect5 — relevé des panneaux électoraux officiels, %s" % lieu, "bénévole,courriel,tél,bureau,état du panneau"]
    for i in range(RNG.randint(3, 4)):
        g, f = person(DOM if dom and RNG.random() < 0.7 else FR)
        rows.append(",".join([S("P", g + " " + f), S("EM", email(g, f, FR_D)), S("PH", frph(dom)), "BV %d" % RNG.randint(1, 40), RNG.choice(["OK", "arrachée", "recouverte", "taguée"])]))
    return ("fr", "list", "PO", "\n".join(rows))
BD_T = [("Guelph", "N1H", ["Woolwich St", "Paisley Rd"]), ("Red Deer", "T4N", ["Gaetz Ave", "Ross St"]), ("Sudbury", "P3E", ["Regent St", "Lasalle Blvd"])]
def badger():
    town, fsa, streets = RNG.choice(BD_T)
    rows = ["Badger Maps — sign host check-ins, %s" % town, "Host;Address;Postal code;Email;Visit"]
    for i in range(RNG.randint(2, 4)):
        g, f = person(CA)
        rows.append(";".join([S("P", g + " " + f), S("AD", "%d %s" % (RNG.randint(5, 1500), RNG.choice(streets))), S("PC", capc(fsa)), S("EM", email(g, f, CA_D)),
                              RNG.choice(["sign OK", "needs new stake", "wants it moved", "poster added to window"])]))
    return ("en", "list", "PO", "\n".join(rows))
SHAPES = [routific, optimo, onfleet, route4me, epicollect, badger]
def make_lists(n):
    out = []
    for k in range(n):
        it = SHAPES[k % len(SHAPES)]()
        c = it[3].count("⟦"); assert 3 <= c <= 20, (it, c)
        out.append(it)
    return out
if __name__ == "__main__":
    L = make_lists(46)
    print("entities", sum(x[3].count("⟦") for x in L))
    for it in L[:6]: print(it[:3]); print(it[3]); print("---")
