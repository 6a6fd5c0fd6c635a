#!/usr/bin/env python3
"""blind-2026-12-pp list generator (seed 84420617). Structure copied from y's gen_lists.py; pools, tools and shapes rewritten.
make_lists(n) cycles six export shapes of event tools that no earlier README names (0 files each, grep -il over the earlier
READMEs): Pathable, Bizzabo, Airmeet, Brella, Hubilo, Accelevents — all about the youth wing's model parliament weekend.
  1. pathable    - Pathable attendee export (fr): delegate, e-mail, mock riding.
  2. bizzabo     - Bizzabo registration with guardian phone for minors (en): delegate, DOB, guardian phone.
  3. airmeet     - Airmeet remote-observer list (mixed): observer, e-mail, postal code.
  4. brella      - Brella mentor/mentee matches (fr): mentor (former elected official), mentee, mentee phone.
  5. hubilo      - Hubilo dorm-room roster (en): delegate, room, phone.
  6. accelevents - Accelevents registration fee receipts (fr, France/overseas): participant, mobile, e-mail.
Every column's entity code is typed by hand below. All items carry POLITICAL_OPINION (registered participants and mentors of a
party youth event). Synthetic values only: 555-01xx, French fiction blocks, real overseas mobile prefixes, example/common domains.
Call make_lists once per process (names drawn without replacement)."""
import random, unicodedata
RNG = random.Random(84420617)
QC = (["Maude", "Thierry", "Coralie", "Mathias", "Rosalie", "Jérémy", "Océanne", "Loïk", "Ariane", "Naël"],
      ["Bourassa", "Desbiens", "Caouette", "Lemelin", "Fortier-Blais", "Paquet", "Nolet", "Grondin", "Audet", "Rioux-Morin"])
CA = (["Kieran", "Amara", "Wyatt", "Zainab", "Declan", "Simran", "Mateo", "Ayaan", "Chloe", "Kenji", "Adanna", "Rowan"],
      ["Halloran", "Mensah", "Strand", "Bhatt", "Quigley", "Gill", "Ferreira", "Nakagawa", "Whitecloud", "Oduya", "Lindholm", "Desjarlais"])
FR = (["Maëlle", "Ilyes", "Capucine", "Noah", "Sarah", "Bilal", "Élise", "Malo"],
      ["Giraud", "Benamar", "Lefebvre", "Traoré", "Perrin", "Ould-Ahmed", "Le Meur", "Chevallier"])
DOM = (["Maëva", "Ludovic", "Anaëlle", "Dylan"], ["Grondin", "Marie-Joseph", "Valérius", "Aboudou"])
MENT = (["Jean-Guy", "Francine", "Rolande", "Gérard", "Michel", "Denyse"], ["Lamarre", "Champoux", "Bissonnette", "Vigneau", "Sauvageau", "Pelchat"])
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
    loc = [ascii_(g) + "." + ascii_(f), ascii_(g)[0] + ascii_(f), ascii_(f) + str(RNG.randint(1, 99))][k]
    return loc + "@" + RNG.choice(doms)
CA_D = ["gmail.com", "hotmail.com", "videotron.ca", "outlook.com", "bell.net", "cgocable.ca"]
FR_D = ["gmail.com", "orange.fr", "free.fr", "sfr.fr", "laposte.net"]
def nanp(area):
    x = "01%02d" % RNG.randint(0, 99)
    return RNG.choice(["%s-555-%s", "(%s) 555-%s", "%s.555.%s", "+1 %s 555 %s"]) % (area, x)
def frph(dom=False):
    if dom: return RNG.choice(["0690 ", "0692 ", "0693 ", "0694 ", "0696 "]) + "%02d %02d %02d" % (RNG.randint(10, 99), RNG.randint(10, 99), RNG.randint(10, 99))
    return RNG.choice(["06 39 98", "07 00 11", "01 99 00", "04 65 71"]) + " %02d %02d" % (RNG.randint(10, 99), RNG.randint(10, 99))
def capc(fsa): return "%s %d%s%d" % (fsa, RNG.randint(1, 9), RNG.choice("ABCEGHJKLMNPRSTVWXYZ"), RNG.randint(0, 9))

def pathable():
    rows = ["Pathable — participants du parlement-école (export)", "délégué;courriel;circonscription fictive"]
    for i in range(RNG.randint(3, 5)):
        g, f = person(QC)
        rows.append(";".join([S("P", g + " " + f), S("EM", email(g, f, CA_D)), RNG.choice(["Laviolette", "Mégantic", "Chauveau", "Taillon", "Ungava", "Pointe-aux-Trembles"])]))
    return ("fr", "list", "PO", "\n".join(rows))
def bizzabo():
    area = RNG.choice(["613", "416", "204", "306", "902"])
    rows = ["Bizzabo registrations — Youth Model Parliament (minors need a guardian)", "Delegate | DOB | Guardian phone"]
    for i in range(RNG.randint(3, 4)):
        g, f = person(CA)
        rows.append(" | ".join([S("P", g + " " + f), S("DOB", "%d-%02d-%02d" % (RNG.randint(2008, 2010), RNG.randint(1, 12), RNG.randint(1, 28))), S("PH", nanp(area))]))
    return ("en", "list", "PO", "\n".join(rows))
def airmeet():
    rows = ["Airmeet — observateurs à distance / remote observers", "name,email,postal_code"]
    for i in range(RNG.randint(3, 4)):
        g, f = person(CA if RNG.random() < 0.5 else QC)
        rows.append(",".join([S("P", g + " " + f), S("EM", email(g, f, CA_D)), S("PC", capc(RNG.choice(["H2T", "J8Y", "K1N", "E1C", "G5L", "R2H"])))]))
    return ("mixed", "list", "PO", "\n".join(rows))
def brella():
    rows = ["Brella — jumelages mentor / jeune (parlement-école)", "mentor (ancien élu)\tjeune\ttél. du jeune"]
    for i in range(RNG.randint(2, 4)):
        mg, mf = person(MENT); g, f = person(QC)
        rows.append("\t".join([S("P", mg + " " + mf), S("P", g + " " + f), S("PH", nanp(RNG.choice(["418", "819", "450", "581"])))]))
    return ("fr", "list", "PO", "\n".join(rows))
def hubilo():
    rows = ["Hubilo — dorm roster, Youth Model Parliament", "Room,Delegate,Mobile"]
    for i in range(RNG.randint(3, 5)):
        g, f = person(CA)
        rows.append(",".join([str(RNG.randint(101, 340)), S("P", g + " " + f), S("PH", nanp(RNG.choice(["613", "343", "819"])))]))
    return ("en", "list", "PO", "\n".join(rows))
def accelevents():
    dom = RNG.random() < 0.4
    rows = ["Accelevents — reçus des frais d'inscription, simulation parlementaire" + (" (délégations ultramarines)" if dom else " (Paris)"), "Participant\tMobile\tCourriel"]
    for i in range(RNG.randint(3, 4)):
        g, f = person(DOM if dom and RNG.random() < 0.7 else FR)
        rows.append("\t".join([S("P", g + " " + f), S("PH", frph(dom)), S("EM", email(g, f, FR_D))]))
    return ("fr", "list", "PO", "\n".join(rows))
SHAPES = [pathable, bizzabo, airmeet, brella, hubilo, accelevents]
def make_lists(n):
    out = []
    for k in range(n):
        it = SHAPES[k % len(SHAPES)]()
        c = it[3].count("⟦"); assert 3 <= c <= 20, (it, c)
        out.append(it)
    return out
if __name__ == "__main__":
    L = make_lists(44)
    print("entities", sum(x[3].count("⟦") for x in L))
    for it in L[:6]: print(it[:3]); print(it[3]); print("---")
