#!/usr/bin/env python3
"""blind-2026-12-v list generator, written from scratch (seed 915337). make_lists(n) cycles six export shapes from
everyday tools that no earlier README names (each 0 files with grep -il over the twenty-one earlier READMEs):
  1. expensify_report  - an Expensify expense-report export of a Canadian riding association (Submitter one span,
                         submitter e-mail, merchant, amount, a mileage comment with the volunteer's home street address),
  2. qonto_releve      - a Qonto transaction export of a French party federation: incoming transfers for dues, the
                         counterparty name (one span) and the counterparty IBAN (valid mod 97),
  3. voipms_cdr        - a VoIP.ms call-detail-record export of a Québec phone bank: caller ID "NOM PRENOM" plus the number
                         (two spans), the campaign DID, a disposition note,
  4. lemlist_export    - a Lemlist campaign export (France): email, firstName, lastName (two spans), phone, status,
  5. nethris_registre  - a Nethris payroll register of a Québec campaign's paid staff: "Nom, Prénom" (one span), NAS (Luhn),
                         address, postal code,
  6. payfit_salaries   - a PayFit employee export of a French campaign team: Nom, Prénom (two spans), NIR (keyed),
                         date de naissance, e-mail perso.
Returns (lang, kind, sens, marked) tuples. All carry POLITICAL_OPINION (members paying dues, campaign volunteers and
paid staff, phone-bank contacts with a support disposition, campaign invitation replies). The entity code of every
column was chosen by hand below; no code is inferred from a value. Call make_lists once per process."""
import random, unicodedata
R = random.Random(915337)

# name pools (given names, family names), new for this set
CA_POOLS = [
    (["Ghislaine", "Réjean", "Solange", "Yvon", "Mireille", "Conrad"], ["Pelletier", "Ouellet-Roy", "Lapointe", "Brisebois", "Quirion"]),   # québécois
    (["Aurore", "Léonce", "Ginette", "Fidèle"], ["Cormier", "LeBlanc", "Arsenault", "Doucet"]),                                         # acadien
    (["Widlyne", "Ketly", "Frantz", "Guerline"], ["Pierre-Louis", "Dorvilus", "Jean-Baptiste", "Célestin"]),                            # haïtien
    (["Aminata", "Ousmane", "Fatoumata", "Ibrahima"], ["Traoré", "Coulibaly", "Ndiaye", "Keïta"]),                                      # ouest-africain
    (["Rachid", "Samira", "Nadia", "Mourad"], ["Benjelloun", "Cherkaoui", "Ait-Ouali", "Zerrouki"]),                                    # nord-africain
    (["Gurpreet", "Anjali", "Vikram", "Sunita"], ["Sandhu", "Ramanathan", "Bhatt", "Gill"]),                                           # sud-asiatique
    (["Wei", "Jun", "Mei-Ling", "Haruto"], ["Zhou", "Tanaka", "Park", "Lam"]),                                                         # est-asiatique
    (["Thanh", "Phương", "Hiếu", "Quỳnh"], ["Phạm", "Huỳnh", "Bùi"]),                                                                   # vietnamien
    (["Wapun", "Nakoma", "Tanis", "Kaniehtiio"], ["Bearskin", "Petiquay", "Awashish", "Cree-Mitchell"]),                                # autochtone
    (["Valentina", "Mateo", "Ximena", "Joaquín"], ["Restrepo", "Quispe", "Ortega-Ruiz"]),                                              # latino-américain
    (["Dmytro", "Halyna", "Katarzyna", "Radu"], ["Shevchuk", "Nowak", "Popescu"]),                                                     # est-européen
    (["Bronwyn", "Murray", "Shelley", "Angus"], ["McAllister", "Pike", "Hollett", "Buchanan"]),                                         # anglo-canadien
]
FR_POOLS = [
    (["Ségolène", "Thibault", "Maëlys", "Gaëtan", "Bérénice"], ["Lemoine", "Garnier-Faure", "Rousseau", "Perrin"]),                   # France
    (["Yanis", "Lina", "Sofiane", "Myriam"], ["Belkacem", "Hamidi", "Aouad"]),                                                          # maghrébin
    (["Awa", "Mamadou", "Binta", "Souleymane"], ["Diallo", "Camara", "Bâ"]),                                                            # ouest-africain
    (["Johan", "Nadège", "Teddy", "Mylène"], ["Jean-Marie", "Calixte", "Zénon"]),                                                       # antillais
    (["Vanessa", "Kévin", "Soanrou", "Fahardine"], ["Payet", "Hoarau", "Madi", "Attoumani"]),                                            # Réunion, Mayotte
    (["Pierre-Yves", "Anne-Sophie", "Goulven", "Nolwenn"], ["Le Gall", "Kerbrat", "Morvan"]),                                           # breton
]
used = set()
def who(pools):
    while True:
        g, f = R.choice(pools)
        p = (R.choice(g), R.choice(f))
        if p not in used:
            used.add(p)
            return p

def P(x): return "⟦P:" + x + "⟧"
def PH(x): return "⟦PH:" + x + "⟧"
def EM(x): return "⟦EM:" + x + "⟧"
def AD(x): return "⟦AD:" + x + "⟧"
def PC(x): return "⟦PC:" + x + "⟧"
def SIN(x): return "⟦SIN:" + x + "⟧"
def NIR(x): return "⟦NIR:" + x + "⟧"
def IBAN(x): return "⟦IBAN:" + x + "⟧"
def DOB(x): return "⟦DOB:" + x + "⟧"

def plain(s):
    s = s.replace("Đ", "D").replace("đ", "d")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return s.lower().replace(" ", "").replace("'", "")
def mail(g, f, domains):
    shapes = ["{a}.{b}", "{a}{b}", "{i}{b}", "{b}.{a}", "{a}.{b}{n}"]
    return R.choice(shapes).format(a=plain(g), b=plain(f), i=plain(g)[0], n=R.randint(2, 98)) + "@" + R.choice(domains)
CA_DOM = ["gmail.com", "videotron.ca", "bell.net", "sympatico.ca", "outlook.com", "shaw.ca", "rogers.com", "yahoo.ca"]
FR_DOM = ["gmail.com", "laposte.net", "sfr.fr", "orange.fr", "hotmail.fr", "free.fr"]
def na(ac, style):
    x = "%02d" % R.randint(0, 99)
    return {"dash": f"{ac}-555-01{x}", "dot": f"{ac}.555.01{x}", "par": f"({ac}) 555-01{x}",
            "plus": f"+1 {ac} 555 01{x}", "raw": f"{ac}55501{x}"}[style]
FR_BLOCKS = ["01 99 00", "02 61 91", "03 53 01", "04 65 71", "05 36 49", "06 39 98", "07 00 11"]
def fr(block, style):
    n = block + " %02d %02d" % (R.randint(10, 99), R.randint(10, 99))
    if style == "e164": return "+33" + n[1:].replace(" ", "")
    if style == "dots": return n.replace(" ", ".")
    return n
def cp_ca(fsa): return fsa + " " + str(R.randint(0, 9)) + R.choice("ABCEGHJKLMNPRSTVWXYZ") + str(R.randint(0, 9))

def luhn_fill(part):
    s = 0
    for i, c in enumerate(reversed(part)):
        d = int(c)
        if i % 2 == 0:
            d = d * 2 - (9 if d * 2 > 9 else 0)
        s += d
    return part + str((10 - s % 10) % 10)
def sin():
    return luhn_fill(R.choice("1234567") + "".join(R.choice("0123456789") for _ in range(7)))
def fr_iban():
    b = "".join(R.choice("0123456789") for _ in range(5)); g = "".join(R.choice("0123456789") for _ in range(5))
    c = "".join(R.choice("0123456789") for _ in range(11))
    bban = b + g + c + "%02d" % (97 - (89 * int(b) + 15 * int(g) + 3 * int(c)) % 97)
    n = int("".join(str(int(ch, 36)) for ch in bban + "FR00"))
    s = "FR%02d" % (98 - n % 97) + bban
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
def nir_for(sex, yy, mm):
    dep = R.choice(["75", "69", "13", "59", "35", "44", "31", "971", "974"])
    com = "%03d" % R.randint(1, 199) if len(dep) == 2 else "%02d" % R.randint(1, 30)
    body = f"{sex}{yy:02d}{mm:02d}{dep}{com}%03d" % R.randint(1, 899)
    key = 97 - int(body) % 97
    return body + "%02d" % key

CA_PLACES = [("Brandon", "204", "R7A", ["Rosser Ave", "Princess Ave", "10th St"]),
             ("Kamloops", "250", "V2C", ["Tranquille Rd", "Seymour St", "Columbia St"]),
             ("Sault Ste. Marie", "705", "P6A", ["Queen St E", "Wellington St W", "Pim St"]),
             ("Moose Jaw", "306", "S6H", ["Main St N", "Caribou St W", "Hochelaga St"]),
             ("Corner Brook", "709", "A2H", ["Main St", "Humber Rd", "Park St"])]
QC_PLACES = [("Rouyn-Noranda", "819", "J9X", ["avenue Larivière", "rue Perreault Est", "boulevard Rideau"]),
             ("Victoriaville", "819", "G6P", ["rue Notre-Dame Est", "boulevard Jutras Ouest", "rue de l'Aqueduc"]),
             ("Rivière-du-Loup", "418", "G5R", ["rue Lafontaine", "rue Fraser", "boulevard Thériault"]),
             ("Saint-Jérôme", "450", "J7Z", ["rue Labelle", "boulevard des Hauteurs", "rue Castonguay"]),
             ("Alma", "418", "G8B", ["avenue du Pont Nord", "rue Collard", "boulevard Saint-Luc"])]
FR_PLACES = ["Angers", "Tours", "Pau", "Reims", "Valence", "Quimper", "Saint-Pierre (Réunion)", "Le Lamentin"]

def expensify_report():
    town, ac, fsa, streets = R.choice(CA_PLACES)
    rows = ["Report Name,Submitter,Submitter Email,Timestamp,Merchant,Amount,Category,Comment"]
    for _ in range(R.randint(2, 3)):
        g, f = who(CA_POOLS)
        home = f"{R.randint(12, 2400)} {R.choice(streets)}"
        cat, merch, amt, com = R.choice([
            ("Mileage", "Mileage", "%.2f" % (R.randint(40, 190) * 0.70), "canvass drive from home, " + AD(home) + ", to the office and back"),
            ("Meals", "Tim Hortons", "%.2f" % R.uniform(18, 64), "coffee for the Saturday canvass team; pick-up at " + AD(home)),
            ("Printing", "Staples", "%.2f" % R.uniform(30, 140), "walk-list copies, reimburse to " + PH(na(ac, R.choice(["dash", "par"]))) + " e-transfer"),
        ])
        rows.append(",".join(["\"" + town + " EDA - volunteer expenses Sept\"", P(f"{g} {f}"), EM(mail(g, f, CA_DOM)),
                              f"2026-09-{R.randint(1, 30):02d}", merch, amt, cat, "\"" + com + "\""]))
    return ("en", "list", "PO", f"Expensify - report export ({town} electoral district association)\n" + "\n".join(rows))

def qonto_releve():
    town = R.choice(FR_PLACES)
    rows = ["Date de valeur;Libellé;Contrepartie;IBAN contrepartie;Montant;Devise;Référence"]
    for _ in range(R.randint(2, 3)):
        g, f = who(FR_POOLS)
        ref = R.choice(["Cotisation 2026", "Adhésion + don", "Cotisation tarif réduit", "Don campagne municipale"])
        rows.append(";".join([f"{R.randint(1, 28):02d}/10/2026", "VIR SEPA RECU", P(f"{f.upper()} {g}"), IBAN(fr_iban()),
                              "+" + R.choice(["20,00", "30,00", "50,00", "120,00", "15,00"]), "EUR", ref + " ADH-%05d" % R.randint(100, 99999)]))
    return ("fr", "list", "PO", f"Qonto — export des transactions, compte « Fédération — {town} »\n" + "\n".join(rows))

def voipms_cdr():
    town, ac, fsa, streets = R.choice(QC_PLACES)
    did = na(ac, "raw")
    rows = ["Date,CallerID,Destination,Description,Account,Duration,Disposition"]
    for _ in range(R.randint(3, 4)):
        g, f = who(CA_POOLS)
        num = na(ac, "raw")
        note = R.choice(["appui confirmé", "pancarte demandée", "indécis, rappeler", "veut un transport jour J", "bénévole pour le pointage"])
        rows.append(",".join([f"2026-09-{R.randint(2, 29):02d} {R.randint(17, 20)}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}",
                              "\"" + P(f"{plain(f).upper()} {plain(g).upper()}") + "\" <" + PH(num) + ">", PH(did),
                              "\"" + note + "\"", "100234_pointage", f"{R.randint(20, 600)}", "ANSWERED"]))
    return ("fr", "list", "PO", f"VoIP.ms — CDR export, DID du pointage — {town}\n" + "\n".join(rows))

def lemlist_export():
    town = R.choice(FR_PLACES)
    rows = ["email,firstName,lastName,phone,campaign,status"]
    for _ in range(R.randint(2, 3)):
        g, f = who(FR_POOLS)
        tel = fr(R.choice(["06 39 98", "07 00 11", R.choice(FR_BLOCKS[:5])]), R.choice(["e164", "dots", "sp"]))
        rows.append(",".join([EM(mail(g, f, FR_DOM)), P(g), P(f), PH(tel), f"\"Réunion publique {town} — invitation adhérents\"",
                              R.choice(["interested", "replied", "emailsOpened", "interested"])]))
    return ("fr", "list", "PO", f"lemlist — export de campagne (section de {town})\n" + "\n".join(rows))

def nethris_registre():
    town, ac, fsa, streets = R.choice(QC_PLACES)
    rows = ["Matricule;Employé;NAS;Adresse;Ville;Code postal;Poste;Taux horaire"]
    for _ in range(2):
        g, f = who(CA_POOLS)
        s = sin()
        s = R.choice([s, s[:3] + " " + s[3:6] + " " + s[6:]])
        rows.append(";".join(["E%04d" % R.randint(100, 9999), P(f"{f}, {g}"), SIN(s), AD(f"{R.randint(10, 1999)}, {R.choice(streets)}"), town,
                              PC(cp_ca(fsa)), R.choice(["agente de terrain", "coordonnateur du pointage", "responsable des bénévoles"]),
                              R.choice(["21,50", "23,00", "25,75"])]))
    return ("fr", "list", "PO", f"Nethris — registre de paie, campagne locale — {town} (période 2026-09-14 au 2026-09-27)\n" + "\n".join(rows))

FEMININ = {"Ségolène", "Maëlys", "Bérénice", "Lina", "Myriam", "Awa", "Binta", "Nadège", "Mylène", "Vanessa", "Soanrou", "Anne-Sophie", "Nolwenn"}
def payfit_salaries():
    rows = ["Nom;Prénom;N° de sécurité sociale;Date de naissance;E-mail personnel;Poste;Contrat"]
    for _ in range(R.randint(2, 3)):
        g, f = who(FR_POOLS)
        sex = 2 if g in FEMININ else 1
        yy = R.randint(70, 99); mm = R.randint(1, 12); dd = R.randint(1, 28)
        n = nir_for(sex, yy, mm)
        if R.random() < 0.5:
            n = " ".join([n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:]])
        poste = R.choice(["chargée de mission terrain", "coordinatrice des militants"]) if sex == 2 else R.choice(["attaché de presse", "chargé de mission terrain"])
        rows.append(";".join([P(f.upper()), P(g), NIR(n), DOB(f"{dd:02d}/{mm:02d}/19{yy}"), EM(mail(g, f, FR_DOM)), poste, "CDD campagne"]))
    return ("fr", "list", "PO", "PayFit — export salariés, équipe de campagne législative (CDD)\n" + "\n".join(rows))

SHAPES = [expensify_report, qonto_releve, voipms_cdr, lemlist_export, nethris_registre, payfit_salaries]
def make_lists(n):
    out = []; k = 0
    while len(out) < n:
        item = SHAPES[k % len(SHAPES)](); k += 1
        c = item[3].count("⟦")
        assert 3 <= c <= 20, (item[3], c)
        out.append(item)
    return out
if __name__ == "__main__":
    for it in make_lists(6):
        print(it[:3]); print(it[3]); print("---")
