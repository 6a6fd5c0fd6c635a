#!/usr/bin/env python3
"""blind-2026-12-dd list generator, written from scratch for this set (seed 70318856).
make_lists(n) cycles six export shapes of everyday tools that no earlier README names (0 files each, grep -il over the
twenty-nine earlier READMEs): Squarespace, Pixieset, Flickr, Scribus, pCloud, Calaméo.
  1. squarespace - Squarespace form export, nominations for the member's medal (fr): nominee, nominator, e-mail, phone.  no category
  2. pixieset    - Pixieset download log of the riding association's volunteer gala gallery (en): client, e-mail, IP.   POLITICAL_OPINION
  3. flickr      - Flickr photo-consent register of a medal ceremony (mixed): person, phone, consent.                    no category
  4. scribus     - Scribus mail-merge CSV for congratulatory scrolls (fr or en): recipient, DOB, street address, postal code. no category
  5. pcloud      - pCloud shared-folder members of the riding association executive (en): member, e-mail, last IP.     POLITICAL_OPINION
  6. calameo     - Calaméo subscribers to the constituency-office bulletin (fr, France): name, e-mail, code postal.     no category
Every column's code is typed by hand below; nothing is inferred from a value. Synthetic values only: 555-01xx, French
fiction blocks, documentation IP ranges. Call make_lists once per process (names drawn without replacement)."""
import random, unicodedata
G = random.Random(70318856)
POOLS = {
 "qc": (["Réjeanne", "Gaétan", "Murielle", "Fernand", "Lucette", "Armand", "Pierrette", "Rosario", "Huguette", "Laurier"],
        ["Thibodeau", "Desrosiers", "Marcil-Côté", "Beauregard", "Ouimet", "Lapointe", "Charest-Doyon", "Veilleux", "Brassard", "Ste-Marie"]),
 "ca": (["Gwen", "Amarjit", "Olusegun", "Mei-Ling", "Bogdan", "Esperanza", "Wendell", "Noor", "Thuy", "Keegan", "Aroha", "Rukhsana"],
        ["Hollingsworth", "Adeyemi", "Gill", "Kowalczyk", "Yellowhorn", "Ramírez", "Nguyen", "Sutherland", "Haddad", "Pryce-Jones", "Okonkwo", "Sandhu"]),
 "fr": (["Gwenaëlle", "Bastien", "Aminata", "Rachid", "Solène", "Loïc", "Fatoumata", "Hervé", "Maëlys", "Karim"],
        ["Le Goff", "Traoré", "Benali", "Roussel", "Diallo-Mercier", "Perrin", "Kerbrat", "Ouedraogo", "Lemoine", "Chérif"]),
}
taken = set()
def who(k):
    gs, fs = POOLS[k]
    while True:
        p = (G.choice(gs), G.choice(fs))
        if p not in taken:
            taken.add(p); return p
def span(code, val): return "⟦" + code + ":" + val + "⟧"
def plain(s): return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn").lower().replace(" ", "").replace("'", "")
def mail(g, f, domains):
    shape = G.randrange(4)
    local = [plain(g) + "." + plain(f), plain(g) + plain(f)[:3], plain(f) + "." + plain(g)[0], plain(g) + str(G.randint(50, 99))][shape]
    return local + "@" + G.choice(domains)
QCDOM = ["videotron.ca", "bell.net", "sympatico.ca", "outlook.com", "gmail.com"]
CADOM = ["shaw.ca", "eastlink.ca", "sasktel.net", "yahoo.ca", "gmail.com", "icloud.com"]
FRDOM = ["sfr.fr", "bbox.fr", "orange.fr", "outlook.fr", "yahoo.fr"]
def tel(area):
    return G.choice(["%s.555.%s", "%s 555-%s", "1-%s-555-%s", "(%s)555-%s"]) % (area, "01%02d" % G.randint(0, 99))
def frtel():
    return G.choice(["01 99 00", "03 53 01", "04 65 71", "07 00 11"]) + " %02d %02d" % (G.randint(0, 99), G.randint(0, 99))
def cp(fsa): return "%s %d%s%d" % (fsa, G.randint(0, 9), G.choice("ABCEGHJKLMNPRSTVWXYZ"), G.randint(0, 9))
def docip(): return "%s.%d" % (G.choice(["192.0.2", "198.51.100", "203.0.113"]), G.randint(1, 254))

def squarespace():
    out = ["Squarespace — Formulaire « Médaille de la députée » : soumissions reçues", "Date | Candidat(e) proposé(e) | Proposé par | Courriel | Téléphone"]
    for _ in range(3):
        g, f = who("qc"); g2, f2 = who("qc")
        out.append(" | ".join(["2026-%02d-%02d" % (G.randint(1, 11), G.randint(1, 28)), span("P", g + " " + f), span("P", g2 + " " + f2),
                               span("EM", mail(g2, f2, QCDOM)), span("PH", tel(G.choice(["418", "819", "450"])))]))
    return ("fr", "list", "", "\n".join(out))
def pixieset():
    out = ["Pixieset — Riding association volunteer gala 2026, gallery download activity", "client_name,client_email,ip,photos"]
    for _ in range(G.randint(3, 4)):
        g, f = who("ca")
        out.append(",".join([span("P", g + " " + f), span("EM", mail(g, f, CADOM)), span("IP", docip()), str(G.randint(1, 40))]))
    return ("en", "list", "PO", "\n".join(out))
def flickr():
    out = ["Flickr album « Remise des médailles / Medal ceremony » — consentements photo / photo consent", "Nom / Name ; Tél. / Phone ; Consent"]
    for _ in range(G.randint(4, 5)):
        g, f = who(G.choice(["qc", "ca"]))
        out.append(" ; ".join([span("P", g + " " + f), span("PH", tel(G.choice(["514", "438", "613"]))), G.choice(["oui / yes", "non / no", "visage flouté / blur face"])]))
    return ("mixed", "list", "", "\n".join(out))
def scribus():
    fr = G.random() < 0.5
    out = ["Scribus — fusion CSV, certificats de félicitations (90 et 100 ans)" if fr else "Scribus mail merge CSV — congratulatory scrolls (90th and 100th birthdays)",
           "recipient,dob,address,postal_code,scroll"]
    for _ in range(3):
        g, f = who("qc" if fr else "ca")
        fsa, streets = G.choice([("G5L", ["rue Lepage", "av. Rouleau"]), ("J8Y", ["rue Papineau", "boul. Taché"]), ("E1C", ["Mapleton Rd", "Archibald St"]), ("R3L", ["Osborne St", "Pembina Hwy"])])
        out.append(",".join([span("P", g + " " + f), span("DOB", "19%02d-%02d-%02d" % (G.randint(24, 36), G.randint(1, 12), G.randint(1, 28))),
                             span("AD", "%d %s" % (G.randint(3, 1999), G.choice(streets))), span("PC", cp(fsa)), G.choice(["A3", "A4", "letter"])]))
    return ("fr" if fr else "en", "list", "", "\n".join(out))
def pcloud():
    out = ["pCloud — shared folder \"EDA exec / board minutes\" — members and last access", "Member\tEmail\tPermission\tLast access IP"]
    for _ in range(G.randint(3, 4)):
        g, f = who("ca")
        out.append("\t".join([span("P", g + " " + f), span("EM", mail(g, f, CADOM)), G.choice(["can edit", "view only", "owner"]), span("IP", docip())]))
    return ("en", "list", "PO", "\n".join(out))
def calameo():
    out = ["Calaméo — abonnés à la lettre de la permanence parlementaire (extrait)", "nom;email;code_postal;inscrit_le"]
    for _ in range(G.randint(3, 4)):
        g, f = who("fr")
        out.append(";".join([span("P", g + " " + f), span("EM", mail(g, f, FRDOM)), span("PC", G.choice(["29200", "35000", "44100", "59000", "69007", "13005", "97400", "31300"])),
                             "2026-%02d-%02d" % (G.randint(1, 11), G.randint(1, 28))]))
    return ("fr", "list", "", "\n".join(out))
SHAPES = [squarespace, pixieset, flickr, scribus, pcloud, calameo]
def make_lists(n):
    res = []
    for i in range(n):
        item = SHAPES[i % 6]()
        k = item[3].count("⟦"); assert 3 <= k <= 20, (item, k)
        res.append(item)
    return res
if __name__ == "__main__":
    L = make_lists(44)
    print("entities", sum(x[3].count("⟦") for x in L))
    for it in L[:6]: print(it[:3]); print(it[3]); print("---")
