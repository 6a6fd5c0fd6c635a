#!/usr/bin/env python3
"""blind-2026-12-w list generator, written from scratch (seed 40771963). make_lists(n) cycles six export shapes of
everyday tools that no earlier README names (0 files each with grep -il over the twenty-two earlier READMEs):
  1. cvent_delegates   - Cvent registration export for a Canadian party convention: full name (one span), e-mail,
                         mobile, a dietary column (hand-mapped: celiac/nut allergy -> HEALTH, halal/kosher -> RELIGION),
  2. booking_rooming   - Booking.com for Business rooming list for a Québec congrès: guest (one span), phone, e-mail,
  3. sncf_groupe       - SNCF Connect group-travel manifest to a French party congress: NOM, Prénom (two spans),
                         date de naissance (carte Avantage), mobile,
  4. okta_syslog       - Okta system-log export of a party's volunteer accounts: login e-mail, client IP (documentation
                         ranges only), event,
  5. yousign_audit     - Yousign audit trail of signed membership / image-rights forms: signer (one span), e-mail,
                         SMS-OTP phone, IP,
  6. justcall_log      - JustCall call log of an English-Canadian phone bank: contact (one span), number, agent (one span),
                         disposition.
Returns (lang, kind, sens, marked) tuples; every one carries POLITICAL_OPINION (convention delegates, congress
travellers, party volunteers, members signing forms, phone-bank supporters). The code of every column is chosen by
hand below; no code is inferred from a value. Call make_lists once per process (names drawn without replacement)."""
import random, unicodedata
RG = random.Random(40771963)

CANADA = {
    "qc": (["Huguette", "Marcel", "Josiane", "Benoît", "Lucille", "Gervais"], ["Tremblay-Gagnon", "Bouchard", "Desrosiers", "Veilleux", "Paquin"]),
    "acadie": (["Édouard", "Yvette", "Anselme", "Rosalie"], ["Thériault", "Gallant", "Richard", "Boudreau"]),
    "haiti": (["Rosemène", "Jocelyn", "Nadège", "Wilner"], ["Saint-Fleur", "Augustin", "Moïse", "Désir"]),
    "west_africa": (["Kadiatou", "Sékou", "Mariam", "Boubacar"], ["Konaté", "Sangaré", "Diakité", "Sow"]),
    "maghreb": (["Karima", "Youssef", "Hakim", "Leïla"], ["Bensaïd", "El Amrani", "Haddad", "Touati"]),
    "south_asia": (["Harpreet", "Devika", "Arjun", "Nasreen"], ["Dhillon", "Iyer", "Chaudhry", "Menon"]),
    "east_asia": (["Xiaoling", "Min-jun", "Yuki", "Chen"], ["Liang", "Kwon", "Sato", "Ho"]),
    "vietnam": (["Ngọc", "Tuấn", "Lan", "Duy"], ["Trương", "Đặng", "Võ"]),
    "indigenous": (["Shanice", "Tyrone", "Kenojuak", "Winona"], ["Cardinal", "Sinclair", "Okpik", "Jacko"]),
    "latam": (["Camila", "Andrés", "Lucía", "Esteban"], ["Villalobos", "Mamani", "Cárdenas-Soto"]),
    "east_europe": (["Oksana", "Bogdan", "Irina", "Tomasz"], ["Kowalczyk", "Melnyk", "Ionescu"]),
    "anglo": (["Gordon", "Marjorie", "Duncan", "Heather"], ["MacPhee", "Whitfield", "Osmond", "Trask"]),
}
FRANCE = {
    "metro": (["Clémence", "Baptiste", "Apolline", "Timothée", "Gwenaëlle"], ["Fournier", "Lacroix-Moreau", "Chevalier", "Barbier"]),
    "maghreb": (["Inès", "Bilal", "Kenza", "Walid"], ["Mansouri", "Bouzid", "Ferhat"]),
    "west_africa": (["Fanta", "Moussa", "Adama", "Rokia"], ["Sissoko", "Cissé", "Dembélé"]),
    "antilles": (["Ludivine", "Wesley", "Yannick", "Sandrine"], ["Moutoussamy", "Cocusse", "Bellance"]),
    "ocean": (["Mickaël", "Lova", "Hamidou", "Tehani"], ["Grondin", "Rakotomalala", "Said", "Teriitahi"]),
    "corse_bzh": (["Ghjuvanni", "Orsola", "Erwan", "Maiwenn"], ["Santoni", "Paoli", "Le Roux", "Guéguen"]),
}
FEM = {"Huguette", "Josiane", "Lucille", "Yvette", "Rosalie", "Rosemène", "Nadège", "Kadiatou", "Mariam", "Karima", "Leïla",
       "Devika", "Nasreen", "Xiaoling", "Yuki", "Ngọc", "Lan", "Shanice", "Kenojuak", "Winona", "Camila", "Lucía", "Oksana",
       "Irina", "Marjorie", "Heather", "Clémence", "Apolline", "Gwenaëlle", "Inès", "Kenza", "Fanta", "Adama", "Rokia",
       "Ludivine", "Sandrine", "Lova", "Tehani", "Orsola", "Maiwenn"}
taken = set()
def person(pools):
    while True:
        given, family = pools[RG.choice(sorted(pools))]
        pair = (RG.choice(given), RG.choice(family))
        if pair not in taken:
            taken.add(pair); return pair

def span(code, value): return "⟦" + code + ":" + value + "⟧"
def ascii_low(s):
    s = s.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c)).lower().replace(" ", "").replace("'", "")
def address_mail(g, f, doms):
    form = RG.choice(["{g}.{f}", "{g}_{f}", "{i}.{f}", "{f}{g}", "{g}{f}{n}"])
    return form.format(g=ascii_low(g), f=ascii_low(f), i=ascii_low(g)[0], n=RG.randint(1, 99)) + "@" + RG.choice(doms)
DOM_CA = ["gmail.com", "hotmail.ca", "videotron.ca", "telus.net", "eastlink.ca", "icloud.com", "live.ca", "cogeco.ca"]
DOM_FR = ["gmail.com", "orange.fr", "free.fr", "wanadoo.fr", "outlook.fr", "yahoo.fr", "icloud.com"]
def nanp(area):
    x = "%02d" % RG.randint(0, 99)
    return RG.choice([f"{area}-555-01{x}", f"({area}) 555-01{x}", f"+1-{area}-555-01{x}", f"{area} 555 01{x}", f"1{area}55501{x}"])
FR_MOB = ["06 39 98", "07 00 11", "0690", "0694", "0692", "0639"]
def fr_phone():
    b = RG.choice(FR_MOB)
    if len(b) == 4:
        n = b[:2] + " " + b[2:] + " %02d %02d %02d" % (RG.randint(10, 99), RG.randint(10, 99), RG.randint(10, 99))
    else:
        n = b + " %02d %02d" % (RG.randint(10, 99), RG.randint(10, 99))
    style = RG.choice(["sp", "sp", "dot", "intl"])
    if style == "dot": return n.replace(" ", ".")
    if style == "intl": return "+33 " + n[1:]
    return n
def doc_ip():
    return RG.choice(["192.0.2", "198.51.100", "203.0.113"]) + "." + str(RG.randint(1, 254))

CONVENTIONS = [("Halifax", "902"), ("Winnipeg", "204"), ("Regina", "306"), ("London, ON", "519"), ("Victoria", "250"), ("St. John's", "709")]
DIET = [("none", ""), ("none", ""), ("vegetarian", ""), ("vegan", ""), ("celiac - strict gluten-free", "H"), ("severe peanut allergy (EpiPen)", "H"),
        ("halal", "R"), ("kosher", "R"), ("no pork", ""), ("diabetic meal", "H")]
def cvent_delegates():
    city, area = RG.choice(CONVENTIONS); sens = {"PO"}
    rows = ["Registration ID,Full Name,Email Address,Mobile Phone,Registration Type,Dietary Requirements,Status"]
    for _ in range(RG.randint(3, 4)):
        g, f = person(CANADA)
        diet, extra = RG.choice(DIET)
        if extra: sens.add(extra)
        rows.append(",".join(["R-%06d" % RG.randint(1000, 999999), span("P", f"{g} {f}"), span("EM", address_mail(g, f, DOM_CA)),
                              span("PH", nanp(RG.choice([area, "613", "416", "604", "780"]))), RG.choice(["Voting delegate", "Alternate delegate", "Youth delegate", "Observer"]),
                              "\"" + diet + "\"", RG.choice(["Accepted", "Accepted", "Waitlisted"])]))
    return ("en", "list", ",".join(sorted(sens, key=lambda c: c != "PO")), f"Cvent - attendee report, {city} policy convention (delegates)\n" + "\n".join(rows))

HOTELS = [("Québec", "418"), ("Trois-Rivières", "819"), ("Gatineau", "819"), ("Sherbrooke", "819"), ("Saguenay", "418"), ("Laval", "450")]
def booking_rooming():
    city, area = RG.choice(HOTELS)
    rows = ["Confirmation;Client;Téléphone;Courriel;Arrivée;Départ;Chambre;Remarque"]
    for _ in range(RG.randint(2, 4)):
        g, f = person(CANADA)
        rows.append(";".join(["%010d" % RG.randint(10**9, 10**10 - 1), span("P", f"{g} {f}"), span("PH", nanp(RG.choice([area, "514", "581", "873"]))),
                              span("EM", address_mail(g, f, DOM_CA)), "2026-11-13", "2026-11-15", RG.choice(["1 lit Queen", "2 lits doubles", "Studio"]),
                              RG.choice(["délégué(e) de circonscription", "bénévole accueil", "membre du conseil national", "arrivée tardive"])]))
    return ("fr", "list", "PO", f"Booking.com for Business — liste des chambres, congrès national ({city})\n" + "\n".join(rows))

TRAINS = [("Lille", "Lyon Part-Dieu"), ("Rennes", "Bordeaux Saint-Jean"), ("Strasbourg", "Paris Gare de l'Est"), ("Marseille Saint-Charles", "Lille Europe"),
          ("Nantes", "Paris Montparnasse"), ("Toulouse Matabiau", "Montpellier Saint-Roch")]
def sncf_groupe():
    dep, arr = RG.choice(TRAINS)
    rows = ["NOM;Prénom;Date de naissance;Carte;Mobile;Voiture;Place"]
    for _ in range(RG.randint(2, 3)):
        g, f = person(FRANCE)
        year = RG.randint(1948, 2004)
        dob = "%02d/%02d/%d" % (RG.randint(1, 28), RG.randint(1, 12), year)
        card = "Avantage Senior" if year < 1966 else ("Avantage Jeune" if year > 1999 else RG.choice(["Avantage Adulte", "—"]))
        rows.append(";".join([span("P", f.upper()), span("P", g), span("DOB", dob), card,
                              span("PH", fr_phone()), "%02d" % RG.randint(1, 18), str(RG.randint(11, 96))]))
    return ("fr", "list", "PO", f"SNCF Connect — voyage de groupe, délégation au congrès fédéral ({dep} → {arr})\n" + "\n".join(rows))

def okta_syslog():
    rows = ["published\tactor.alternateId\tclient.ipAddress\teventType\toutcome"]
    for _ in range(RG.randint(3, 4)):
        g, f = person(CANADA if RG.random() < 0.5 else FRANCE)
        rows.append("\t".join(["2026-10-%02dT%02d:%02d:%02d.%03dZ" % (RG.randint(1, 30), RG.randint(0, 23), RG.randint(0, 59), RG.randint(0, 59), RG.randint(0, 999)),
                               span("EM", address_mail(g, f, ["benevoles.exemple.org", "volunteer.example.ca"])), span("IP", doc_ip()),
                               RG.choice(["user.session.start", "user.authentication.sso", "user.mfa.factor.activate", "user.account.lock"]),
                               RG.choice(["SUCCESS", "SUCCESS", "FAILURE"])]))
    return ("en", "list", "PO", "Okta - System Log export, app \"CRM benevoles / volunteer CRM\" (party tenant)\n" + "\n".join(rows))

def yousign_audit():
    doc = RG.choice(["Bulletin d'adhésion 2027", "Autorisation droit à l'image — congrès", "Engagement de colistier", "Charte du militant"])
    rows = [f"Yousign — piste d'audit, document « {doc} »"]
    for _ in range(RG.randint(2, 3)):
        g, f = person(FRANCE)
        rows.append(f"- Signataire : {span('P', g + ' ' + f)} <{span('EM', address_mail(g, f, DOM_FR))}> | OTP SMS envoyé au {span('PH', fr_phone())} | "
                    f"signé le {RG.randint(1, 28):02d}/11/2026 à {RG.randint(8, 22)}h{RG.randint(0, 59):02d} depuis {span('IP', doc_ip())}")
    return ("fr", "list", "PO", "\n".join(rows))

PHONEBANKS = [("Brampton", "905"), ("Surrey", "604"), ("Lethbridge", "403"), ("Fredericton", "506"), ("Thunder Bay", "807"), ("Nanaimo", "250")]
def justcall_log():
    town, area = RG.choice(PHONEBANKS)
    ag, af = person(CANADA)
    rows = ["Date,Contact,Number,Agent,Duration,Disposition,Notes"]
    for _ in range(RG.randint(3, 4)):
        g, f = person(CANADA)
        rows.append(",".join([f"2026-10-{RG.randint(1, 30):02d}", span("P", f"{g} {f}"), span("PH", nanp(area)), span("P", f"{ag} {af}"),
                              "%d:%02d" % (RG.randint(0, 9), RG.randint(0, 59)), RG.choice(["Supporter", "Leaning", "Undecided", "Sign request", "Volunteer"]),
                              "\"" + RG.choice(["wants a lawn sign", "call back after 6", "will vote at advance poll", "offered a ride", "asked about transit plan"]) + "\""]))
    return ("en", "list", "PO", f"JustCall - call log export, {town} phone bank\n" + "\n".join(rows))

SHAPES = [cvent_delegates, booking_rooming, sncf_groupe, okta_syslog, yousign_audit, justcall_log]
def make_lists(n):
    out = []
    for k in range(n):
        item = SHAPES[k % len(SHAPES)]()
        c = item[3].count("⟦")
        assert 3 <= c <= 20, (item, c)
        out.append(item)
    return out

if __name__ == "__main__":
    for it in make_lists(6):
        print(it[:3]); print(it[3]); print("---")
