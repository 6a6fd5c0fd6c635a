#!/usr/bin/env python3
"""Seeded list generator for blind-2026-12-t, written from scratch (seed 50417). make_lists(n) cycles 6 everyday export
shapes that no earlier README names (checked with grep -il over all nineteen earlier READMEs):
  1. a Sarbacane contacts export (French e-mailing tool; semicolons; EMAIL, NOM, PRENOM, MOBILE, VILLE, LISTE),
  2. a Bloomerang constituent export of a riding association's donors (English; Account Number, First Name, Last Name,
     Primary Email, Primary Street, City, Postal Code, Last Transaction Amount),
  3. a pretix order export for a campaign rally (Order code, Invoice name, E-mail, Phone, Status, Product, Price),
     French (France) or a bilingual Québec rally tagged mixed,
  4. an AssoConnect members export of a French party section (Nom, Prénom, Adresse, Code postal, Ville, Cotisation),
  5. an OpenPhone call-and-message activity export of a Canadian phone bank (the campaign number in every row,
     the contact number, the volunteer user, the contact name, a disposition),
  6. a Keela contact list export for volunteers (Full Name, Email, Mobile, Tags, Shifts).
Each item is (lang, kind, sens, marked). Every list has 3-20 entities (checked in make_lists) and carries
POLITICAL_OPINION (newsletter list of a party, donors, rally ticket holders, members paying dues, phone-bank contacts
with a support disposition, campaign volunteers). NANP phones are 555-01xx; French phones use the fiction blocks.
The entity code of each column was written by hand in each template; nothing is inferred from the shape of a value."""
import random, unicodedata
RNG = random.Random(50417)

# (women, men, family) — new pools for this set
CA = {
 "qc":    ("Brigitte Maryse Laurie-Anne Solange Élisabeth", "Dominic Marc-Olivier Benoît Raynald Jérôme", "Lachapelle Desrosiers Ménard Veilleux Robitaille Sauvageau Boucher-Roy"),
 "acad":  ("Renée Annette", "Aurèle Ulysse", "Arseneau Boudreau-LeBlanc Doiron"),
 "hai":   ("Nadège Widline", "Ricardo Wesner", "Célestin Dorméus Joseph-Noël"),
 "wafr":  ("Mariam Efua", "Ousmane Kwabena", "Traoré-Diop Boakye Ndour"),
 "maghr": ("Salma Khadija", "Anas Mehdi", "Bennani Chaouch Amrani"),
 "levant":("Rania Lina", "Karim Fadi", "Nassar Khalil Aoun"),
 "sasia": ("Harleen Anjali Farzana", "Gurdeep Vikram Tanvir", "Brar Sharma Hossain"),
 "easia": ("Mei Yuki Seo-yeon", "Jun Haruki Dong-hyun", "Zhang Tanaka Park Wong"),
 "viet":  ("Thảo Hạnh", "Quang Duy", "Phạm Huỳnh Bùi"),
 "indig": ("Tanya Kahentiiosta", "Wade Mukash", "Cheechoo Neeposh Beardy"),
 "latam": ("Valentina Paola", "Mateo Joaquín", "Guzmán Herrera Salazar"),
 "eeur":  ("Iryna Katarzyna", "Dmytro Piotr", "Shevchenko Zielińska Popescu"),
 "en":    ("Shannon Kristen Holly", "Brett Colin Darryl", "Ashworth McAllister Pennington Doyle-Hart"),
}
FR = {
 "fr":    ("Manon Élise Capucine Lou", "Quentin Maxime Gaspard Nolan", "Marchal Perrin Collin Barbier Lemoine-Roux Besnard"),
 "maghr": ("Leïla Nawel", "Sofiane Yanis", "Belhadj Ouali Saadi"),
 "ant":   ("Cindy Maëva", "Steeve Harry", "Nicolas-Jean Casimir Eugène"),
 "afr":   ("Aminata Fanta", "Boubacar Ibrahim", "Sangaré Cissé Kouyaté"),
 "asie":  ("Mai Sophie", "Kevin Long", "Truong Vo Lim"),
}
used = set()
def who(pools):
    while True:
        w, m, f = pools[RNG.choice(sorted(pools))]
        given = RNG.choice((w + " " + m).split()); fam = RNG.choice(f.split())
        if (given, fam) not in used:
            used.add((given, fam)); return given, fam

# one helper per entity code, code chosen by hand for each column below
def P(x): return "⟦P:" + x + "⟧"
def PH(x): return "⟦PH:" + x + "⟧"
def EM(x): return "⟦EM:" + x + "⟧"
def AD(x): return "⟦AD:" + x + "⟧"
def PC(x): return "⟦PC:" + x + "⟧"

def plain(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn").lower().replace(" ", "").replace("'", "")
def mailbox(g, f, domains):
    form = RNG.choice(["{g}.{f}", "{f}.{g}", "{i}{f}", "{g}{f}{n}", "{g}-{f}"])
    return form.format(g=plain(g), f=plain(f), i=plain(g)[0], n=RNG.randint(2, 98)) + "@" + RNG.choice(domains)
CA_D = ("gmail.com", "videotron.ca", "outlook.com", "yahoo.ca", "bell.net", "rogers.com", "sasktel.net", "mts.net")
FR_D = ("gmail.com", "orange.fr", "free.fr", "sfr.fr", "laposte.net", "hotmail.fr")
def ca_phone(ac, style):
    xx = "%02d" % RNG.randint(0, 99)
    return {"dots": f"{ac}.555.01{xx}", "e164": f"+1{ac}55501{xx}", "plain": f"{ac}55501{xx}",
            "paren": f"({ac}) 555-01{xx}", "dash1": f"1-{ac}-555-01{xx}"}[style]
FR_B = ("01 99 00", "02 61 91", "03 53 01", "04 65 71", "05 36 49", "06 39 98", "07 00 11")
def fr_phone(block=None, compact=False):
    n = (block or RNG.choice(FR_B)) + " %02d %02d" % (RNG.randint(10, 99), RNG.randint(10, 99))
    return n.replace(" ", "") if compact else n
def ca_pc(fsa): return "%s %d%s%d" % (fsa, RNG.randint(1, 9), RNG.choice("ABCEGHJKLMNPRSTVWXYZ"), RNG.randint(0, 9))

QC = [("Saguenay", "418", ["G7H", "G7J"], ["rue Racine Ouest", "boulevard Talbot", "rue Jacques-Cartier Est"]),
      ("Trois-Rivières", "819", ["G8Z", "G9A"], ["rue des Forges", "boulevard des Récollets", "rue Sainte-Marguerite"]),
      ("Longueuil", "450", ["J4H", "J4K"], ["chemin de Chambly", "rue Saint-Charles Ouest", "boulevard Roland-Therrien"]),
      ("Rimouski", "418", ["G5L", "G5M"], ["rue Saint-Germain Ouest", "avenue Rouleau", "boulevard Jessop"])]
CA_OTHER = [("London", "519", ["N6A", "N5Y"], ["Dundas St", "Oxford St E", "Richmond St"]),
            ("Regina", "306", ["S4P", "S4T"], ["Albert St", "Dewdney Ave", "13th Ave"]),
            ("Saint John", "506", ["E2L", "E2K"], ["Germain St", "Douglas Ave", "Prince William St"]),
            ("Kamloops", "250", ["V2C", "V2B"], ["Victoria St", "Tranquille Rd", "Seymour St"]),
            ("Sudbury", "705", ["P3A", "P3E"], ["Kathleen St", "Regent St", "Lasalle Blvd"])]
FRV = [("Angers", "49100", "02 61 91", ["rue Saint-Aubin", "boulevard Foch", "rue Bressigny"]),
       ("Nancy", "54000", "03 53 01", ["rue Stanislas", "rue de la Hache", "avenue de Strasbourg"]),
       ("Avignon", "84000", "04 65 71", ["rue Joseph-Vernet", "rue Carnot", "avenue Pierre-Sémard"]),
       ("Pau", "64000", "05 36 49", ["rue Castetnau", "boulevard d'Alsace-Lorraine", "rue Montpensier"]),
       ("Amiens", "80000", "03 53 01", ["rue des Jacobins", "rue Jules-Barni", "boulevard de Beauvillé"])]

def sarbacane():
    city, cp, block, streets = RNG.choice(FRV)
    rows = ["EMAIL;NOM;PRENOM;MOBILE;VILLE;LISTE;DATE_INSCRIPTION;DESABONNE"]
    for _ in range(RNG.randint(2, 3)):
        g, f = who(FR)
        mob = PH(fr_phone(RNG.choice(["06 39 98", "07 00 11"]), compact=RNG.random() < 0.5)) if RNG.random() < 0.65 else ""
        rows.append(f"{EM(mailbox(g, f, FR_D))};{P(f.upper())};{P(g)};{mob};{city};Sympathisants {city};2026-0{RNG.randint(4, 9)}-{RNG.randint(1, 28):02d};{RNG.choice(['non', 'non', 'oui'])}")
    return ("fr", "list", "PO", f"Sarbacane — export contacts, liste « Sympathisants {city} » (lettre d'info de la section)\n" + "\n".join(rows))

def bloomerang():
    city, ac, fsas, streets = RNG.choice(CA_OTHER)
    rows = ["Account Number,First Name,Last Name,Primary Email,Primary Street,City,Postal Code,Last Transaction Amount,Last Transaction Date"]
    for _ in range(2):
        g, f = who(CA)
        rows.append(f"{RNG.randint(1000, 9999)},{P(g)},{P(f)},{EM(mailbox(g, f, CA_D))},{AD(str(RNG.randint(12, 2999)) + ' ' + RNG.choice(streets))},{city},{PC(ca_pc(RNG.choice(fsas)))},${RNG.choice([20, 50, 75, 100, 250])}.00,2026-{RNG.randint(6, 10):02d}-{RNG.randint(1, 28):02d}")
    return ("en", "list", "PO", f"Bloomerang — constituent export, {city} riding association donors (FY2026)\n" + "\n".join(rows))

def pretix():
    if RNG.random() < 0.5:
        city, cp, block, streets = RNG.choice(FRV); lang = "fr"
        mk = lambda: (lambda g, f: (g, f, PH(fr_phone(block)), FR_D))(*who(FR))
        title = f"pretix — export des commandes, « Grand meeting de campagne — {city} »"
    else:
        city, ac, fsas, streets = RNG.choice(QC); lang = "mixed"
        mk = lambda: (lambda g, f: (g, f, PH(ca_phone(ac, "e164")), CA_D))(*who(CA))
        title = f"pretix — order export, « Rassemblement / Rally {city} »"
    rows = ["Order code,Order date,Status,E-mail,Phone number,Invoice name,Product,Price"]
    for _ in range(RNG.randint(2, 3)):
        g, f, ph, doms = mk()
        if RNG.random() < 0.3: ph = ""
        rows.append(f"{''.join(RNG.choice('ABCDEFGHJKLMNPQRSTUVWXYZ3789') for _ in range(5))},2026-10-{RNG.randint(1, 20):02d},{RNG.choice(['paid', 'paid', 'pending'])},{EM(mailbox(g, f, doms))},{ph},{P(g + ' ' + f)},{(lambda t: t[0] + ',' + t[1])(RNG.choice([('Entrée libre', '0.00'), ('Soutien', '10.00'), ('Soutien +', '20.00'), ('Bénévole', '0.00')]))}")
    return (lang, "list", "PO", title + "\n" + "\n".join(rows))

def assoconnect():
    city, cp, block, streets = RNG.choice(FRV)
    rows = ["Nom;Prénom;Adresse;Code postal;Ville;Téléphone;Cotisation 2026;Statut"]
    for _ in range(2):
        g, f = who(FR)
        tel = PH(fr_phone(block)) if RNG.random() < 0.5 else ""
        rows.append(f"{P(f)};{P(g)};{AD(str(RNG.randint(1, 140)) + ' ' + RNG.choice(streets))};{PC(cp)};{city};{tel};{RNG.choice(['12 €', '30 €', '60 €'])};{RNG.choice(['À jour', 'À jour', 'Relance'])}")
    return ("fr", "list", "PO", f"AssoConnect — export des adhérents, section de {city}\n" + "\n".join(rows))

def openphone():
    city, ac, fsas, streets = RNG.choice(CA_OTHER + QC)
    line = ca_phone(ac, "paren")
    agent = who(CA)
    rows = ["createdAt,type,direction,from,to,user,contactName,disposition"]
    for _ in range(RNG.randint(2, 3)):
        g, f = who(CA)
        num = ca_phone(ac, "paren")
        while num == line: num = ca_phone(ac, "paren")
        disp = RNG.choice(["supporter", "leaning", "undecided", "opposed", "sign request", "volunteer"])
        kind = RNG.choice(["call", "call", "message"])
        rows.append(f"2026-10-{RNG.randint(5, 28):02d}T{RNG.randint(17, 20)}:{RNG.randint(10, 59)}:00Z,{kind},outgoing,{PH(line)},{PH(num)},{P(agent[0] + ' ' + agent[1])},{P(g + ' ' + f)},{disp}")
    return ("en", "list", "PO", f"OpenPhone — activity export, phone-bank number {PH(line)} ({city})\n" + "\n".join(rows))

def keela():
    city, ac, fsas, streets = RNG.choice(CA_OTHER + QC)
    rows = ["Full Name,Email,Mobile,Tags,Shifts Completed"]
    for _ in range(RNG.randint(2, 3)):
        g, f = who(CA)
        mob = PH(ca_phone(ac, RNG.choice(["dots", "dash1", "plain"]))) if RNG.random() < 0.75 else ""
        rows.append(f"{P(g + ' ' + f)},{EM(mailbox(g, f, CA_D))},{mob},\"{RNG.choice(['volunteer; canvass', 'volunteer; phone bank', 'volunteer; e-day driver', 'volunteer; signs'])}\",{RNG.randint(0, 12)}")
    return ("en", "list", "PO", f"Keela — contact list export, tag = volunteer 2026 ({city} campaign)\n" + "\n".join(rows))

SHAPES = [sarbacane, bloomerang, pretix, assoconnect, openphone, keela]
def make_lists(n):
    out = []; k = 0
    while len(out) < n:
        it = SHAPES[k % len(SHAPES)](); k += 1
        if 3 <= it[3].count("⟦") <= 20: out.append(it)
    return out
if __name__ == "__main__":
    for it in make_lists(6): print(it[:3]); print(it[3]); print("-----")
