#!/usr/bin/env python3
"""blind-2026-12-x list generator, written from scratch for this set (seed 27093518).
make_lists(n) cycles six export shapes of everyday tools that no earlier README names (0 files each, grep -il over the
twenty-three earlier READMEs):
  1. certn_orders     - Certn background-check order export for pre-nomination candidate vetting (en): candidate (one span),
                        date of birth, e-mail, phone, package, status.
  2. qualtrics_screen - Qualtrics screener export for a party focus group (fr): prénom+nom (one span), courriel, téléphone,
                        code postal, and a "membre d'un syndicat" answer (Oui -> TRADE_UNION, chosen by hand below).
  3. colissimo_labels - Colissimo label batch sending canvass kits to French party activists (fr): destinataire (one span),
                        adresse (one span), code postal (own span, city outside), mobile.
  4. meet_attendance  - Google Meet attendance report of an online volunteer training, bilingual Ottawa-Gatineau (mixed):
                        participant (one span), e-mail, minutes present.
  5. revolut_payouts  - Revolut Business bulk-transfer CSV reimbursing party volunteers (fr/en): beneficiary (one span), IBAN
                        (mod-97 valid, computed here), reference.
  6. vistaprint_cards - Vistaprint business-card order for candidates and riding staff (en): name on card (one span), role,
                        phone, e-mail, office address (civic + street one span; postal code its own span).
Returns (lang, kind, sens, marked) tuples; all carry POLITICAL_OPINION (candidates under vetting, focus-group participants
recruited by a party, activists, volunteers, candidates' cards). The entity code of every column is typed by hand in this file;
no code is inferred from a value. Synthetic values only: 555-01xx, French fiction blocks / overseas mobile prefixes,
documentation data only. Call make_lists once per process (names are drawn without replacement)."""
import random, unicodedata
RNG = random.Random(27093518)

CA_POOLS = [
    (["Gisèle", "Réjean", "Maryse", "Normand", "Chantale"], ["Lapointe-Roy", "Fortier", "Savard", "Beaulieu", "Charest"]),
    (["Aurèle", "Ginette", "Léonce"], ["LeBlanc", "Cormier", "Arsenault"]),
    (["Fritznel", "Marie-Carmelle", "Widly"], ["Pierre-Louis", "Jean-Baptiste", "Célestin"]),
    (["Ousmane", "Aïssata", "Mamadou"], ["Diallo", "Traoré", "Keïta"]),
    (["Samir", "Nadia", "Rachid"], ["Benali", "Chergui", "Ouazzani"]),
    (["Gurleen", "Rohan", "Ayesha", "Vikram"], ["Sandhu", "Raghavan", "Siddiqui", "Patel-Shah"]),
    (["Wei", "Haruto", "Ji-woo", "Mei"], ["Zhou", "Nakamura", "Park", "Lau"]),
    (["Thảo", "Khanh", "Phúc"], ["Nguyễn", "Phạm", "Huỳnh"]),
    (["Tanis", "Cheyenne", "Lorne", "Nakuset"], ["Bearspaw", "Crowchild", "Kistabish", "Ningiuk"]),
    (["Valentina", "Joaquín", "Ximena"], ["Quispe", "Restrepo", "Alvarado-Ruiz"]),
    (["Yaroslav", "Katarzyna", "Dragan"], ["Hnatiuk", "Wiśniewski", "Petrović"]),
    (["Glenn", "Shirley", "Ross", "Bev"], ["McAllister", "Pottinger", "Fairweather", "Dunphy"]),
]
FR_POOLS = [
    (["Solène", "Maxence", "Capucine", "Quentin"], ["Renaud", "Marchand-Petit", "Giraud", "Vasseur"]),
    (["Yasmine", "Nassim", "Sofiane"], ["Belkacem", "Hamidi", "Zerrouki"]),
    (["Aminata", "Seydou", "Coumba"], ["Niang", "Camara", "Bathily"]),
    (["Loïc", "Ketty", "Dimitri"], ["Jean-Marie", "Zébus", "Nicolas-Sainte-Rose"]),
    (["Tiavina", "Anli", "Noéline"], ["Payet", "Andrianarivo", "Madi"]),
    (["Lenaïg", "Pierrick", "Ghjulia"], ["Le Goff", "Kerbrat", "Casanova"]),
]
used = set()
def draw(pools):
    while True:
        g, f = RNG.choice(pools)
        pair = (RNG.choice(g), RNG.choice(f))
        if pair not in used:
            used.add(pair)
            return pair

def S(code, v):
    return "⟦%s:%s⟧" % (code, v)

def plain(s):
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return s.replace("đ", "d").replace("Đ", "D").lower().replace(" ", "").replace("'", "")

def mail(g, f, domains):
    shape = RNG.randrange(4)
    if shape == 0: local = plain(g) + "." + plain(f)
    elif shape == 1: local = plain(g)[0] + plain(f)
    elif shape == 2: local = plain(f) + "." + plain(g)[0]
    else: local = plain(g) + str(RNG.randint(2, 98))
    return local + "@" + RNG.choice(domains)

CA_MAIL = ["gmail.com", "videotron.ca", "sympatico.ca", "shaw.ca", "outlook.com", "bell.net", "yahoo.ca"]
FR_MAIL = ["gmail.com", "laposte.net", "sfr.fr", "orange.fr", "proton.me", "hotmail.fr"]

def ca_phone(area):
    last = "%02d" % RNG.randint(0, 99)
    shape = RNG.randrange(5)
    return [f"{area}-555-01{last}", f"({area}) 555-01{last}", f"{area}.555.01{last}", f"+1 {area} 555 01{last}", f"1-{area}-555-01{last}"][shape]

FR_BLOCKS = ["06 39 98", "07 00 11", "01 99 00", "04 65 71"]
DOM_MOB = ["0690", "0696", "0692", "0694", "0639"]
def fr_phone(dom=False):
    if dom:
        p = RNG.choice(DOM_MOB)
        n = "%s %s %02d %02d %02d" % (p[:2], p[2:], RNG.randint(10, 99), RNG.randint(10, 99), RNG.randint(10, 99))
    else:
        n = RNG.choice(FR_BLOCKS) + " %02d %02d" % (RNG.randint(10, 99), RNG.randint(10, 99))
    k = RNG.randrange(3)
    return n if k == 0 else (n.replace(" ", "") if k == 1 else "+33 " + n[1:])

def dob_iso():
    return "%d-%02d-%02d" % (RNG.randint(1952, 1999), RNG.randint(1, 12), RNG.randint(1, 28))

def certn_orders():
    riding = RNG.choice(["Ottawa-Vanier", "Kildonan-St. Paul", "Saskatoon West", "Dartmouth-Cole Harbour", "Brossard-Saint-Lambert", "Burnaby South"])
    area = {"Ottawa-Vanier": "613", "Kildonan-St. Paul": "204", "Saskatoon West": "306", "Dartmouth-Cole Harbour": "902",
            "Brossard-Saint-Lambert": "450", "Burnaby South": "604"}[riding]
    rows = ["order_id,candidate,dob,email,phone,package,status"]
    for _ in range(RNG.randint(1, 2)):
        g, f = draw(CA_POOLS)
        rows.append(",".join(["CN-%07d" % RNG.randint(10**6, 10**7 - 1), S("P", g + " " + f), S("DOB", dob_iso()), S("EM", mail(g, f, CA_MAIL)),
                              S("PH", ca_phone(area)), RNG.choice(["Basic + Criminal", "Credit + Criminal", "Social media scan"]),
                              RNG.choice(["Complete - clear", "In progress", "Awaiting consent", "Complete - review"])]))
    return ("en", "list", "PO", "Certn export - pre-nomination vetting, riding of %s (nomination contestants)\n" % riding + "\n".join(rows))

CP_QC = [("Québec", "G1R"), ("Laval", "H7N"), ("Sherbrooke", "J1H"), ("Rimouski", "G5L"), ("Gatineau", "J8Y")]
def qualtrics_screen():
    city, fsa = RNG.choice(CP_QC)
    sens = {"PO"}
    rows = ["ResponseId;Q1_nom;Q2_courriel;Q3_tel;Q4_code_postal;Q9_vote_2022;Q11_syndique;Retenu"]
    for _ in range(RNG.randint(2, 3)):
        g, f = draw(CA_POOLS)
        union = RNG.choice(["Non", "Non", "Oui"])
        if union == "Oui": sens.add("TU")
        pc = "%s %d%s%d" % (fsa, RNG.randint(1, 9), RNG.choice("ABCEGHJKLMNPRSTVWXYZ"), RNG.randint(0, 9))
        rows.append(";".join(["R_%s" % "".join(RNG.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(12)), S("P", g + " " + f),
                              S("EM", mail(g, f, CA_MAIL)), S("PH", ca_phone(RNG.choice(["418", "450", "819", "581", "438"]))), S("PC", pc),
                              RNG.choice(["notre parti", "autre parti", "n'a pas voté", "préfère ne pas répondre"]), union, RNG.choice(["oui", "non", "réserve"])]))
    return ("fr", "list", ",".join(sorted(sens, key=lambda c: c != "PO")),
            "Qualtrics — export du questionnaire de présélection, groupe de discussion du parti (%s)\n" % city + "\n".join(rows))

FR_ADDR = [("Angers", "49100", ["rue Bressigny", "boulevard Foch", "rue Lionnaise"]), ("Brest", "29200", ["rue de Siam", "rue Jean Jaurès", "rue de Lyon"]),
           ("Limoges", "87000", ["avenue Baudin", "rue François Chénieux"]), ("Metz", "57000", ["rue Serpenoise", "en Fournirue"]),
           ("Le Lamentin", "97232", ["rue Schoelcher", "route de la Lézarde"]), ("Saint-Pierre", "97410", ["rue Marius et Ary Leblond", "rue Désiré Barquisseau"]),
           ("Clermont-Ferrand", "63000", ["rue Ballainvilliers", "avenue des Paulines"])]
def colissimo_labels():
    rows = ["Colissimo — lot d'étiquettes « kits de porte-à-porte », fédération départementale"]
    rows.append("Réf;Destinataire;Adresse;CP;Ville;Mobile;Poids")
    for _ in range(RNG.randint(1, 2)):
        g, f = draw(FR_POOLS)
        city, cp, streets = RNG.choice(FR_ADDR)
        dom = cp.startswith("97")
        rows.append(";".join(["6A%011d" % RNG.randint(10**10, 10**11 - 1), S("P", g + " " + f.upper()), S("AD", "%d %s" % (RNG.randint(1, 140), RNG.choice(streets))),
                              S("PC", cp), city, S("PH", fr_phone(dom)), "%.1f kg" % RNG.uniform(0.8, 4.5)]))
    return ("fr", "list", "PO", "\n".join(rows))

def meet_attendance():
    rows = ["Google Meet — Rapport de présence / Attendance report", "Formation en ligne des bénévoles de pointage / Online canvass training, Ottawa-Gatineau",
            "Nom / Name,Courriel / Email,Durée / Duration,Heure d'arrivée / Joined"]
    for _ in range(RNG.randint(2, 4)):
        g, f = draw(CA_POOLS)
        rows.append(",".join([S("P", g + " " + f), S("EM", mail(g, f, CA_MAIL)), "%d min" % RNG.randint(8, 95), "19:%02d" % RNG.randint(0, 40)]))
    return ("mixed", "list", "PO", "\n".join(rows))

def _iban(cc, bban):
    n = int("".join(str(int(ch, 36)) for ch in bban + cc + "00"))
    s = cc + "%02d" % (98 - n % 97) + bban
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
def _digits(k): return "".join(RNG.choice("0123456789") for _ in range(k))
def _fr_bban():
    b, g, c = _digits(5), _digits(5), _digits(11)
    return b + g + c + "%02d" % (97 - (89 * int(b) + 15 * int(g) + 3 * int(c)) % 97)
def revolut_payouts():
    fr = RNG.random() < 0.6
    rows = ["Name,Recipient type,IBAN,BIC,Amount,Currency,Reference"]
    for _ in range(RNG.randint(2, 4)):
        g, f = draw(FR_POOLS if fr else CA_POOLS)
        ib = _iban("FR", _fr_bban()) if fr or RNG.random() < 0.5 else _iban(RNG.choice(["BE", "ES"]), _digits(12) if RNG.random() < 0.5 else _digits(20))
        if ib.startswith("BE") and len(ib.replace(" ", "")) != 16: ib = _iban("BE", _digits(12))
        if ib.startswith("ES") and len(ib.replace(" ", "")) != 24: ib = _iban("ES", _digits(20))
        rows.append(",".join([S("P", g + " " + f), "INDIVIDUAL", S("IBAN", ib), RNG.choice({"FR": ["AGRIFRPP", "CCBPFRPP", "BNPAFRPP"], "BE": ["GEBABEBB", "KREDBEBB"], "ES": ["CAIXESBB", "BSCHESMM"]}[ib[:2]]),
                              "%d.%02d" % (RNG.randint(12, 240), RNG.randint(0, 99)), "EUR", RNG.choice(["NDF tractage", "Frais km militant", "Remb. bénévole", "Volunteer expenses"])]))
    lang = "fr" if fr else "en"
    title = "Revolut Business — virements groupés, remboursements des militants" if fr else "Revolut Business - bulk transfer, volunteer reimbursements (members abroad)"
    return (lang, "list", "PO", title + "\n" + "\n".join(rows))

CA_OFFICES = [("Moncton", "NB", "E1C", "506", ["Main St", "St. George St"]), ("Kamloops", "BC", "V2C", "250", ["Victoria St", "Seymour St"]),
              ("Red Deer", "AB", "T4N", "403", ["Gaetz Ave", "Ross St"]), ("Peterborough", "ON", "K9J", "705", ["George St N", "Charlotte St"]),
              ("Brandon", "MB", "R7A", "204", ["Rosser Ave", "10th St"]), ("Charlottetown", "PE", "C1A", "902", ["Grafton St", "Kent St"])]
def vistaprint_cards():
    city, prov, fsa, area, streets = RNG.choice(CA_OFFICES)
    street = "%d %s" % (RNG.randint(10, 990), RNG.choice(streets))
    pc = "%s %d%s%d" % (fsa, RNG.randint(1, 9), RNG.choice("ABCEGHJKLMNPRSTVWXYZ"), RNG.randint(0, 9))
    rows = ["Vistaprint order VP-%d - Standard business cards, campaign office %s, %s" % (RNG.randint(10**8, 10**9 - 1), city, prov),
            "Office address on all cards: %s, %s %s %s" % (S("AD", street), city, prov, S("PC", pc)),
            "Card | Name on card | Title line | Phone | Email"]
    for k in range(RNG.randint(2, 3)):
        g, f = draw(CA_POOLS)
        rows.append(" | ".join([str(k + 1), S("P", g + " " + f), "Candidate" if k == 0 else RNG.choice(["Campaign Manager", "Volunteer Coordinator", "Official Agent"]),
                                S("PH", ca_phone(area)), S("EM", mail(g, f, ["campaign-example.ca", "ridingassoc.example.ca"]))]))
    return ("en", "list", "PO", "\n".join(rows))

SHAPES = [certn_orders, qualtrics_screen, colissimo_labels, meet_attendance, revolut_payouts, vistaprint_cards]
def make_lists(n):
    out = []
    for k in range(n):
        it = SHAPES[k % len(SHAPES)]()
        c = it[3].count("⟦")
        assert 3 <= c <= 20, (it, c)
        out.append(it)
    return out

if __name__ == "__main__":
    for it in make_lists(6):
        print(it[:3]); print(it[3]); print("---")
