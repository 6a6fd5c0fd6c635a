#!/usr/bin/env python3
"""Generates tests/ConsentKit.Prompts.Tests/Eval/prompt-filter-eval.jsonl: realistic fr/en texts (prompts, CRM notes,
e-mails, SMS) with the exact spans of the personal data they hold and the special categories they reveal, negatives and
evasions included. Deterministic (fixed seed); re-run after editing the templates, then review the diff."""
import json, random, re

random.seed(20261123)

GIVEN = ["Élise", "Marie", "Karim", "Jean-François", "Sophie", "Mathieu", "Fatima", "Olivier", "Chloé", "Youssef", "Nathalie",
         "Samuel", "Amina", "Étienne", "Julie", "Alexandre", "Mélanie", "Thomas", "Nadia", "Philippe", "Isabelle", "Mohamed",
         "Geneviève", "Patrick", "Linh", "Émilie", "David", "Sarah", "Wei", "Priya", "Marc-André", "Valérie", "Kevin", "Laura"]
FAMILY = ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Nguyen", "Benali", "Lefebvre", "Martin", "Dubois", "Haddad",
          "Pelletier", "Smith", "Wilson", "Bergeron", "Leblanc", "Morin", "Lavoie", "Chen", "Fortin", "Gauthier", "Ouellet",
          "Diallo", "Joseph", "Rossi", "Silva", "Lambert", "Girard", "Thompson", "Brown"]
# Names outside the shipped lists, found only through their cue (title or label).
RARE = ["Xyandre Plouffe-Kessler", "Oriane Vasquelin", "Brendt Halloway", "Zéphirin Quenneville"]
STREETS_FR = ["rue Sainte-Catherine Est", "boul. René-Lévesque Ouest", "avenue du Parc", "chemin de la Côte-des-Neiges",
              "rue Saint-Denis", "boulevard Laurier", "rang Saint-Joseph", "rue de la Paix", "avenue Jean-Jaurès", "rue Principale",
              "chemin Sainte-Foy", "rue des Érables", "boul. Saint-Martin Ouest", "avenue Victor-Hugo"]
STREETS_EN = ["Baker Street", "Main Street", "Elm Avenue", "Sherbrooke Street West", "Maple Drive", "Queen Street East", "Bank Street"]
CITIES = ["Montréal", "Laval", "Québec", "Gatineau", "Longueuil", "Sherbrooke", "Paris", "Lyon", "Toulouse", "Ottawa"]

def luhn_ok(s):
    total, dbl = 0, False
    for ch in reversed(s):
        d = int(ch)
        if dbl:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
        dbl = not dbl
    return total % 10 == 0

def luhn_complete(prefix, length):
    while True:
        body = prefix + "".join(random.choice("0123456789") for _ in range(length - len(prefix) - 1))
        for c in "0123456789":
            if luhn_ok(body + c):
                return body + c

def person():
    return f"{random.choice(GIVEN)} {random.choice(FAMILY)}"

def email(name=None):
    g = random.choice(["elise", "k.benali", "jf.tremblay", "sophie.martin", "m.gagnon", "nadia_h", "tom.wilson", "linh.nguyen", "pcote2024"])
    d = random.choice(["exemple.qc.ca", "courriel.com", "example.org", "videotron.ca", "orange.fr", "gmail.com", "parti-exemple.ca"])
    return f"{g}@{d}"

def phone():
    area = random.choice(["514", "438", "450", "418", "819", "613", "416", "604"])
    a, b = f"{random.randint(200, 999)}", f"{random.randint(0, 9999):04d}"
    return random.choice([f"{area} {a}-{b}", f"({area}) {a}-{b}", f"{area}-{a}-{b}", f"{area}.{a}.{b}", f"+1 {area} {a} {b}", f"1-{area}-{a}-{b}", f"{area}{a}{b}"])

def phone_fr():
    d = [random.randint(10, 99) for _ in range(4)]
    p = random.choice(["06", "07", "01", "04", "09"])
    return random.choice([f"{p} {d[0]} {d[1]} {d[2]} {d[3]}", f"{p}.{d[0]}.{d[1]}.{d[2]}.{d[3]}", f"+33 {p[1]} {d[0]} {d[1]} {d[2]} {d[3]}", f"0033 {p[1]} {d[0]} {d[1]} {d[2]} {d[3]}", f"{p}-{d[0]}-{d[1]}-{d[2]}-{d[3]}"])

def address_fr():
    return f"{random.randint(1, 9999)}{random.choice(['', '', ' bis', 'A'])}{random.choice([',', ''])} {random.choice(STREETS_FR)}"

def address_en():
    return f"{random.randint(1, 9999)} {random.choice(STREETS_EN)}"

def postal():
    L, O = "ABCEGHJKLMNPRSTVXY", "ABCEGHJKLMNPRSTVWXYZ"
    return f"{random.choice(L)}{random.randint(0, 9)}{random.choice(O)} {random.randint(0, 9)}{random.choice(O)}{random.randint(0, 9)}"

def sin():
    s = luhn_complete(random.choice("12345679"), 9)
    return random.choice([f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}", s])

def nir():
    sex = random.choice("12")
    yy, mm = f"{random.randint(40, 99):02d}", f"{random.randint(1, 12):02d}"
    dept = random.choice(["75", "69", "13", "2A", "2B", "33", "59"])
    commune, order = f"{random.randint(1, 999):03d}", f"{random.randint(1, 999):03d}"
    num = int((sex + yy + mm + dept.replace("2A", "19").replace("2B", "18") + commune + order))
    key = 97 - num % 97
    return f"{sex} {yy} {mm} {dept} {commune} {order} {key:02d}"

def ramq():
    fam, giv = random.choice(FAMILY).upper()[:3], random.choice(GIVEN)[0].upper()
    fam = fam.replace("Ô", "O").replace("É", "E")
    yy, mm, dd = random.randint(40, 99), random.randint(1, 12) + random.choice([0, 50]), random.randint(1, 28)
    return f"{fam}{giv} {yy:02d}{mm:02d} {dd:02d}{random.randint(10, 99)}"

def iban():
    bban = "".join(random.choice("0123456789") for _ in range(23))
    def check(cc, b):
        s = b + cc + "00"
        n = int("".join(str(int(c, 36)) for c in s))
        return f"{98 - n % 97:02d}"
    raw = "FR" + check("FR", bban) + bban
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))

def card():
    c = luhn_complete(random.choice(["4", "51", "55", "37", "6011"]), 16 if not None else 16)
    return random.choice([" ".join(c[i:i + 4] for i in range(0, 16, 4)), "-".join(c[i:i + 4] for i in range(0, 16, 4)), c])

def ip():
    return random.choice([f"{random.randint(1, 223)}.{random.randint(0, 255)}.{random.randint(0, 255)}.{random.randint(1, 254)}", "2001:db8:85a3::8a2e:370:7334", "fe80::1ff:fe23:4567:890a"])

def dob():
    return random.choice([f"{random.randint(1, 28)} {random.choice(['mars', 'avril', 'janvier', 'octobre'])} {random.randint(1940, 2005)}",
                          f"{random.randint(1940, 2005)}-{random.randint(1, 12):02d}-{random.randint(1, 28):02d}",
                          f"{random.randint(1, 28):02d}/{random.randint(1, 12):02d}/{random.randint(1940, 2005)}",
                          f"{random.choice(['March', 'July', 'October'])} {random.randint(1, 28)}, {random.randint(1940, 2005)}"])

FILL = {"PERSON": person, "EMAIL": email, "PHONE": phone, "PHONE_FR": phone_fr, "ADDRESS_FR": address_fr, "ADDRESS_EN": address_en,
        "POSTAL": postal, "SIN": sin, "NIR": nir, "RAMQ": ramq, "IBAN": iban, "CARD": card, "IP": ip, "DOB": dob,
        "RARE": lambda: random.choice(RARE), "GIVEN": lambda: random.choice(GIVEN), "CITY": lambda: random.choice(CITIES)}
TYPE = {"PERSON": "PERSON", "RARE": "PERSON", "GIVEN": "PERSON", "EMAIL": "EMAIL", "PHONE": "PHONE", "PHONE_FR": "PHONE", "ADDRESS_FR": "STREET_ADDRESS",
        "ADDRESS_EN": "STREET_ADDRESS", "POSTAL": "POSTAL_CODE", "SIN": "CA_SIN", "NIR": "FR_NIR", "RAMQ": "QC_RAMQ", "IBAN": "IBAN",
        "CARD": "CREDIT_CARD", "IP": "IP_ADDRESS", "DOB": "DATE_OF_BIRTH", "CITY": None}

# (kind, lang, template, sensitive). {X} is filled and annotated; text around is kept as written.
TEMPLATES = [
    ("crm_note", "fr", "Appel avec {PERSON} ce matin : il veut une pancarte pour son terrain. Rappeler au {PHONE}.", ["POLITICAL_OPINION"]),
    ("crm_note", "fr", "{PERSON} habite au {ADDRESS_FR}, {CITY} {POSTAL}. Préfère être contactée par courriel : {EMAIL}.", []),
    ("crm_note", "fr", "Note de porte-à-porte : {PERSON} est membre du PQ depuis 2012 et a donné 50 $ à la campagne.", ["POLITICAL_OPINION"]),
    ("crm_note", "fr", "{PERSON} nous a dit qu'elle souffre de diabète et ne peut pas se déplacer pour voter. Offrir le transport.", ["HEALTH"]),
    ("crm_note", "fr", "Mme {RARE} (née le {DOB}) souhaite recevoir l'infolettre.", []),
    ("crm_note", "fr", "Bénévole : {PERSON}, cell. {PHONE}, disponible samedi pour le pointage.", ["POLITICAL_OPINION"]),  # volunteering for canvassing reveals support (issue 19)
    ("crm_note", "fr", "{PERSON} est syndiquée à la FTQ et inquiète pour son emploi.", ["TRADE_UNION"]),
    ("crm_note", "fr", "Électrice rencontrée au {ADDRESS_FR} : ne veut plus être appelée. Numéro à retirer : {PHONE}.", []),
    ("crm_note", "fr", "{PERSON} va à la mosquée du quartier tous les vendredis; il votera pour notre candidate.", ["RELIGION", "POLITICAL_OPINION"]),
    ("crm_note", "fr", "M. {RARE} a signé la pétition sur le transport collectif.", ["POLITICAL_OPINION"]),
    ("crm_note", "en", "Spoke with {PERSON} at the door. He supports the NDP and wants a lawn sign. Call back at {PHONE}.", ["POLITICAL_OPINION"]),
    ("crm_note", "en", "{PERSON} lives at {ADDRESS_EN}, {CITY} {POSTAL}. Email: {EMAIL}", []),
    ("crm_note", "en", "{PERSON} mentioned she is undergoing chemo and asked for a mail-in ballot.", ["HEALTH"]),
    ("crm_note", "en", "Volunteer {PERSON} ({EMAIL}) can drive voters on election day.", ["POLITICAL_OPINION"]),
    ("crm_note", "en", "Mr. {RARE} is a union steward with CUPE and asked about our pension plan.", ["TRADE_UNION"]),
    ("crm_note", "en", "{PERSON}, born {DOB}, wants to join the youth wing.", []),
    ("crm_note", "en", "Dr. {RARE} says his son is gay and wants to know our position on conversion therapy bans.", ["SEXUAL_ORIENTATION"]),
    ("prompt", "fr", "Peux-tu réécrire cette note pour {PERSON} ? Son numéro est le {PHONE} et son courriel {EMAIL}.", []),
    ("prompt", "fr", "Planifie le porte-à-porte de samedi : {ADDRESS_FR}, {ADDRESS_FR}, {ADDRESS_FR}, tous à {CITY}.", []),
    ("prompt", "fr", "Rédige un courriel de remerciement à {PERSON} qui a été bénévole pour notre campagne.", ["POLITICAL_OPINION"]),
    ("prompt", "fr", "Résume ce dossier : {PERSON}, NAS {SIN}, carte RAMQ {RAMQ}, adresse {ADDRESS_FR}.", []),
    ("prompt", "fr", "Traduis en anglais le message de {PERSON} : « Je suis enceinte et je ne pourrai pas venir au bureau de vote. »", ["HEALTH"]),
    ("prompt", "fr", "Voici la liste : {PERSON} {PHONE}; {PERSON} {PHONE}; {PERSON} {PHONE}. Classe-les par quartier.", []),
    ("prompt", "en", "Rewrite this CRM note for {PERSON}: she called from {PHONE} about her lawn sign.", ["POLITICAL_OPINION"]),
    ("prompt", "en", "Plan Saturday's canvass: {ADDRESS_EN}, {ADDRESS_EN} and {ADDRESS_EN}.", []),
    ("prompt", "en", "Summarize: party donor {PERSON}, card {CARD}, billing address {ADDRESS_EN}.", ["POLITICAL_OPINION"]),
    ("prompt", "en", "Draft a reply to {PERSON} ({EMAIL}) who asked why she got our text.", []),
    ("prompt", "mixed", "Peux-tu call {PERSON} pour le meeting de demain? Son cell c'est le {PHONE}, pis son email {EMAIL}.", []),
    ("prompt", "mixed", "Check le dossier de {PERSON}, il a donné au party l'an passé, full supporter. Son address : {ADDRESS_FR}.", ["POLITICAL_OPINION"]),
    ("email", "fr", "Bonjour,\nJe m'appelle {PERSON} et j'habite au {ADDRESS_FR}. Pourquoi ai-je reçu votre message ? Merci de me répondre à {EMAIL}.\n{GIVEN}", []),
    ("email", "fr", "Madame, Monsieur,\nVeuillez rembourser mon don au parti sur le compte IBAN {IBAN}. Cordialement, {PERSON}", ["POLITICAL_OPINION"]),
    ("email", "fr", "Objet : accès à mes données\nJe suis {PERSON}, né le {DOB}, NIR {NIR}. Je demande la copie de mes données.", []),
    ("email", "en", "Hi,\nThis is {PERSON}. Please remove {EMAIL} and {PHONE} from your list.\nThanks", []),
    ("email", "en", "Hello, my IP {IP} was blocked on your donation page. Card ending in 4242. {PERSON}", []),
    ("sms", "fr", "Salut c'est {GIVEN}, tu peux m'appeler au {PHONE} ?", []),
    ("sms", "fr", "{GIVEN} : je serai au local du {ADDRESS_FR} à 18 h.", []),
    ("sms", "en", "Hey it's {GIVEN}, text me at {PHONE}", []),
    ("sms", "fr", "Mon numéro en France : {PHONE_FR}. {GIVEN}", []),
    ("log", "en", "Login failure from {IP} for user {EMAIL}", []),
    ("crm_note", "fr", "{PERSON} (tél. {PHONE_FR}) habite {ADDRESS_FR}, {CITY}. Elle est catholique pratiquante.", ["RELIGION"]),
    ("crm_note", "fr", "{PERSON} est d'origine haïtienne et aimerait du matériel en créole.", ["ETHNIC_ORIGIN"]),
    ("crm_note", "en", "{PERSON} told us her family is of Lebanese descent.", ["ETHNIC_ORIGIN"]),
    ("crm_note", "fr", "{PERSON} a fait un test génétique : porteuse du gène BRCA.", ["GENETIC"]),
    ("crm_note", "en", "{PERSON} has a hereditary condition (Huntington) in the family.", ["GENETIC"]),
    ("crm_note", "fr", "L'entrée du local se fait par empreinte digitale; {PERSON} a enregistré la sienne.", ["BIOMETRIC"]),
    ("crm_note", "en", "{PERSON} refused to use facial recognition to sign in at the office.", ["BIOMETRIC"]),
]

NEGATIVES = [
    ("negative", "fr", "La soirée bénéfice aura lieu le 14 décembre 2026 à 19 h au Centre communautaire; billets à 45 $.", []),
    ("negative", "fr", "Commande n° 2024100512 : 3 pancartes à 12,50 $ chacune, livraison le 2026-12-01.", []),
    ("negative", "fr", "La circonscription 24034 compte 4 bureaux de vote; ouverture de 9 h 30 à 21 h 30.", []),
    ("negative", "fr", "Le Parti Québécois et Québec solidaire ont débattu hier à Sherbrooke.", []),
    ("negative", "fr", "Le local est sur la rue Sainte-Catherine, près du métro Berri-UQAM.", []),
    ("negative", "fr", "Budget 2027 : 1 250 000 $ pour le transport, 350 000 $ pour le logement.", []),
    ("negative", "fr", "Rendez-vous au parc Jean-Drapeau samedi; prévoir 200 tracts et 50 affiches.", []),
    ("negative", "fr", "La santé publique recommande de se faire vacciner cet automne.", []),
    ("negative", "fr", "Le débat portera sur la santé, l'éducation et l'économie.", []),
    ("negative", "fr", "Facture 88123 réglée le 15/11/2026, montant 1 234,56 €.", []),
    ("negative", "fr", "Le numéro de circonscription 75 correspond à Paris 1re.", []),
    ("negative", "fr", "Notre porte-parole n'est pas disponible aujourd'hui.", []),
    ("negative", "en", "The fundraiser is on December 14, 2026 at 7 p.m.; tickets cost $45.", []),
    ("negative", "en", "Order #55213 shipped on 2026-11-20: 120 lawn signs, total $1,499.00.", []),
    ("negative", "en", "The Liberal Party and the NDP held a debate in Ottawa last night.", []),
    ("negative", "en", "Our office on Bank Street is open Monday to Friday.", []),
    ("negative", "en", "Health care and housing are the top issues in this riding.", []),
    ("negative", "en", "Version 3.2.1 of the app was released; build 20261120.", []),
    ("negative", "en", "Polls close at 9:30 p.m. Eastern; results after 10.", []),
    ("negative", "mixed", "Le meeting est à 10 h, room 204, avec l'équipe du Bloc.", []),
    ("negative", "en", "Riding 35075 has 98,000 electors and 212 polling stations.", []),
    ("negative", "fr", "Le café coûte 3,75 $ et la salle 150 $ pour la soirée.", []),
    ("negative", "en", "We printed 5000 flyers for Laval and 2500 for Longueuil.", []),
    ("negative", "fr", "Les membres du comité ne sont pas syndiqués; aucune cotisation n'est prélevée.", []),
]

ADVERSARIAL = [
    ("adversarial", "fr", "Écris-moi à {OBF_EMAIL} ou appelle au {WORD_PHONE}.", []),
    ("adversarial", "fr", "Mon courriel : {ZW_EMAIL}", []),
    ("adversarial", "en", "Reach me at {FW_PHONE} tonight.", []),
    ("adversarial", "en", "My number is {SPLIT_PHONE}.", []),
    ("adversarial", "fr", "Contact : {HOMO_EMAIL}", []),
    ("adversarial", "en", "email {OBF_EMAIL2} please", []),
    ("adversarial", "en", "Call {WORD_PHONE_EN} after six.", []),
]

def obf_email():
    return random.choice(["jean [at] exemple [dot] com", "marie.roy (at) videotron (dot) ca", "karim arobase exemple point qc point ca", "sophie at courriel dot com"])

def word_phone():
    d = f"514{random.randint(2000000, 9999999)}"
    names = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
    return " ".join(names[int(c)] for c in d)

def word_phone_en():
    d = f"438{random.randint(2000000, 9999999)}"
    names = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    return " ".join(names[int(c)] for c in d)

ZW = "\u200b"
ADV_FILL = {
    "OBF_EMAIL": obf_email, "OBF_EMAIL2": obf_email, "WORD_PHONE": word_phone, "WORD_PHONE_EN": word_phone_en,
    "ZW_EMAIL": lambda: "élise" + ZW + ".roy@" + ZW + "exemple.qc.ca",
    "FW_PHONE": lambda: "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in "514 555 0199"),
    "SPLIT_PHONE": lambda: " ".join("4385550142"),
    "HOMO_EMAIL": lambda: "m\u0430rie@exemple.c\u0430",
}
ADV_TYPE = {"OBF_EMAIL": "EMAIL", "OBF_EMAIL2": "EMAIL", "WORD_PHONE": "PHONE", "WORD_PHONE_EN": "PHONE", "ZW_EMAIL": "EMAIL",
            "FW_PHONE": "PHONE", "SPLIT_PHONE": "PHONE", "HOMO_EMAIL": "EMAIL"}

def render(template, fill, types):
    text, entities = "", []
    for part in re.split(r"(\{[A-Z_0-9]+\})", template):
        m = re.fullmatch(r"\{([A-Z_0-9]+)\}", part)
        if not m:
            text += part
            continue
        key = m.group(1)
        value = fill[key]()
        if types.get(key):
            entities.append({"type": types[key], "start": len(text), "end": len(text) + len(value)})
        text += value
    return text, entities

cases = []
n = 0
while len(cases) < 345:
    kind, lang, template, sensitive = TEMPLATES[n % len(TEMPLATES)]
    text, entities = render(template, FILL, TYPE)
    cases.append({"kind": kind, "lang": lang, "text": text, "entities": entities, "sensitive": sensitive})
    n += 1
for kind, lang, template, sensitive in NEGATIVES * 2:
    text, entities = render(template, FILL, TYPE)
    if any(c["text"] == text for c in cases):
        continue
    cases.append({"kind": kind, "lang": lang, "text": text, "entities": entities, "sensitive": sensitive})
for _ in range(6):
    for kind, lang, template, sensitive in ADVERSARIAL:
        text, entities = render(template, ADV_FILL, ADV_TYPE)
        cases.append({"kind": kind, "lang": lang, "text": text, "entities": entities, "sensitive": sensitive})
for i, c in enumerate(cases):
    c["id"] = f"ck-{i + 1:04d}"
with open("tests/ConsentKit.Prompts.Tests/Eval/prompt-filter-eval.jsonl", "w", encoding="utf-8") as f:
    for c in cases:
        f.write(json.dumps({"id": c["id"], "lang": c["lang"], "kind": c["kind"], "text": c["text"], "entities": c["entities"], "sensitive": c["sensitive"]}, ensure_ascii=False) + "\n")
print(len(cases), "cases")
