#!/usr/bin/env python3
"""blind-2026-12-oo list generator, adapted from y's gen_lists.py (same helper shape: person/S/email/nanp/frph/capc and
make_lists), with new seed 70318852, new pools and six new export shapes about the party's planned-giving (bequest) and
in-memoriam programme, from tools that no other README names (0 files each, grep -il over the other READMEs):
  1. raisers  - Raiser's Edge planned-giving prospects export (en): constituent, e-mail, phone, postal code.
  2. freewill - FreeWill gift-intention report (mixed fr/en): testator, e-mail, share of estate.
  3. memoriam - Forever Missed / Legacy.com in-memoriam donations (fr): donor, e-mail, "en mémoire de" (a second PERSON).
  4. clio     - Clio matters list of the party's counsel for estate gifts (fr, Québec): deceased, liquidator, phone, street
                address, postal code.
  5. notarius - Notarius signature log for gift agreements (fr): signer, e-mail, IP address (documentation ranges).
  6. willful  - Willful seniors' will-clinic registrations (en): attendee, DOB, phone.
Every column's entity code is written by hand below; nothing is inferred from a value. All items carry POLITICAL_OPINION
(members and donors who name the party in a will, give in memory of a member, or sign a gift agreement with it).
Synthetic values only: 555-01xx, French fiction blocks, example domains. Call make_lists once per process."""
import random, unicodedata
RNG = random.Random(70318852)
QC = (["Réjeanne", "Fernand", "Huguette", "Gervais", "Solange", "Rosaire", "Ginette", "Normand", "Lucienne", "Raynald"],
      ["Thibodeau", "Paradis-Côté", "Desrochers", "Boisvert", "Lapointe", "Vachon", "Caron-Leduc", "Ouellette", "Pelchat", "Veilleux"])
CA = (["Margaret", "Desmond", "Harjit", "Yolanda", "Kenji", "Oluwaseun", "Bogdan", "Aoife", "Thuy", "Ramón", "Ingrid", "Winston"],
      ["Hargreaves", "Adeyemi", "Grewal", "Castillo", "Nakamura", "Kowalczyk", "Duchene", "Nguyen-Tran", "Osei", "Whitford", "Lindqvist", "Sewell"])
FR = (["Odette", "Bernard", "Nadia", "Jean-Luc", "Fatoumata", "Gilbert", "Yvette", "Karim", "Maryvonne", "Hervé"],
      ["Lemoine", "Keïta", "Guérin", "Benali", "Le Goff", "Carrière-Dumas", "Traoré", "Perrin", "Kerjean", "Ait Ouali"])
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
    loc = [ascii_(g) + "." + ascii_(f), ascii_(g)[0] + ascii_(f), ascii_(g) + ascii_(f)[:3] + str(RNG.randint(40, 79))][k]
    return loc + "@" + RNG.choice(doms)
CA_D = ["sympatico.ca", "bell.net", "videotron.ca", "shaw.ca", "outlook.com", "yahoo.ca", "gmail.com"]
FR_D = ["orange.fr", "sfr.fr", "free.fr", "laposte.net", "gmail.com"]
def nanp(area):
    x = "01%02d" % RNG.randint(0, 99)
    return RNG.choice(["%s-555-%s", "(%s) 555-%s", "%s.555.%s", "1-%s-555-%s"]) % (area, x)
def capc(fsa): return "%s %d%s%d" % (fsa, RNG.randint(1, 9), RNG.choice("ABCEGHJKLMNPRSTVWXYZ"), RNG.randint(0, 9))

def raisers():
    prov = RNG.choice([("613", ["K1S", "K2A"]), ("905", ["L4C", "L9T"]), ("403", ["T2N", "T3A"]), ("204", ["R3L", "R2M"]), ("604", ["V5N", "V6K"])])
    rows = ["Raiser's Edge NXT — query \"Planned giving prospects, age 65+\" (export)", "Constituent ID,Name,Email,Phone,Postal,Lifetime giving"]
    for i in range(RNG.randint(2, 3)):
        g, f = person(CA)
        rows.append(",".join([str(RNG.randint(20000, 89999)), S("P", g + " " + f), S("EM", email(g, f, CA_D)), S("PH", nanp(prov[0])),
                              S("PC", capc(RNG.choice(prov[1]))), "$%d" % RNG.randint(300, 9000)]))
    return ("en", "list", "PO", "\n".join(rows))
def freewill():
    rows = ["FreeWill — rapport des intentions de legs / gift intentions report (Q3)", "Testateur / Testator | Courriel / Email | Part / Share | Statut"]
    for i in range(RNG.randint(3, 4)):
        g, f = person(QC if RNG.random() < 0.5 else CA)
        rows.append(" | ".join([S("P", g + " " + f), S("EM", email(g, f, CA_D)), RNG.choice(["2 %", "5 %", "10 %", "résidu / residue", "1 000 $", "5 000 $"]),
                                RNG.choice(["confirmé / confirmed", "intention", "à valider / to verify"])]))
    return ("mixed", "list", "PO", "\n".join(rows))
def memoriam():
    g0, f0 = person(FR)
    rows = ["Dons in memoriam — page Forever Missed de %s (relayée par Legacy.com), section fédérale" % S("P", g0 + " " + f0), "Donateur;Courriel;Montant"]
    for i in range(RNG.randint(3, 4)):
        g, f = person(FR)
        rows.append(";".join([S("P", g + " " + f), S("EM", email(g, f, FR_D)), "%d €" % RNG.choice([20, 30, 50, 75, 100, 150])]))
    return ("fr", "list", "PO", "\n".join(rows))
STREETS = [("Sherbrooke", "J1H", "819", ["rue King Ouest", "rue Galt Est", "rue de Vimy"]), ("Trois-Rivières", "G9A", "819", ["rue des Forges", "boulevard du Carmel"]),
           ("Saguenay", "G7H", "418", ["rue Racine Est", "boulevard Talbot"]), ("Laval", "H7N", "450", ["boulevard Lévesque Est", "rue Cartier"])]
def clio():
    town, fsa, area, streets = RNG.choice(STREETS)
    rows = ["Clio — dossiers de successions (legs au parti), bureau de %s" % town, "Dossier | Défunt·e | Liquidateur·rice | Téléphone | Adresse | Code postal"]
    for i in range(RNG.randint(1, 2)):
        gd, fd = person(QC); gl, fl = person(QC)
        rows.append(" | ".join(["SUC-%d" % RNG.randint(100, 999), S("P", gd + " " + fd), S("P", gl + " " + fl), S("PH", nanp(area)),
                                S("AD", "%d, %s" % (RNG.randint(10, 3900), RNG.choice(streets))), S("PC", capc(fsa))]))
    return ("fr", "list", "PO", "\n".join(rows))
def notarius():
    rows = ["Notarius — journal de signature, conventions de don planifié", "horodatage\tsignataire\tcourriel\tIP"]
    for i in range(3):
        g, f = person(QC if RNG.random() < 0.6 else FR)
        ip = RNG.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(RNG.randint(2, 250))
        rows.append("\t".join(["2026-%02d-%02dT%02d:%02d" % (RNG.randint(1, 11), RNG.randint(1, 28), RNG.randint(8, 20), RNG.randint(0, 59)),
                               S("P", g + " " + f), S("EM", email(g, f, CA_D + FR_D)), S("IP", ip)]))
    return ("fr", "list", "PO", "\n".join(rows))
def willful():
    area = RNG.choice(["416", "647", "250", "778", "902"])
    rows = ["Willful will clinic for party members 60+ — registrations", "Attendee;DOB;Phone;Session"]
    for i in range(RNG.randint(3, 4)):
        g, f = person(CA)
        rows.append(";".join([S("P", g + " " + f), S("DOB", "%d-%02d-%02d" % (RNG.randint(1938, 1965), RNG.randint(1, 12), RNG.randint(1, 28))), S("PH", nanp(area)),
                              RNG.choice(["Tue 10:00", "Thu 14:00", "Sat 09:30"])]))
    return ("en", "list", "PO", "\n".join(rows))
SHAPES = [raisers, freewill, memoriam, clio, notarius, willful]
def make_lists(n):
    out = []
    for k in range(n):
        it = SHAPES[k % len(SHAPES)]()
        c = it[3].count("⟦"); assert 3 <= c <= 20, (it, c)
        out.append(it)
    return out
if __name__ == "__main__":
    L = make_lists(54)
    print("entities", sum(x[3].count("⟦") for x in L))
    for it in L[:6]: print(it[:3]); print(it[3]); print("---")
