#!/usr/bin/env python3
"""blind-2026-12-ee list generator, written from scratch for this set (seed 70316248).
make_lists(n) cycles six export shapes of everyday tools that no earlier README names (0 files each, grep -il over the
thirty earlier READMEs): Picktime, YouCanBook.me, Clockify, StreamYard, Tresorit, Planyo.
  1. picktime  - Picktime bookings for a citizenship-ceremony reception at the member's office (fr): guest, phone, e-mail.
  2. ycbm      - YouCanBook.me photo slots with the MP after a citizenship ceremony (en): guest, e-mail, phone.
  3. clockify  - Clockify timesheet of riding-association volunteers at the welcome reception (mixed, PO): volunteer, e-mail.
  4. streamyard- StreamYard guest list for a livestreamed naturalisation-welcome evening (fr/en): guest, e-mail (city unlabelled).
  5. tresorit  - Tresorit access log of the shared folder of welcome letters (fr): user, e-mail, IP (documentation ranges).
  6. planyo    - Planyo deliveries of a gift flag and welcome kit to new citizens (en): recipient, street address, postal code, phone.
Every column's entity code is written by hand below; nothing is inferred from a value. Only clockify lists carry
POLITICAL_OPINION (volunteers of a riding association); the office's service lists carry no category. Synthetic values only:
555-01xx, French fiction blocks, documentation IPs. Call make_lists once per process (names drawn without replacement)."""
import random, unicodedata
RNG = random.Random(70316248)
POOLS = {
 "qc": (["Solange", "Réjean", "Maëlle", "Fabien", "Ginette", "Yvon", "Kassandra", "Benoît", "Ariane"],
        ["Desrosiers", "Côté-Vachon", "Labrecque", "Ouimet", "Boisvert", "Charest-Lemay", "Pelletier", "Grondin"]),
 "new": (["Oksana", "Thanh", "Chiamaka", "Farid", "Lucía", "Ravi", "Mirela", "Kwabena", "Yasmin", "Jae-won", "Anselme", "Priyanka", "Tarek", "Mei"],
         ["Hrytsenko", "Nguyen-Tran", "Eze", "Rahimi", "Quispe", "Venkataraman", "Dragomir", "Asante", "El Idrissi", "Seo", "Nkurunziza", "Malhotra", "Haddad", "Lin"]),
 "ca": (["Brody", "Keisha", "Wade", "Colleen", "Jasmeet", "Hollis", "Tamsin", "Dwayne"],
        ["Kowalchuk", "Lightfoot", "Penney", "Aucoin", "Grewal", "McIsaac", "Sutherland-Roy", "Bighetty"]),
 "fr": (["Maëva", "Lilian", "Awa", "Bastien", "Zineb", "Gaspard", "Soizic", "Enzo"],
        ["Guillot", "Traoré", "Le Gall", "Benslimane", "Marchetti", "Roussel-Diallo", "Kerhervé", "Fontaine"]),
}
taken = set()
def who(key):
    g_, f_ = POOLS[key]
    while True:
        pair = (RNG.choice(g_), RNG.choice(f_))
        if pair not in taken:
            taken.add(pair); return pair
def T(code, val): return "⟦" + code + ":" + val + "⟧"
def plain(s): return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c)).lower().replace(" ", "").replace("'", "")
def mail(g, f, doms):
    form = RNG.choice(["{g}.{f}", "{g}{f}", "{i}_{f}", "{f}.{g}{n}"])
    return form.format(g=plain(g), f=plain(f), i=plain(g)[0], n=RNG.randint(2, 98)) + "@" + RNG.choice(doms)
CAD = ["outlook.com", "yahoo.ca", "bell.net", "sasktel.net", "eastlink.ca", "videotron.ca", "shaw.ca"]
FRD = ["sfr.fr", "gmail.com", "outlook.fr", "bbox.fr", "icloud.com"]
def nanp(area): return RNG.choice(["{a}-555-01{x:02d}", "({a}) 555-01{x:02d}", "{a}.555.01{x:02d}", "1-{a}-555-01{x:02d}"]).format(a=area, x=RNG.randint(0, 99))
def frmob(): return RNG.choice(["07 00 11", "06 39 98", "01 99 00", "03 53 01", "04 65 71"]) + " %02d %02d" % (RNG.randint(10, 99), RNG.randint(10, 99))
def pc(fsa): return "%s %d%s%d" % (fsa, RNG.randint(1, 9), RNG.choice("ABCEGHJKLMNPRSTVWXZ"), RNG.randint(0, 9))

def picktime():
    town = RNG.choice(["Laval", "Sherbrooke", "Longueuil", "Trois-Rivières", "Québec (Sainte-Foy)"])
    rows = ["Picktime — réservations : réception des nouveaux citoyens, bureau de circonscription (%s)" % town, "Réf;Invité·e;Téléphone;Courriel;Accompagnants"]
    for _ in range(RNG.randint(3, 5)):
        g, f = who("new")
        rows.append(";".join(["PK%05d" % RNG.randint(0, 99999), T("P", g + " " + f), T("PH", nanp(RNG.choice(["450", "819", "418", "514"]))), T("EM", mail(g, f, CAD)), str(RNG.randint(0, 4))]))
    return ("fr", "list", "", "\n".join(rows))
def ycbm():
    city = RNG.choice(["Brampton", "Surrey", "Winnipeg", "Saskatoon", "Halifax", "Calgary"])
    rows = ["YouCanBook.me — photo with the MP after the citizenship ceremony (%s)" % city, "Slot | Guest | Email | Mobile"]
    area = {"Brampton": "905", "Surrey": "604", "Winnipeg": "204", "Saskatoon": "306", "Halifax": "902", "Calgary": "403"}[city]
    for k in range(RNG.randint(3, 4)):
        g, f = who("new")
        rows.append(" | ".join(["%d:%02d" % (13 + k // 2, 30 * (k % 2)), T("P", g + " " + f), T("EM", mail(g, f, CAD)), T("PH", nanp(area))]))
    return ("en", "list", "", "\n".join(rows))
def clockify():
    rows = ["Clockify — heures bénévoles / volunteer hours, association de circonscription, welcome reception", "User,Email,Project,Duration"]
    for _ in range(RNG.randint(4, 7)):
        g, f = who(RNG.choice(["qc", "ca"]))
        rows.append(",".join([T("P", g + " " + f), T("EM", mail(g, f, CAD)), RNG.choice(["Accueil / Greeting", "Buffet", "Photos", "Vestiaire / Coat check"]), "%d:%02d" % (RNG.randint(1, 4), RNG.choice([0, 15, 30, 45]))]))
    return ("mixed", "list", "PO", "\n".join(rows))
def streamyard():
    fr = RNG.random() < 0.5
    head = ("StreamYard — invités de la soirée « Bienvenue aux naturalisés » (diffusion en direct)" if fr else "StreamYard — guests, livestreamed new-citizens evening")
    rows = [head, ("Nom — courriel — ville" if fr else "Name — email — city")]
    for _ in range(RNG.randint(3, 5)):
        g, f = who("fr" if fr else "new")
        rows.append(" — ".join([T("P", g + " " + f), T("EM", mail(g, f, FRD if fr else CAD)), RNG.choice(["Créteil", "Évry", "Nanterre", "Bobigny"] if fr else ["Mississauga", "Gatineau", "Moncton", "Regina"])]))
    return ("fr" if fr else "en", "list", "", "\n".join(rows))
def tresorit():
    rows = ["Tresorit — journal d'accès, dossier partagé « Lettres de bienvenue - naturalisations »", "Date\tUtilisateur\tCourriel\tIP\tAction"]
    for _ in range(RNG.randint(3, 4)):
        g, f = who("fr")
        ip = RNG.choice(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % RNG.randint(1, 254)
        rows.append("\t".join(["2026-11-%02d" % RNG.randint(2, 28), T("P", g + " " + f), T("EM", mail(g, f, FRD)), T("IP", ip), RNG.choice(["ouverture", "téléchargement", "modification"])]))
    return ("fr", "list", "", "\n".join(rows))
STREETS = [("Kelowna", "V1Y", "250", ["Bernard Ave", "Ellis St", "Glenmore Rd"]), ("Fredericton", "E3B", "506", ["Regent St", "Woodstock Rd"]),
           ("St. John's", "A1C", "709", ["LeMarchant Rd", "Duckworth St"]), ("Lethbridge", "T1J", "403", ["Mayor Magrath Dr", "13 St N"])]
def planyo():
    town, fsa, area, sts = RNG.choice(STREETS)
    rows = ["Planyo — welcome kit and flag deliveries to new citizens (%s)" % town, "Booking,Recipient,Address,Postal code,Phone"]
    for _ in range(RNG.randint(2, 3)):
        g, f = who("new")
        rows.append(",".join(["PL-%d" % RNG.randint(1000, 9999), T("P", g + " " + f), T("AD", "%d %s" % (RNG.randint(3, 1999), RNG.choice(sts))), T("PC", pc(fsa)), T("PH", nanp(area))]))
    return ("en", "list", "", "\n".join(rows))
SHAPES = [picktime, ycbm, clockify, streamyard, tresorit, planyo]
def make_lists(n):
    res = []
    for i in range(n):
        item = SHAPES[i % len(SHAPES)]()
        k = item[3].count("⟦"); assert 3 <= k <= 20, (item, k)
        res.append(item)
    return res
if __name__ == "__main__":
    L = make_lists(44)
    print("entities", sum(x[3].count("⟦") for x in L))
    for it in L[:6]: print(it[:3]); print(it[3]); print("---")
