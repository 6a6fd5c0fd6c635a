#!/usr/bin/env python3
"""blind-2026-12-mm list generator, adapted from y's gen_lists.py (structure kept; seed, pools, tools and shapes new; seed 83150627).
make_lists(n) cycles six export shapes of shipping / e-mail tools that no earlier README names (0 files each, grep -il over the
earlier READMEs): Mautic, ShipStation, Intelcom, FedEx, DHL. Theme: the special-ballot / vote-by-mail drive for the party's supporters.
  1. mautic_fr  - Mautic segment export, supporters away from Québec reminded about vote par correspondance (fr): name, e-mail, phone.
  2. shipstation- ShipStation label batch of special-ballot application kits mailed to supporters (en): name, street, postal code, phone.
  3. intelcom   - Intelcom delivery manifest of home-voting request forms to members (fr, Québec): name, street, postal code, phone.
  4. fedex      - FedEx return-envelope log for members abroad (mixed): name, e-mail, phone.
  5. dhl        - DHL Express expéditions aux adhérents expatriés (fr): name, French mobile, e-mail, French postal code.
  6. mautic_en  - Mautic contact export, student supporters to remind about special ballots (en): name, e-mail, DOB.
Every column's entity code is written by hand below; nothing is inferred from a value. All items carry POLITICAL_OPINION
(the header of every export says the people are party members or supporters). Synthetic values only: 555-01xx, French fiction
blocks, example-style domains. Call make_lists once per process (names drawn without replacement)."""
import random, unicodedata
RNG = random.Random(83150627)
QC = (["Réjeanne", "Normand", "Maryse", "Gaétan", "Solange", "Benoît", "Karine", "Yvon", "Francine", "Mathis"],
      ["Desrosiers", "Pelletier-Caron", "Lapointe", "Thibodeau", "Boisvert", "Ouellet", "Charest-Roy", "Larouche", "Paquin", "Bouffard"])
CA = (["Dwayne", "Priyanka", "Chidi", "Mei-Ling", "Tomasz", "Leticia", "Farhan", "Ainsley", "Quang", "Noor", "Wyatt", "Adaeze"],
      ["Kowalczyk", "Nwachukwu", "Desjarlais", "Huang", "Ramdial", "Osei", "Trinh", "Haldane", "Quispe", "Sinclair", "Bhullar", "Okonkwo"])
FR = (["Clémence", "Baptiste", "Inès", "Mamadou", "Soizic", "Kévin", "Yasmina", "Loïc", "Awa", "Thibault"],
      ["Garnier", "Traoré", "Le Goff", "Benali", "Rousseau-Diallo", "Fabre", "Ndiaye", "Marchal", "Kerbrat", "Chevallier"])
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
    loc = [ascii_(g) + "." + ascii_(f), ascii_(g)[0] + ascii_(f), ascii_(g) + "_" + ascii_(f)[:4] + str(RNG.randint(1, 99))][k]
    return loc + "@" + RNG.choice(doms)
CA_D = ["gmail.com", "outlook.com", "yahoo.ca", "sympatico.ca", "bell.net", "icloud.com"]
FR_D = ["gmail.com", "orange.fr", "sfr.fr", "proton.me", "outlook.fr"]
def nanp(area):
    x = "01%02d" % RNG.randint(0, 99)
    return RNG.choice(["%s-555-%s", "(%s) 555-%s", "%s.555.%s", "+1 %s 555 %s"]) % (area, x)
def frph():
    return RNG.choice(["06 39 98", "07 00 11", "+33 6 39 98", "+33 7 00 11"]) + " %02d %02d" % (RNG.randint(10, 99), RNG.randint(10, 99))
def capc(fsa): return "%s %d%s%d" % (fsa, RNG.randint(1, 9), RNG.choice("ABCEGHJKLMNPRSTVWXYZ"), RNG.randint(0, 9))

def mautic_fr():
    rows = ["Mautic — segment « Membres hors Québec : vote par correspondance » (export CSV)", "nom,courriel,téléphone,séjour"]
    for i in range(RNG.randint(3, 5)):
        g, f = person(QC)
        rows.append(",".join([S("P", g + " " + f), S("EM", email(g, f, CA_D)), S("PH", nanp(RNG.choice(["418", "819", "450", "581"]))),
                              RNG.choice(["Floride", "Arizona", "Ontario", "Mexique", "Belgique"])]))
    return ("fr", "list", "PO", "\n".join(rows))
TOWNS = [("Moncton", "E1C", "506", ["Frampton Ave", "Wheeler Blvd", "Jonathan Ave"]), ("Saskatoon", "S7K", "306", ["Avenue C N", "33rd St W"]),
         ("London", "N6A", "519", ["Dundas St", "Colborne St"]), ("Victoria", "V8T", "250", ["Fernwood Rd", "Bay St"]),
         ("St. John's", "A1C", "709", ["Gower St", "Duckworth St"])]
def shipstation():
    town, fsa, area, streets = RNG.choice(TOWNS)
    rows = ["ShipStation batch — special ballot application kits for registered supporters (%s)" % town, "Order#|Recipient|Address|Postal|Phone|Service"]
    for i in range(RNG.randint(2, 3)):
        g, f = person(CA)
        rows.append("|".join(["SB-%d" % RNG.randint(1000, 9999), S("P", g + " " + f), S("AD", "%d %s" % (RNG.randint(3, 1900), RNG.choice(streets))),
                              S("PC", capc(fsa)), S("PH", nanp(area)), RNG.choice(["Lettermail", "Xpresspost", "Tracked Packet"])]))
    return ("en", "list", "PO", "\n".join(rows))
QTOWNS = [("Sherbrooke", "J1H", "819", ["rue King Ouest", "rue Portland"]), ("Trois-Rivières", "G9A", "819", ["rue des Forges", "boulevard du Carmel"]),
          ("Laval", "H7N", "450", ["boulevard Lévesque Est", "rue Cartier"]), ("Saguenay", "G7H", "418", ["rue Racine Est", "boulevard Talbot"])]
def intelcom():
    town, fsa, area, streets = RNG.choice(QTOWNS)
    rows = ["Intelcom — manifeste de livraison : formulaires de vote à domicile pour nos membres (%s)" % town, "colis;destinataire;adresse;code postal;tél."]
    for i in range(RNG.randint(2, 3)):
        g, f = person(QC)
        rows.append(";".join(["IC%07d" % RNG.randint(0, 9999999), S("P", g + " " + f), S("AD", "%d, %s" % (RNG.randint(10, 4800), RNG.choice(streets))),
                              S("PC", capc(fsa)), S("PH", nanp(area))]))
    return ("fr", "list", "PO", "\n".join(rows))
def fedex():
    rows = ["FedEx return envelopes / enveloppes-retour — members abroad / membres à l'étranger", "Member / Membre\tEmail\tPhone\tCity"]
    for i in range(RNG.randint(3, 4)):
        g, f = person(CA if RNG.random() < 0.6 else QC)
        rows.append("\t".join([S("P", g + " " + f), S("EM", email(g, f, CA_D)), S("PH", nanp(RNG.choice(["613", "514", "604", "403"]))),
                               RNG.choice(["Lisbonne", "Nairobi", "Séoul", "Bogotá", "Dakar", "Hanoï"])]))
    return ("mixed", "list", "PO", "\n".join(rows))
def dhl():
    rows = ["DHL Express — expéditions aux adhérents expatriés (procurations, législatives)", "Adhérent;Mobile;Courriel;CP (France)"]
    for i in range(RNG.randint(3, 4)):
        g, f = person(FR)
        rows.append(";".join([S("P", g + " " + f), S("PH", frph()), S("EM", email(g, f, FR_D)), S("PC", RNG.choice(["35000", "29200", "44100", "13006", "69007", "59800"]))]))
    return ("fr", "list", "PO", "\n".join(rows))
def mautic_en():
    rows = ["Mautic contact export — segment: campus supporters, special ballot reminder", "name,email,date_of_birth,campus"]
    for i in range(RNG.randint(3, 4)):
        g, f = person(CA)
        rows.append(",".join([S("P", g + " " + f), S("EM", email(g, f, CA_D)), S("DOB", "%d-%02d-%02d" % (RNG.randint(2001, 2007), RNG.randint(1, 12), RNG.randint(1, 28))),
                              RNG.choice(["UBC", "Dal", "U of M", "Carleton", "MUN", "UNB"])]))
    return ("en", "list", "PO", "\n".join(rows))
SHAPES = [mautic_fr, shipstation, intelcom, fedex, dhl, mautic_en]
def make_lists(n):
    out = []
    for k in range(n):
        it = SHAPES[k % len(SHAPES)]()
        c = it[3].count("⟦"); assert 3 <= c <= 20, (it, c)
        out.append(it)
    return out
if __name__ == "__main__":
    L = make_lists(44)
    print("entities", sum(x[3].count("⟦") for x in L))
    for it in L[:6]: print(it[:3]); print(it[3]); print("---")
