#!/usr/bin/env python3
"""Seeded list generator for blind-2026-12-r, written from scratch (seed 64271). make_lists(n) cycles 6 everyday export
shapes that no earlier README names: a Cyberimpact contact export (Québec e-mail tool, French, semicolons), a Donorbox
donations CSV, a Hustle peer-to-peer texting conversation export, a Framadate poll (France, leafleting slots, with a
comment block), a Leetchi cagnotte participants export (France) and a RingCentral call-log CSV of the phone bank with a
notes column. Each item is (lang, kind, sens, marked); every list has 3-20 entities (checked in make_lists) and carries
POLITICAL_OPINION (subscribers to a party's volunteer/donor groups, donors, texted supporters, leafleting volunteers,
contributors to a candidate's cagnotte, phone-bank results). NANP phones are 555-01xx; French phones use the fiction
blocks; Canadian postal codes start with a real FSA for the city; French postal codes match the city.
The entity codes in the templates are written by hand per column; nothing is inferred from the shape of a value."""
import random, unicodedata
R = random.Random(64271)
POOLS = {  # women given names | men given names | family names
 "qc":    ("Gabrielle Rosalie Mylène Chantale Karine-Ève Solange", "Éric Yannick Gilles Raphaël Normand Jean-Sébastien", "Bélanger-Roy Marcotte Tessier Lemire Charette Desrosiers Thibeault Paradis Boisclair"),
 "acad":  ("Monique Rachelle", "Rhéal Aurèle", "Chiasson Haché Landry-Arsenault Doucet"),
 "hai":   ("Nadège Widline", "Wilguens Ricardo", "Bazile Jean-Gilles Présumé Saint-Fleur"),
 "wafr":  ("Aminata Yaa Mariama", "Ibrahima Kofi Mamadou", "Ndiaye Boateng Camara Ouédraogo"),
 "magh":  ("Yasmina Houda Rim", "Karim Nabil Sofiane", "Benchekroun Haddouche Zerrouki Amrani"),
 "arab":  ("Rania Lina", "Fadi Tarek", "Khoury Saab Nassar"),
 "sasia": ("Harleen Anjali Farzana", "Gurpreet Vikram Tanvir", "Dhillon Iyer Chowdhury Sandhu"),
 "easia": ("Mei Yuki Seo-yeon", "Jun Kenji Dong-hyun", "Zhao Tanaka Park Liang"),
 "viet":  ("Phương Thảo Hồng", "Quốc Đức", "Phan Huỳnh Trịnh"),
 "indig": ("Winona Tanya", "Clifford Desmond", "Nepton Beardy Petiquay Mianscum"),
 "latam": ("Valentina Paola", "Mateo Esteban", "Gutiérrez Salazar Herrera"),
 "eeur":  ("Iryna Katarzyna", "Bohdan Marek", "Melnyk Wiśniewski Horvat"),
 "en":    ("Heather Bronwyn Lindsay", "Duncan Trevor Colin", "Ashworth McIntyre Fairweather Halloran"),
}
FR_POOLS = {
 "fr":    ("Solène Maëlle Clémence Bérénice", "Gaëtan Loïc Baptiste Maxence", "Le Gall Vasseur Ferrand Moulin Garnier Perrot"),
 "magh":  ("Nour Sabrina", "Mehdi Bilal", "Belkacem Ouali Ferhat"),
 "ant":   ("Lucette Gwladys", "Rudy Dany", "Nubul Sainte-Rose Jean-Marie"),
 "wafr":  ("Fatoumata Awa", "Seydou Adama", "Traoré Sissoko Diallo"),
}
_used = set()
def person(pools=POOLS):
    while True:
        w, m, f = pools[R.choice(list(pools))]
        g = R.choice((w + " " + m).split()); s = R.choice(f.split())
        if (g, s) not in _used:
            _used.add((g, s)); return g, s
def P(x): return f"⟦P:{x}⟧"
def PH(x): return f"⟦PH:{x}⟧"
def EM(x): return f"⟦EM:{x}⟧"
def AD(x): return f"⟦AD:{x}⟧"
def PC(x): return f"⟦PC:{x}⟧"
def slug(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn").lower().replace(" ", "").replace("'", "")
def mail(g, s, doms=("gmail.com", "hotmail.com", "videotron.ca", "outlook.com", "sympatico.ca", "yahoo.ca", "cgocable.ca")):
    form = R.choice(["{g}.{s}", "{g}{s}", "{g0}{s}", "{s}.{g}"])
    return form.format(g=slug(g), s=slug(s), g0=slug(g)[0]) + "@" + R.choice(doms)
def nanp(ac, style=0):
    x = f"{R.randint(0, 99):02d}"
    return [f"{ac}-555-01{x}", f"({ac}) 555-01{x}", f"+1{ac}55501{x}", f"{ac}.555.01{x}"][style]
QC = [("Montréal", "514", ["H2E", "H1X", "H4E", "H3S"], ["avenue Papineau", "rue Beaubien Est", "rue Fleury Est", "avenue de Lorimier"]),
      ("Trois-Rivières", "819", ["G8Z", "G9A"], ["rue des Forges", "boulevard du Carmel"]),
      ("Longueuil", "450", ["J4H", "J4J"], ["chemin de Chambly", "rue Saint-Charles Ouest"]),
      ("Saguenay", "418", ["G7H", "G7B"], ["rue Racine Est", "boulevard Talbot"]),
      ("Rimouski", "418", ["G5L"], ["rue Saint-Germain Est", "avenue de la Cathédrale"])]
CA = [("Hamilton", "905", ["L8L", "L8P"], ["Barton St E", "Locke St S"]), ("Regina", "306", ["S4T", "S4S"], ["Dewdney Ave", "13th Ave"]),
      ("Fredericton", "506", ["E3B", "E3A"], ["Charlotte St", "Main St"]), ("Kamloops", "250", ["V2C", "V2B"], ["Victoria St", "Tranquille Rd"]),
      ("St. John's", "709", ["A1C", "A1E"], ["Gower St", "Pennywell Rd"])]
FR = [("Nantes", "44000"), ("Montpellier", "34000"), ("Clermont-Ferrand", "63000"), ("Saint-Denis", "93200"), ("Pointe-à-Pitre", "97110")]
FR_BLOCKS = ["01 99 00", "02 61 91", "03 53 01", "04 65 71", "05 36 49", "06 39 98", "07 00 11"]
def frphone(city):
    if city == "Pointe-à-Pitre": return "0690 " + f"{R.randint(10, 99)} {R.randint(10, 99)} {R.randint(10, 99)}"
    return R.choice(FR_BLOCKS) + f" {R.randint(10, 99)} {R.randint(10, 99)}"[:6]
def cpc(fsa): return f"{fsa} {R.randint(1, 9)}{R.choice('ABCEGHJKLMNPRSTVWXYZ')}{R.randint(0, 9)}"

def t_cyberimpact():
    city, ac, fsas, _ = R.choice(QC)
    rows = ["Courriel;Prénom;Nom;Langue;Code postal;Groupes;Date d'abonnement;Source"]
    for _ in range(R.randint(3, 4)):
        g, s = person()
        grp = R.choice(["Bénévoles circo", "Donateurs 2026", "Bénévoles circo|Pancartes", "Membres actifs"])
        rows.append(f"{EM(mail(g, s))};{P(g)};{P(s)};{R.choice(['fr', 'fr', 'en'])};{PC(cpc(R.choice(fsas)))};{grp};2026-0{R.randint(4, 9)}-{R.randint(1, 28):02d};{R.choice(['Formulaire site', 'Kiosque', 'Import manuel'])}")
    return ("fr", "list", "PO", f"Cyberimpact — Exportation des contacts (association de circonscription, {city})\n" + "\n".join(rows))

def t_donorbox():
    city, ac, fsas, streets = R.choice(CA)
    rows = ["Donor First Name,Donor Last Name,Donor Email,Address,City,Postal Code,Amount,Currency,Donated At,Recurring Donation"]
    for _ in range(R.randint(3, 4)):
        g, s = person()
        rows.append(f"{P(g)},{P(s)},{EM(mail(g, s))},{AD(str(R.randint(12, 980)) + ' ' + R.choice(streets))},{city},{PC(cpc(R.choice(fsas)))},{R.choice([20, 25, 50, 100, 250])}.00,CAD,2026-10-{R.randint(1, 28):02d} {R.randint(8, 22):02d}:{R.randint(0, 59):02d},{R.choice(['true', 'false'])}")
    return ("en", "list", "PO", f"Donorbox export — campaign: Fall Fundraiser ({city} riding association)\n" + "\n".join(rows))

def t_hustle():
    city, ac, _, _ = R.choice(CA + QC)
    ag = person()[0]
    rows = ["Contact First Name,Contact Last Name,Phone Number,Agent,Survey: Support,Survey: Lawn Sign,Last Reply"]
    replies = ["yes count me in", "Already voted!", "who is this?", "oui pour la pancarte", "maybe, call me after 6", "STOP"]
    n = R.randint(3, 4)
    for _ in range(n):
        g, s = person()
        rep = R.choice(replies)
        sup = "Opt-out" if rep == "STOP" else R.choice(["Strong support", "Lean support", "Undecided"])
        rows.append(f"{P(g)},{P(s)},{PH(nanp(ac, R.choice([0, 2])))},{P(ag)},{sup},{R.choice(['Yes', 'No', ''])},\"{rep}\"")
    return (R.choice(["en", "mixed"]), "list", "PO", f"Hustle — conversation export, GOTV wave 2 ({city})\n" + "\n".join(rows))

def t_framadate():
    city, cp = R.choice(FR)
    slots = ["sam. 14/11 marché", "sam. 14/11 aprem", "dim. 15/11 matin", "mer. 18/11 sortie métro"]
    rows = ["Nom;" + ";".join(slots)]
    names = []
    for _ in range(R.randint(4, 6)):
        g, s = person(FR_POOLS); names.append((g, s))
        form = R.choice([f"{g} {s}", f"{g} {s[0]}.", f"{g}"])
        rows.append(P(form) + ";" + ";".join(R.choice(["Oui", "Non", "(Oui)", ""]) for _ in slots))
    g, s = names[0]
    com = f"{P(g)} : je prends les tracts chez moi, appelez-moi au {PH(frphone(city))} si besoin."
    return ("fr", "list", "PO", f"Framadate — « Tractage {city} ({PC(cp)}), semaine du 14/11 »\n" + "\n".join(rows) + "\n\nCommentaires\n" + com)

def t_leetchi():
    city, cp = R.choice(FR)
    cg, cs = person(FR_POOLS)
    rows = ["Participant;Email;Montant;Message;Date"]
    for _ in range(R.randint(3, 5)):
        g, s = person(FR_POOLS)
        msg = R.choice(["Allez " + P(cg) + " !", "Bon courage pour la campagne", "", "Pour les affiches", "On lâche rien"])
        rows.append(f"{P(g + ' ' + s)};{EM(mail(g, s, ('orange.fr', 'free.fr', 'laposte.net', 'gmail.com', 'sfr.fr')))};{R.choice([10, 15, 20, 50])},00 €;{msg};{R.randint(1, 28):02d}/10/2026")
    return ("fr", "list", "PO", f"Leetchi — Cagnotte « Campagne municipale de {P(cg + ' ' + cs)} — {city} » — participants\n" + "\n".join(rows))

def t_ringcentral():
    city, ac, _, _ = R.choice(CA + QC)
    line = nanp(ac, 1)
    rows = ["Type,Phone Number,Name,Location,Date,Time,Action,Action Result,Duration,Notes"]
    for _ in range(R.randint(3, 5)):
        g, s = person()
        note = R.choice(["supporter - wants a sign", "appui fort, bénévole jour J", "undecided, send flyer", "lean support; ride to poll", "will donate $50"])
        rows.append(f"Voice,{PH(nanp(ac, 1))},{P(g + ' ' + s)},{city},10/{R.randint(10, 30)}/2026,{R.randint(5, 8)}:{R.randint(10, 59)} PM,Outgoing Call,Call connected,0:0{R.randint(1, 9)}:{R.randint(10, 59)},\"{note}\"")
    return (R.choice(["en", "mixed"]), "list", "PO", f"RingCentral call log — phone bank line {PH(line)} ({city})\n" + "\n".join(rows))

T = [t_cyberimpact, t_donorbox, t_hustle, t_framadate, t_leetchi, t_ringcentral]
def make_lists(n):
    out = []; i = 0
    while len(out) < n:
        item = T[i % len(T)](); i += 1
        k = item[3].count("⟦")
        if 3 <= k <= 20: out.append(item)
    return out
if __name__ == "__main__":
    for it in make_lists(6): print(it[:3]); print(it[3]); print("-----")
