#!/usr/bin/env python3
"""blind-2026-12-ii list generator, written from scratch for this set (seed 83025117).
make_lists(n) cycles six export shapes of disaster-response and inbox tools that no earlier README names (0 files each with
grep -il over the other blind-2026-12* READMEs): Ushahidi, Sahana, Crisis Cleanup, Everbridge, Alertable, Missive.
  1. ushahidi  - Ushahidi flood-map reports relayed to an MNA's riding office (fr): reporter, phone, street address.  No category.
  2. sahana    - Sahana Eden evacuation-centre registry (en): evacuee, DOB, phone, need. HEALTH (every list holds at least one
                 stated medical need: insulin, dialysis, oxygen, wheelchair).
  3. cleanup   - Crisis Cleanup work orders forwarded by an MP's office (en): homeowner, phone, street address, postal code. None.
  4. everbridge- Everbridge call-out of the party riding association's sandbag volunteers (mixed): volunteer, mobile, e-mail.
                 POLITICAL_OPINION (volunteers of a party association).
  5. alertable - Alertable subscriptions to a riding office's flood alerts (fr, Québec): name, e-mail, postal code. None.
  6. missive   - Missive shared-inbox export of a député's permanence after a catastrophe naturelle (fr): sender, e-mail,
                 phone (fiction blocks or overseas mobiles). None.
Column codes are typed by hand below; nothing is inferred from a value. Synthetic values only (555-01xx, French fiction
blocks, example-like domains). Names drawn without replacement: call make_lists once per process."""
import random, unicodedata
RNG = random.Random(83025117)
POOLS = {
    "qc": (["Gaétane", "Réjean", "Solange", "Mathis", "Noémie", "Yvon", "Laurence", "Steeve", "Maëlle", "Benoît"],
           ["Thibodeau", "Fréchette", "Ouellet-Roy", "Desrosiers", "Gauvreau", "Labbé", "Cyr", "Boisvert", "Vachon", "Racicot"]),
    "ca": (["Trevor", "Leah", "Ngozi", "Farhan", "Keiko", "Bogdan", "Aoife", "Pemba", "Jaswinder", "Marisol", "Callum", "Wanda"],
           ["Hollingsworth", "Adeyemi", "Qureshi", "Nakamura", "Kowalczyk", "Flett", "Dhaliwal", "Arce", "McIsaac", "Sinclair", "Bearskin", "Tsering"]),
    "fr": (["Maëva", "Kylian", "Awa", "Baptiste", "Inès", "Gaspard", "Loane", "Mehdi", "Sixtine", "Romain"],
           ["Lefebvre", "Diarra", "Chevallier", "Benali", "Guérin", "Marchetti", "Ndiaye", "Le Goff", "Perrin", "Vasseur"]),
    "om": (["Tatiana", "Jimmy", "Zaïnaba", "Loïc", "Soizic"], ["Hoarau", "Ahamada", "Jean-Baptiste", "Rivière", "Madi"]),
}
TAKEN = set()
def who(key):
    g_pool, f_pool = POOLS[key]
    while True:
        g, f = RNG.choice(g_pool), RNG.choice(f_pool)
        if (g, f) not in TAKEN:
            TAKEN.add((g, f)); return g, f
def sp(code, val): return "⟦" + code + ":" + val + "⟧"
def plain(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().replace(" ", "").replace("'", "").replace("-", "")
def mail(g, f, domains):
    style = RNG.randrange(4)
    local = [plain(g) + "." + plain(f), plain(g) + plain(f)[:4], plain(f) + "." + plain(g)[0], plain(g) + str(RNG.randint(10, 89))][style]
    return local + "@" + RNG.choice(domains)
QC_MAIL = ["videotron.ca", "gmail.com", "outlook.com", "sympatico.ca", "globetrotter.net", "derytele.com"]
CA_MAIL = ["gmail.com", "shaw.ca", "eastlink.ca", "yahoo.ca", "sasktel.net", "mts.net"]
FR_MAIL = ["orange.fr", "free.fr", "sfr.fr", "laposte.net", "gmail.com", "outlook.fr"]
def nanp(area):
    tail = "01" + "%02d" % RNG.randint(0, 99)
    fmt = RNG.choice(["{a}-555-{t}", "({a}) 555-{t}", "{a}.555.{t}", "1-{a}-555-{t}", "{a} 555-{t}"])
    return fmt.format(a=area, t=tail)
def fr_phone(overseas):
    if overseas:
        head = RNG.choice(["0692", "0693", "0639", "0690", "0696"])
        return head + " " + " ".join("%02d" % RNG.randint(10, 99) for _ in range(3))
    head = RNG.choice(["01 99 00", "03 53 01", "04 65 71", "07 00 11", "06 39 98"])
    return head + " " + " ".join("%02d" % RNG.randint(10, 99) for _ in range(2))
def pcode(fsa):
    return fsa + " " + str(RNG.randint(0, 9)) + RNG.choice("ABCEGHJKLMNPRSTVWXYZ") + str(RNG.randint(0, 9))

def ushahidi():
    town, streets = RNG.choice([("Sainte-Marthe-sur-le-Lac", ["rue des Cèdres", "boulevard des Pins", "rue de la Rive"]),
                                ("Rigaud", ["chemin de la Pointe", "rue Saint-Viateur"]), ("Baie-Saint-Paul", ["rue Forget", "rue Ambroise-Fafard"]),
                                ("Gatineau", ["rue Jacques-Cartier", "rue Moreau"])])
    rows = ["Ushahidi — signalements « Crue printanière %s », transmis au bureau de circonscription" % town, "signalement|catégorie|déclarant|téléphone|adresse"]
    for _ in range(RNG.randint(3, 5)):
        g, f = who("qc")
        rows.append("|".join(["U%05d" % RNG.randint(100, 99999), RNG.choice(["sous-sol inondé", "rue fermée", "puits contaminé", "refoulement d'égout"]),
                              sp("P", g + " " + f), sp("PH", nanp(RNG.choice(["450", "418", "819"]))), sp("AD", "%d, %s" % (RNG.randint(3, 990), RNG.choice(streets)))]))
    return ("fr", "list", "", "\n".join(rows))
NEEDS_MED = ["insulin / fridge", "dialysis Tue-Thu-Sat", "home oxygen", "wheelchair user", "CPAP machine"]
NEEDS_OTHER = ["pet (dog)", "no car", "none", "infant formula", "interpreter (Cree)"]
def sahana():
    site, area = RNG.choice([("Thompson Regional Community Centre", "204"), ("Prince Albert Exhibition", "306"), ("Hay River arena", "867"), ("Kamloops Sandman Centre", "250")])
    rows = ["Sahana Eden — evacuee registry, %s (copy sent to the MP's constituency office)" % site, "Reg#\tName\tDOB\tPhone\tNeeds"]
    k = RNG.randint(3, 4); med_row = RNG.randrange(k)
    for i in range(k):
        g, f = who("ca")
        need = RNG.choice(NEEDS_MED) if i == med_row else RNG.choice(NEEDS_MED + NEEDS_OTHER)
        rows.append("\t".join(["EV-%d" % RNG.randint(1000, 9999), sp("P", g + " " + f), sp("DOB", "%d-%02d-%02d" % (RNG.randint(1931, 2004), RNG.randint(1, 12), RNG.randint(1, 28))),
                               sp("PH", nanp(area)), need]))
    return ("en", "list", "H", "\n".join(rows))
def cleanup():
    town, fsa, area, streets = RNG.choice([("Truro", "B2N", "902", ["Queen St", "Young St", "Prince St"]), ("Fredericton", "E3B", "506", ["Smythe St", "Riverside Dr"]),
                                           ("Abbotsford", "V2S", "604", ["Sumas Way", "Vye Rd"]), ("Merritt", "V1K", "250", ["Voght St", "Nicola Ave"])])
    rows = ["Crisis Cleanup — open work orders, %s (forwarded by the MP's office)" % town, "Case,Homeowner,Phone,Address,Postal,Work type"]
    for _ in range(RNG.randint(2, 3)):
        g, f = who("ca")
        rows.append(",".join(["CC-%d" % RNG.randint(20000, 89999), sp("P", g + " " + f), sp("PH", nanp(area)), sp("AD", "%d %s" % (RNG.randint(5, 1800), RNG.choice(streets))),
                              sp("PC", pcode(fsa)), RNG.choice(["muck out", "drywall", "tarp", "debris"])]))
    return ("en", "list", "", "\n".join(rows))
def everbridge():
    rows = ["Everbridge — call-out « sacs de sable / sandbagging », bénévoles de l'association de circonscription du parti", "Volunteer / Bénévole;Mobile;Email;Réponse / Reply"]
    for _ in range(RNG.randint(3, 5)):
        g, f = who("qc" if RNG.random() < 0.5 else "ca")
        rows.append(";".join([sp("P", g + " " + f), sp("PH", nanp(RNG.choice(["514", "450", "613", "819"]))), sp("EM", mail(g, f, QC_MAIL + CA_MAIL)),
                              RNG.choice(["1 = j'arrive / on my way", "2 = pas dispo", "no reply"])]))
    return ("mixed", "list", "PO", "\n".join(rows))
def alertable():
    fsa = RNG.choice(["J7V", "J0P", "G3Z", "J8T", "G0A", "J5R"])
    rows = ["Alertable — abonnés aux alertes crue du bureau de la députée (export)", "nom,courriel,code_postal,langue"]
    for _ in range(RNG.randint(3, 5)):
        g, f = who("qc")
        rows.append(",".join([sp("P", g + " " + f), sp("EM", mail(g, f, QC_MAIL)), sp("PC", pcode(fsa)), RNG.choice(["fr", "fr", "en"])]))
    return ("fr", "list", "", "\n".join(rows))
def missive():
    overseas = RNG.random() < 0.4
    place = RNG.choice(["Saint-Pierre (974)", "Mamoudzou", "Le Lamentin"]) if overseas else RNG.choice(["Blendecques", "Arques", "Saint-Omer", "Vernon"])
    rows = ["Missive — boîte partagée de la permanence, messages « catastrophe naturelle » (%s)" % place, "Expéditeur | Adresse | Téléphone | Objet"]
    for _ in range(RNG.randint(3, 4)):
        g, f = who("om" if overseas and RNG.random() < 0.7 else "fr")
        rows.append(" | ".join([sp("P", g + " " + f), sp("EM", mail(g, f, FR_MAIL)), sp("PH", fr_phone(overseas)),
                                RNG.choice(["dossier assurance", "arrêté CatNat ?", "relogement", "toiture arrachée"])]))
    return ("fr", "list", "", "\n".join(rows))
SHAPES = [ushahidi, sahana, cleanup, everbridge, alertable, missive]
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
