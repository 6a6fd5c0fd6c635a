#!/usr/bin/env python3
"""blind-2026-12-ff list generator, written from scratch for this set (seed 83145529).
make_lists(n) cycles six export shapes of tools that no earlier README names (0 files each, grep -il over the earlier
READMEs): OpaVote, Belenios, Discourse, Mattermost, Bitrix24, Rocket.Chat. All are about the party's leadership race
(course à la chefferie):
  1. opavote    - OpaVote ranked-ballot voter roll for the leadership vote (fr, Québec): voter, e-mail, postal code.
  2. belenios   - Belenios electoral register of the French federation (fr): voter, mobile (fiction blocks), e-mail, postal code.
  3. discourse  - Discourse members' forum export, leadership-debate questions (en): login (PERSON), display name, e-mail, IP.
  4. mattermost - Mattermost channel roster of a leadership candidate's team (mixed): candidate surname in the header (PERSON),
                 member, phone, e-mail.
  5. bitrix     - Bitrix24 CRM export of memberships sold before the cut-off (en): new member, DOB, street address, postal code.
  6. rocket     - Rocket.Chat bot log of nomination signatures for a candidate (fr/mixed): signer, riding, phone.
Every column's code is typed by hand below; nothing is inferred from a value. Every item carries POLITICAL_OPINION (voters,
members, signers and team members of a party leadership race). Synthetic values only: 555-01xx, French fiction blocks,
example-style domains, documentation IP ranges. Call make_lists once per process (names are drawn without replacement)."""
import random, unicodedata
RNG = random.Random(83145529)
POOLS = {
    "qc": (["Réjeanne", "Gaétan", "Maryse", "Normand", "Josée", "Serge", "Karine", "Yvon", "Lucie", "Benoît"],
           ["Thibodeau", "Larouche", "Beaulieu", "Grenier", "Corriveau", "Paradis", "Lessard", "Vachon", "Boisvert", "Caouette"]),
    "ca": (["Tamsin", "Declan", "Oluwaseun", "Priyanka", "Jun", "Mireille", "Tavish", "Ngozi", "Arvid", "Leilani", "Quinn", "Farhan"],
           ["Abernathy", "Adeyemi", "Rao", "Zhou", "Skjold", "Quewezance", "MacAskill", "Eze", "Petrosyan", "Lindqvist", "Ironstar", "Haldane"]),
    "fr": (["Solène", "Maxence", "Awa", "Gwenaël", "Inès", "Baptiste", "Ludivine", "Sofiane", "Clémence", "Erwan"],
           ["Kerbrat", "Traoré", "Pelletier-Brun", "Benali", "Vasseur", "Nguyen Van", "Lemaire", "Diakité", "Roussel", "Ollivier"]),
    "dom": (["Ketty", "Loïc", "Fatoumia", "Rudy", "Maëva", "Harry"],
            ["Hoarau", "Jean-Baptiste", "Ousseni", "Tehei", "Marie-Sainte", "Grondin"]),
    "mix": (["Lyne", "Hamid", "Chantale", "Trevor", "Nadège", "Kwame", "Hélène", "Dustin"],
            ["Ouellet", "Bensaïd", "O'Reilly", "Desjardins", "Mensah", "Lapierre", "McCutcheon", "Cyr"]),
}
taken = set()
def who(pool):
    g_, f_ = POOLS[pool]
    for _ in range(500):
        g, f = RNG.choice(g_), RNG.choice(f_)
        if (g, f) not in taken:
            taken.add((g, f)); return g, f
    raise RuntimeError("pool exhausted")
def M(code, value): return "⟦" + code + ":" + value + "⟧"
def plain(s):
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().replace(" ", "").replace("'", "")
def mail(g, f, domains):
    shapes = ["%s.%s" % (plain(g), plain(f)), "%s_%s" % (plain(f), plain(g)[:3]), "%s%d" % (plain(g), RNG.randint(60, 99)), plain(g)[0] + plain(f)]
    return RNG.choice(shapes) + "@" + RNG.choice(domains)
QC_DOM = ["videotron.ca", "sympatico.ca", "gmail.com", "outlook.com", "globetrotter.net", "icloud.com"]
CA_DOM = ["shaw.ca", "gmail.com", "eastlink.ca", "bell.net", "yahoo.ca", "protonmail.com"]
FR_DOM = ["sfr.fr", "orange.fr", "gmail.com", "yahoo.fr", "outlook.fr", "laposte.net"]
def nanp(area):
    tail = "01%02d" % RNG.randint(0, 99)
    fmt = RNG.choice(["%s.555.%s", "(%s) 555-%s", "%s-555-%s", "1-%s-555-%s", "%s 555-%s"])
    return fmt % (area, tail)
def fr_mobile(overseas):
    if overseas:
        return RNG.choice(["0692", "0693", "0690", "0694"]) + " %02d %02d %02d" % (RNG.randint(10, 99), RNG.randint(10, 99), RNG.randint(10, 99))
    p = RNG.choice(["07 00 11", "06 39 98", "01 99 00", "03 53 01"]) + " %02d %02d" % (RNG.randint(10, 99), RNG.randint(10, 99))
    return p if RNG.random() < 0.7 else "+33 " + p[1:]
def cpc(fsa): return "%s %d%s%d" % (fsa, RNG.randint(0, 9), RNG.choice("ABCEGHJKLMNPRSTVWXZ"), RNG.randint(0, 9))
def dob(y0, y1): return "%04d-%02d-%02d" % (RNG.randint(y0, y1), RNG.randint(1, 12), RNG.randint(1, 28))

def opavote():
    region = RNG.choice([("Saguenay", ["G7H", "G7X", "G8B"]), ("Mauricie", ["G9A", "G8T"]), ("Outaouais", ["J8Y", "J9H", "J8P"]), ("Bas-Saint-Laurent", ["G5L", "G5R"])])
    lines = ["OpaVote — liste électorale, vote préférentiel course à la chefferie (%s)" % region[0], "no_membre;électeur;courriel;code_postal;bulletin_envoyé"]
    for _ in range(RNG.randint(3, 4)):
        g, f = who("qc")
        lines.append(";".join(["M%06d" % RNG.randint(1, 999999), M("P", g + " " + f), M("EM", mail(g, f, QC_DOM)), M("PC", cpc(RNG.choice(region[1]))), RNG.choice(["oui", "non", "rebond"])]))
    return ("fr", "list", "PO", "\n".join(lines))
def belenios():
    dom = RNG.random() < 0.35
    lines = ["Belenios — registre électoral, fédération " + ("des outre-mer" if dom else RNG.choice(["du Finistère", "de la Sarthe", "du Rhône", "des Hauts-de-Seine"])) + ", élection du chef",
             "Électeur | Mobile | Courriel | CP"]
    for _ in range(3):
        g, f = who("dom" if dom and RNG.random() < 0.75 else "fr")
        cp = RNG.choice(["97410", "97430", "97200", "97600"]) if dom else RNG.choice(["29200", "72000", "69007", "92130", "29600"])
        lines.append(" | ".join([M("P", g + " " + f), M("PH", fr_mobile(dom)), M("EM", mail(g, f, FR_DOM)), M("PC", cp)]))
    return ("fr", "list", "PO", "\n".join(lines))
def discourse():
    lines = ["Discourse export — forum.members, category 'Leadership debate: your questions'", "username,name,email,last_ip"]
    for _ in range(3):
        g, f = who("ca")
        login = plain(g)[:1] + plain(f)[:7] + str(RNG.randint(1, 9))
        ip = RNG.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(RNG.randint(2, 250))
        lines.append(",".join([M("P", login), M("P", g + " " + f), M("EM", mail(g, f, CA_DOM)), M("IP", ip)]))
    return ("en", "list", "PO", "\n".join(lines))
def mattermost():
    word, cand = RNG.choice([("équipe", "Gagnon"), ("team", "Abiola"), ("équipe", "Rivard-Sy"), ("team", "Kowalczyk")])
    lines = ["Mattermost — channel ~chefferie-c%d, members / membres, %s %s" % (RNG.randint(1, 4), word, M("P", cand)), "Member / Membre\tCell\tEmail\tRole"]
    for _ in range(RNG.randint(3, 4)):
        g, f = who("mix")
        lines.append("\t".join([M("P", g + " " + f), M("PH", nanp(RNG.choice(["514", "438", "819", "613"]))), M("EM", mail(g, f, QC_DOM)), RNG.choice(["pointage", "field", "finance", "digital", "bénévoles"])]))
    return ("mixed", "list", "PO", "\n".join(lines))
TOWNS = [("Moose Jaw", "S6H", ["Stadacona St W", "Caribou St W", "Hochelaga St E"]), ("Lethbridge", "T1J", ["Mayor Magrath Dr S", "Scenic Dr S"]),
         ("Brandon", "R7A", ["Rosser Ave", "Princess Ave"]), ("Charlottetown", "C1A", ["Pownal St", "Euston St"]), ("Nanaimo", "V9R", ["Wentworth St", "Haliburton St"])]
def bitrix():
    town, fsa, streets = RNG.choice(TOWNS)
    lines = ["Bitrix24 CRM export — memberships sold before leadership cut-off (%s)" % town, "Deal ID;New member;DOB (age check 14+);Address;Postal code;Stage"]
    for _ in range(RNG.randint(2, 3)):
        g, f = who("ca")
        lines.append(";".join(["D-%d" % RNG.randint(2000, 9999), M("P", g + " " + f), M("DOB", dob(1948, 2010)), M("AD", "%d %s" % (RNG.randint(3, 1999), RNG.choice(streets))), M("PC", cpc(fsa)), RNG.choice(["Paid", "Pending", "Refunded"])]))
    return ("en", "list", "PO", "\n".join(lines))
def rocket():
    fr = RNG.random() < 0.6
    head = "Rocket.Chat #signatures — bot @sigbot, mise en candidature à la chefferie" if fr else "Rocket.Chat #signatures — @sigbot, nomination papers / bulletin de candidature"
    lines = [head, "signataire / signer — circonscription — tél."]
    for _ in range(RNG.randint(3, 5)):
        g, f = who("qc" if fr else "mix")
        lines.append(" — ".join([M("P", g + " " + f), RNG.choice(["Chicoutimi", "Rimouski", "Gaspé", "Laviolette", "Hull", "Pontiac", "Matane", "Roberval"]), M("PH", nanp(RNG.choice(["418", "819", "581", "873"])))]))
    return ("fr" if fr else "mixed", "list", "PO", "\n".join(lines))
SHAPES = [opavote, belenios, discourse, mattermost, bitrix, rocket]
def make_lists(n):
    out = []
    for k in range(n):
        item = SHAPES[k % len(SHAPES)]()
        c = item[3].count("⟦"); assert 3 <= c <= 20, (item, c)
        out.append(item)
    return out
if __name__ == "__main__":
    L = make_lists(44)
    print("entities", sum(x[3].count("⟦") for x in L))
    for it in L[:6]: print(it[:3]); print(it[3]); print("---")
