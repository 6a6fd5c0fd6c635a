#!/usr/bin/env python3
"""blind-2026-12-aa list generator, written from scratch for this set (seed 83306217).
make_lists(n) cycles six export shapes from everyday tools that no earlier README names (grep -il over the twenty-five
earlier READMEs gave 0 files for each): ConvertKit, Tidio, Moodle, Printful, Poparide, Metricool.
  1. convertkit - riding newsletter (infolettre) subscriber import CSV (fr/en): name, e-mail, postal code.        -> PO
  2. tidio      - constituency-office website chat widget call-back queue (fr/en): visitor, phone, e-mail, topic.
                  Constituent casework (passport, EI, pension), so NO category.
  3. moodle     - volunteer onboarding e-learning completion report (en/fr): learner, e-mail, phone, course. -> PO
  4. printful   - merchandise pre-order export (fr France / en Canada): buyer, street address, postal code, phone. -> PO
  5. poparide   - carpool sign-ups for a rally (mixed): driver/rider, phone, pick-up address.                   -> PO
  6. metricool  - by-election social-media team roster (fr/en): member, e-mail, phone.                         -> PO
Every column's entity code is typed by hand below; nothing is inferred from a value. Synthetic values only: 555-01xx,
French fiction blocks (06 39 98, 07 00 11, 01 99 00, 03 53 01, 04 65 71, 05 36 49), example-like domains.
Call make_lists once per process (names are drawn without replacement)."""
import random, unicodedata
G = random.Random(83306217)
POOLS = {
 "qc": (["Évangéline", "Réjean", "Maude", "Ludovic", "Solange", "Yannick", "Chantale", "Benoît", "Noémie", "Gaétan"],
        ["Thibodeau", "Côté-Rioux", "Beaulieu", "Paradis", "Desrosiers", "Hamelin", "Boisvert-Ouellet", "Lapointe", "Caron", "Nadon"]),
 "ca": (["Aaliyah", "Brendan", "Chidi", "Priyanka", "Wen", "Oksana", "Mateo", "Kateri", "Duc", "Fatoumata", "Ruairi", "Soo-ah", "Harjit", "Leilani"],
        ["Oyelaran", "McCrimmon", "Nguyen-Tran", "Kowalchuk", "Arcand", "Dhaliwal", "Pacheco", "Mah", "Sandy-Bear", "Eisenberg", "Ndiaye", "Greer"]),
 "fr": (["Océane", "Baptiste", "Samia", "Grégoire", "Awa", "Killian", "Margaux", "Idriss", "Solène", "Hugo"],
        ["Vasseur", "Benali", "Traoré", "Lemoine-Girard", "Kerjean", "Nguyen", "Castagnet", "Ouedraogo", "Fabre", "Duval"]),
 "ac": (["Réanne", "Gilles", "Natasha", "Aurèle", "Rhéal", "Ginette", "Zachary", "Mireille"], ["LeBlanc", "Cormier", "Arsenault", "Gallant-Richard", "Robichaud", "Doucet", "Landry", "Haché"]),
}
taken = set()
def who(pool):
    gs, fs = POOLS[pool]
    while True:
        g, f = G.choice(gs), G.choice(fs)
        if (g, f) not in taken:
            taken.add((g, f)); return g, f
def sp(code, value): return "⟦" + code + ":" + value + "⟧"
def plain(s):
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return s.lower().replace(" ", "").replace("'", "")
def mail(g, f, domains):
    form = G.randrange(4)
    local = [plain(g) + "." + plain(f), plain(g) + "_" + plain(f)[:4], plain(f) + plain(g)[0], plain(g) + str(G.randint(70, 99))][form]
    return local + "@" + G.choice(domains)
D_CA = ["gmail.com", "outlook.com", "videotron.ca", "bell.net", "shaw.ca", "sasktel.net", "eastlink.ca", "yahoo.ca"]
D_FR = ["gmail.com", "orange.fr", "sfr.fr", "free.fr", "laposte.net"]
def nanp(area):
    tail = "01%02d" % G.randint(0, 99)
    return G.choice(["%s-555-%s", "(%s) 555-%s", "%s.555.%s", "1-%s-555-%s"]) % (area, tail)
def fr_phone():
    block = G.choice(["06 39 98", "07 00 11", "01 99 00", "03 53 01", "04 65 71", "05 36 49"])
    return block + " %02d %02d" % (G.randint(10, 99), G.randint(10, 99))
def cpc(fsa): return "%s %d%s%d" % (fsa, G.randint(1, 9), G.choice("ABCEGHJKLMNPRSTVWXYZ"), G.randint(0, 9))
RIDINGS = [("qc", "fr", "Rimouski-Neigette", ["G5L", "G5M"], "418"), ("qc", "fr", "Laval-des-Rapides", ["H7N", "H7L"], "450"),
           ("ca", "en", "Thunder Bay–Superior North", ["P7B", "P7A"], "807"), ("ca", "en", "Saskatoon West", ["S7L", "S7M"], "306"),
           ("ac", "fr", "Beauséjour", ["E4P", "E1A"], "506"), ("ca", "en", "Nanaimo–Ladysmith", ["V9R", "V9G"], "250")]

def convertkit():
    pool, lang, riding, fsas, _ = G.choice(RIDINGS)
    head = ("ConvertKit — import des abonnés à l'infolettre de %s (fichier fusionné du bureau de circonscription)" % riding if lang == "fr"
            else "ConvertKit subscriber import — %s riding newsletter (merged from sign-up sheets)" % riding)
    rows = [head, "first_name_last_name,email,postal_code,tag"]
    for _ in range(G.randint(3, 4)):
        g, f = who(pool)
        rows.append(",".join([sp("P", g + " " + f), sp("EM", mail(g, f, D_CA)), sp("PC", cpc(G.choice(fsas))), G.choice(["member", "supporter", "volunteer", "bénévole"])]))
    return (lang, "list", "PO", "\n".join(rows))
def tidio():
    pool, lang, riding, fsas, area = G.choice(RIDINGS)
    topics_fr = ["passeport", "assurance-emploi", "pension de vieillesse", "immigration — parrainage", "impôt fédéral"]
    topics_en = ["passport renewal", "EI claim", "OAS/GIS", "PR card", "CRA reassessment"]
    rows = [("Tidio — file de rappels du clavardage, bureau de circonscription %s" % riding if lang == "fr"
             else "Tidio chat widget — call-back queue, %s constituency office" % riding), "visitor | phone | email | topic | status"]
    for _ in range(G.randint(3, 4)):
        g, f = who(pool)
        rows.append(" | ".join([sp("P", g + " " + f), sp("PH", nanp(area)), sp("EM", mail(g, f, D_CA)),
                                G.choice(topics_fr if lang == "fr" else topics_en), G.choice(["open", "called 1x", "done"])]))
    return (lang, "list", "", "\n".join(rows))
def moodle():
    pool, lang, riding, fsas, area = G.choice(RIDINGS)
    rows = [("Moodle — rapport d'achèvement, formation en ligne des bénévoles (%s)" % riding if lang == "fr"
             else "Moodle completion report — volunteer onboarding e-learning (%s)" % riding), "Learner;Email;Phone;Module;Completed"]
    for _ in range(G.randint(3, 4)):
        g, f = who(pool)
        rows.append(";".join([sp("P", g + " " + f), sp("EM", mail(g, f, D_CA)), sp("PH", nanp(area)),
                              G.choice(["Porte-à-porte 101", "Canvassing basics", "Data privacy", "Phone bank", "Election day"]), G.choice(["yes", "no", "80%"])]))
    return (lang, "list", "PO", "\n".join(rows))
STREETS_FR = [("rue des Tanneurs", "59000"), ("avenue Jean-Jaurès", "31200"), ("rue de la Part-Dieu", "69003"), ("boulevard Carnot", "21000"), ("rue Saint-Malo", "35000")]
STREETS_CA = [("Algoma St N", "P7A"), ("Avenue H S", "S7M"), ("Selby St", "V9R"), ("Red Wing Rd", "P7B")]
def printful():
    if G.random() < 0.5:
        rows = ["Printful — précommandes de t-shirts et tuques du parti (France)", "Acheteur\tAdresse\tCode postal\tTél.\tArticle"]
        for _ in range(G.randint(2, 3)):
            g, f = who("fr"); st, cp = G.choice(STREETS_FR)
            rows.append("\t".join([sp("P", g + " " + f), sp("AD", "%d %s" % (G.randint(1, 140), st)), sp("PC", cp), sp("PH", fr_phone()), G.choice(["T-shirt M", "Tote bag", "Casquette"])]))
        return ("fr", "list", "PO", "\n".join(rows))
    rows = ["Printful pre-orders — campaign hoodies & toques (ship to)", "Buyer\tAddress\tPostal\tPhone\tItem"]
    for _ in range(G.randint(2, 3)):
        g, f = who("ca"); st, fsa = G.choice(STREETS_CA)
        area = {"P7A": "807", "P7B": "807", "S7M": "306", "V9R": "250"}[fsa]
        rows.append("\t".join([sp("P", g + " " + f), sp("AD", "%d %s" % (G.randint(10, 990), st)), sp("PC", cpc(fsa)), sp("PH", nanp(area)), G.choice(["Hoodie L", "Toque", "Mug"])]))
    return ("en", "list", "PO", "\n".join(rows))
def poparide():
    pool, lang, riding, fsas, area = G.choice(RIDINGS)
    rows = ["Poparide — covoiturage / carpool to the leader's rally (%s)" % riding, "role,name,phone,pick-up / ramassage,seats"]
    for _ in range(G.randint(3, 4)):
        g, f = who(pool)
        rows.append(",".join([G.choice(["driver", "rider", "conducteur", "passager"]), sp("P", g + " " + f), sp("PH", nanp(area)),
                              sp("AD", "%d %s" % (G.randint(3, 2999), G.choice(["rue Principale Est", "Main St", "boul. du Souvenir", "chemin des Outardes"]))), str(G.randint(1, 4))]))
    return ("mixed", "list", "PO", "\n".join(rows))
def metricool():
    pool, lang, riding, fsas, area = G.choice(RIDINGS)
    rows = [("Metricool — équipe réseaux sociaux de l'élection partielle (%s)" % riding if lang == "fr"
             else "Metricool — by-election social-media team (%s)" % riding), "member / email / phone / shift"]
    for _ in range(G.randint(3, 4)):
        g, f = who(pool)
        rows.append(" / ".join([sp("P", g + " " + f), sp("EM", mail(g, f, D_CA)), sp("PH", nanp(area)), G.choice(["matin", "soir", "weekend", "evenings"])]))
    return (lang, "list", "PO", "\n".join(rows))
SHAPES = [convertkit, tidio, moodle, printful, poparide, metricool]
def make_lists(n):
    out = []
    for k in range(n):
        item = SHAPES[k % len(SHAPES)]()
        c = item[3].count("⟦"); assert 3 <= c <= 20, (item, c)
        out.append(item)
    return out
if __name__ == "__main__":
    L = make_lists(48)
    print("entities", sum(x[3].count("⟦") for x in L))
    for it in L[:6]: print(it[:3]); print(it[3]); print("---")
