#!/usr/bin/env python3
"""blind-2026-12-cc list generator, written from scratch for this set (seed 29406617).
Focus of the set: the elected member's office and riding association sending holiday greeting cards (cartes de vœux).
make_lists(n) cycles six export shapes of everyday mail tools that no earlier README names (grep -il count 0 each over the
twenty-eight earlier READMEs): PostGrid, Click2Mail, Stannp, Merci Facteur, Maileva, Loqate.
  1. postgrid  - PostGrid contact import, volunteers' cards (en): name, street address, postal code.
  2. click2mail- Click2Mail address list, donors' cards (en): name, street address, postal code, phone.
  3. stannp    - Stannp recipients CSV, members abroad / mixed (mixed): name, e-mail, postal code.
  4. mercifact - Merci Facteur carnet d'adresses, militants (fr, France): nom, adresse, code postal, téléphone (fiction block).
  5. maileva   - Maileva envoi de cartes, adhérents outre-mer (fr): nom, adresse, code postal, courriel.
  6. loqate    - Loqate address verification of the riding's card list, sign hosts (en or fr): name, address, postal code, status.
Every column's entity code is typed by hand below. All lists carry POLITICAL_OPINION (volunteers, donors, members, sign hosts
of a party). Synthetic values only. Call make_lists once per process (names drawn without replacement)."""
import random, unicodedata
R = random.Random(29406617)
POOLS = {
 "qc": (["Réjeanne", "Normand", "Solange", "Gaétan", "Maëlle", "Jérémie", "Francine", "Benoît", "Ariane", "Conrad"],
        ["Beaulieu-Paré", "Tardif", "Larouche", "Boisvert", "Gauvreau", "Fortier", "Ouellette", "Simard-Côté", "Brassard", "Vachon"]),
 "ca": (["Dwayne", "Priyanka", "Oluwaseun", "Mei-Ling", "Bogdan", "Carmen", "Keegan", "Fatoumata", "Thanh", "Winona", "Gurleen", "Rhiannon"],
        ["Abernathy", "Raghunathan", "Adeyemi", "Cheung", "Kowalczyk", "Echeverría", "McIsaac", "Diallo", "Nguyen", "Crowchild", "Dhillon", "Pritchard"]),
 "fr": (["Soizic", "Mathis", "Aminata", "Rodolphe", "Inès", "Gwendal", "Salomé", "Karim", "Océane", "Baptiste"],
        ["Kerhervé", "Traoré", "Vasseur", "Benaïssa", "Lemaire-Dubois", "Guillot", "Ndiaye", "Pasquier", "Rolland", "Da Costa"]),
 "om": (["Josiane", "Wilfried", "Laetitia", "Kévin", "Mariama", "Loïc"],
        ["Hoarau", "Joseph-Angélique", "Grondin", "Saïd", "Bellemare", "Tetuanui"]),
}
used = set()
def who(pool):
    g, f = POOLS[pool]
    while True:
        a, b = R.choice(g), R.choice(f)
        if (a, b) not in used:
            used.add((a, b)); return a, b
def T(code, val): return "⟦" + code + ":" + val + "⟧"
def plain(s): return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c)).lower().replace(" ", "").replace("'", "")
def mail(a, b, doms):
    loc = R.choice([plain(a) + "." + plain(b), plain(a) + plain(b)[:4], plain(b) + "." + plain(a)[0], plain(a)[0] + plain(b) + str(R.randint(2, 88))])
    return loc + "@" + R.choice(doms)
def pc(fsa): return "%s %d%s%d" % (fsa, R.randint(0, 9), R.choice("ABCEGHJKLMNPRSTVWXZ"), R.randint(0, 9))
def nanp(area): return R.choice(["%s-555-01%02d", "(%s) 555-01%02d", "%s.555.01%02d"]) % (area, R.randint(0, 99))
def frtel(): return R.choice(["01 99 00", "02 61 91", "03 53 01", "04 65 71", "05 36 49"]) + " %02d %02d" % (R.randint(10, 99), R.randint(10, 99))
CAD = ["gmail.com", "outlook.com", "videotron.ca", "bell.net", "shaw.ca", "eastlink.ca", "sasktel.net"]
FRD = ["orange.fr", "free.fr", "sfr.fr", "gmail.com", "outlook.fr"]

def postgrid():
    city, fsa, sts = R.choice([("Sherbrooke", "J1H", ["rue Alexandre Sud", "rue King Ouest", "rue Galt Est"]), ("Brandon", "R7A", ["Rosser Ave", "Princess Ave"]),
                               ("Truro", "B2N", ["Prince St", "Willow St"]), ("Prince Albert", "S6V", ["Central Ave", "15th St W"])])
    rows = ["PostGrid — contacts import, holiday cards for %s volunteers" % city, "name,address_line1,city,postal_code"]
    for _ in range(R.randint(3, 4)):
        a, b = who("ca" if R.random() < .6 else "qc")
        rows.append(",".join([T("P", a + " " + b), T("AD", "%d %s" % (R.randint(3, 1999), R.choice(sts))), city, T("PC", pc(fsa))]))
    return ("en", "list", "PO", "\n".join(rows))
def click2mail():
    area, fsa = R.choice([("613", "K1S"), ("867", "X1A"), ("403", "T2N"), ("709", "A1C"), ("250", "V8V")])
    rows = ["Click2Mail address list — donors' season's greetings cards", "Name | Address | Postal | Phone"]
    for _ in range(R.randint(3, 4)):
        a, b = who("ca")
        rows.append(" | ".join([T("P", a + " " + b), T("AD", "%d %s" % (R.randint(10, 880), R.choice(["Slater St", "Franklin Ave", "Kensington Rd", "Water St", "Fort St"]))), T("PC", pc(fsa)), T("PH", nanp(area))]))
    return ("en", "list", "PO", "\n".join(rows))
def stannp():
    rows = ["Stannp recipients / destinataires — cartes des membres hors Québec", "full_name;email;postcode;note"]
    for _ in range(R.randint(3, 4)):
        a, b = who("qc" if R.random() < .5 else "ca")
        rows.append(";".join([T("P", a + " " + b), T("EM", mail(a, b, CAD)), T("PC", pc(R.choice(["K7L", "M6G", "E1C", "P3E", "R2H"]))), R.choice(["carte FR", "EN card", "bilingue"])]))
    return ("mixed", "list", "PO", "\n".join(rows))
def mercifact():
    cp, ville = R.choice([("29200", "Brest"), ("35000", "Rennes"), ("59800", "Lille"), ("31000", "Toulouse"), ("67000", "Strasbourg"), ("13001", "Marseille")])
    rows = ["Merci Facteur — carnet d'adresses « Vœux aux militants » (%s)" % ville, "Nom\tAdresse\tCP\tTéléphone"]
    for _ in range(R.randint(3, 4)):
        a, b = who("fr")
        rows.append("\t".join([T("P", a + " " + b), T("AD", "%d %s" % (R.randint(1, 140), R.choice(["rue de Siam", "rue Nationale", "boulevard Gambetta", "rue Saint-Malo", "allée des Tilleuls"]))), T("PC", cp), T("PH", frtel())]))
    return ("fr", "list", "PO", "\n".join(rows))
def maileva():
    cp, lieu = R.choice([("97400", "Saint-Denis (La Réunion)"), ("97200", "Fort-de-France"), ("97110", "Pointe-à-Pitre"), ("98714", "Papeete"), ("97300", "Cayenne")])
    rows = ["Maileva — envoi de cartes de vœux aux adhérents, %s" % lieu, "nom;adresse;code_postal;courriel"]
    for _ in range(R.randint(3, 4)):
        a, b = who("om" if R.random() < .7 else "fr")
        rows.append(";".join([T("P", a + " " + b), T("AD", "%d %s" % (R.randint(2, 90), R.choice(["rue Juliette-Dodu", "rue Victor-Hugo", "chemin des Manguiers", "rue Schœlcher", "avenue Pouvanaa"]))), T("PC", cp), T("EM", mail(a, b, FRD))]))
    return ("fr", "list", "PO", "\n".join(rows))
def loqate():
    fr = R.random() < .5
    fsa = R.choice(["G5L", "G7H", "J9X", "H1G", "J8Y"]) if fr else R.choice(["L4C", "N9A", "B1P", "C1A", "T1J"])
    rows = ["Loqate — vérification des adresses, cartes aux hôtes de pancartes" if fr else "Loqate — address check, cards for lawn-sign hosts", "Contact,Address,Postal code,Result"]
    for _ in range(R.randint(3, 4)):
        a, b = who("qc" if fr else "ca")
        st = R.choice(["rue des Pins", "boulevard Saint-Germain", "avenue Larivière", "rue Notre-Dame"]) if fr else R.choice(["Dundurn St", "Ouellette Ave", "George St", "Queen St"])
        rows.append(",".join([T("P", a + " " + b), T("AD", "%d %s" % (R.randint(5, 3200), st)), T("PC", pc(fsa)), R.choice(["Verified", "Premise partial", "Corrected", "Not found"])]))
    return ("fr" if fr else "en", "list", "PO", "\n".join(rows))
SHAPES = [postgrid, click2mail, stannp, mercifact, maileva, loqate]
def make_lists(n):
    out = []
    for i in range(n):
        it = SHAPES[i % 6]()
        k = it[3].count("⟦"); assert 3 <= k <= 20, (it, k)
        out.append(it)
    return out
if __name__ == "__main__":
    L = make_lists(44)
    print("entities", sum(x[3].count("⟦") for x in L))
    for it in L[:6]: print(it[:3]); print(it[3]); print("---")
