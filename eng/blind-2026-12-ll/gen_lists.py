#!/usr/bin/env python3
"""blind-2026-12-ll list generator (seed 84172693); structure adapted from eng/blind-2026-12-y/gen_lists.py, pools, tools and shapes new.
make_lists(n) cycles six export shapes of a letter-writing and postcard campaign. Five name tools that no earlier README names
(0 files each, grep -il over the thirty-six earlier READMEs): Postable, Handwrytten, Thanks.io, Letterdrop, PressReader.
  1. postable   - Postable address book for thank-you cards to volunteer letter writers (en): name, street address, postal code.
  2. handwrytten- Handwrytten order export, handwritten notes to donors (en/fr): recipient, street address, postal code, phone.
  3. thanksio   - Thanks.io postcard-drive volunteer roster (mixed): volunteer, e-mail, phone.
  4. letterdrop - Letterdrop co-signers of a party open letter (fr, France and overseas): signatory, e-mail, mobile.
  5. pressreader- PressReader clipping log of published letters to the editor by members (fr/en): author, e-mail.
  6. courrier   - newsroom letters-desk contacts (fr/en): editor, e-mail, phone. NO category (press contacts reveal nothing).
Every column's entity code is written by hand below; nothing is inferred from a value. Shapes 1-5 carry POLITICAL_OPINION
(volunteers, donors, co-signers and member authors of the party's campaign); shape 6 carries none. Synthetic values only:
555-01xx, French fiction blocks or overseas mobile prefixes, example domains. Call make_lists once per process."""
import random, unicodedata
RNG = random.Random(84172693)
QC = (["Réjeanne", "Yvon", "Chantale", "Benoît", "Lorraine", "Médérik", "Noémie", "Gaétan", "Fabiola", "Wilner"],
      ["Thibodeau", "Boulanger-Côté", "Morissette", "Painchaud", "Lapointe", "Desrosiers", "Jean-Louis", "Pierre-Paul", "Ouellette", "Vachon"])
CA = (["Gurpreet", "Oluwaseun", "Thuy", "Ximena", "Declan", "Keisha", "Anil", "Marisol", "Wendell", "Yusra", "Callum", "Priyanka"],
      ["Nguyen-Tran", "Adeyemi", "Castellanos", "Whitford", "Bhatia", "Crowchild", "Obuya", "McAlister", "Rahimi", "Fontaine", "Mendoza", "Sandhu"])
FR = (["Maëlys", "Soufiane", "Blandine", "Ousmane", "Clémence", "Tristan", "Awa", "Loïc", "Inès", "Mathurin"],
      ["Kerbrat", "Benali", "Lefebvre-Marin", "Diop", "Garnier", "Traoré", "Courtois", "El Amrani", "Rouxel", "Keita"])
DOM = (["Josette", "Kévin", "Sandrine", "Fahardine"], ["Ramassamy", "Jean-Baptiste", "Hoarau", "Madi"])
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
CA_D = ["gmail.com", "hotmail.com", "videotron.ca", "sympatico.ca", "shaw.ca", "eastlink.ca", "bell.net"]
FR_D = ["gmail.com", "orange.fr", "free.fr", "sfr.fr", "outlook.fr"]
def nanp(area):
    x = "01%02d" % RNG.randint(0, 99)
    return RNG.choice(["%s-555-%s", "(%s) 555-%s", "%s.555.%s", "+1 %s 555 %s"]) % (area, x)
def frph(dom=False):
    if dom: b = RNG.choice(["0690 ", "0696 ", "0692 ", "0639 "]) + "%02d %02d %02d" % (RNG.randint(10, 99), RNG.randint(10, 99), RNG.randint(10, 99))
    else: b = RNG.choice(["06 39 98", "07 00 11", "01 99 00", "04 65 71"]) + " %02d %02d" % (RNG.randint(10, 99), RNG.randint(10, 99))
    return b
def capc(fsa): return "%s %d%s%d" % (fsa, RNG.randint(1, 9), RNG.choice("ABCEGHJKLMNPRSTVWXYZ"), RNG.randint(0, 9))
TOWNS = [("Sherbrooke", "J1H", "819", ["rue King Ouest", "rue Galt Est", "rue Bryant"], QC),
         ("Trois-Rivières", "G9A", "819", ["rue des Forges", "boulevard du Carmel"], QC),
         ("Saskatoon", "S7K", "306", ["Avenue C North", "33rd Street West"], CA),
         ("London", "N6A", "519", ["Richmond St", "Dundas St"], CA),
         ("Fredericton", "E3B", "506", ["Regent St", "Waterloo Row"], CA)]

def postable():
    town, fsa, area, streets, pool = RNG.choice(TOWNS)
    rows = ["Postable address book — thank-you cards, letters-to-the-editor volunteers (%s)" % town, "Name,Address,City,Postal code,Letters sent"]
    for i in range(RNG.randint(3, 4)):
        g, f = person(pool)
        rows.append(",".join([S("P", g + " " + f), S("AD", "%d %s" % (RNG.randint(3, 2900), RNG.choice(streets))), town, S("PC", capc(fsa)), str(RNG.randint(1, 6))]))
    return ("en", "list", "PO", "\n".join(rows))
def handwrytten():
    town, fsa, area, streets, pool = RNG.choice(TOWNS)
    fr = pool is QC
    rows = [("Handwrytten — commande de notes manuscrites aux donateurs (%s)" % town) if fr else ("Handwrytten order — handwritten notes to donors (%s)" % town),
            "recipient|address|postal|phone|card"]
    for i in range(RNG.randint(2, 3)):
        g, f = person(pool)
        rows.append("|".join([S("P", g + " " + f), S("AD", "%d %s" % (RNG.randint(3, 2900), RNG.choice(streets))), S("PC", capc(fsa)), S("PH", nanp(area)), RNG.choice(["Maple", "Fleur-de-lys", "Lighthouse", "Aurora"])]))
    return ("fr" if fr else "en", "list", "PO", "\n".join(rows))
def thanksio():
    area = RNG.choice(["514", "438", "613", "819", "506"])
    rows = ["Thanks.io — postcard drive / corvée de cartes postales, bénévoles", "volunteer;email;phone;cards / cartes"]
    for i in range(RNG.randint(3, 5)):
        g, f = person(QC if RNG.random() < 0.5 else CA)
        rows.append(";".join([S("P", g + " " + f), S("EM", email(g, f, CA_D)), S("PH", nanp(area)), str(RNG.randint(10, 120))]))
    return ("mixed", "list", "PO", "\n".join(rows))
def letterdrop():
    dom = RNG.random() < 0.35
    rows = ["Letterdrop — cosignataires de la lettre ouverte sur le fret ferroviaire" + (" (section Océan Indien / Antilles)" if dom else ""), "Signataire\tCourriel\tPortable"]
    for i in range(RNG.randint(3, 4)):
        g, f = person(DOM if dom and RNG.random() < 0.7 else FR)
        rows.append("\t".join([S("P", g + " " + f), S("EM", email(g, f, FR_D)), S("PH", frph(dom))]))
    return ("fr", "list", "PO", "\n".join(rows))
PAPERS_FR = ["La Tribune", "Le Nouvelliste", "Le Quotidien", "L'Acadie Nouvelle"]
PAPERS_EN = ["StarPhoenix", "London Free Press", "Daily Gleaner", "Chronicle Herald"]
def pressreader():
    fr = RNG.random() < 0.5
    rows = [("PressReader — lettres publiées par nos membres (veille)" if fr else "PressReader clipping log — members' letters published"), "date,paper,author,email"]
    for i in range(RNG.randint(3, 5)):
        g, f = person(QC if fr else CA)
        rows.append(",".join(["2026-%02d-%02d" % (RNG.randint(9, 11), RNG.randint(1, 28)), RNG.choice(PAPERS_FR if fr else PAPERS_EN), S("P", g + " " + f), S("EM", email(g, f, CA_D))]))
    return ("fr" if fr else "en", "list", "PO", "\n".join(rows))
def courrier():
    fr = RNG.random() < 0.5
    rows = [("Contacts — pupitres du courrier des lecteurs (pour l'envoi des lettres)" if fr else "Contacts — letters desks (for submitting letters)"), "journal / paper — responsable / editor — courriel — tél."]
    for i in range(RNG.randint(2, 3)):
        g, f = person(QC if fr else CA)
        paper = RNG.choice(PAPERS_FR if fr else PAPERS_EN)
        rows.append(" — ".join([paper, S("P", g + " " + f), S("EM", ascii_(g)[0] + ascii_(f) + "@" + RNG.choice(["redaction.example.ca", "newsroom.example.ca"])), S("PH", nanp(RNG.choice(["819", "306", "506", "902"])))]))
    return ("fr" if fr else "en", "list", "", "\n".join(rows))
SHAPES = [postable, handwrytten, thanksio, letterdrop, pressreader, courrier]
def make_lists(n):
    out = []
    for k in range(n):
        it = SHAPES[k % len(SHAPES)]()
        c = it[3].count("⟦"); assert 3 <= c <= 20, (it, c)
        out.append(it)
    return out
if __name__ == "__main__":
    L = make_lists(48)
    print("entities", sum(x[3].count("⟦") for x in L))
    for it in L[:6]: print(it[:3]); print(it[3]); print("---")
