#!/usr/bin/env python3
"""blind-2026-12-z list generator, written from scratch for this set (seed 28461937).
make_lists(n) cycles six export shapes of everyday tools that no earlier README names (0 files each, grep -il over the
twenty-five earlier READMEs): ElectionBuddy, Simply Voting, Balotilo, Podio, PandaDoc, HelloSign.
  1. ebuddy   - ElectionBuddy voter list for the riding association's AGM board election (fr, Québec): member, e-mail, postal code.
  2. simply   - Simply Voting eligible-member list for the nomination vote, with the membership cut-off date (en): member,
                phone, e-mail.
  3. balotilo - Balotilo ballot recipients for a France section's assemblée générale (fr, metropolitan or overseas): name,
                mobile (fiction blocks or 0690/0692/0694/0696), e-mail.
  4. podio    - Podio "Memberships" app export checked against the cut-off (en): member, phone, street address, postal code.
  5. pandadoc - PandaDoc nomination paper: members' signatures supporting a nominee (mixed fr/en): signatory, address, postal code.
  6. hellosign- HelloSign audit trail of scrutineer appointment forms for the nomination vote (fr or en): signer, e-mail, IP
                (documentation ranges), date of birth of youth scrutineers is NOT collected here.
Every column's code is typed by hand below. All items carry POLITICAL_OPINION (members, voters, signatories of nomination
papers and scrutineers of a party vote). Synthetic values only. Call make_lists once per process."""
import random, unicodedata
RNG = random.Random(28461937)
QC = (["Huguette", "Réjean", "Maryse", "Normand", "Solange", "Benoît", "Karine", "Jean-Guy", "Lyne", "Yvon"],
      ["Gauthier-Pelletier", "Plourde", "Desrosiers", "Tétreault", "Boudreault", "Lavigne", "Nolet", "Giguère", "Rioux", "Charest-Ouimet"])
CA = (["Brent", "Kerry-Ann", "Oluwaseun", "Farhana", "Wen", "Bogdan", "Clementine", "Rajdeep", "Tyrell", "Marisol", "Amaruq", "Heather"],
      ["Okonkwo", "Sutherland", "Yusufzai", "Lin", "Petrenko", "McAllister", "Grewal", "Desjarlais", "Obi-Mensah", "Quispe", "Kilabuk", "Van der Berg"])
FR = (["Bérénice", "Loïc", "Fatoumata", "Quentin", "Soraya", "Gwenaël", "Maëlys", "Ousmane", "Clémence", "Romain"],
      ["Le Gall", "Traoré", "Benali", "Vasseur", "Delmas-Arnaud", "N'Diaye", "Marchetti", "Kerbrat", "Lefèvre", "Mansouri"])
DOM = (["Lucianne", "Jocelyn", "Anzati", "Mickaël", "Tiphaine"], ["Moutoussamy", "Hoarau", "Ahamada", "Jean-Louis", "Grandisson"])
taken = set()
def who(pool):
    while True:
        g, f = RNG.choice(pool[0]), RNG.choice(pool[1])
        if (g, f) not in taken:
            taken.add((g, f)); return g, f
def S(code, v): return "⟦" + code + ":" + v + "⟧"
def plain(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c)).lower().replace(" ", "").replace("'", "")
def mail(g, f, doms):
    form = RNG.randrange(4)
    local = [plain(g) + "." + plain(f), plain(g)[0] + "." + plain(f), plain(f) + plain(g)[0], plain(g) + "_" + str(RNG.randint(10, 89))][form]
    return local + "@" + RNG.choice(doms)
QC_D = ["videotron.ca", "bell.net", "sympatico.ca", "gmail.com", "outlook.com", "globetrotter.net"]
CA_D = ["shaw.ca", "eastlink.ca", "sasktel.net", "yahoo.ca", "gmail.com", "icloud.com"]
FR_D = ["orange.fr", "sfr.fr", "free.fr", "gmail.com", "outlook.fr", "bbox.fr"]
def nanp(area):
    x = "01" + "%02d" % RNG.randint(0, 99)
    return RNG.choice(["%s.555.%s", "(%s)555-%s", "1-%s-555-%s", "%s-555-%s"]) % (area, x)
def frmob(dom):
    if dom: return RNG.choice(["0690", "0692", "0694", "0696"]) + "%06d" % RNG.randint(100000, 999999)
    return RNG.choice(["+33 6 39 98 ", "07 00 11 ", "+33 1 99 00 ", "06 39 98 "]) + "%02d %02d" % (RNG.randint(10, 99), RNG.randint(10, 99))
def cpc(fsa): return fsa + RNG.choice([" ", ""]) + "%d%s%d" % (RNG.randint(0, 9), RNG.choice("ABCEGHJKLMNPRSTVWXYZ"), RNG.randint(0, 9))

def ebuddy():
    ride = RNG.choice([("Rimouski-Neigette", "G5L"), ("Drummond", "J2B"), ("Laurier-Dorion", "H2R"), ("Chicoutimi", "G7H"), ("Vaudreuil", "J7V")])
    rows = ["ElectionBuddy — liste des électeurs, AGA de l'association de circonscription " + ride[0], "Électeur,Courriel,Code postal,Statut clé"]
    for _ in range(RNG.randint(3, 4)):
        g, f = who(QC)
        rows.append(",".join([S("P", g + " " + f), S("EM", mail(g, f, QC_D)), S("PC", cpc(ride[1])), RNG.choice(["envoyée", "ouverte", "votée"])]))
    return ("fr", "list", "PO", "\n".join(rows))
def simply():
    area = RNG.choice(["613", "403", "867", "782", "431"])
    rows = ["Simply Voting — eligible members, nomination vote (membership cut-off: %s)" % RNG.choice(["Jan 9", "Feb 14", "Mar 3"]), "Member\tPhone\tEmail\tJoined"]
    for _ in range(RNG.randint(3, 4)):
        g, f = who(CA)
        rows.append("\t".join([S("P", f + ", " + g), S("PH", nanp(area)), S("EM", mail(g, f, CA_D)), "2026-%02d-%02d" % (RNG.randint(1, 11), RNG.randint(1, 28))]))
    return ("en", "list", "PO", "\n".join(rows))
def balotilo():
    dom = RNG.random() < 0.35
    rows = ["Balotilo — destinataires du bulletin, assemblée générale de la section " + (RNG.choice(["Basse-Terre", "Saint-Denis (974)", "Le Lamentin"]) if dom else RNG.choice(["Brest", "Angers", "Nancy", "Pau"])), "nom | mobile | e-mail"]
    for _ in range(RNG.randint(3, 4)):
        g, f = who(DOM if dom and RNG.random() < 0.7 else FR)
        rows.append(" | ".join([S("P", f.upper() + " " + g), S("PH", frmob(dom)), S("EM", mail(g, f, FR_D))]))
    return ("fr", "list", "PO", "\n".join(rows))
PLACES = [("Saskatoon", "S7N", "306", ["Preston Ave", "Clarence Ave S"]), ("Moncton", "E1C", "506", ["Elmwood Dr", "St. George Blvd"]),
          ("Thunder Bay", "P7B", "807", ["Red River Rd", "Algoma St N"]), ("Nanaimo", "V9R", "250", ["Comox Rd", "Bowen Rd"]),
          ("Charlottetown", "C1A", "902", ["Kent St", "Pownal St"])]
def podio():
    town, fsa, area, streets = RNG.choice(PLACES)
    rows = ["Podio — Memberships app, %s riding association — renewed before the cut-off?" % town, "Member;Phone;Address;Postal;Paid before cut-off"]
    for _ in range(RNG.randint(2, 3)):
        g, f = who(CA)
        rows.append(";".join([S("P", g + " " + f), S("PH", nanp(area)), S("AD", "%d %s" % (RNG.randint(3, 1999), RNG.choice(streets))), S("PC", cpc(fsa)), RNG.choice(["yes", "no", "yes (cash)"])]))
    return ("en", "list", "PO", "\n".join(rows))
def pandadoc():
    rows = ["PandaDoc — Bulletin de mise en candidature / Nomination paper — signatures of members in good standing", "Signatory / Signataire — Address / Adresse — Postal code"]
    qc = RNG.random() < 0.5
    for _ in range(RNG.randint(3, 4)):
        g, f = who(QC if qc else CA)
        st = RNG.choice(["rue Racine", "boulevard Talbot", "rue Dubuc"] if qc else ["Queen St", "Main St W", "Wellington Cres"])
        rows.append(" — ".join([S("P", g + " " + f), S("AD", "%d %s" % (RNG.randint(10, 2999), st)), S("PC", cpc("G7H" if qc else "R3M"))]))
    return ("mixed", "list", "PO", "\n".join(rows))
def hellosign():
    fr = RNG.random() < 0.5
    rows = [("HelloSign — piste d'audit, formulaires de nomination des scrutateurs" if fr else "HelloSign audit trail — scrutineer appointment forms"), "signer,email,ip,event"]
    for _ in range(RNG.randint(3, 4)):
        g, f = who(QC if fr else CA)
        ip = RNG.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(RNG.randint(1, 254))
        rows.append(",".join([S("P", g + " " + f), S("EM", mail(g, f, QC_D if fr else CA_D)), S("IP", ip), RNG.choice(["signed", "viewed", "signed"])]))
    return ("fr" if fr else "en", "list", "PO", "\n".join(rows))
SHAPES = [ebuddy, simply, balotilo, podio, pandadoc, hellosign]
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
