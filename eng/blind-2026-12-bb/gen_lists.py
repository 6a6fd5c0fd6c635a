#!/usr/bin/env python3
"""blind-2026-12-bb list generator, written from scratch for this set (seed 50863194). It is not derived from y's gen_lists.py:
own pools, own towns, own tools and shapes. make_lists(n) cycles six exports of everyday tools that no earlier README names
(0 files each with grep -il over the twenty-seven earlier READMEs): Kizeo Forms, Better Impact, Connecteam, Smartwaiver, Clover,
Ticket Tailor. The theme is this set's focus: the party's parade floats and fair booths.
  1. kizeo        - Kizeo Forms booth sign-up sheet at a comice agricole / fête de village (fr; France or overseas): nom, courriel,
                    code postal (5 digits), commune.
  2. betterimpact - Better Impact volunteer shift export for the Canada Day / Fête du Canada booth (en): volunteer, phone, e-mail.
  3. connecteam   - Connecteam float crew schedule for a Fête nationale or Pride parade (mixed): name, mobile, role.
  4. smartwaiver  - Smartwaiver float-rider waivers (en or fr): participant, DOB, emergency contact, emergency phone.
  5. clover       - Clover booth sales report, memberships and buttons at a fair (fr or en): customer, e-mail, postal code.
  6. tickettailor - Ticket Tailor tickets for the after-parade barbecue (en): buyer, e-mail, phone, street address.
Each column's entity code is typed by hand in the shape functions; nothing is inferred from a value. Every list carries
POLITICAL_OPINION (volunteering for, riding on, buying a membership at or buying tickets from a party's float or booth).
Synthetic values only: NANP 555-01xx, French fiction blocks 01 99 00 / 06 39 98 / 07 00 11, overseas mobile prefixes, example
domains. Call make_lists once per process (names are drawn without replacement)."""
import random, unicodedata
RNG = random.Random(50863194)
POOLS = {
 "qc": (["Sylvie", "Normand", "Maude", "Benoît", "Karine", "Réjean", "Océane", "Wilfrid", "Nathalie", "Jocelyn"],
        ["Bouchard-Gagné", "Pelletier", "Desrosiers", "Thibodeau", "Vaillancourt", "Lapointe", "Charest-Roy", "Beaulieu", "Duquette", "Forget"]),
 "ca": (["Amara", "Duncan", "Priyanka", "Keoni", "Oksana", "Tariq", "Colleen", "Jun", "Wanda", "Emeka", "Marisol", "Thanh", "Ruby", "Farhan"],
        ["Adeyemi", "McAllister", "Raghavan", "Kovalenko", "Saddiqui", "O'Rourke", "Nakamura", "Bearshield", "Quispe", "Nguyen-Tran", "Okonkwo", "Stewart", "Hussain", "Wolfleg"]),
 "fr": (["Clémence", "Mathis", "Awa", "Bastien", "Inès", "Loïc", "Soraya", "Gautier", "Maëlle", "Karim"],
        ["Lefebvre", "Traoré", "Garnier", "Benali", "Perrin-Duval", "Kerjean", "Diop", "Marchetti", "Rousseau", "Ben Salah"]),
 "dom": (["Johan", "Maéva", "Ketty", "Dimitri", "Soanane", "Willy"], ["Hoarau", "Bellance", "Jean-Baptiste", "Grondin", "Ali Madi", "Nirlo"]),
}
used = set()
def person(key):
    g0, f0 = POOLS[key]
    for _ in range(500):
        g, f = RNG.choice(g0), RNG.choice(f0)
        if (g, f) not in used:
            used.add((g, f)); return g, f
    raise RuntimeError("pool exhausted")
def S(code, v): return "⟦" + code + ":" + v + "⟧"
def plain(s): return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c)).lower().replace(" ", "").replace("'", "")
def mail(g, f, doms):
    shape = RNG.randrange(4)
    local = [plain(g) + "." + plain(f), plain(g)[0] + "." + plain(f), plain(f) + "." + plain(g)[0] + str(RNG.randint(2, 98)), plain(g) + "_" + plain(f)[:4]][shape]
    return local + "@" + RNG.choice(doms)
CA_DOM = ["outlook.com", "gmail.com", "sympatico.ca", "eastlink.ca", "shaw.ca", "bell.net", "example.ca"]
FR_DOM = ["sfr.fr", "gmail.com", "bbox.fr", "outlook.fr", "example.fr"]
def nanp(area):
    x = "01" + "%02d" % RNG.randint(0, 99)
    return RNG.choice(["{a}-555-{x}", "({a}) 555-{x}", "{a}.555.{x}", "1-{a}-555-{x}"]).format(a=area, x=x)
def fr_phone(dom_prefix=None):
    if dom_prefix: return "%s %02d %02d %02d" % (dom_prefix, RNG.randint(10, 99), RNG.randint(10, 99), RNG.randint(10, 99))
    return RNG.choice(["01 99 00", "06 39 98", "07 00 11"]) + " %02d %02d" % (RNG.randint(10, 99), RNG.randint(10, 99))
def ca_pc(fsa): return "%s %d%s%d" % (fsa, RNG.randint(1, 9), RNG.choice("ABCEGHJKLMNPRSTVWXYZ"), RNG.randint(1, 9))

FAIRS_FR = [("Comice agricole de Montbrison", "42600", "Montbrison"), ("Fête de la Saint-Louis, Marcillac", "12330", "Marcillac-Vallon"),
            ("Foire aux sorcières, Bué", "18300", "Bué"), ("Fête du cidre, Beuvron", "14430", "Beuvron-en-Auge"),
            ("Foire de Libramont (section des Français de Belgique)", "59000", "Lille")]
FAIRS_DOM = [("Fête patronale du Moule", "97160", "Le Moule", "0690"), ("Foire de Bras-Panon", "97412", "Bras-Panon", "0692")]
def kizeo():
    if RNG.random() < 0.3:
        fair, cp, town, pre = RNG.choice(FAIRS_DOM); key = "dom"
    else:
        fair, cp, town = RNG.choice(FAIRS_FR); key = "fr"; pre = None
    rows = ["Kizeo Forms — fiche stand « %s » (export)" % fair, "Nom ; Courriel ; Code postal ; Commune ; Adhésion"]
    for _ in range(RNG.randint(3, 4)):
        g, f = person(key if RNG.random() < 0.75 else "fr")
        rows.append(" ; ".join([S("P", g + " " + f), S("EM", mail(g, f, FR_DOM)), S("PC", cp), town, RNG.choice(["oui", "non", "à rappeler"])]))
    return ("fr", "list", "PO", "\n".join(rows))
BOOTHS = [("Canada Day booth, Major's Hill", "613"), ("Fête du Canada booth, Moncton", "506"), ("Canada Day booth, Assiniboine Park", "204"),
          ("Canada Day booth, Saskatoon riverbank", "306"), ("Canada Day booth, Charlottetown waterfront", "902"), ("Canada Day booth, Yellowknife", "867")]
def betterimpact():
    booth, area = RNG.choice(BOOTHS)
    rows = ["Better Impact — shift report: %s" % booth, "Volunteer\tPhone\tEmail\tShift"]
    for _ in range(RNG.randint(3, 4)):
        g, f = person("ca")
        rows.append("\t".join([S("P", g + " " + f), S("PH", nanp(area)), S("EM", mail(g, f, CA_DOM)), RNG.choice(["10:00-13:00", "13:00-16:00", "16:00-19:00", "teardown"])]))
    return ("en", "list", "PO", "\n".join(rows))
PARADES = [("défilé de la Fête nationale, Saint-Hyacinthe", "450"), ("Fierté Montréal / Pride parade", "514"), ("défilé du 24 juin, Alma", "418"),
           ("Carnaval de Québec night parade", "418"), ("défilé de la Saint-Jean, Rouyn-Noranda", "819")]
def connecteam():
    parade, area = RNG.choice(PARADES)
    rows = ["Connecteam — horaire de l'équipe du char / float crew schedule (%s)" % parade, "Nom / Name, Mobile, Rôle / Role"]
    for _ in range(RNG.randint(4, 6)):
        g, f = person("qc" if RNG.random() < 0.6 else "ca")
        rows.append(", ".join([S("P", g + " " + f), S("PH", nanp(area)), RNG.choice(["chauffeur / driver", "marcheur / walker", "bannière / banner", "bonbons / candy", "sono / sound"])]))
    return ("mixed", "list", "PO", "\n".join(rows))
def smartwaiver():
    fr = RNG.random() < 0.5
    area = RNG.choice(["418", "819", "450"]) if fr else RNG.choice(["403", "780", "250", "709"])
    rows = ["Smartwaiver — décharges des passagers du char" if fr else "Smartwaiver — float rider waivers",
            "Participant | DOB | Emergency contact | Emergency phone"]
    for _ in range(RNG.randint(2, 3)):
        g, f = person("qc" if fr else "ca")
        g2, f2 = person("qc" if fr else "ca")
        rows.append(" | ".join([S("P", g + " " + f), S("DOB", "%d-%02d-%02d" % (RNG.randint(1948, 2006), RNG.randint(1, 12), RNG.randint(1, 28))),
                                S("P", g2 + " " + f2), S("PH", nanp(area))]))
    return ("fr" if fr else "en", "list", "PO", "\n".join(rows))
FAIRS_CA = [("Expo agricole de Saint-Hyacinthe", ["J2S", "J2R"]), ("Calgary Stampede grounds", ["T2G", "T3E"]), ("Brome Fair", ["J0E"]),
            ("Royal Manitoba Winter Fair", ["R7A"]), ("Exposition agricole de Bellechasse", ["G0R"]), ("PNE fair", ["V5K", "V5L"])]
def clover():
    fair, fsas = RNG.choice(FAIRS_CA)
    fr = fair.startswith("Expo")
    rows = [("Clover — rapport des ventes du kiosque, %s (cartes de membre, macarons)" if fr else "Clover — booth sales report, %s (memberships, buttons)") % fair,
            "Client;Courriel;Code postal;Article" if fr else "Customer;Email;Postal code;Item"]
    for _ in range(RNG.randint(3, 4)):
        g, f = person("qc" if fr else "ca")
        rows.append(";".join([S("P", g + " " + f), S("EM", mail(g, f, CA_DOM)), S("PC", ca_pc(RNG.choice(fsas))),
                              RNG.choice(["carte de membre 5 $", "macaron 2 $", "casquette 15 $"] if fr else ["membership $5", "button $2", "tote bag $12"])]))
    return ("fr" if fr else "en", "list", "PO", "\n".join(rows))
BBQ = [("Kingston", "613", ["Princess St", "Johnson St", "Barrie St"]), ("Fredericton", "506", ["Regent St", "Smythe St"]),
       ("Thunder Bay", "807", ["Red River Rd", "Algoma St N"]), ("Red Deer", "403", ["Gaetz Ave", "Ross St"]), ("Truro", "902", ["Prince St", "Young St"])]
def tickettailor():
    town, area, streets = RNG.choice(BBQ)
    rows = ["Ticket Tailor — after-parade barbecue, %s (orders)" % town, "Order,Buyer,Email,Phone,Address,Tickets"]
    for _ in range(RNG.randint(2, 3)):
        g, f = person("ca")
        rows.append(",".join(["TT-%05d" % RNG.randint(1, 99999), S("P", g + " " + f), S("EM", mail(g, f, CA_DOM)), S("PH", nanp(area)),
                              S("AD", "%d %s" % (RNG.randint(3, 1900), RNG.choice(streets))), str(RNG.randint(1, 6))]))
    return ("en", "list", "PO", "\n".join(rows))
SHAPES = [kizeo, betterimpact, connecteam, smartwaiver, clover, tickettailor]
def make_lists(n):
    out = []
    for k in range(n):
        item = SHAPES[k % len(SHAPES)]()
        c = item[3].count("⟦"); assert 3 <= c <= 20, (item, c)
        out.append(item)
    return out
if __name__ == "__main__":
    L = make_lists(42)
    print("lists", len(L), "entities", sum(x[3].count("⟦") for x in L))
    for it in L[:6]: print(it[:3]); print(it[3]); print("---")
