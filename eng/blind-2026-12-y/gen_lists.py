#!/usr/bin/env python3
"""blind-2026-12-y list generator, written from scratch for this set (seed 61730429).
make_lists(n) cycles six export shapes of everyday participation tools that no earlier README names (0 files each, grep -il
over the twenty-four earlier READMEs): Decidim, Loomio, Slido, Mentimeter, Wrike, Kahoot.
  1. decidim  - Decidim proposals export of the party's platform consultation (fr): author (one span), e-mail, postal code.
  2. loomio   - Loomio poll export on a draft resolution (mixed): participant (one span), e-mail, stance.
  3. slido    - Slido Q&A export of a public platform hearing (en): asker (one span), e-mail, phone.
  4. menti    - Mentimeter sign-up sheet for a briefs workshop (fr): name (one span), phone, e-mail.
  5. wrike    - Wrike task export for delivering printed resolution booklets (en): assignee (one span), phone, street address,
                postal code.
  6. kahoot   - Kahoot youth-wing platform quiz results with eligibility DOB (fr/en): player (one span), DOB, e-mail.
Every column's entity code is written by hand below; nothing is inferred from a value. All items carry POLITICAL_OPINION
(authors, voters, askers and workshop members of a party consultation). Synthetic values only: 555-01xx, French fiction
blocks, example domains. Call make_lists once per process (names drawn without replacement)."""
import random, unicodedata
RNG = random.Random(61730429)
QC = (["Marjolaine", "Rosaire", "Jacinthe", "Ghislain", "Édith", "Clovis", "Annabelle", "Dany"],
      ["Lachance", "Poulin-Roy", "Dufresne", "Bérubé", "Gingras", "Sirois", "Lévesque", "Turcotte"])
CA = (["Kyle", "Shauna", "Darnell", "Mehwish", "Hiroshi", "Ifeoma", "Dmytro", "Siobhan", "Tenzin", "Rosa", "Bronwyn", "Manpreet"],
      ["Fitzgerald", "Okafor", "Baptiste", "Chaudhry", "Tanaka", "Moroz", "Cardinal", "Villanueva", "Sangha", "Two-Bulls", "MacLellan", "Dorje"])
FR = (["Anaïs", "Théo", "Rokia", "Florent", "Yanis", "Albane", "Corentin", "Lalie"],
      ["Delacroix", "Sissoko", "Ferrand", "Haddou", "Le Roux", "Bonnet-Vidal", "Morel", "Cissé"])
DOM = (["Mylène", "Teddy", "Naïma", "Gaël"], ["Céleste", "Payet", "Abdallah", "Lambourdière"])
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
CA_D = ["gmail.com", "hotmail.com", "videotron.ca", "telus.net", "rogers.com", "cogeco.ca"]
FR_D = ["gmail.com", "orange.fr", "free.fr", "laposte.net", "wanadoo.fr"]
def nanp(area):
    x = "01%02d" % RNG.randint(0, 99)
    return RNG.choice(["%s-555-%s", "(%s) 555-%s", "%s 555 %s", "+1 %s-555-%s"]) % (area, x)
def frph(dom=False):
    if dom: b = RNG.choice(["0690 ", "0696 ", "0692 ", "0694 "]) + "%02d %02d %02d" % (RNG.randint(10, 99), RNG.randint(10, 99), RNG.randint(10, 99))
    else: b = RNG.choice(["06 39 98", "07 00 11", "01 99 00", "02 61 91"]) + " %02d %02d" % (RNG.randint(10, 99), RNG.randint(10, 99))
    return b
def capc(fsa): return "%s %d%s%d" % (fsa, RNG.randint(1, 9), RNG.choice("ABCEGHJKLMNPRSTVWXYZ"), RNG.randint(0, 9))

def decidim():
    rows = ["Decidim — export des propositions, consultation sur la plateforme (processus « Québec 2030 »)", "id;titre;auteur;courriel;code_postal;appuis"]
    for i in range(RNG.randint(3, 4)):
        g, f = person(QC)
        rows.append(";".join(["P-%d" % RNG.randint(100, 999), RNG.choice(["Tramway", "CPE", "Forêts", "Logement", "Eau potable"]), S("P", g + " " + f),
                              S("EM", email(g, f, CA_D)), S("PC", capc(RNG.choice(["G1V", "G6W", "J4K", "H2J", "J1E"]))), str(RNG.randint(0, 90))]))
    return ("fr", "list", "PO", "\n".join(rows))
def loomio():
    rows = ["Loomio poll export — « Résolution 14 / Resolution 14: public dental care »", "participant,email,stance / position"]
    for i in range(RNG.randint(4, 6)):
        g, f = person(CA if RNG.random() < 0.6 else QC)
        rows.append(",".join([S("P", g + " " + f), S("EM", email(g, f, CA_D)), RNG.choice(["agree / pour", "disagree / contre", "abstain / abstention"])]))
    return ("mixed", "list", "PO", "\n".join(rows))
def slido():
    area = RNG.choice(["902", "506", "709", "204", "780"])
    rows = ["Slido Q&A export — platform hearing", "Question | Asked by | Email | Phone (for follow-up)"]
    for i in range(RNG.randint(3, 4)):
        g, f = person(CA)
        rows.append(" | ".join([RNG.choice(["Housing?", "Ferry service?", "Pharmacare timeline?", "Rural clinics?"]), S("P", g + " " + f), S("EM", email(g, f, CA_D)), S("PH", nanp(area))]))
    return ("en", "list", "PO", "\n".join(rows))
def menti():
    dom = RNG.random() < 0.4
    rows = ["Mentimeter — inscriptions à l'atelier de rédaction de mémoires" + (" (Antilles-Réunion)" if dom else " (Paris)"), "Nom\tMobile\tCourriel"]
    for i in range(RNG.randint(3, 4)):
        g, f = person(DOM if dom and RNG.random() < 0.7 else FR)
        rows.append("\t".join([S("P", g + " " + f), S("PH", frph(dom)), S("EM", email(g, f, FR_D))]))
    return ("fr", "list", "PO", "\n".join(rows))
TOWNS = [("Halifax", "B3H", "902", ["South Park St", "Robie St", "Quinpool Rd"]), ("Regina", "S4T", "306", ["Dewdney Ave", "Elphinstone St"]),
         ("Kitchener", "N2H", "519", ["King St E", "Frederick St"]), ("Kamloops", "V2B", "250", ["Tranquille Rd", "Fortune Dr"])]
def wrike():
    town, fsa, area, streets = RNG.choice(TOWNS)
    rows = ["Wrike export — Deliver printed resolution booklets (%s)" % town, "Task,Assignee,Phone,Delivery address,Postal code,Status"]
    for i in range(RNG.randint(2, 3)):
        g, f = person(CA)
        rows.append(",".join(["WR-%d" % RNG.randint(10000, 99999), S("P", g + " " + f), S("PH", nanp(area)),
                              S("AD", "%d %s" % (RNG.randint(2, 2400), RNG.choice(streets))), S("PC", capc(fsa)), RNG.choice(["Active", "Completed", "Deferred"])]))
    return ("en", "list", "PO", "\n".join(rows))
def kahoot():
    fr = RNG.random() < 0.5
    rows = [("Kahoot — quiz jeunesse sur la plateforme, vérification d'âge (moins de 26 ans)" if fr else "Kahoot — youth wing platform quiz, age check (under 26)"),
            "Rank;Player;DOB;Email;Score"]
    for i in range(RNG.randint(3, 4)):
        g, f = person(QC if fr else CA)
        rows.append(";".join([str(i + 1), S("P", g + " " + f), S("DOB", "%d-%02d-%02d" % (RNG.randint(2000, 2008), RNG.randint(1, 12), RNG.randint(1, 28))),
                              S("EM", email(g, f, CA_D)), str(RNG.randint(2000, 9800))]))
    return ("fr" if fr else "en", "list", "PO", "\n".join(rows))
SHAPES = [decidim, loomio, slido, menti, wrike, kahoot]
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
