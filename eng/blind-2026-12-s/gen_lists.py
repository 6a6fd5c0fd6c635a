#!/usr/bin/env python3
"""Seeded list generator for blind-2026-12-s, written from scratch (seed 38291). make_lists(n) cycles 6 everyday export
shapes that no earlier README names:
  1. a MailerLite subscribers export (English, groups such as "Volunteers 2026" / "Sign requests"),
  2. a Weezevent participants export for a French campaign rally (semicolons, Nom and Prénom as two spans),
  3. an Aircall call-history CSV of a Québec phone bank (campaign line, dialled number, agent, contact, tags, comment),
  4. a Luma (lu.ma) guest-list CSV for a meet-the-candidate evening (name, first_name, last_name as three spans),
  5. a Simplyk donation export for a Québec riding association (French, receipt number, address, postal code),
  6. a Dialpad SMS-history export of the volunteer texting line (numbers and first names in the message bodies).
Each item is (lang, kind, sens, marked). Every list has 3-20 entities (checked in make_lists) and carries
POLITICAL_OPINION (subscribers to a party's volunteer/sign groups, rally ticket holders, phone-bank results, RSVPs to a
candidate's event, donors, supporters texting the campaign). NANP phones are 555-01xx; French phones use the fiction
blocks; Canadian postal codes start with a real FSA of the city; French postal codes match the city.
The entity code of each column was written by hand in each template; nothing is inferred from the shape of a value."""
import random, unicodedata
R = random.Random(38291)
# given names (women) | given names (men) | family names — new pools for this set
CA_POOLS = {
 "qc":    ("Marie-Pier Josiane Audrey-Anne Nicole Ariane", "Jean-Philippe Réjean Mathis Guylain Simon", "Gravel Ouellette-Roy Massicotte Pépin Lévesque Brunelle Couture"),
 "acad":  ("Natasha Lise-Anne", "Roméo Gilles", "Cormier-Boudreau Savoie Thériault"),
 "hai":   ("Roseline Mirlande", "Jean-Robert Frantzy", "Valcourt Augustin Exantus"),
 "wafr":  ("Adjoa Ramatoulaye", "Cheikh Yaw", "Sow Mensah-Bonsu Keïta"),
 "magh":  ("Imane Nesrine", "Younes Walid", "Bouzid Tazi Alaoui"),
 "arab":  ("Maya Nadine", "Ziad Georges", "Haddad Abou-Khalil Salameh"),
 "sasia": ("Simran Priya Nusrat", "Arjun Harinder Imran", "Gill Raman Rahman"),
 "easia": ("Xinyi Hana Ji-woo", "Wei Takeshi Min-jun", "Chen Watanabe Kim Lau"),
 "viet":  ("Ngọc Lan", "Minh Tuấn", "Đặng Lê Võ"),
 "indig": ("Shanelle Nakuset", "Travis Elijah", "Jerome Wapachee Kistabish"),
 "latam": ("Camila Lucía", "Diego Andrés", "Rojas Mendoza Castillo"),
 "eeur":  ("Oksana Milena", "Andriy Tomasz", "Kovalenko Nowak Petrović"),
 "en":    ("Megan Alison Courtney", "Derek Graham Tyler", "Whitmore Buchanan Osborne Kerrigan"),
}
FR_POOLS = {
 "fr":    ("Océane Pauline Mathilde Justine", "Florian Arnaud Théo Valentin", "Lefèvre Boyer Giraud Chevalier Fontaine Roussel"),
 "magh":  ("Samira Ines", "Rachid Nassim", "Bensaïd Meziane Chérif"),
 "ant":   ("Murielle Stessy", "Joël Teddy", "Zamor Bellance Pierre-Justin"),
 "wafr":  ("Kadiatou Oumou", "Moussa Souleymane", "Coulibaly Diarra Konaté"),
 "viet":  ("Linh Thu", "Hoàng Nam", "Nguyễn Trần"),
}
_seen = set()
def person(pools=CA_POOLS):
    while True:
        women, men, fams = pools[R.choice(sorted(pools))]
        g = R.choice((women + " " + men).split()); s = R.choice(fams.split())
        if (g, s) not in _seen:
            _seen.add((g, s)); return g, s
# hand-chosen codes, one helper per entity type
def P(x): return "⟦P:" + x + "⟧"
def PH(x): return "⟦PH:" + x + "⟧"
def EM(x): return "⟦EM:" + x + "⟧"
def AD(x): return "⟦AD:" + x + "⟧"
def PC(x): return "⟦PC:" + x + "⟧"
def ascii_slug(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    return s.lower().replace(" ", "").replace("'", "")
def mail(g, s, doms):
    pat = R.choice(["{g}.{s}", "{g}_{s}", "{g1}.{s}", "{s}{g1}", "{g}{n}"])
    return pat.format(g=ascii_slug(g), s=ascii_slug(s), g1=ascii_slug(g)[0], n=R.randint(1, 99)) + "@" + R.choice(doms)
CA_DOMS = ("gmail.com", "videotron.ca", "hotmail.com", "bell.net", "telus.net", "icloud.com", "outlook.com")
FR_DOMS = ("orange.fr", "free.fr", "gmail.com", "laposte.net", "wanadoo.fr", "yahoo.fr")
def nanp(ac, form):
    tail = "%02d" % R.randint(0, 99)
    return {"dash": f"{ac}-555-01{tail}", "e164": f"+1{ac}55501{tail}", "paren": f"({ac}) 555-01{tail}", "space": f"{ac} 555 01{tail}"}[form]
FR_BLOCKS = ("01 99 00", "02 61 91", "03 53 01", "04 65 71", "05 36 49", "06 39 98", "07 00 11")
def frphone(block=None, intl=False):
    b = block or R.choice(FR_BLOCKS)
    num = b + " %02d %02d" % (R.randint(10, 99), R.randint(10, 99))
    return "+33 " + num[1:] if intl else num
def cpc(fsa): return "%s %d%s%d" % (fsa, R.randint(1, 9), R.choice("ABCEGHJKLMNPRSTVWXYZ"), R.randint(0, 9))
QC_CITIES = [("Sherbrooke", "819", ["J1H", "J1E"], ["rue King Ouest", "rue Galt Ouest", "boulevard de Portland"]),
             ("Lévis", "418", ["G6V", "G6W"], ["route des Rivières", "rue Saint-Georges", "boulevard Guillaume-Couture"]),
             ("Gatineau", "819", ["J8Y", "J8T"], ["boulevard Saint-Joseph", "rue Notre-Dame", "chemin de la Savane"]),
             ("Drummondville", "819", ["J2B", "J2C"], ["rue Lindsay", "boulevard Saint-Joseph", "rue Hériot"]),
             ("Laval", "450", ["H7T", "H7P"], ["boulevard Notre-Dame", "rue Principale", "boulevard Dagenais Ouest"])]
CA_CITIES = [("Halifax", "902", ["B3K", "B3L"]), ("Winnipeg", "204", ["R3G", "R2M"]), ("Edmonton", "780", ["T6G", "T5H"]),
             ("Ottawa", "613", ["K1S", "K2P"]), ("Victoria", "250", ["V8T", "V9A"])]
FR_CITIES = [("Lille", "59000", "03 53 01"), ("Toulouse", "31000", "05 36 49"), ("Rennes", "35000", "02 61 91"),
             ("Marseille", "13005", "04 65 71"), ("Besançon", "25000", "03 53 01"), ("Le Havre", "76600", "02 61 91")]

def t_mailerlite():
    city, ac, fsas = R.choice(CA_CITIES)
    rows = ["Subscriber,Email,Name,Last name,Phone,Location,Groups,Subscribed,Sent,Opens"]
    for i in range(R.randint(3, 4)):
        g, s = person()
        ph = PH(nanp(ac, "e164")) if R.random() < 0.6 else ""
        grp = R.choice(["Volunteers 2026", "Sign requests", "Volunteers 2026;Phone bank", "Donors;Newsletter"])
        rows.append(f"{R.randint(100000, 999999)},{EM(mail(g, s, CA_DOMS))},{P(g)},{P(s)},{ph},{city},\"{grp}\",2026-0{R.randint(3, 9)}-{R.randint(1, 28):02d},{R.randint(2, 14)},{R.randint(0, 9)}")
    return ("en", "list", "PO", f"MailerLite — subscribers export ({city} riding campaign), active\n" + "\n".join(rows))

def t_weezevent():
    city, cp, block = R.choice(FR_CITIES)
    rows = ["N° billet;Nom;Prénom;Email;Téléphone;Tarif;Date d'achat;Scanné"]
    for i in range(R.randint(3, 4)):
        g, s = person(FR_POOLS)
        tel = PH(frphone(block, intl=R.random() < 0.4)) if R.random() < 0.7 else ""
        rows.append(f"WZ-{R.randint(100000, 999999)};{P(s.upper())};{P(g)};{EM(mail(g, s, FR_DOMS))};{tel};{R.choice(['Gratuit', 'Soutien 5 €', 'Soutien 10 €'])};{R.randint(1, 28):02d}/10/2026;{R.choice(['Oui', 'Non'])}")
    return ("fr", "list", "PO", f"Weezevent — Export participants — « Meeting de soutien à la liste d'union, {city} ({PC(cp)}) »\n" + "\n".join(rows))

def t_aircall():
    city, ac, fsas, streets = R.choice(QC_CITIES)
    line = nanp(ac, "e164")
    agent = " ".join(person())
    rows = ["id,direction,status,from,to,user,contact_name,duration,tags,comment"]
    for i in range(R.randint(3, 4)):
        g, s = person()
        tag = R.choice(["appui", "indécis", "adversaire", "pancarte", "rappeler"])
        com = R.choice(["veut une pancarte", "vote par anticipation", "pas intéressé", "appui fort, bénévole", "boîte vocale"])
        dialled = nanp(ac, "e164")
        while dialled == line: dialled = nanp(ac, "e164")
        rows.append(f"{R.randint(10**8, 10**9 - 1)},outbound,answered,{PH(line)},{PH(dialled)},{P(agent)},{P(g + ' ' + s)},{R.randint(20, 400)},{tag},\"{com}\"")
    lang = R.choice(["fr", "mixed"])
    return (lang, "list", "PO", f"Aircall — historique d'appels, ligne pointage {city}\n" + "\n".join(rows))

def t_luma():
    city, ac, fsas = R.choice(CA_CITIES)
    rows = ["api_id,name,first_name,last_name,email,phone_number,approval_status,checked_in_at,ticket_name"]
    for i in range(3):
        g, s = person()
        phone = PH(nanp(ac, "paren")) if i != 1 else ""
        rows.append(f"gst-{R.randint(10**6, 10**7 - 1):x},{P(g + ' ' + s)},{P(g)},{P(s)},{EM(mail(g, s, CA_DOMS))},{phone},{R.choice(['approved', 'approved', 'waitlist'])},{R.choice(['', '2026-10-23T19:0' + str(R.randint(0, 9)) + ':00-04:00'])},Meet the candidate")
    return (R.choice(["en", "mixed"]), "list", "PO", f"Luma — guest list: « Meet our candidate / Rencontrez notre candidate » ({city})\n" + "\n".join(rows))

def t_simplyk():
    city, ac, fsas, streets = R.choice(QC_CITIES)
    rows = ["Numéro de reçu,Prénom,Nom,Courriel,Adresse,Ville,Code postal,Montant,Date,Type"]
    for i in range(3):
        g, s = person()
        rows.append(f"AC-{R.randint(2026000, 2026999)},{P(g)},{P(s)},{EM(mail(g, s, CA_DOMS))},\"{AD(str(R.randint(10, 4999)) + ', ' + R.choice(streets))}\",{city},{PC(cpc(R.choice(fsas)))},{R.choice([25, 50, 100, 200])}.00,2026-10-{R.randint(1, 28):02d},{R.choice(['Don unique', 'Don mensuel'])}")
    return ("fr", "list", "PO", f"Simplyk — export des dons, association de circonscription de {city}\n" + "\n".join(rows))

def t_dialpad():
    city, ac, fsas = R.choice(CA_CITIES)
    line = nanp(ac, "dash")
    rows = ["date,direction,from_number,to_number,contact,text"]
    for i in range(R.randint(3, 4)):
        g, s = person()
        num = nanp(ac, "dash")
        if R.random() < 0.5:
            msg = R.choice([f"Hi it's {P(g)}, yes I'll take a sign", f"{P(g)} here - I can volunteer Saturday", f"c'est {P(g)}, je vote pour vous!"])
            rows.append(f"2026-10-{R.randint(10, 30)} 18:{R.randint(10, 59)},inbound,{PH(num)},{PH(line)},{P(g + ' ' + s)},\"{msg}\"")
        else:
            msg = R.choice([f"Thanks {P(g)}! Your sign goes up tomorrow.", f"Hi {P(g)}, can you door-knock Sunday?", f"Merci {P(g)}, on compte sur toi le jour J"])
            rows.append(f"2026-10-{R.randint(10, 30)} 19:{R.randint(10, 59)},outbound,{PH(line)},{PH(num)},{P(g + ' ' + s)},\"{msg}\"")
    return (R.choice(["en", "mixed"]), "list", "PO", f"Dialpad — SMS history export, volunteer texting line {PH(line)} ({city})\n" + "\n".join(rows))

SHAPES = [t_mailerlite, t_weezevent, t_aircall, t_luma, t_simplyk, t_dialpad]
def make_lists(n):
    out = []; k = 0
    while len(out) < n:
        item = SHAPES[k % len(SHAPES)](); k += 1
        if 3 <= item[3].count("⟦") <= 20: out.append(item)
    return out
if __name__ == "__main__":
    for it in make_lists(6): print(it[:3]); print(it[3]); print("-----")
