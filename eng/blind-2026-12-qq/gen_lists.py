#!/usr/bin/env python3
"""blind-2026-12-qq list generator, written for this set (seed 88412017); structure modelled on y's gen_lists.py, pools, shapes and tools new.
make_lists(n) cycles six export shapes of tools that no earlier README names (0 files each, grep -il over the earlier READMEs):
Rosterfy, Verbit, Interprefy, Klaxoon, Grasshopper, Phone2Action.
  1. rosterfy     - Rosterfy roster of accessibility-committee volunteers (en): name, phone, e-mail.               PO
  2. verbit       - Verbit CART-captioning booking, attendees who asked for captions (en/fr): name, e-mail.      PO,H
  3. interprefy   - Interprefy LSQ / ASL interpretation requests (fr): name, phone, postal code.                 PO,H
  4. klaxoon      - Klaxoon board of a venue-accessibility audit workshop (fr, France or overseas): name, mobile, e-mail. PO
  5. grasshopper  - Grasshopper voicemail log of the accessibility hotline (en): caller, call-back number.         PO,H
  6. phone2action - Phone2Action letters from members on accessible voting (en/fr): name, e-mail, street, postal code. PO
Every column's entity code is written by hand below; nothing is inferred from a value. Synthetic values only: 555-01xx,
French fiction blocks or overseas mobile prefixes, example domains. Call make_lists once per process (names drawn without replacement)."""
import random, unicodedata
RNG = random.Random(88412017)
QC = (["Sylvianne", "Normande", "Jean-Yves", "Lorrain", "Ariane", "Benoît", "Valérie", "Gaétane", "Mikaël", "Rosemonde"],
      ["Bouffard", "Lacasse-Roy", "Thibeault", "Gravel", "Boisclair", "Plamondon", "Hudon", "Vaillancourt", "Desrosiers", "Labrecque"])
CA = (["Dwight", "Lorna", "Abimbola", "Hyun-joo", "Ravinder", "Marisol", "Teodor", "Wanda", "Ezekiel", "Ingeborg", "Kamal", "Renata"],
      ["Pettigrew", "Oyewole", "Sutherland", "Bhullar", "Kasprzak", "Crowchild", "Delgado-Ruiz", "McCrimmon", "Haldane", "Iwasaki", "Lam-Tran", "Ashdown"])
FR = (["Maëlys", "Quentin", "Oumou", "Bastien", "Nawel", "Gaspard", "Ludivine", "Ibrahim", "Perrine", "Erwan"],
      ["Guéguen", "Konaté", "Lefèvre-Dumas", "Benyahia", "Rolland", "Ngo Bissek", "Marchetti", "Le Corre", "Boissonnet", "Traoré-Lemaire"])
DOM = (["Ludovic", "Marie-Annick", "Steeve", "Nadia", "Kelly"], ["Grondin", "Zami", "Jean-Baptiste", "Madi", "Lauret"])
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
    loc = [ascii_(g) + "." + ascii_(f), ascii_(g)[0] + ascii_(f), ascii_(f) + "." + ascii_(g)[0]][k]
    return loc + "@" + RNG.choice(doms)
CA_D = ["gmail.com", "outlook.com", "videotron.ca", "bell.net", "eastlink.ca", "sasktel.net", "example.ca"]
FR_D = ["gmail.com", "orange.fr", "sfr.fr", "free.fr", "example.fr"]
def nanp(area):
    x = "01%02d" % RNG.randint(0, 99)
    return RNG.choice(["%s-555-%s", "(%s) 555-%s", "%s.555.%s", "+1 %s 555 %s"]) % (area, x)
def frph(dom=False):
    if dom: return RNG.choice(["0690 ", "0696 ", "0692 ", "0694 ", "0639 "]) + "%02d %02d %02d" % (RNG.randint(10, 99), RNG.randint(10, 99), RNG.randint(10, 99))
    return RNG.choice(["06 39 98", "07 00 11", "01 99 00", "04 65 71", "05 36 49"]) + " %02d %02d" % (RNG.randint(10, 99), RNG.randint(10, 99))
def capc(fsa): return "%s %d%s%d" % (fsa, RNG.randint(1, 9), RNG.choice("ABCEGHJKLMNPRSTVWXYZ"), RNG.randint(0, 9))

def rosterfy():
    area, town = RNG.choice([("902", "Truro"), ("506", "Saint John"), ("204", "Brandon"), ("780", "Red Deer"), ("250", "Prince George")])
    rows = ["Rosterfy export — accessibility committee volunteers, %s" % town, "Volunteer,Mobile,Email,Shift"]
    for i in range(3):
        g, f = person(CA)
        rows.append(",".join([S("P", g + " " + f), S("PH", nanp(area)), S("EM", email(g, f, CA_D)), RNG.choice(["ramp set-up", "greeter", "ride desk", "venue audit"])]))
    return ("en", "list", "PO", "\n".join(rows))
def verbit():
    fr = RNG.random() < 0.5
    rows = [("Verbit — réservation CART, participants ayant demandé le sous-titrage (assemblée d'investiture)" if fr else "Verbit — CART booking, attendees who requested captions (nomination meeting)"),
            ("Participant;Courriel;Besoin" if fr else "Attendee;Email;Need")]
    for i in range(RNG.randint(4, 5)):
        g, f = person(QC if fr else CA)
        need = RNG.choice(["malentendant", "sourde", "implant cochléaire"] if fr else ["hard of hearing", "Deaf", "cochlear implant"])
        rows.append(";".join([S("P", g + " " + f), S("EM", email(g, f, CA_D)), need]))
    return ("fr" if fr else "en", "list", "PO,H", "\n".join(rows))
def interprefy():
    rows = ["Interprefy — demandes d'interprétation pour le congrès (membres sourds)", "Nom | Téléphone (texto) | Code postal | Langue"]
    for i in range(3):
        g, f = person(QC)
        rows.append(" | ".join([S("P", g + " " + f), S("PH", nanp(RNG.choice(["418", "514", "819", "450"]))), S("PC", capc(RNG.choice(["G1R", "H2X", "J8Y", "J4K", "G5L"]))), RNG.choice(["LSQ", "ASL", "LSQ tactile"])]))
    return ("fr", "list", "PO,H", "\n".join(rows))
def klaxoon():
    dom = RNG.random() < 0.35
    rows = ["Klaxoon — atelier « audit d'accessibilité des salles de meeting »" + (" (Antilles-Réunion-Mayotte)" if dom else " (Île-de-France)"), "Participant\tPortable\tCourriel"]
    for i in range(3):
        g, f = person(DOM if dom and RNG.random() < 0.7 else FR)
        rows.append("\t".join([S("P", g + " " + f), S("PH", frph(dom)), S("EM", email(g, f, FR_D))]))
    return ("fr", "list", "PO", "\n".join(rows))
def grasshopper():
    area = RNG.choice(["613", "416", "709", "867", "306"])
    rows = ["Grasshopper voicemail log — accessibility hotline (convention)", "Time | Caller | Call back | Message"]
    for i in range(RNG.randint(4, 5)):
        g, f = person(CA)
        msg = RNG.choice(["needs wheelchair seating", "asks for large print (low vision)", "bringing a service dog (blind)", "needs a ride, uses a walker"])
        rows.append(" | ".join(["%02d:%02d" % (RNG.randint(8, 20), RNG.randint(0, 59)), S("P", g + " " + f), S("PH", nanp(area)), msg]))
    return ("en", "list", "PO,H", "\n".join(rows))
STREETS = [("Ottawa", "K1S", ["Holmwood Ave", "Sunnyside Ave", "Fifth Ave"]), ("Québec", "G1R", ["rue de Bernières", "avenue Cartier", "rue Crémazie Ouest"]),
           ("Halifax", "B3K", ["Agricola St", "Isleville St"]), ("Edmonton", "T6E", ["Whyte Ave", "Gateway Blvd"])]
def phone2action():
    town, fsa, streets = RNG.choice(STREETS)
    fr = town == "Québec"
    rows = [("Phone2Action — lettres des membres sur le vote accessible (%s)" if fr else "Phone2Action — member letters on accessible voting (%s)") % town,
            "name,email,street,postal"]
    for i in range(RNG.randint(2, 3)):
        g, f = person(QC if fr else CA)
        rows.append(",".join([S("P", g + " " + f), S("EM", email(g, f, CA_D)), S("AD", "%d %s" % (RNG.randint(3, 990), RNG.choice(streets))), S("PC", capc(fsa))]))
    return ("fr" if fr else "en", "list", "PO", "\n".join(rows))
SHAPES = [rosterfy, verbit, interprefy, klaxoon, grasshopper, phone2action]
def make_lists(n):
    out = []
    for k in range(n):
        it = SHAPES[k % len(SHAPES)]()
        c = it[3].count("⟦"); assert 3 <= c <= 20, (it, c)
        out.append(it)
    return out
if __name__ == "__main__":
    L = make_lists(52)
    print("entities", sum(x[3].count("⟦") for x in L))
    for it in L[:6]: print(it[:3]); print(it[3]); print("---")
