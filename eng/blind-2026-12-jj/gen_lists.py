#!/usr/bin/env python3
"""blind-2026-12-jj list generator (seed 80461273), adapted from eng/blind-2026-12-y/gen_lists.py: same helpers and checks,
new pools, new shapes. make_lists(n) cycles six export shapes of archive and podcast tools that no earlier README names
(0 files each, grep -il over the earlier READMEs): Omeka, Transkribus, ScanSnap, Happy Scribe, Zencastr, Ausha.
  1. omeka       - Omeka S export of donated party archive items (fr): donor (one span), e-mail, postal code, role -> PO.
  2. transkribus - Transkribus transcription of a 1970s-80s riding membership ledger (fr/en): member, street address, postal code -> PO.
  3. scansnap    - ScanSnap batch of scanned donation receipts from an old campaign (en): donor, street address, postal code, amount -> PO.
  4. happyscribe - Happy Scribe speaker roster for oral-history transcripts (mixed): speaker, DOB, phone; "militant depuis" -> PO.
  5. zencastr    - Zencastr guest bookings for the anniversary podcast (en): guest, e-mail, phone; former candidates -> PO.
  6. ausha       - Ausha voicemail/listener messages for the French podcast feed (fr): listener, mobile, e-mail; no category
                   (a listener who leaves a message reveals no opinion).
Every column's entity code is written by hand below; nothing is inferred from a value. Synthetic values only: 555-01xx,
French fiction blocks, example-ish domains. Call make_lists once per process (names drawn without replacement)."""
import random, unicodedata
RNG = random.Random(80461273)
QC = (["Réjeanne", "Gaétan", "Solange", "Normand", "Francine", "Adélard", "Huguette", "Bertrand", "Lisette", "Jean-Guy"],
      ["Ouellette", "Plamondon", "Thibodeau", "Boisvert-Lanctôt", "Desrosiers", "Charest-Bolduc", "Gauvreau", "Lapierre", "Nadon", "Vachon"])
ACA = (["Aurèle", "Marie-Reine", "Edmour", "Lucienne", "Onésime", "Yvonne", "Zoël", "Bernice"], ["LeBlanc", "Doiron", "Arsenault", "Chiasson", "Gallant", "Cormier", "Landry-Haché", "Robichaud"])
CA = (["Winston", "Priyanka", "Desmond", "Ngozi", "Wojciech", "Eilidh", "Kwame", "Farah", "Ravinder", "Lorna", "Thanh", "Ignatius", "Marisol", "Kenji"],
      ["Gallagher", "Adeyemi", "Sokolowski", "Mathers", "Osei", "Rahimi", "Dhaliwal", "Pruden", "Nguyen-Tran", "Okonkwo", "Esquivel", "Morningstar", "Halvorsen", "Sakamoto"])
FR = (["Ginette", "Mohamed", "Bernadette", "Kader", "Solène", "Aurélien", "Fatoumata", "Loïc", "Chantal", "Ousmane"],
      ["Guérin", "Benali", "Kerleroux", "Traoré", "Ménard", "Poitevin", "Aït-Ouali", "Lemoine", "Quéméner", "Diallo"])
DOM = (["Josiane", "Rudy", "Zaïnaba", "Hilaire", "Maëva", "Steeve"], ["Grandisson", "Hoarau", "Madi", "Rosemond", "Techer", "Zulémaro"])
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
CA_D = ["gmail.com", "hotmail.com", "videotron.ca", "sympatico.ca", "bell.net", "eastlink.ca", "shaw.ca"]
FR_D = ["gmail.com", "orange.fr", "sfr.fr", "laposte.net", "yahoo.fr"]
def nanp(area):
    x = "01%02d" % RNG.randint(0, 99)
    return RNG.choice(["%s-555-%s", "(%s) 555-%s", "%s.555.%s", "1-%s-555-%s"]) % (area, x)
def frph(dom=False):
    if dom: return RNG.choice(["0690 ", "0696 ", "0692 ", "0693 "]) + "%02d %02d %02d" % (RNG.randint(10, 99), RNG.randint(10, 99), RNG.randint(10, 99))
    return RNG.choice(["06 39 98", "07 00 11", "01 99 00", "03 53 01", "04 65 71"]) + " %02d %02d" % (RNG.randint(10, 99), RNG.randint(10, 99))
def capc(fsa): return "%s %d%s%d" % (fsa, RNG.randint(1, 9), RNG.choice("ABCEGHJKLMNPRSTVWXYZ"), RNG.randint(0, 9))
QC_TOWNS = [("Trois-Rivières", "G9A", ["rue Laviolette", "rue Sainte-Cécile", "boulevard du Carmel"]),
            ("Sherbrooke", "J1H", ["rue Galt Ouest", "rue Belvédère Nord", "rue Wellington Sud"]),
            ("Saguenay", "G7H", ["rue Racine Est", "boulevard Saint-Paul", "rue Bossé"]),
            ("Drummondville", "J2B", ["rue Brock", "rue Hériot", "boulevard Mercure"]),
            ("Moncton", "E1C", ["rue Botsford", "rue Archibald", "avenue Mountain"])]
def omeka():
    rows = ["Omeka S — export « Fonds des militants » (dons d'archives, collection du 50e)", "item;titre;donateur;courriel;code_postal;rôle déclaré"]
    for i in range(RNG.randint(3, 5)):
        g, f = person(QC if RNG.random() < 0.75 else ACA)
        rows.append(";".join(["O-%d" % RNG.randint(1000, 9999), RNG.choice(["Macarons 1976", "Affiche électorale", "Tract de porte-à-porte", "Carte de membre", "Photo de congrès"]),
                              S("P", g + " " + f), S("EM", email(g, f, CA_D)), S("PC", capc(RNG.choice(["G9A", "J1H", "G7H", "J2B", "E1C"]))),
                              RNG.choice(["ex-organisatrice de comté", "militant depuis 1972", "ancien président d'association", "bénévole au pointage"])]))
    return ("fr", "list", "PO", "\n".join(rows))
def transkribus():
    town, fsa, streets = RNG.choice(QC_TOWNS)
    fr = town != "Moncton" or RNG.random() < 0.5
    rows = [("Transkribus — transcription du registre des membres, comté de %s (1978), pages 12-14" % town) if fr else ("Transkribus — riding membership ledger transcription, %s (1981), pp. 3-4" % town),
            "n°|membre|adresse|code postal|cotisation" if fr else "no.|member|address|postal code|dues"]
    for i in range(RNG.randint(3, 5)):
        g, f = person(ACA if town == "Moncton" else QC)
        rows.append("|".join([str(RNG.randint(100, 999)), S("P", g + " " + f), S("AD", "%d, %s" % (RNG.randint(10, 1900), RNG.choice(streets))), S("PC", capc(fsa)),
                              RNG.choice(["2 $", "payée", "5 $", "à renouveler"]) if fr else RNG.choice(["$2", "paid", "$5", "lapsed"])]))
    return ("fr" if fr else "en", "list", "PO", "\n".join(rows))
EN_TOWNS = [("Saskatoon", "S7K", "306", ["Avenue H South", "Spadina Cres E", "Ruth St W"]), ("Thunder Bay", "P7B", "807", ["Red River Rd", "Algoma St N"]),
            ("Charlottetown", "C1A", "902", ["Prince St", "Kent St", "Pownal St"]), ("Lethbridge", "T1J", "403", ["Stafford Dr S", "13 St N"])]
def scansnap():
    town, fsa, area, streets = RNG.choice(EN_TOWNS)
    rows = ["ScanSnap batch %d — 1988 campaign donation receipts, %s riding (OCR, checked)" % (RNG.randint(40, 99), town), "Receipt\tDonor\tAddress\tPostal code\tAmount"]
    for i in range(RNG.randint(3, 5)):
        g, f = person(CA)
        rows.append("\t".join(["R-%d" % RNG.randint(300, 899), S("P", g + " " + f), S("AD", "%d %s" % (RNG.randint(3, 2900), RNG.choice(streets))), S("PC", capc(fsa)), "$%d" % RNG.choice([10, 25, 50, 100, 250])]))
    return ("en", "list", "PO", "\n".join(rows))
def happyscribe():
    rows = ["Happy Scribe — speaker roster / liste des intervenants, oral history project « Nos années de militantisme »", "Speaker, DOB / né(e) le, Phone, Militant·e depuis"]
    for i in range(RNG.randint(3, 5)):
        pool = RNG.choice([QC, CA, ACA])
        g, f = person(pool)
        area = "506" if pool is ACA else RNG.choice(["819", "418", "450", "613", "204"])
        rows.append(", ".join([S("P", g + " " + f), S("DOB", "%d-%02d-%02d" % (RNG.randint(1932, 1958), RNG.randint(1, 12), RNG.randint(1, 28))), S("PH", nanp(area)), str(RNG.randint(1962, 1990))]))
    return ("mixed", "list", "PO", "\n".join(rows))
def zencastr():
    rows = ["Zencastr — guest bookings, \"Fifty Years On\" anniversary podcast (season 2)", "Episode,Guest,Email,Phone,Note"]
    for i in range(RNG.randint(3, 5)):
        g, f = person(CA)
        rows.append(",".join(["S2E%02d" % RNG.randint(1, 24), S("P", g + " " + f), S("EM", email(g, f, CA_D)), S("PH", nanp(RNG.choice(["306", "807", "902", "403", "867"]))),
                              RNG.choice(["ran for us in 1993", "former riding president", "2008 candidate", "campaign manager 1997"])]))
    return ("en", "list", "PO", "\n".join(rows))
def ausha():
    dom = RNG.random() < 0.4
    rows = ["Ausha — messages vocaux des auditeurs, podcast « Cinquante ans de luttes »" + (" (auditeurs d'outre-mer)" if dom else ""), "Auditeur\tMobile\tCourriel\tDurée"]
    for i in range(RNG.randint(3, 5)):
        g, f = person(DOM if dom and RNG.random() < 0.7 else FR)
        rows.append("\t".join([S("P", g + " " + f), S("PH", frph(dom)), S("EM", email(g, f, FR_D)), "0:%02d" % RNG.randint(12, 59)]))
    return ("fr", "list", "", "\n".join(rows))
SHAPES = [omeka, transkribus, scansnap, happyscribe, zencastr, ausha]
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
