#!/usr/bin/env python3
"""Seeded list generator for blind-2026-12-u, written from scratch (seed 640771). build(n) cycles 6 everyday export
shapes that no earlier README names (checked with grep -il over the twenty earlier READMEs, 0 files each):
  1. a Wild Apricot member export of a Canadian riding association (First name, Last name as two spans, e-mail,
     phone, street, city, postal code, membership level, renewal due),
  2. a Ringover call-log export of a French phone bank (the campaign line and the called number, agent, contact, tag),
  3. a Tito ticket export for a fundraiser (Ticket reference, Name as one span, e-mail, release, price),
     English (rest of Canada) or a bilingual Québec "souper-bénéfice / fundraiser" tagged mixed,
  4. a Listmonk subscribers export of a French section's newsletter (email, name as one span, status, JSON attribs
     with a "ville" and a "tel" value),
  5. a ThruText conversation export of a Canadian peer-to-peer texting campaign (contact phone, contact first/last
     name as two spans, texter login, the last inbound message, a survey answer),
  6. a Nextcloud Forms results export of a Québec volunteer sign-up form (Nom complet, Courriel, Téléphone, Adresse,
     Disponibilités).
Items are (lang, kind, sens, marked). Every list has 3-20 entities (checked in build) and carries POLITICAL_OPINION
(members, phone-bank contacts with a support tag, fundraiser ticket holders, a party newsletter, texting contacts with
a support answer, campaign volunteers). NANP phones are 555-01xx; French phones use the fiction blocks.
The entity code of each column was chosen by hand in each template; nothing is inferred from the shape of a value."""
import random, unicodedata
rng = random.Random(640771)

# pools: (given names, family names) per community, new for this set
CAN = [
 ("Gisèle Marjolaine Frédérique Noémie Rosalie", "Villeneuve Laflamme Thériault Gendreau Bouchard-Lévesque"),   # québécois
 ("Edna Mélina Gérald Anselme", "Richard Gallien Haché"),                                                      # acadien
 ("Fabiola Rose-Berline Jocelyn Wilner", "Desrosiers-Jean Valcourt Sanon"),                                   # haïtien
 ("Kadiatou Abena Kofi Seydou", "Diakité Owusu Bamba"),                                                       # ouest-africain
 ("Meriem Houda Yassine Hicham", "Tazi El-Amrani Bouzid"),                                                    # maghrébin
 ("Nisrine Maya Ziad Elias", "Haddad-Saab Karam Chidiac"),                                                    # levantin
 ("Parminder Deepa Rohan Imran", "Grewal Iyer Chaudhry"),                                                     # sud-asiatique
 ("Xiu Aiko Hyun-woo Kenta", "Liu Nakamura Choi"),                                                            # est-asiatique
 ("Ngọc Thu Tuấn Khoa", "Đặng Lê Võ"),                                                                        # vietnamien
 ("Shania Kanatiio Dakota Mikisew", "Whiskeyjack Sinclair-Okemaw Mianscum"),                                  # autochtone
 ("Camila Lucía Santiago Andrés", "Morales Cárdenas Fuentes"),                                               # latino-américain
 ("Oksana Agnieszka Bogdan Tomasz", "Kravchenko Wójcik Ionescu"),                                             # est-européen
 ("Heather Megan Graeme Dustin", "Lockhart Fairweather MacPhail Thibert-Hunt"),                               # anglo-canadien
]
FRA = [
 ("Margaux Clémence Bastien Hugo", "Guillot Mercier-Lenoir Charpentier Poirier"),
 ("Sarah Inès Walid Karim", "Benali Mansouri Haddadi"),
 ("Audrey Stessy Loïc Dorian", "Lubin Théophile Ismaël"),
 ("Mariama Kadi Moussa Cheikh", "Diouf Konaté Sow"),
 ("Linh Anh Minh Thomas", "Nguyen Tran Chea"),
]
seen = set()
def person(pools):
    while True:
        given, fam = rng.choice(pools)
        g = rng.choice(given.split()); f = rng.choice(fam.split())
        if (g, f) not in seen:
            seen.add((g, f)); return g, f

# span helpers: the code for each column is written by hand below
def P(x): return f"⟦P:{x}⟧"
def PH(x): return f"⟦PH:{x}⟧"
def EM(x): return f"⟦EM:{x}⟧"
def AD(x): return f"⟦AD:{x}⟧"
def PC(x): return f"⟦PC:{x}⟧"

def ascii_low(s):
    s = s.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn").lower().replace(" ", "").replace("'", "")
def email(g, f, doms):
    pat = rng.choice(["{g}.{f}", "{g}{f}", "{g0}.{f}", "{f}.{g}{n}", "{g}_{f}"])
    return pat.format(g=ascii_low(g), f=ascii_low(f), g0=ascii_low(g)[0], n=rng.randint(1, 99)) + "@" + rng.choice(doms)
D_CA = ("gmail.com", "hotmail.com", "videotron.ca", "cogeco.ca", "telus.net", "eastlink.ca", "icloud.com", "live.ca")
D_FR = ("gmail.com", "orange.fr", "wanadoo.fr", "free.fr", "outlook.fr", "yahoo.fr")
def nanp(ac, how):
    t = f"{rng.randint(0, 99):02d}"
    return {"hyph": f"{ac}-555-01{t}", "sp": f"{ac} 555 01{t}", "e164": f"+1{ac}55501{t}",
            "intl": f"+1 ({ac}) 555-01{t}", "one": f"1{ac}55501{t}"}[how]
FICTION = ("01 99 00", "02 61 91", "03 53 01", "04 65 71", "05 36 49", "06 39 98", "07 00 11")
def frnum(block, how):
    rest = f"{rng.randint(10, 99)} {rng.randint(10, 99)}"
    n = block + " " + rest
    if how == "intl": return "+33 " + n[1:]
    if how == "flat": return n.replace(" ", "")
    return n
def postal(fsa): return f"{fsa} {rng.randint(0, 9)}{rng.choice('ABCEGHJKLMNPRSTVWXY')}{rng.randint(0, 9)}"

CA_TOWNS = [("Oshawa", "905", ("L1G", "L1H"), ("Simcoe St N", "King St E", "Ritson Rd S")),
            ("Red Deer", "403", ("T4N", "T4P"), ("Gaetz Ave", "Ross St", "Taylor Dr")),
            ("Truro", "902", ("B2N",), ("Prince St", "Robie St", "Willow St")),
            ("Prince Albert", "306", ("S6V",), ("Central Ave", "River St W", "15th St E")),
            ("Nelson", "250", ("V1L",), ("Baker St", "Vernon St", "Stanley St")),
            ("Timmins", "705", ("P4N",), ("Third Ave", "Algonquin Blvd E", "Cedar St S"))]
QC_TOWNS = [("Saint-Hyacinthe", "450", ("J2S",), ("rue des Cascades", "avenue Sainte-Anne", "rue Girouard Ouest")),
            ("Shawinigan", "819", ("G9N",), ("avenue de Grand-Mère", "5e Rue de la Pointe", "avenue Tamarac")),
            ("Baie-Comeau", "418", ("G4Z",), ("boulevard Lasalle", "avenue Cartier", "rue de Puyjalon")),
            ("Terrebonne", "450", ("J6W",), ("rue Saint-Louis", "boulevard des Seigneurs", "rue Chapleau"))]
FR_TOWNS = [("Poitiers", "05 36 49"), ("Metz", "03 53 01"), ("Caen", "02 61 91"), ("Nîmes", "04 65 71"),
            ("Orléans", "02 61 91"), ("Besançon", "03 53 01"), ("Montreuil", "01 99 00")]

def wild_apricot():
    town, ac, fsas, streets = rng.choice(CA_TOWNS)
    rows = ["First name,Last name,Email,Phone,Street,City,Postal code,Membership level,Renewal due"]
    for _ in range(2):
        g, f = person(CAN)
        rows.append(",".join([P(g), P(f), EM(email(g, f, D_CA)), PH(nanp(ac, rng.choice(["hyph", "intl"]))),
                              AD(f"{rng.randint(5, 1899)} {rng.choice(streets)}"), town, PC(postal(rng.choice(fsas))),
                              rng.choice(["Member ($10)", "Youth member ($5)", "Sustaining member"]), f"2027-0{rng.randint(1, 9)}-01"]))
    return ("en", "list", "PO", f"Wild Apricot — member export, {town} federal riding association\n" + "\n".join(rows))

def ringover():
    town, block = rng.choice(FR_TOWNS)
    line = frnum(block, "intl")
    agent = person(FRA)
    rows = ["Date;Direction;Numéro Ringover;Numéro appelé;Agent;Contact;Durée;Tag"]
    for _ in range(rng.randint(2, 3)):
        g, f = person(FRA)
        rows.append(";".join([f"2026-06-{rng.randint(2, 27):02d} {rng.randint(17, 20)}:{rng.randint(0, 59):02d}", "sortant",
                              PH(line), PH(frnum(rng.choice(("06 39 98", "07 00 11")), rng.choice(["intl", "flat"]))),
                              P(agent[0] + " " + agent[1]), P(f"{f.upper()} {g}"), f"00:0{rng.randint(0, 6)}:{rng.randint(10, 59)}",
                              rng.choice(["soutien", "sympathisant", "indécis", "opposé", "veut procuration", "rappel"])]))
    return ("fr", "list", "PO", f"Ringover — journal d'appels, phoning législatives ({town})\n" + "\n".join(rows))

def tito():
    if rng.random() < 0.5:
        town, ac, fsas, streets = rng.choice(CA_TOWNS); lang = "en"; pools = CAN
        title = f"Tito — tickets export, \"{town} Harvest Fundraiser Dinner\""
        releases = [("Dinner ticket", "75.00"), ("Table of 8", "560.00"), ("Student", "25.00")]
    else:
        town, ac, fsas, streets = rng.choice(QC_TOWNS); lang = "mixed"; pools = CAN
        title = f"Tito — tickets export, « Souper-bénéfice / Fundraiser {town} »"
        releases = [("Billet régulier / Regular", "100.00"), ("Billet jeune / Youth", "20.00")]
    rows = ["Ticket Reference,Ticket Full Name,Ticket Email,Ticket Phone Number,Ticket,Price,Order Created Date"]
    for _ in range(rng.randint(2, 3)):
        g, f = person(pools)
        ph = PH(nanp(ac, rng.choice(["sp", "e164"]))) if rng.random() < 0.7 else ""
        rel, price = rng.choice(releases)
        ref = "".join(rng.choice("ABCDEFGHJKMNPQRSTUVWXYZ") for _ in range(4)) + "-" + str(rng.randint(1, 3))
        rows.append(",".join([ref, P(f"{g} {f}"), EM(email(g, f, D_CA)), ph, rel, price, f"2026-09-{rng.randint(1, 30):02d}"]))
    return (lang, "list", "PO", title + "\n" + "\n".join(rows))

def listmonk():
    town, block = rng.choice(FR_TOWNS)
    rows = ["uuid,email,name,status,attributes,created_at"]
    for _ in range(rng.randint(2, 3)):
        g, f = person(FRA)
        uid = "%08x-%04x" % (rng.getrandbits(32), rng.getrandbits(16))
        tel = frnum(rng.choice(("06 39 98", "07 00 11", block)), rng.choice(["plain", "flat"]))
        attrib = '"{""ville"": ""%s"", ""tel"": ""%s"", ""militant"": %s}"' % (town, PH(tel), rng.choice(["true", "false"]))
        rows.append(",".join([uid + "…", EM(email(g, f, D_FR)), P(f"{g} {f}"), rng.choice(["enabled", "enabled", "blocklisted"]), attrib, f"2026-0{rng.randint(3, 9)}-{rng.randint(1, 28):02d}"]))
    return ("fr", "list", "PO", f"Listmonk — export des abonnés, liste « Lettre de la section de {town} »\n" + "\n".join(rows))

def thrutext():
    town, ac, fsas, streets = rng.choice(CA_TOWNS)
    texter = person(CAN)
    login = (ascii_low(texter[0])[0] + ascii_low(texter[1]))[:12]
    answers = [("Yes, you have my vote", "support_1"), ("maybe, send me the platform", "support_3"),
               ("not voting for you sorry", "support_5"), ("can I get a lawn sign?", "sign"), ("I can volunteer weekends", "volunteer")]
    rows = ["contact_phone,contact_first_name,contact_last_name,texter,last_inbound,survey_support"]
    for _ in range(rng.randint(2, 3)):
        g, f = person(CAN)
        msg, code = rng.choice(answers)
        rows.append(",".join([PH(nanp(ac, rng.choice(["e164", "one"]))), P(g), P(f), P(login), f"\"{msg}\"", code]))
    return ("en", "list", "PO", f"ThruText — conversation export, campaign \"{town} GOTV texting, week 2\"\n" + "\n".join(rows))

def nextcloud_forms():
    town, ac, fsas, streets = rng.choice(QC_TOWNS)
    rows = ["Horodatage;Nom complet;Courriel;Téléphone;Adresse;Disponibilités"]
    for _ in range(2):
        g, f = person(CAN[:6] + CAN[9:11])
        rows.append(";".join([f"2026-08-{rng.randint(1, 31):02d} {rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}", P(f"{g} {f}"),
                              EM(email(g, f, D_CA)), PH(nanp(ac, rng.choice(["hyph", "sp"]))),
                              AD(f"{rng.randint(10, 2999)}, {rng.choice(streets)}"),
                              rng.choice(["soirs de semaine", "fins de semaine", "jour du vote seulement", "porte-à-porte, samedi"])]))
    return ("fr", "list", "PO", f"Nextcloud Forms — réponses au formulaire « Je deviens bénévole — {town} »\n" + "\n".join(rows))

SHAPES = [wild_apricot, ringover, tito, listmonk, thrutext, nextcloud_forms]
def build(n):
    items = []; i = 0
    while len(items) < n:
        it = SHAPES[i % len(SHAPES)](); i += 1
        if 3 <= it[3].count("⟦") <= 20: items.append(it)
    return items
make_lists = build
if __name__ == "__main__":
    for it in build(6): print(it[:3]); print(it[3]); print("-----")
