#!/usr/bin/env python3
"""blind-2026-12-hh list generator, written from scratch for this set (seed 83640271).
make_lists(n) cycles six export shapes of media / transcription tools that no earlier README names (0 files each with
grep -il over the other READMEs): Trint, Sonix, Meltwater, Muck Rack, Brandwatch, Talkwalker.
  1. trint      - Trint speaker roster of a recorded mock debate (fr, Québec): speaker role, name, courriel, cellulaire.  PO
  2. sonix      - Sonix transcription volunteers for the debate-night clips (mixed): name, e-mail, postal code.          PO
  3. meltwater  - Meltwater export of supporters' posts to thank after the leaders' debate (en): name, e-mail, phone.     PO
  4. muckrack   - Muck Rack press list for spin-room accreditation (en or fr): journalist, outlet, e-mail, phone.      (none)
  5. brandwatch - Brandwatch-tagged watch-party hosts (en): host, phone, street address, postal code.                     PO
  6. talkwalker - Talkwalker fact-check shift sheet of a French campaign (fr, ';'-separated): name, mobile, e-mail.      PO
Every column's entity code is typed by hand below. Names are drawn without replacement: call make_lists once per process.
Synthetic values only: NANP 555-01xx, French fiction blocks 01 99 00 / 04 65 71 / 07 00 11 / 06 39 98, example-style domains."""
import random, unicodedata
RNG = random.Random(83640271)
QC_G = ["Solange", "Réjean", "Maude", "Yvon", "Kassandra", "Benoît", "Nathalie", "Jocelyn", "Wilnie", "Frantz", "Mireille", "Dieudonné"]
QC_F = ["Thibodeau", "Gauvreau", "Desrosiers", "Beaulieu-Hamel", "Paquin", "Charbonneau", "Jean-Baptiste", "Lafortune", "Pierre-Louis", "Côté-Rioux", "Dorval", "Ouimet"]
CA_G = ["Declan", "Priyanka", "Oluwaseun", "Mei-Ling", "Thanh", "Raúl", "Aroha", "Fergus", "Noor", "Wapun", "Ingrid", "Kwame", "Leila", "Tomasz"]
CA_F = ["O'Driscoll", "Raghunathan", "Adeyemi", "Zhou", "Nguyen-Tran", "Castañeda", "Peltier", "MacAskill", "Haidari", "Bearhead", "Sørensen", "Mensah", "Karimi", "Wiśniewski"]
FR_G = ["Clémence", "Mathis", "Awa", "Gaspard", "Inès", "Loïc", "Salomé", "Bilal", "Perrine", "Ousmane", "Maëlle", "Tristan"]
FR_F = ["Lemaire", "Diallo", "Vasseur", "Benhamou", "Guillot", "Traoré", "Caradec", "Mercier-Abadie", "Kouyaté", "Roussel", "Ben Saïd", "Hoarau"]
OUTLETS = ["Le Soleil", "La Presse", "Radio-Canada", "CBC Halifax", "Le Devoir", "CTV Atlantic", "Global News", "Le Droit", "L'Acadie Nouvelle", "CKRL", "Métro"]
_used = set()
def pick(G, F):
    while True:
        g, f = RNG.choice(G), RNG.choice(F)
        if (g, f) not in _used:
            _used.add((g, f)); return g, f
def T(code, v): return "⟦" + code + ":" + v + "⟧"
def plain(s):
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().replace(" ", "").replace("'", "").replace("ø", "o").replace("ś", "s")
def mail(g, f, doms):
    form = RNG.randrange(4)
    local = [plain(g) + "." + plain(f), plain(f) + "." + plain(g)[0], plain(g) + plain(f)[:3] + str(RNG.randint(10, 89)), plain(g)[0] + "_" + plain(f)][form]
    return local + "@" + RNG.choice(doms)
QC_DOM = ["videotron.ca", "gmail.com", "outlook.com", "sympatico.ca", "hotmail.ca"]
CA_DOM = ["gmail.com", "yahoo.ca", "eastlink.ca", "shaw.ca", "bell.net", "icloud.com"]
FR_DOM = ["orange.fr", "gmail.com", "sfr.fr", "free.fr", "bbox.fr"]
def nanp(area):
    tail = "01%02d" % RNG.randint(0, 99)
    fmt = RNG.choice(["{a}-555-{t}", "({a}) 555-{t}", "{a}.555.{t}", "1-{a}-555-{t}"])
    return fmt.format(a=area, t=tail)
def frmob():
    blk = RNG.choice(["07 00 11", "06 39 98", "01 99 00", "04 65 71"])
    return blk + " %02d %02d" % (RNG.randint(0, 99), RNG.randint(0, 99))
def postal(fsa): return fsa + " " + str(RNG.randint(0, 9)) + RNG.choice("ABCEGHJKLMNPRSTVWXYZ") + str(RNG.randint(0, 9))

def trint():
    area = RNG.choice(["418", "819", "450", "514", "581"])
    out = ["Trint — transcription « Débat simulé #%d » : locuteurs identifiés" % RNG.randint(2, 9), "Rôle | Nom | Courriel | Cellulaire"]
    roles = ["Doublure du chef adverse", "Modératrice", "Chronométreur", "Candidate", "Conseiller débat"]
    for k in range(RNG.randint(3, 4)):
        g, f = pick(QC_G, QC_F)
        out.append(" | ".join([roles[k], T("P", g + " " + f), T("EM", mail(g, f, QC_DOM)), T("PH", nanp(area))]))
    return ("fr", "list", "PO", "\n".join(out))
def sonix():
    out = ["Sonix — bénévoles transcription / transcription volunteers, clips du débat des chefs", "name,email,code postal"]
    for k in range(RNG.randint(3, 4)):
        if RNG.random() < 0.5: g, f = pick(QC_G, QC_F); fsa = RNG.choice(["H1Z", "H3N", "G1K", "J7V"])
        else: g, f = pick(CA_G, CA_F); fsa = RNG.choice(["K1N", "E1C", "B3K", "M6H"])
        out.append(",".join([T("P", g + " " + f), T("EM", mail(g, f, QC_DOM + CA_DOM)), T("PC", postal(fsa))]))
    return ("mixed", "list", "PO", "\n".join(out))
def meltwater():
    area = RNG.choice(["902", "506", "613", "204", "306"])
    out = ["Meltwater export — supporters who shared our leaders' debate clips (send thank-you)", "Name\tEmail\tPhone"]
    for k in range(RNG.randint(3, 4)):
        g, f = pick(CA_G, CA_F)
        out.append("\t".join([T("P", g + " " + f), T("EM", mail(g, f, CA_DOM)), T("PH", nanp(area))]))
    return ("en", "list", "PO", "\n".join(out))
def muckrack():
    fr = RNG.random() < 0.5
    out = [("Muck Rack — liste presse, accréditations salle des médias (débat)" if fr else "Muck Rack press list — spin room accreditation"),
           ("Journaliste;Média;Courriel;Téléphone" if fr else "Journalist;Outlet;Email;Phone")]
    for k in range(RNG.randint(3, 4)):
        g, f = pick(QC_G, QC_F) if fr else pick(CA_G, CA_F)
        out.append(";".join([T("P", g + " " + f), RNG.choice(OUTLETS), T("EM", mail(g, f, ["newsroom.example", "redaction.example"])), T("PH", nanp(RNG.choice(["418", "514", "902", "613"])))]))
    return ("fr" if fr else "en", "list", "", "\n".join(out))
TOWNS = [("Moncton", "E1A", "506", ["Weldon St", "St. George St", "Vaughan Harvey Blvd"]), ("Sudbury", "P3A", "705", ["Lasalle Blvd", "Notre Dame Ave"]),
         ("Brandon", "R7A", "204", ["Princess Ave", "Rosser Ave"]), ("Lethbridge", "T1J", "403", ["Mayor Magrath Dr", "Whoop-Up Dr"]),
         ("Charlottetown", "C1A", "902", ["Pownal St", "Kent St"])]
def brandwatch():
    town, fsa, area, streets = RNG.choice(TOWNS)
    out = ["Brandwatch tag #DebateNight — watch-party hosts, %s" % town, "Host | Phone | Address | Postal"]
    for k in range(RNG.randint(2, 3)):
        g, f = pick(CA_G, CA_F)
        out.append(" | ".join([T("P", g + " " + f), T("PH", nanp(area)), T("AD", "%d %s" % (RNG.randint(3, 1890), RNG.choice(streets))), T("PC", postal(fsa))]))
    return ("en", "list", "PO", "\n".join(out))
def talkwalker():
    out = ["Talkwalker — permanence vérification des faits, soir du débat (%s)" % RNG.choice(["Lyon 7e", "Rennes", "Lille-Fives", "Montpellier"]), "nom;mobile;courriel;créneau"]
    for k in range(RNG.randint(3, 4)):
        g, f = pick(FR_G, FR_F)
        out.append(";".join([T("P", g + " " + f), T("PH", frmob()), T("EM", mail(g, f, FR_DOM)), RNG.choice(["20h-21h", "21h-22h", "22h-23h30"])]))
    return ("fr", "list", "PO", "\n".join(out))
SHAPES = [trint, sonix, meltwater, muckrack, brandwatch, talkwalker]
def make_lists(n):
    res = []
    for k in range(n):
        it = SHAPES[k % len(SHAPES)]()
        c = it[3].count("⟦"); assert 3 <= c <= 20, (it, c)
        res.append(it)
    return res
if __name__ == "__main__":
    L = make_lists(42)
    print("entities", sum(x[3].count("⟦") for x in L))
    for it in L[:6]: print(it[:3]); print(it[3]); print("---")
