#!/usr/bin/env python3
"""blind-2026-12-nn list generator (seed 73104859); structure copied from eng/blind-2026-12-y/gen_lists.py, pools, shapes and tools new.
make_lists(n) cycles six export shapes of tools that no earlier README names (0 files each, grep -il over the earlier READMEs):
VolunteerHub, BigBlueButton, Metabase, Jitsi, Whereby, Threema. All are about the party's summer school (université d'été).
  1. volunteerhub - VolunteerHub shift roster for the summer-school welcome desk (en): volunteer, phone, e-mail.
  2. bbb          - BigBlueButton attendance export of an online summer-school workshop (fr): participant, e-mail.
  3. metabase     - Metabase question export, summer-school registrations with age check (fr/en): name, DOB, postal code.
  4. jitsi        - Jitsi room moderators for the hybrid plenary (mixed): moderator, e-mail, phone.
  5. whereby      - Whereby breakout sign-ups, France / overseas section (fr): name, mobile, e-mail.
  6. threema      - Threema broadcast list of carpool drivers to the summer-school campus (en): driver, phone, street address, postal code.
Every column's entity code is written by hand below; nothing is inferred from a value. All items carry POLITICAL_OPINION
(registrants, volunteers, moderators and drivers of a party summer school: rule in README). Synthetic values only: 555-01xx,
French fiction blocks, example-like domains. Call make_lists once per process (names drawn without replacement)."""
import random, unicodedata
RNG = random.Random(73104859)
QC = (["Gisèle", "Léandre", "Maryse", "Rodrigue", "Noémie", "Hugues", "Solange", "Jérémie", "Kassandra", "Fernand"],
      ["Beaulieu-Grenier", "Croteau", "Desrosiers", "Lapointe", "Fortier", "Brassard", "Ouellette", "Vachon", "Pelchat", "Thibodeau"])
CA = (["Keegan", "Priyanka", "Oluwaseun", "Ngozi", "Thuy", "Bogdan", "Marisol", "Aylin", "Wendell", "Keisha", "Jaspreet", "Tavita"],
      ["Oyelaran", "Nakashima", "Raghunathan", "Hrycyna", "Quispe", "Lafontaine", "Macdonnell", "Eagleheart", "Sandhu-Gill", "Pham", "Mwangi", "Kowalczyk"])
FR = (["Maëlys", "Baptiste", "Inès", "Gaspard", "Soraya", "Timothée", "Awa", "Quentin", "Clémence"],
      ["Lefebvre-Marchal", "Benhamou", "Diallo", "Rouvière", "Guillot", "Kerbrat", "Tessier", "Ouattara", "Marchetti"])
DOM = (["Loïc", "Rosiane", "Dimitri", "Sandrine"], ["Grondin", "Hoarau", "Jean-Baptiste", "Zébo"])
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
    loc = [ascii_(g) + "." + ascii_(f), ascii_(g)[0] + "_" + ascii_(f), ascii_(g) + str(RNG.randint(70, 99))][k]
    return loc + "@" + RNG.choice(doms)
CA_D = ["gmail.com", "outlook.com", "videotron.ca", "bell.net", "sasktel.net", "eastlink.ca"]
FR_D = ["gmail.com", "orange.fr", "sfr.fr", "free.fr", "outlook.fr"]
def nanp(area):
    x = "01%02d" % RNG.randint(0, 99)
    return RNG.choice(["%s-555-%s", "(%s) 555-%s", "%s.555.%s", "+1 %s 555 %s"]) % (area, x)
def frph(dom=False):
    if dom: b = RNG.choice(["0692 ", "0693 ", "0690 ", "0696 "]) + "%02d %02d %02d" % (RNG.randint(10, 99), RNG.randint(10, 99), RNG.randint(10, 99))
    else: b = RNG.choice(["06 39 98", "07 00 11", "01 99 00", "04 65 71"]) + " %02d %02d" % (RNG.randint(10, 99), RNG.randint(10, 99))
    return b
def capc(fsa): return "%s %d%s%d" % (fsa, RNG.randint(1, 9), RNG.choice("ABCEGHJKLMNPRSTVWXYZ"), RNG.randint(0, 9))

def volunteerhub():
    area = RNG.choice(["613", "819", "506"])
    rows = ["VolunteerHub — Summer School welcome desk, shift roster (Saturday)", "Shift | Volunteer | Phone | Email"]
    for i in range(RNG.randint(3, 4)):
        g, f = person(CA)
        rows.append(" | ".join([RNG.choice(["08:00-10:00", "10:00-12:00", "13:00-15:00", "15:00-17:00"]), S("P", g + " " + f), S("PH", nanp(area)), S("EM", email(g, f, CA_D))]))
    return ("en", "list", "PO", "\n".join(rows))
def bbb():
    rows = ["BigBlueButton — présences, atelier en ligne de l'université d'été (« Écrire un communiqué »)", "participant,courriel,durée_min"]
    for i in range(RNG.randint(4, 6)):
        g, f = person(QC)
        rows.append(",".join([S("P", g + " " + f), S("EM", email(g, f, CA_D)), str(RNG.randint(12, 95))]))
    return ("fr", "list", "PO", "\n".join(rows))
def metabase():
    fr = RNG.random() < 0.5
    rows = [("Metabase — inscriptions université d'été, contrôle d'âge (volet jeunes)" if fr else "Metabase — summer school registrations, youth-track age check"),
            "nom;date_naissance;code_postal;volet" if fr else "name;dob;postal_code;track"]
    for i in range(RNG.randint(3, 4)):
        g, f = person(QC if fr else CA)
        rows.append(";".join([S("P", g + " " + f), S("DOB", "%d-%02d-%02d" % (RNG.randint(1999, 2008), RNG.randint(1, 12), RNG.randint(1, 28))),
                              S("PC", capc(RNG.choice(["J8Y", "G5L", "H1M", "J0K"] if fr else ["K1S", "E1C", "R3L", "T2N"]))), RNG.choice(["jeunes", "général"] if fr else ["youth", "general"])]))
    return ("fr" if fr else "en", "list", "PO", "\n".join(rows))
def jitsi():
    rows = ["Jitsi — modérateurs / moderators, plénière hybride de l'université d'été", "room,moderator,email,phone"]
    for i in range(RNG.randint(2, 3)):
        g, f = person(CA if RNG.random() < 0.5 else QC)
        rows.append(",".join([RNG.choice(["plen-A", "plen-B", "salle-2", "room-3"]), S("P", g + " " + f), S("EM", email(g, f, CA_D)), S("PH", nanp(RNG.choice(["819", "418", "613"])))]))
    return ("mixed", "list", "PO", "\n".join(rows))
def whereby():
    dom = RNG.random() < 0.4
    rows = ["Whereby — inscriptions aux ateliers en petits groupes, fédération " + ("de La Réunion" if dom else "de Paris"), "Nom\tMobile\tCourriel"]
    for i in range(RNG.randint(3, 4)):
        g, f = person(DOM if dom and RNG.random() < 0.7 else FR)
        rows.append("\t".join([S("P", g + " " + f), S("PH", frph(dom)), S("EM", email(g, f, FR_D))]))
    return ("fr", "list", "PO", "\n".join(rows))
TOWNS = [("Fredericton", "E3B", "506", ["Regent St", "Charlotte St"]), ("Saskatoon", "S7N", "306", ["Clarence Ave S", "Broadway Ave"]),
         ("Kingston", "K7L", "613", ["Brock St", "Johnson St"]), ("Lethbridge", "T1J", "403", ["Scenic Dr S", "Mayor Magrath Dr S"])]
def threema():
    town, fsa, area, streets = RNG.choice(TOWNS)
    rows = ["Threema broadcast list — carpool drivers to Summer School (%s pickup)" % town, "Driver / Phone / Pickup address / Postal code / Seats"]
    for i in range(RNG.randint(2, 3)):
        g, f = person(CA)
        rows.append(" / ".join([S("P", g + " " + f), S("PH", nanp(area)), S("AD", "%d %s" % (RNG.randint(3, 1900), RNG.choice(streets))), S("PC", capc(fsa)), str(RNG.randint(1, 4))]))
    return ("en", "list", "PO", "\n".join(rows))
SHAPES = [volunteerhub, bbb, metabase, jitsi, whereby, threema]
def make_lists(n):
    out = []
    for k in range(n):
        it = SHAPES[k % len(SHAPES)]()
        c = it[3].count("⟦"); assert 3 <= c <= 20, (it, c)
        out.append(it)
    return out
if __name__ == "__main__":
    L = make_lists(40)
    print("entities", sum(x[3].count("⟦") for x in L))
    for it in L[:6]: print(it[:3]); print(it[3]); print("---")
