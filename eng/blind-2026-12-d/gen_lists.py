#!/usr/bin/env python3
"""Seeded generator of list / CSV / export items for blind-2026-12-d.
Written from scratch for this set (seed 8861). Every template uses a different export shape
(pipe-delimited, JSON, fixed-width, vCard, Markdown table, YAML, SEPA XML, key:value blocks,
indented phone tree, ...). Returns tuples (lang, kind, sensitive_codes, marked_text) with inline
markup ⟦CODE:text⟧, exactly like the hand-written data_*.txt files."""
import random, unicodedata

SEED = 8861

def m(code, s): return f"⟦{code}:{s}⟧"

# ---------------------------------------------------------------- name pools (all invented)
QC_F = ["Maëlle","Rosalie","Éloïse","Ginette","Solange","Marie-Josée","Annick","Lysanne","Noémie","Karine","Danielle","Francine","Véronique","Gabrielle","Laurence","Mélodie","Jacinthe","Marjolaine"]
QC_M = ["Réjean","Gaétan","Jean-Sébastien","Mathis","Yannick","Benoît","Clément","Ghislain","Raymond","Olivier","Samuel","Marc-Antoine","Luc","Denis","Étienne","Vincent","Jocelyn","Normand"]
QC_S = ["Thibodeau","Lachance","Bellavance","Desrosiers","Paquin","Hébert-Caron","Vézina","Bolduc","Fréchette","Gingras","Laflamme","Quirion","Sirois","Bérubé","Turcotte","Lévesque-Dion","Rioux","Marcoux","St-Amand","Champagne","Boisvert","Larochelle","Dufresne","Poitras"]
FR_F = ["Clémence","Ophélie","Bérénice","Capucine","Inès","Maëva","Sidonie","Aurélie","Gwendoline","Laetitia"]
FR_M = ["Baptiste","Corentin","Gaspard","Anthime","Loïc","Thibault","Yoann","Erwan","Killian","Maxence"]
FR_S = ["Le Goff","Kerbrat","Morvan","Delacroix","Fontaine","de La Salle","Peyrac","Rouquette","Castagné","Aubriot","Vidal-Ferrer","Le Bihan"]
HT = [("Wideline","Joseph"),("Frantz","Dorvilien"),("Marie-Carmelle","Pierre-Louis"),("Ricardo","Sanon"),("Nadège","Célestin"),("Jovenel","Bastien"),("Guerline","Toussaint"),("Evens","Jean-Baptiste")]
WA = [("Aminata","Sow"),("Ousmane","Diallo-Camara"),("Fatoumata","Keïta"),("Kwabena","Mensah"),("Adaeze","Okonkwo"),("Moussa","Traoré"),("Awa","Ndiaye"),("Babacar","Fall"),("Mariam","Coulibaly")]
MG = [("Yasmine","Benhaddou"),("Karim","Ben Amor"),("Nour","Al-Haddad"),("Samir","Ouali"),("Leïla","Bouzid"),("Mehdi","Chaouch"),("Rania","El Idrissi"),("Anis","Haddadi"),("Zineb","Tahiri")]
SA = [("Priyanka","Raghunathan"),("Harjit","Sandhu"),("Imran","Qureshi"),("Anjali","Mehta-Shah"),("Tharshan","Sivakumar"),("Farhana","Chowdhury"),("Devraj","Patil")]
EA = [("Mei-Ling","Cheung"),("Haruto","Sakamoto"),("Ji-woo","Park"),("Wen","Zhou"),("Kenji","Morimoto"),("Xiaoyu","Lin")]
VN = [("Thảo","Nguyễn"),("Minh","Trần"),("Linh","Phạm"),("Quang","Võ"),("Hằng","Đặng"),("Tuấn","Bùi")]
LA = [("Valentina","Rojas Pérez"),("Joaquín","Herrera"),("Mariela","Quispe"),("Diego","Castañeda"),("Luz Marina","Ocampo"),("Rodrigo","Villalobos")]
IN = [("Uapukun","Mestokosho"),("Shanice","Fontaine-Vollant"),("Kanatase","Jacobs"),("Tommy","Awashish"),("Siasi","Nappaaluk"),("Wapistan","Neeposh"),("Kahentinetha","Delisle"),("Manon","Petiquay"),("Elijah","Coon Come-Masty"),("Pauloosie","Qinuajuak")]
EE = [("Oksana","Kovalenko"),("Bogdan","Wiśniewski"),("Irina","Popescu"),("Tomasz","Zieliński"),("Milena","Horvat"),("Andriy","Shevchuk")]
AN = [("Heather","MacIsaac"),("Colin","Fairweather"),("Brianne","O'Driscoll"),("Garrett","Lindqvist"),("Shauna","McCormack"),("Dwayne","Pettigrew-Hale"),("Kelsey","Van Wyck"),("Trent","Bishop"),("Robin","Sparrow"),("Dale","Summers")]
WORLD = HT+WA+MG+SA+EA+VN+LA+IN+EE+AN

def qc_name(r):
    return (r.choice(QC_F+QC_M), r.choice(QC_S)) if r.random()<0.6 else r.choice(WORLD)
def fr_name(r):
    return (r.choice(FR_F+FR_M), r.choice(FR_S)) if r.random()<0.65 else r.choice(MG+WA+HT+EE)
def en_name(r):
    return r.choice(AN+SA+EA+LA+EE+HT+IN) if r.random()<0.7 else (r.choice(QC_F+QC_M), r.choice(QC_S))

def ascii_up(s):
    s = unicodedata.normalize("NFD", s.upper()); return "".join(c for c in s if c.isalpha() and ord(c) < 128)

# ---------------------------------------------------------------- contact values
AREAS_QC = ["514","438","418","581","819","873","450","579","367"]
AREAS_EN = ["613","416","647","902","204","506","905","709"]
def nanp(r, areas=AREAS_QC, style=None):
    a = r.choice(areas); x = "01%02d" % r.randint(0, 99)
    style = style if style is not None else r.randint(0, 6)
    return [f"{a}-555-{x}", f"({a}) 555-{x}", f"{a} 555 {x}", f"{a}.555.{x}", f"+1 {a} 555 {x}", f"1-{a}-555-{x}", f"{a}555{x}"][style]
FR_BLOCKS = ["01 99 00","02 61 91","03 53 01","04 65 71","05 36 49","06 39 98","07 00 11"]
def fr_phone(r, style=None):
    b = r.choice(FR_BLOCKS); t = "%02d %02d" % (r.randint(0, 99), r.randint(0, 99)); full = f"{b} {t}"
    style = style if style is not None else r.randint(0, 3)
    if style == 0: return full
    if style == 1: return full.replace(" ", ".")
    if style == 2: return "+33 " + full[1:]
    return full.replace(" ", "")
DOM = {"971":("0690","+590"),"972":("0696","+596"),"973":("0694","+594"),"974":("0692","+262"),"976":("0639","+262")}
def dom_phone(r, dep, intl=False):
    p, cc = DOM[dep]; rest = "%02d %02d %02d" % (r.randint(0, 99), r.randint(0, 99), r.randint(0, 99))
    return f"{cc} {p[1:]} {rest}" if intl else f"{p} {rest}"

MAILDOM = ["videotron.ca","gmail.com","outlook.com","hotmail.fr","yahoo.ca","sympatico.ca","orange.fr","free.fr","laposte.net","proton.me","icloud.com","courriel.example","boite.example"]
def email(r, g, s, doms=MAILDOM):
    g2 = ascii_up(g).lower(); s2 = ascii_up(s).lower()
    form = r.randint(0, 5)
    local = [f"{g2}.{s2}", f"{g2[0]}{s2}", f"{s2}.{g2}{r.randint(1,99)}", f"{g2}_{s2[:4]}", f"{g2}{s2[0]}{r.randint(60,99)}", f"{s2}-{g2[0]}"][form]
    return f"{local}@{r.choice(doms)}"

FSA = {"Montréal":["H2J","H1W","H3N","H4E","H2R","H1L"],"Québec":["G1R","G1K","G2B","G1M"],"Gatineau":["J8Y","J9H"],"Sherbrooke":["J1H","J1E"],
       "Trois-Rivières":["G9A","G8Z"],"Saguenay":["G7H","G7B"],"Rimouski":["G5L"],"Sept-Îles":["G4R"],"Laval":["H7N","H7G"],"Longueuil":["J4K","J4H"],
       "Lévis":["G6V"],"Joliette":["J6E"],"Val-d'Or":["J9P"]}
FSA_EN = {"Ottawa":["K1N","K2P"],"Toronto":["M6H","M4K"],"Winnipeg":["R3L"],"Moncton":["E1C"],"Halifax":["B3K"],"Vancouver":["V5L"],"Kingston":["K7L"]}
PCL = "ABCEGHJKLMNPRSTVXY"
def pc(r, fsa): return f"{fsa} {r.randint(0,9)}{r.choice(PCL)}{r.randint(0,9)}"
QC_STREETS = ["rue des Érables","avenue du Parc-Lafontaine","rue Saint-Vallier Ouest","boulevard des Hirondelles","rang du Petit-Brûlé","rue de la Fabrique","chemin du Lac-Noir","rue Marguerite-Bourgeoys","avenue des Ormes","croissant des Pins-Gris","rue Ontario Est","boulevard Talbot","rue du Père-Marquette","montée Sainte-Julie","rue Wolfe","avenue Bourbonnière"]
EN_STREETS = ["Gladstone Ave","Maple Ridge Cres","Queen St W","Beechwood Dr","Harbourview Rd","Lakeshore Blvd E","Osler St","Pembroke St","Elm Grove Lane"]
FR_CITIES = [("Lyon","69003"),("Lille","59000"),("Nantes","44000"),("Rennes","35000"),("Toulouse","31000"),("Marseille","13005"),("Strasbourg","67000"),("Bordeaux","33000"),("Ajaccio","20000"),("Bastia","20200")]
FR_STREETS = ["rue des Tanneurs","avenue Jean-Jaurès","impasse des Glycines","boulevard Voltaire","chemin de la Croix-Rousse","allée des Platanes","rue du Faubourg-Saint-Jean","quai des Chartrons"]
DOM_CITIES = {"971":[("Pointe-à-Pitre","97110"),("Les Abymes","97139")],"972":[("Fort-de-France","97200"),("Le Lamentin","97232")],
              "973":[("Cayenne","97300"),("Kourou","97310")],"974":[("Saint-Denis","97400"),("Le Tampon","97430")],"976":[("Mamoudzou","97600")]}
def qc_addr(r):
    n = r.randint(2, 9800); st = r.choice(QC_STREETS)
    unit = r.choice(["", "", "", f", app. {r.randint(1,12)}", f", log. {r.randint(1,8)}"])
    return (f"{n} {st}{unit}" if r.random() < 0.5 else f"{n}, {st}{unit}") if not unit or r.random() < .5 else f"{r.randint(1,9)}-{n} {st}"
def en_addr(r):
    return r.choice([f"{r.randint(10,999)} {r.choice(EN_STREETS)}", f"Unit {r.randint(1,20)}, {r.randint(10,999)} {r.choice(EN_STREETS)}", f"{r.randint(100,1900)}-{r.randint(10,450)} {r.choice(EN_STREETS)}"])

def luhn_digit(s):
    t = 0
    for i, x in enumerate(map(int, reversed(s + "0"))):
        if i % 2: x *= 2; x -= 9 if x > 9 else 0
        t += x
    return str((10 - t % 10) % 10)
def card(r):
    p = r.choice(["4", "4", "51", "53", "55", "2221", "37"]); ln = 15 if p == "37" else 16
    s = p + "".join(str(r.randint(0, 9)) for _ in range(ln - len(p) - 1)); s += luhn_digit(s)
    return " ".join([s[:4], s[4:10], s[10:]]) if ln == 15 else " ".join(s[i:i+4] for i in range(0, 16, 4))
def sin(r):
    s = str(r.choice([1,2,3,4,5,6,7,9])) + "".join(str(r.randint(0, 9)) for _ in range(7)); s += luhn_digit(s)
    return r.choice([f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}", s])
def iban_fr(r):
    tr = {c: str([1,2,3,4,5,6,7,8,9,1,2,3,4,5,6,7,8,9,2,3,4,5,6,7,8,9][i]) for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}
    bank = "%05d" % r.randint(10000, 30999); gui = "%05d" % r.randint(0, 99999); acc = "%011d" % r.randint(0, 10**11 - 1)
    key = 97 - ((89 * int(bank) + 15 * int(gui) + 3 * int("".join(tr.get(c, c) for c in acc))) % 97)
    bban = bank + gui + acc + "%02d" % key
    n = int("".join(str(int(c, 36)) for c in bban + "FR00")); s = "FR%02d" % (98 - n % 97) + bban
    return " ".join(s[i:i+4] for i in range(0, len(s), 4))
def nir(r, sex, yy, mm, place):
    body = f"{sex}{yy:02d}{mm:02d}{place}{r.randint(1,999):03d}"
    k = 97 - int(body.replace("2A", "19").replace("2B", "18")) % 97
    s = body + "%02d" % k
    return r.choice([f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}", s])
def ramq(g, s, y, mo, d, fem, r):
    return f"{ascii_up(s)[:3].ljust(3,'X')}{ascii_up(g)[0]}" + f" {y%100:02d}{mo + (50 if fem else 0):02d} {d:02d}{r.randint(10,99)}"
MOIS = ["janvier","février","mars","avril","mai","juin","juillet","août","septembre","octobre","novembre","décembre"]
MONTHS = ["January","February","March","April","May","June","July","August","September","October","November","December"]
def is_fem(g): return g in QC_F + FR_F or g in {"Wideline","Marie-Carmelle","Nadège","Guerline","Aminata","Fatoumata","Adaeze","Awa","Mariam","Yasmine","Nour","Leïla","Rania","Zineb","Priyanka","Anjali","Farhana","Mei-Ling","Ji-woo","Xiaoyu","Thảo","Linh","Hằng","Valentina","Mariela","Luz Marina","Uapukun","Shanice","Kanatase","Siasi","Kahentinetha","Manon","Oksana","Irina","Milena","Heather","Brianne","Shauna","Kelsey","Robin"}

# ---------------------------------------------------------------- templates
def t_pointage_pipe(r):
    city = r.choice(["Trois-Rivières","Sherbrooke","Saguenay","Joliette"]); n = r.randint(3, 6)
    rows = ["# export pointage | circ. " + r.choice(["Champlain","Saint-François","Dubuc","Joliette"]) + " | tour 2", "adresse|nom|tel|intention|pancarte"]
    for _ in range(n):
        g, s = qc_name(r); st = r.choice(QC_STREETS)
        rows.append(f"{m('AD', str(r.randint(10,990)) + ' ' + st)}|{m('P', s.upper() + ' ' + g)}|{m('PH', nanp(r, style=6))}|{r.choice(['1-fort','2-mou','3-indécis','4-contre','1-fort'])}|{r.choice(['oui','non','déjà'])}")
    return ("fr", "list", "PO", "\n".join(rows))

def t_mailchimp_json(r):
    n = r.randint(2, 5); recs = []
    for _ in range(n):
        g, s = en_name(r)
        recs.append('  {"email_address": "%s", "merge_fields": {"FNAME": "%s", "LNAME": "%s"}, "ip_signup": "%s", "tags": ["donor-2025","%s"]}' % (
            m("EM", email(r, g, s)), m("P", g), m("P", s), m("IP", r.choice(["192.0.2.","198.51.100.","203.0.113."]) + str(r.randint(1, 254))), r.choice(["monthly","one-time","lapsed"])))
    return ("en", "list", "PO", '{"list_id": "a7f3c0", "members": [\n' + ",\n".join(recs) + "\n]}")

def t_fixed_width(r):
    n = r.randint(3, 6); rows = ["NOM                 PRENOM          TEL             CP       ADHESION", "-" * 68]
    def col(code, v, w): return m(code, v) + " " * max(1, w - len(v))
    for _ in range(n):
        g, s = qc_name(r); city = r.choice(list(FSA)); p = pc(r, r.choice(FSA[city]))
        su = ascii_up(s) if r.random() < .5 else s.upper()
        rows.append(col('P', su, 20) + col('P', g.upper(), 16) + col('PH', nanp(r, style=r.choice([0,2])), 16) + col('PC', p, 9) + r.choice(['2025-09','2026-01','2024-11']))
    return ("fr", "list", "PO", "\n".join(rows))

def t_vcard(r):
    n = r.randint(2, 4); out = []
    for _ in range(n):
        g, s = en_name(r) if r.random() < .5 else qc_name(r)
        out.append("BEGIN:VCARD\nVERSION:3.0\nFN:%s\nTEL;TYPE=CELL:%s\nEMAIL:%s\nNOTE:bénévole porte-à-porte / door-knocking volunteer\nEND:VCARD" % (
            m("P", f"{g} {s}"), m("PH", nanp(r, style=4)), m("EM", email(r, g, s))))
    return ("mixed", "list", "PO", "\n".join(out))

def t_markdown_rsvp(r):
    n = r.randint(3, 6); rows = ["**Debate watch party — RSVPs (Legion Hall, Oct 14)**", "", "| Name | Cell | Bringing | Notes |", "|---|---|---|---|"]
    for _ in range(n):
        g, s = en_name(r)
        rows.append(f"| {m('P', g + ' ' + s)} | {m('PH', nanp(r, AREAS_EN, style=r.choice([0,1])))} | {r.choice(['chips','nothing','a friend','lawn chairs'])} | {r.choice(['first time','member since 2019','wants a sign','','needs parking'])} |")
    return ("en", "list", "PO", "\n".join(rows))

def t_yaml_members(r):
    n = r.randint(2, 4); out = ["# adherents_section_locale.yaml", "adherents:"]
    for _ in range(n):
        g, s = fr_name(r); city, cp = r.choice(FR_CITIES[:8])
        out += [f"  - nom: \"{m('P', s)}\"", f"    prenom: \"{m('P', g)}\"", f"    adresse: \"{m('AD', str(r.randint(1,140)) + ' ' + r.choice(FR_STREETS))}\"",
                f"    cp: \"{m('PC', cp)}\"", f"    ville: {city}", f"    mobile: \"{m('PH', fr_phone(r))}\"", f"    cotisation: {r.choice([20, 30, 50, 'reduite'])}"]
    return ("fr", "list", "PO", "\n".join(out))

def t_route_sheet(r):
    st = r.choice(QC_STREETS); city = r.choice(["Montréal","Québec","Laval","Longueuil"]); n = r.randint(4, 9)
    rows = [f"FEUILLE DE ROUTE — {st} ({city}) — équipe B", "Cotes: A=appui B=penchant C=indécis D=adversaire X=pas répondu", ""]
    nums = sorted(r.sample(range(100, 2400, 2), n))
    for num in nums:
        if r.random() < .6:
            g, s = qc_name(r); who = m("P", r.choice([f"{g} {s}", f"{s}, {g}"] + ([f"{g[0]}. {s}"] if g[0] != "M" else [])))
        else: who = "(absent)"
        rows.append(f"[{r.choice('ABCDX')}] {m('AD', str(num) + ' ' + st + (', ' + r.choice(['app. 1','app. 3','log. 2']) if r.random()<.2 else ''))} — {who}")
    return ("fr", "list", "PO", "\n".join(rows))

def t_receipts(r):
    n = r.randint(2, 4); rows = ["Reçus officiels — contributions politiques 2025 (DGEQ)", "No reçu;Donateur;Adresse;Ville;Code postal;Montant"]
    for i in range(n):
        g, s = qc_name(r); city = r.choice(list(FSA))
        rows.append(f"R25-{r.randint(1000,9999)};{m('P', g + ' ' + s)};{m('AD', qc_addr(r))};{city};{m('PC', pc(r, r.choice(FSA[city])))};{r.choice([25,50,100,100,200])},00 $")
    return ("fr", "list", "PO", "\n".join(rows))

def t_pad_cards(r):
    n = r.randint(2, 5); rows = ["monthly_donors_pad.csv", "donor,card,exp,amount,email"]
    for _ in range(n):
        g, s = en_name(r)
        rows.append(f"\"{m('P', s + ', ' + g)}\",{m('CC', card(r))},{r.randint(1,12):02d}/{r.randint(27,31)},{r.choice([10,15,20,25])}.00,{m('EM', email(r, g, s))}")
    return ("en", "list", "PO", "\n".join(rows))

def t_scrutineer_blocks(r):
    n = r.randint(2, 4); en = r.random() < .5
    out = ["=== Paid scrutineers — e-day payroll ===" if en else "=== Représentants au BV — paie jour J ==="]
    for _ in range(n):
        g, s = en_name(r) if en else qc_name(r); y, mo, d = r.randint(1950, 2004), r.randint(1, 12), r.randint(1, 28)
        dob = r.choice([f"{MONTHS[mo-1]} {d}, {y}", f"{y}-{mo:02d}-{d:02d}", f"{d} {MONTHS[mo-1][:3]} {y}"]) if en else r.choice([f"{d:02d}/{mo:02d}/{y}", f"{y}-{mo:02d}-{d:02d}", f"{d} {MOIS[mo-1]} {y}"])
        if en: out += ["", f"Name: {m('P', g + ' ' + s)}", f"SIN: {m('SIN', sin(r))}", f"Date of birth: {m('DOB', dob)}", f"Poll: {r.randint(1,220)}"]
        else: out += ["", f"Nom : {m('P', g + ' ' + s)}", f"NAS : {m('SIN', sin(r))}", f"Date de naissance : {m('DOB', dob)}", f"Section de vote : {r.randint(1,220)}"]
    return ("en" if en else "fr", "list", "PO", "\n".join(out))

def t_sepa_xml(r):
    n = r.randint(2, 4); out = ['<CstmrDrctDbtInitn>', '  <GrpHdr><MsgId>COTIS-2026-03</MsgId><NbOfTxs>%d</NbOfTxs></GrpHdr>' % n]
    for _ in range(n):
        g, s = fr_name(r)
        out += ["  <DrctDbtTxInf>", f"    <InstdAmt Ccy=\"EUR\">{r.choice(['5.00','10.00','12.00'])}</InstdAmt>", f"    <Dbtr><Nm>{m('P', s.upper() + ' ' + g)}</Nm></Dbtr>",
                f"    <DbtrAcct><Id><IBAN>{m('IBAN', iban_fr(r).replace(' ', ''))}</IBAN></Id></DbtrAcct>", "    <RmtInf><Ustrd>Cotisation adherent</Ustrd></RmtInf>", "  </DrctDbtTxInf>"]
    out.append("</CstmrDrctDbtInitn>")
    return ("fr", "list", "PO", "\n".join(out))

def t_whatsapp_dom(r):
    dep = r.choice(list(DOM)); n = r.randint(3, 7)
    name = {"971":"Guadeloupe","972":"Martinique","973":"Guyane","974":"La Réunion","976":"Mayotte"}[dep]
    out = [f"Groupe « Militants {name} 2026 » — participants ({n})"]
    for _ in range(n):
        g, s = fr_name(r) if r.random() < .5 else r.choice(HT + WA + [("Jean-Marc","Grandisson"),("Sully","Larifla"),("Mickaëla","Fontenelle"),("Anli","Soilihi"),("Rosemonde","Bardury")])
        tag = r.choice([" (admin)", "", "", " ~coordination"])
        out.append(f"{m('PH', dom_phone(r, dep, intl=r.random()<.6))} — {m('P', g + ' ' + s)}{tag}")
    return ("fr", "list", "PO", "\n".join(out))

def t_indigenous_contacts(r):
    n = r.randint(2, 4); out = ["Tournée Côte-Nord / Nord-du-Québec — personnes rencontrées (suivi de la candidate)", "Nom\tCommunauté\tTél.\tSujet"]
    comm = {"Mestokosho":("Innu","Ekuanitshit"),"Fontaine-Vollant":("Innue","Uashat mak Mani-utenam"),"Awashish":("Atikamekw","Opitciwan"),"Petiquay":("Atikamekw","Wemotaci"),
            "Nappaaluk":("Inuk","Kangiqsujuaq"),"Qinuajuak":("Inuk","Puvirnituq"),"Neeposh":("Crie","Mistissini"),"Coon Come-Masty":("Cri","Waswanipi")}
    for g, s in r.sample([x for x in IN if x[1] in comm], n):
        nation, place = comm[s]
        out.append(f"{m('P', g + ' ' + s)}\t{nation} — {place}\t{m('PH', nanp(r, ['418','819','367'], style=r.choice([0,2])))}\t{r.choice(['logement','route 138','langue','eau potable'])}")
    return ("fr", "list", "E", "\n".join(out))

def t_emergency_contacts(r):
    n = r.randint(2, 4); out = ["Blitz de la fin de semaine — bénévoles: contact d'urgence et notes santé (confidentiel)"]
    notes = ["épipen (arachides)", "diabète type 1", "asthme, pompe dans le sac", "enceinte 6 mois, pas d'escaliers", "épilepsie contrôlée", "prothèse de hanche — trajets courts"]
    for _ in range(n):
        g, s = qc_name(r); g2, s2 = qc_name(r)
        out.append(f"- {m('P', g + ' ' + s)} / urgence : {m('P', g2)} ({r.choice(['conjoint·e','parent','proche','coloc'])}) {m('PH', nanp(r))} / note : {r.choice(notes)}")
    return ("fr", "list", "H,PO", "\n".join(out))

def t_bounce_report(r):
    n = r.randint(3, 7); out = ["Bounce report — constituency office e-bulletin (non-partisan, all residents) — hard bounces", "timestamp\taddress\treason"]
    for _ in range(n):
        g, s = en_name(r)
        out.append(f"2026-02-{r.randint(1,28):02d}T{r.randint(0,23):02d}:{r.randint(0,59):02d}:00Z\t{m('EM', email(r, g, s))}\t{r.choice(['550 mailbox unavailable','552 quota exceeded','no such user'])}")
    return ("en", "list", "", "\n".join(out))

def t_merge_json(r):
    g, s = qc_name(r); e1 = email(r, g, s); e2 = email(r, g, s); p1 = nanp(r)
    g2, s2 = en_name(r)
    txt = ('{"duplicate_candidates": [\n  {"score": 0.93, "a": {"name": "%s", "email": "%s", "member": true}, "b": {"name": "%s", "email": "%s", "phone": "%s"}},\n'
           '  {"score": 0.71, "a": {"name": "%s", "phone": "%s"}, "b": {"name": "%s", "phone": "%s"}}\n]}') % (
        m("P", f"{g} {s}"), m("EM", e1), m("P", f"{g[0]}. {s}"), m("EM", e2), m("PH", p1),
        m("P", f"{g2} {s2}"), m("PH", nanp(r, AREAS_EN, style=0)), m("P", f"{s2.upper()} {g2}"), m("PH", nanp(r, AREAS_EN, style=6)))
    return ("mixed", "list", "PO", txt)

def t_prayer_breakfast(r):
    n = r.randint(2, 5); out = ["Prayer breakfast with the candidate — St. Brendan's parish hall — confirmed", "name | phone | meal"]
    for _ in range(n):
        g, s = en_name(r)
        out.append(f"{r.choice(['Rev. ','Deacon ','','','Fr. ','Mrs. '])}{m('P', g + ' ' + s)} | {m('PH', nanp(r, AREAS_EN))} | {r.choice(['regular','vegetarian','regular','no pork'])}")
    return ("en", "list", "R,PO", "\n".join(out))

def t_pride_committee(r):
    n = r.randint(3, 5); out = ["Comité Fierté de l'association — liste interne (auto-identification, NE PAS DIFFUSER)", "Prénom Nom;Courriel;Identité déclarée"]
    for _ in range(n):
        g, s = qc_name(r)
        out.append(f"{m('P', g + ' ' + s)};{m('EM', email(r, g, s))};{r.choice(['gai','lesbienne','bi','queer','lesbienne','pan'])}")
    return ("fr", "list", "SO,PO", "\n".join(out))

def t_union_signatories(r):
    n = r.randint(3, 6); out = ["SIGNATAIRES — appui à la candidate (communiqué du 3 mars)"]
    for _ in range(n):
        g, s = qc_name(r)
        out.append(f"• {m('P', g + ' ' + s)}, {r.choice(['présidence','délégué·e syndical·e','vice-présidence','trésorerie','agent·e de grief'])}, section locale {r.randint(100,9999)} ({r.choice(['SCFP','FTQ','CSN','Unifor','CSQ'])})")
    return ("fr", "list", "TU,PO", "\n".join(out))

def t_congress_badges(r):
    n = r.randint(3, 5); out = ["Congrès 2026 — contrôle d'accès (badge photo + gabarit facial enrôlé à l'inscription)", "badge_id,nom,courriel,face_template,statut"]
    for _ in range(n):
        g, s = qc_name(r) if r.random() < .6 else en_name(r)
        out.append(f"B{r.randint(10000,99999)},{m('P', g + ' ' + s)},{m('EM', email(r, g, s))},tpl_{r.randint(100000,999999)}.bin,{r.choice(['délégué','délégué','observateur','bénévole'])}")
    return ("mixed", "list", "B,PO", "\n".join(out))

def t_phone_tree(r):
    en = r.random() < .5
    out = ["Phone tree — campaign office closed (snowstorm), call the next person down" if en else "Chaîne téléphonique — fermeture du bureau de campagne (tempête)"]
    g, s = qc_name(r); out.append(f"{m('P', g + ' ' + s)} (coord.) {m('PH', nanp(r))}")
    for _ in range(r.randint(2, 3)):
        g, s = qc_name(r); out.append(f"  └ {m('P', g)} {m('PH', nanp(r))}")
        for _ in range(r.randint(1, 2)):
            g, s = qc_name(r); out.append(f"      └ {m('P', g + ' ' + s[0] + '.')} {m('PH', nanp(r))}")
    return ("en" if en else "fr", "list", "PO", "\n".join(out))

def t_municipal_list_fr(r):
    dom = r.random() < .5
    if dom:
        dep = r.choice(list(DOM_CITIES)); city, cp = r.choice(DOM_CITIES[dep]); place = dep + "%02d" % r.randint(1, 30)
    else:
        city, cp = r.choice(FR_CITIES); place = ("2A" if cp == "20000" else "2B" if cp == "20200" else cp[:2]) + "%03d" % r.randint(1, 400)
    n = r.randint(2, 3); out = [f"Liste « Ensemble pour {city} » — état des candidats (extrait, dépôt en préfecture)"]
    for i in range(n):
        g, s = fr_name(r); y, mo, d = r.randint(1955, 2000), r.randint(1, 12), r.randint(1, 28); f = is_fem(g)
        out.append(f"{i+1}. {m('P', s.upper() + ' ' + g)}, né{'e' if f else ''} le {m('DOB', f'{d:02d}/{mo:02d}/{y}')} — domicile : {m('AD', str(r.randint(1,90)) + ' ' + r.choice(FR_STREETS))}, {m('PC', cp)} {city} — NIR {m('NIR', nir(r, 2 if f else 1, y % 100, mo, place))}")
    return ("fr", "list", "PO", "\n".join(out))

def t_camp_ramq(r):
    n = r.randint(2, 4); out = ["Camp Relève jeunesse — fiches santé (RAMQ obligatoire)"]
    for _ in range(n):
        g, s = qc_name(r) if r.random() < .7 else r.choice(HT + MG + VN); y, mo, d = r.randint(2008, 2011), r.randint(1, 12), r.randint(1, 28)
        out.append(f"{m('P', g + ' ' + s)} | né(e) {m('DOB', f'{y}-{mo:02d}-{d:02d}')} | RAMQ {m('RAMQ', ramq(g, s, y, mo, d, is_fem(g), r))} | {r.choice(['aucune allergie','allergie au latex','TDAH — médication le midi','intolérance au lactose'])}")
    return ("fr", "list", "H,PO", "\n".join(out))

def t_sms_delivery(r):
    n = r.randint(4, 10); out = ["campaign_id=POLL-LOCATION-ALL-ELECTORS-07 delivery status (where-to-vote info sent to every elector on the list)"]
    for _ in range(n):
        out.append(f"{m('PH', '+1' + nanp(r, style=6))}  {r.choice(['DELIVERED','DELIVERED','FAILED(30008)','UNDELIVERED','DELIVERED'])}")
    return ("en", "list", "", "\n".join(out))

def t_halifax_canvass(r):
    n = r.randint(3, 6); out = ["Walk list export — poll 41 — fields: addr / voter / id / sign"]
    for _ in range(n):
        g, s = en_name(r); city = r.choice(list(FSA_EN))
        out.append(f"{m('AD', en_addr(r))}, {city} {m('PC', pc(r, r.choice(FSA_EN[city])))} / {m('P', g + ' ' + s)} / {r.choice(['ID1 strong','ID2 lean','ID3 undecided','ID5 hostile'])} / {r.choice(['sign: yes','sign: no','sign: ask later'])}")
    return ("en", "list", "PO", "\n".join(out))

TEMPLATES = [(t_pointage_pipe,3),(t_mailchimp_json,2),(t_fixed_width,2),(t_vcard,2),(t_markdown_rsvp,2),(t_yaml_members,1),(t_route_sheet,2),
             (t_receipts,2),(t_pad_cards,2),(t_scrutineer_blocks,2),(t_sepa_xml,2),(t_whatsapp_dom,2),(t_indigenous_contacts,1),(t_emergency_contacts,2),
             (t_bounce_report,1),(t_merge_json,1),(t_prayer_breakfast,1),(t_pride_committee,1),(t_union_signatories,2),(t_congress_badges,1),
             (t_phone_tree,2),(t_municipal_list_fr,3),(t_camp_ramq,2),(t_sms_delivery,1),(t_halifax_canvass,2)]

def make_lists(n):
    r = random.Random(SEED); out = []
    plan = [t for t, k in TEMPLATES for _ in range(k)]
    while len(out) < n:
        t = plan[len(out) % len(plan)]
        for _ in range(50):
            item = t(r); c = item[3].count("⟦")
            if 3 <= c <= 20: break
        out.append(item)
    return out

if __name__ == "__main__":
    for it in make_lists(47)[:47]:
        print("@", it[0], it[1], it[2] or "-"); print(it[3]); print()
