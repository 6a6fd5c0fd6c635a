#!/usr/bin/env python3
"""Seeded generator for the list/CSV exports of blind-2026-12-b.
Written from scratch for this set. Output items use the same inline markup as the
hand-written data_*.txt files: (lang, kind, sensitive_codes, marked_text)."""
import random, unicodedata

# ---------------------------------------------------------------- names
# (first, last, sex)  sex: F/M
NAMES = {
 "qc": [("Marie-Ève","Gagnon","F"),("Jean-François","Tremblay","M"),("Geneviève","Côté","F"),("Réjean","Bouchard","M"),
        ("Josée","Gauthier","F"),("Sylvain","Morin","M"),("Nathalie","Lavoie","F"),("Gaétan","Fortin","M"),("Chantal","Ouellet","F"),
        ("Stéphane","Pelletier","M"),("Lise","Bélanger","F"),("Yvon","Lévesque","M"),("Francine","Bergeron","F"),("Denis","Paquette","M"),
        ("Maude","St-Pierre","F"),("Émile","Nadeau","M"),("Jacynthe","Gagné-Simard","F"),("Benoît","D'Amours","M"),("Rosalie","Cloutier","F"),
        ("Olivier","Beaulieu-Roy","M"),("Ghislaine","Dubé","F"),("Mathieu","Thibault","M"),("Élodie","Poulin","F"),("Raymond","Lapointe","M")],
 "fr": [("Camille","Dupont","F"),("Thomas","Bernard","M"),("Léa","Moreau","F"),("Hugo","Laurent","M"),("Manon","Fontaine","F"),
        ("Bastien","Rousseau","M"),("Clémence","Blanchard","F"),("Aurélien","Perrin","M"),("Solène","Marchand","F"),("Yannick","Le Gall","M"),
        ("Maëlys","Faure","F"),("Loïc","Chevalier","M"),("Anne-Sophie","de Villiers","F"),("Gaëlle","Le Bihan","F"),("Pierre-Yves","Garnier","M")],
 "en": [("Sarah","MacDonald","F"),("Liam","O'Brien","M"),("Heather","Campbell","F"),("Brendan","Murphy","M"),("Megan","Thompson","F"),
        ("Graham","Fraser","M"),("Siobhan","McKenzie","F"),("Colin","Wilson","M"),("Emily","Young","F"),("Mark","Baker","M"),("Grace","Bell","F"),("Will","Price","M")],
 "ht": [("Widlyne","Pierre-Louis","F"),("Mackenson","Jean-Baptiste","M"),("Ketly","Désir","F"),("Fritznel","Augustin","M"),
        ("Roselaure","Saint-Fleur","F"),("Jameson","Dorvil","M"),("Nadège","Exantus","F"),("Wilner","Théodore","M")],
 "wa": [("Aminata","Diallo","F"),("Moussa","Traoré","M"),("Fatoumata","Coulibaly","F"),("Ibrahima","Ndiaye","M"),("Kwame","Mensah","M"),
        ("Chiamaka","Okafor","F"),("Oumar","Sow","M"),("Mariama","Bamba","F"),("Seydou","Kaboré","M"),("Adjoa","Asante","F"),("Ngozi","Adeyemi","F")],
 "ma": [("Karim","Benali","M"),("Yasmina","Bouzid","F"),("Mehdi","El Amrani","M"),("Samira","Haddad","F"),("Rachid","Khelifi","M"),
        ("Leïla","Mansouri","F"),("Amine","ben Youssef","M"),("Houda","Saïdi","F"),("Sofiane","Ait Ahmed","M"),("Khadija","Chraïbi","F"),("Yacine","Belkacem","M")],
 "sa": [("Priya","Sharma","F"),("Arjun","Patel","M"),("Harpreet","Kaur","F"),("Gurpreet","Dhillon","M"),("Anjali","Iyer","F"),
        ("Rohan","Nair","M"),("Tahmina","Rahman","F"),("Dinesh","Perera","M"),("Nilufar","Chowdhury","F"),("Kavitha","Banerjee","F")],
 "ea": [("Wei","Chen","M"),("Mei","Wong","F"),("Min-jun","Kim","M"),("Seo-yeon","Park","F"),("Haruki","Tanaka","M"),("Yuki","Nakamura","F"),
        ("Xiaoling","Zhang","F"),("Ka-Wai","Cheung","M")],
 "vn": [("Lan","Nguyễn","F"),("Minh","Trần","M"),("Thu Hà","Phạm","F"),("Quang Huy","Lê","M"),("Thảo","Huỳnh","F"),("Bảo","Đặng","M")],
 "la": [("Alejandra","Castillo Ríos","F"),("Diego","Hernández","M"),("Valentina","Rodríguez","F"),("Mateo","González Pérez","M"),
        ("Camila","Ramírez","F"),("Luis Fernando","Vargas","M"),("Ximena","Morales","F"),("João","dos Santos","M")],
 "in": [("Shanna","Awashish","F"),("Noah","Tulugak","M"),("Ouanessa","Kistabish","F"),("Shipu","Mollen","M"),("Tsiorasa","Jacobs","F"),
        ("Daniel","Petiquay","M"),("Lucassie","Qumaq","M"),("Tanya","Gros-Louis","F")],
 "ee": [("Oksana","Petrenko","F"),("Dmytro","Kovalenko","M"),("Katarzyna","Wiśniewska","F"),("Bogdan","Nowak","M"),("Ioana","Popescu","F"),
        ("Radu","Ionescu","M"),("Zuzana","Dvořák","F"),("Milena","Jovanović","F"),("Andriy","Shevchenko","M")],
}
MIX_QC = ["qc"]*5+["ht"]*2+["ma"]*2+["wa","sa","ea","vn","la","in","ee","en"]
MIX_FR = ["fr"]*6+["ma"]*3+["wa"]*2+["vn","ee","la","ht"]
MIX_EN = ["en"]*5+["sa"]*2+["ea"]*2+["wa","la","in","ee","ht","qc","vn"]

def person(r, mix, used):
    for _ in range(200):
        c = r.choice(mix); f,l,s = r.choice(NAMES[c])
        if (f,l) not in used:
            used.add((f,l)); return f,l,s,c
    raise RuntimeError

def ascii_(s):
    return "".join(ch for ch in unicodedata.normalize("NFD",s) if unicodedata.category(ch)!="Mn").replace("đ","d").replace("Đ","D")

def email(r, f, l, doms):
    f2 = ascii_(f).lower().replace(" ","").replace("'",""); l2 = ascii_(l).lower().replace(" ","").replace("'","")
    pat = r.choice(["{f}.{l}","{f0}{l}","{f}{l}{n}","{l}.{f}","{f}_{l}"])
    return pat.format(f=f2,l=l2,f0=f2[0],n=r.randint(1,99))+"@"+r.choice(doms)

DOM_QC = ["videotron.ca","gmail.com","hotmail.com","outlook.com","sympatico.ca","icloud.com","yahoo.ca","globetrotter.net"]
DOM_FR = ["orange.fr","free.fr","laposte.net","gmail.com","sfr.fr","outlook.fr","wanadoo.fr","yahoo.fr"]
DOM_EN = ["gmail.com","rogers.com","shaw.ca","telus.net","bell.net","outlook.com","icloud.com","eastlink.ca"]

# ---------------------------------------------------------------- phones
AC = {"qc":["514","438","450","579","418","581","819","873"],"on":["416","647","613","905","289","519","705","807"],
      "bc":["604","778","250"],"ab":["403","587","780"],"ns":["902"],"nb":["506"],"mb":["204"],"sk":["306"]}
def na_phone(r, region="qc"):
    a = r.choice(AC[region]); x = f"01{r.randint(0,99):02d}"
    fmt = r.choice(["({a}) 555-{x}","{a}-555-{x}","{a}.555.{x}","{a} 555 {x}","+1 {a} 555 {x}","1-{a}-555-{x}","{a} 555-{x}","+1{a}555{x}"])
    return fmt.format(a=a,x=x)
FR_FICT = ["01 99 00","02 61 91","03 53 01","04 65 71","05 36 49","06 39 98"]
def fr_phone(r, mobile=None):
    pre = "06 39 98" if mobile or (mobile is None and r.random()<.6) else r.choice(FR_FICT[:5])
    num = f"{pre} {r.randint(0,99):02d} {r.randint(0,99):02d}"
    d = num.replace(" ","")
    fmt = r.choice(["sp","sp","dot","raw","intl","intl0","dash"])
    if fmt=="sp": return num
    if fmt=="dot": return ".".join(d[i:i+2] for i in range(0,10,2))
    if fmt=="raw": return d
    if fmt=="dash": return "-".join(d[i:i+2] for i in range(0,10,2))
    if fmt=="intl": return "+33 "+d[1]+" "+" ".join(d[i:i+2] for i in range(2,10,2))
    return "+33 (0)"+d[1]+" "+" ".join(d[i:i+2] for i in range(2,10,2))
DOM = {"Pointe-à-Pitre":("97110","0690","+590"),"Les Abymes":("97139","0690","+590"),"Fort-de-France":("97200","0696","+596"),
       "Le Lamentin":("97232","0696","+596"),"Cayenne":("97300","0694","+594"),"Saint-Denis":("97400","0692","+262"),
       "Saint-Pierre":("97410","0693","+262"),"Mamoudzou":("97600","0639","+262")}
def dom_phone(r, pre, cc):
    rest = f"{r.randint(0,99):02d} {r.randint(0,99):02d} {r.randint(0,99):02d}"
    return r.choice([f"{pre} {rest}", f"{cc} {pre[1:]} {rest}", (pre+rest).replace(" ","")])

# ---------------------------------------------------------------- postal codes and addresses
LL = "ABCEGHJKLMNPRSTVWXYZ"
# forward sortation areas that exist for each city (first three characters of the code)
FSA = {"Montréal":["H2J","H3W","H1R","H4N","H2X","H3N","H1Z","H2E","H3S","H4C"],"Laval":["H7N","H7G","H7W","H7T"],
       "Québec":["G1V","G1K","G1R","G1S","G2B","G1G"],"Lévis":["G6V","G6W","G6Z"],"Gatineau":["J8Y","J8T","J9H","J9A"],
       "Sherbrooke":["J1H","J1E","J1J","J1L"],"Trois-Rivières":["G8T","G8Z","G9A"],"Saguenay":["G7H","G7B","G7X"],
       "Longueuil":["J4K","J4H","J4J","J4M"],"Rimouski":["G5L","G5M","G5N"],"Granby":["J2G","J2H","J2J"],"Rouyn-Noranda":["J9X","J9Y"],
       "Toronto":["M4C","M6S","M5R","M4J","M6H","M1B"],"Ottawa":["K1M","K1N","K2P","K1S","K2G"],"Hamilton":["L8P","L8L","L9A"],
       "Sudbury":["P3A","P3E","P3C"],"Vancouver":["V5L","V6K","V5N","V6B"],"Calgary":["T2A","T3H","T2N","T2E"],"Edmonton":["T5K","T6E","T5H"],
       "Halifax":["B3K","B3L","B3H"],"Moncton":["E1A","E1C","E1E"],"Winnipeg":["R2W","R3L","R3T"],"Regina":["S4T","S4S","S4N"]}
def ca_pc(r, city):
    s = f"{r.choice(FSA[city])} {r.randint(0,9)}{r.choice(LL)}{r.randint(0,9)}"
    v = r.random()
    return s if v<.75 else (s.replace(" ","") if v<.9 else s.lower())
QC_CITIES = ["Montréal","Laval","Québec","Lévis","Gatineau","Sherbrooke","Trois-Rivières","Saguenay","Longueuil","Rimouski","Granby","Rouyn-Noranda"]
EN_CITIES = [("Toronto","on"),("Ottawa","on"),("Hamilton","on"),("Sudbury","on"),("Vancouver","bc"),("Calgary","ab"),
             ("Edmonton","ab"),("Halifax","ns"),("Moncton","nb"),("Winnipeg","mb"),("Regina","sk")]
QC_STREETS = ["rue Saint-Denis","boulevard Saint-Laurent","rue des Érables","avenue du Parc","rue Principale","chemin Sainte-Foy",
              "rue Jean-Talon Est","boulevard René-Lévesque Ouest","rue Notre-Dame","avenue Papineau","rang Saint-Joseph","rue Wellington Nord",
              "boulevard des Forges","rue King Ouest","avenue Bélanger","rue Racine Est","côte des Neiges","rue Frontenac"]
EN_STREETS = ["Maple Street","Elm Avenue","Queen Street West","Bloor Street","King Street East","Lakeshore Road","Birchwood Crescent",
              "Main Street","Victoria Avenue","Oak Bay Road","Spring Garden Road","Portage Avenue","Albert Street","Hillside Drive"]
FR_STREETS = ["rue de la République","avenue Jean-Jaurès","boulevard Victor-Hugo","rue des Lilas","allée des Peupliers","place Bellecour",
              "rue Pasteur","impasse des Vignes","chemin des Moulins","rue du Général-de-Gaulle","quai de la Fosse","cours Mirabeau","rue Paul-Bert"]
FR_CITIES = [("Paris",lambda r:f"750{r.randint(1,20):02d}"),("Lyon",lambda r:f"6900{r.randint(1,9)}"),("Marseille",lambda r:f"130{r.randint(1,16):02d}"),
             ("Lille",lambda r:"59000"),("Toulouse",lambda r:r.choice(["31000","31200","31300","31400","31500"])),("Nantes",lambda r:r.choice(["44000","44100","44200","44300"])),
             ("Bordeaux",lambda r:r.choice(["33000","33100","33200","33300","33800"])),("Strasbourg",lambda r:r.choice(["67000","67100","67200"])),
             ("Rennes",lambda r:r.choice(["35000","35200","35700"])),("Montpellier",lambda r:r.choice(["34000","34070","34080","34090"])),
             ("Grenoble",lambda r:r.choice(["38000","38100"])),("Nice",lambda r:r.choice(["06000","06100","06200","06300"])),
             ("Saint-Denis",lambda r:"93200"),("Créteil",lambda r:"94000"),("Aix-en-Provence",lambda r:r.choice(["13090","13100"]))]
def qc_addr(r):
    n = r.randint(10,9999); st = r.choice(QC_STREETS)
    v = r.random()
    if v<.45: return f"{n}, {st}"
    if v<.7: return f"{n} {st}"
    if v<.9: return f"{n}, {st}, app. {r.randint(1,12)}"
    return f"{r.randint(1,12)}-{n} {st}"
def en_addr(r):
    n = r.randint(2,2999); st = r.choice(EN_STREETS)
    v = r.random()
    if v<.6: return f"{n} {st}"
    if v<.8: return f"{n} {st}, Apt {r.randint(1,1500)}"
    abbr = st.replace("Street","St").replace("Avenue","Ave").replace("Road","Rd").replace("Crescent","Cres").replace("Drive","Dr")
    return f"{r.randint(1,40)}-{n} {abbr}"
def fr_addr(r):
    n = r.randint(1,180); st = r.choice(FR_STREETS)
    return r.choice([f"{n} {st}", f"{n} bis {st}", f"{n}, {st}", f"{n} {st}"])

# ---------------------------------------------------------------- dates of birth
MOIS = ["janvier","février","mars","avril","mai","juin","juillet","août","septembre","octobre","novembre","décembre"]
MONTHS = ["January","February","March","April","May","June","July","August","September","October","November","December"]
def dob(r, style):
    y = r.randint(1938,2006); m = r.randint(1,12); d = r.randint(1,28)
    if style=="iso": s = f"{y}-{m:02d}-{d:02d}"
    elif style=="fr": s = r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {MOIS[m-1]} {y}", f"{d:02d}.{m:02d}.{y}"])
    else: s = r.choice([f"{MONTHS[m-1]} {d}, {y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}"])
    return s,(y,m,d)

# ---------------------------------------------------------------- number helpers (check digits)
def luhn_digit(s):
    t = 0
    for i,x in enumerate(map(int,reversed(s))):
        if i%2==0: x*=2; x-=9 if x>9 else 0
        t += x
    return str((10-t%10)%10)
def card(r):
    kind = r.choice(["visa","visa","mc","mc2","amex"])
    if kind=="amex":
        s = r.choice(["34","37"])+"".join(str(r.randint(0,9)) for _ in range(12)); s += luhn_digit(s)
        return r.choice([f"{s[:4]} {s[4:10]} {s[10:]}", s])
    p = "4" if kind=="visa" else ("5"+str(r.randint(1,5)) if kind=="mc" else "2"+str(r.randint(221,720)))
    s = p+"".join(str(r.randint(0,9)) for _ in range(15-len(p))); s += luhn_digit(s)
    return r.choice([" ".join(s[i:i+4] for i in range(0,16,4)), "-".join(s[i:i+4] for i in range(0,16,4)), s])
def sin(r):
    s = str(r.randint(1,7))+"".join(str(r.randint(0,9)) for _ in range(7)); s += luhn_digit(s)
    return r.choice([f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}", s])
def iban_fr(r):
    bank = "".join(str(r.randint(0,9)) for _ in range(5)); br = "".join(str(r.randint(0,9)) for _ in range(5))
    acct = "".join(str(r.randint(0,9)) for _ in range(11))
    key = 97-((89*int(bank)+15*int(br)+3*int(acct))%97)
    bban = f"{bank}{br}{acct}{key:02d}"
    k = 98-int("".join(str(int(c,36)) for c in bban+"FR00"))%97
    s = f"FR{k:02d}{bban}"
    return r.choice([" ".join(s[i:i+4] for i in range(0,len(s),4)), s])
def nir(r, sex, y, m, dept_commune):
    body = f"{1 if sex=='M' else 2}{y%100:02d}{m:02d}{dept_commune}{r.randint(1,999):03d}"
    key = 97-int(body.replace("2A","19").replace("2B","18"))%97
    s = body+f"{key:02d}"
    return r.choice([s, f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}"])
def ramq(f, l, sex, y, m, d, r):
    def cl(x): return "".join(c for c in ascii_(x).upper() if c.isalpha())
    s = (cl(l)[:3].ljust(3,"X")+cl(f)[:1])+f"{y%100:02d}{m+(50 if sex=='F' else 0):02d}{d:02d}{r.randint(10,99)}"
    return r.choice([f"{s[:4]} {s[4:8]} {s[8:]}", s])

def M(t, v): return f"⟦{t}:{v}⟧"

# ---------------------------------------------------------------- list templates
def t_qc_canvass(r):
    used=set(); rows=["prenom,nom,adresse,code_postal,telephone,pointage"]
    city = r.choice(QC_CITIES)
    for _ in range(r.randint(2,4)):
        f,l,s,c = person(r,MIX_QC,used)
        rows.append(f"{M('P',f)},{M('P',l)},\"{M('AD',qc_addr(r))}\",{M('PC',ca_pc(r,city))},{M('PH',na_phone(r,'qc'))},{r.randint(1,4)}")
    return "fr","PO",f"Export pointage — secteur {r.randint(1,40)} ({city})\n"+"\n".join(rows)
def t_en_donors(r):
    used=set(); rows=["full_name,email,amount,received"]
    for _ in range(r.randint(3,8)):
        f,l,s,c = person(r,MIX_EN,used)
        rows.append(f"{M('P',f+' '+l)},{M('EM',email(r,f,l,DOM_EN))},{r.choice([25,50,75,100,200,250,500,1000])}.00,2025-{r.randint(1,12):02d}-{r.randint(1,28):02d}")
    return "en","PO","Riding association — donations Q3 export\n"+"\n".join(rows)
def t_fr_volunteers(r):
    used=set(); rows=["Nom complet;Courriel;Cellulaire;Disponibilités"]
    for _ in range(r.randint(2,6)):
        f,l,s,c = person(r,MIX_QC,used)
        rows.append(f"{M('P',f+' '+l)};{M('EM',email(r,f,l,DOM_QC))};{M('PH',na_phone(r,'qc'))};{r.choice(['soirs','fins de semaine','jour J','mardi/jeudi','à confirmer'])}")
    return "fr","PO","Liste des bénévoles — comité de circonscription\n"+"\n".join(rows)
def t_fr_adherents(r):
    used=set(); rows=["NOM;Prénom;Date de naissance;Adresse;CP;Ville;Portable;Email"]
    for _ in range(r.randint(1,2)):
        f,l,s,c = person(r,MIX_FR,used); city,pcf = r.choice(FR_CITIES); d,_ = dob(r,"fr")
        rows.append(f"{M('P',l.upper())};{M('P',f)};{M('DOB',d)};{M('AD',fr_addr(r))};{M('PC',pcf(r))};{city};{M('PH',fr_phone(r,True))};{M('EM',email(r,f,l,DOM_FR))}")
    return "fr","PO","Extraction fichier adhérents — fédération\n"+"\n".join(rows)
def t_en_signs(r):
    used=set(); city,reg = r.choice(EN_CITIES); rows=["Name | Address | Postal | Phone | Size"]
    for _ in range(r.randint(2,5)):
        f,l,s,c = person(r,MIX_EN,used)
        rows.append(f"{M('P',f+' '+l)} | {M('AD',en_addr(r))} | {M('PC',ca_pc(r,city))} | {M('PH',na_phone(r,reg))} | {r.choice(['small','large','large x2'])}")
    return "en","PO",f"Lawn sign requests — {city}\n"+"\n".join(rows)
def t_fr_rides(r):
    used=set(); rows=["heure | électeur | adresse | tél. | note"]; sens="PO"
    notes = ["","","aide pour marcher","fauteuil roulant","oxygène portatif","","malvoyante","sort de l'hôpital"]
    for _ in range(r.randint(2,4)):
        f,l,s,c = person(r,MIX_QC,used); n = r.choice(notes)
        if n: sens="PO,H"
        rows.append(f"{r.randint(9,17)}h{r.choice(['00','15','30','45'])} | {M('P',f+' '+l)} | {M('AD',qc_addr(r))} | {M('PH',na_phone(r,'qc'))} | {n}")
    return "fr",sens,"Covoiturage jour du vote — pointages 1\n"+"\n".join(rows)
def t_mixed_petition(r):
    used=set(); rows=["name,postal_code,email,consent_newsletter"]
    city = r.choice(QC_CITIES)
    for _ in range(r.randint(2,6)):
        f,l,s,c = person(r,MIX_QC,used)
        rows.append(f"{M('P',f+' '+l)},{M('PC',ca_pc(r,city))},{M('EM',email(r,f,l,DOM_QC))},{r.choice(['oui','non','yes'])}")
    return "mixed","PO","Pétition « Sauvons la ligne 55 » — signatures (export from the form tool)\n"+"\n".join(rows)
def t_fr_suppliers(r):
    used=set(); rows=["Fournisseur;Contact;Téléphone;Courriel"]
    sup = ["Imprimerie du Boulevard","Traiteur Saveurs d'ici","Location Audio-Pro","Enseignes Laurentides","Autobus Gagnon & fils","Salle des Chevaliers"]
    r.shuffle(sup)
    for i in range(r.randint(2,5)):
        f,l,s,c = person(r,MIX_QC,used)
        rows.append(f"{sup[i]};{M('P',f+' '+l)};{M('PH',na_phone(r,'qc'))};{M('EM',email(r,f,l,DOM_QC))}")
    return "fr","","Fournisseurs — campagne 2025\n"+"\n".join(rows)
def t_en_attendees(r):
    used=set(); rows=["Name,Email,Ticket"]
    for _ in range(r.randint(3,9)):
        f,l,s,c = person(r,MIX_EN,used)
        rows.append(f"{M('P',f+' '+l)},{M('EM',email(r,f,l,DOM_EN))},{r.choice(['General','Youth','Donor table','Volunteer'])}")
    return "en","PO","Leader's BBQ — RSVP list\n"+"\n".join(rows)
def t_fr_renewals(r):
    used=set(); rows=["No membre\tNom\tPrénom\tDDN\tCourriel\tExpiration"]
    for _ in range(r.randint(2,4)):
        f,l,s,c = person(r,MIX_QC,used); d,_ = dob(r,r.choice(["iso","fr"]))
        rows.append(f"{r.randint(100000,999999)}\t{M('P',l)}\t{M('P',f)}\t{M('DOB',d)}\t{M('EM',email(r,f,l,DOM_QC))}\t2025-12-31")
    return "fr","PO","Renouvellements à faire — décembre\n"+"\n".join(rows)
def t_en_contractors(r):
    used=set(); rows=["Contractor, SIN, Phone, Start"]
    for _ in range(r.randint(2,5)):
        f,l,s,c = person(r,MIX_EN,used)
        rows.append(f"{M('P',f+' '+l)}, {M('SIN',sin(r))}, {M('PH',na_phone(r,'on'))}, 2025-{r.randint(1,12):02d}-01")
    return "en","","Print shop — contractors for T4A (confidential)\n"+"\n".join(rows)
def t_sms_upload(r):
    used=set(); rows=["phone,first_name,lang"]
    for _ in range(r.randint(3,7)):
        f,l,s,c = person(r,MIX_QC,used)
        rows.append(f"{M('PH',na_phone(r,'qc'))},{M('P',f)},{r.choice(['fr','en'])}")
    return "mixed","","Upload SMS — liste test du fournisseur (numéros de démonstration)\n"+"\n".join(rows)
def t_fr_procurations(r):
    used=set(); rows=["Mandant | Mandataire | Bureau"]
    for _ in range(r.randint(2,6)):
        f,l,s,c = person(r,MIX_FR,used); f2,l2,s2,c2 = person(r,MIX_FR,used)
        rows.append(f"{M('P',f+' '+l)} | {M('P',f2+' '+l2)} | {r.randint(1,60)}")
    return "fr","PO","Procurations gérées par la section (second tour)\n"+"\n".join(rows)
def t_fr_sepa(r):
    used=set(); rows=["Titulaire;IBAN;Montant mensuel"]
    for _ in range(r.randint(2,6)):
        f,l,s,c = person(r,MIX_FR,used)
        rows.append(f"{M('P',l.upper()+' '+f)};{M('IBAN',iban_fr(r))};{r.choice(['5,00','10,00','15,00','20,00'])} €")
    return "fr","PO","Donateurs réguliers — prélèvements SEPA du mois\n"+"\n".join(rows)
def t_en_cards(r):
    used=set(); rows=["donor,card,amount,status"]
    for _ in range(r.randint(2,6)):
        f,l,s,c = person(r,MIX_EN,used)
        rows.append(f"{M('P',f+' '+l)},{M('CC',card(r))},{r.choice([10,20,25,50])},{r.choice(['declined','expired','retry'])}")
    return "en","PO","Failed recurring donations — retry queue\n"+"\n".join(rows)
def t_fr_dom(r):
    used=set(); rows=["Nom;Commune;CP;Téléphone"]
    for _ in range(r.randint(2,5)):
        f,l,s,c = person(r,["ht","fr","in","wa","ma"],used); city = r.choice(list(DOM)); pc,pre,cc = DOM[city]
        rows.append(f"{M('P',f+' '+l)};{city};{M('PC',pc)};{M('PH',dom_phone(r,pre,cc))}")
    return "fr","PO","Militants outre-mer — relance collage d'affiches\n"+"\n".join(rows)
def t_access_register(r):
    used=set(); rows=["reçue le | demandeur | courriel | type | statut"]
    for _ in range(r.randint(2,6)):
        f,l,s,c = person(r,MIX_QC,used)
        rows.append(f"2025-{r.randint(1,12):02d}-{r.randint(1,28):02d} | {M('P',f+' '+l)} | {M('EM',email(r,f,l,DOM_QC))} | {r.choice(['accès','rectification','retrait'])} | {r.choice(['fermé','en cours'])}")
    return "fr","","Registre des demandes d'accès et de rectification (Loi 25)\n"+"\n".join(rows)
def t_ip_block(r):
    rows=[]
    for _ in range(r.randint(3,10)):
        v = r.random()
        if v<.5: ip = f"{r.choice(['192.0.2','198.51.100','203.0.113'])}.{r.randint(1,254)}"
        elif v<.85: ip = f"2001:db8:{r.randint(0,0xffff):x}::{r.randint(1,0xffff):x}"
        else: ip = f"{r.choice(['192.0.2','198.51.100','203.0.113'])}.{r.randint(1,254)}".replace(".","[.]")
        rows.append(f"{M('IP',ip)}  # {r.choice(['spam form','bruteforce','scraper','fake donations'])}")
    return "en","","# blocklist for the donation form (auto-generated)\n"+"\n".join(rows)
def t_union(r):
    used=set(); rows=["Contact,Local,Phone"]
    locs = ["CUPE 4400","Unifor Local 222","USW 1005","OPSEU 532","CSN — STT CHUS","FTQ — SCFP 301","CSQ — SEE"]
    for _ in range(r.randint(2,6)):
        f,l,s,c = person(r,MIX_EN,used)
        rows.append(f"{M('P',f+' '+l)},{r.choice(locs)},{M('PH',na_phone(r,r.choice(['on','qc'])))}")
    return "en","PO,TU","Labour endorsements — union members who agreed to canvass\n"+"\n".join(rows)
def t_outreach(r):
    used=set(); rows=["Nom | Communauté | Téléphone"]
    comm = {"ht":"haïtienne","wa":"ouest-africaine","ma":"maghrébine","sa":"sud-asiatique","ea":"chinoise","vn":"vietnamienne","la":"latino-américaine","ee":"ukrainienne","in":"innue"}
    for _ in range(r.randint(2,5)):
        f,l,s,c = person(r,list(comm),used)
        rows.append(f"{M('P',f+' '+l)} | {comm[c]} | {M('PH',na_phone(r,'qc'))}")
    return "fr","PO,E","Agents de liaison communautaire (bénévoles), chacun issu de la communauté indiquée\n"+"\n".join(rows)
def t_en_gotv(r):
    used=set(); city,reg = r.choice(EN_CITIES); rows=["poll,name,phone,voted"]
    for _ in range(r.randint(3,10)):
        f,l,s,c = person(r,MIX_EN,used)
        rows.append(f"{r.randint(1,200)},{M('P',l+', '+f)},{M('PH',na_phone(r,reg))},{r.choice(['Y','N','N'])}")
    return "en","PO",f"E-day pull list, {city} (supporters only)\n"+"\n".join(rows)
def t_fr_ramq(r):
    used=set(); rows=["nom, prénom, ddn, RAMQ"]
    for _ in range(r.randint(1,4)):
        f,l,s,c = person(r,["qc","qc","ht","ma","ee"],used); d,(y,m,dd) = dob(r,"iso")
        rows.append(f"{M('P',l)}, {M('P',f)}, {M('DOB',d)}, {M('RAMQ',ramq(f,l,s,y,m,dd,r))}")
    return "fr","","Camp de jour du centre communautaire — fiches santé (liste de contrôle)\n"+"\n".join(rows)
def t_fr_nir(r):
    used=set(); rows=["Salarié;NIR;Né(e) le"]
    # département + commune of birth; "99" + country code for people born abroad
    dc = ["75114","69383","13055","33063","59350","44109","31555","67482","35238","2A004","2B033","93066","97120","97411"]
    abroad = {"ma":["99350","99351","99352"],"wa":["99341"],"vn":["99243"],"ee":["99122","99114"]}
    for _ in range(r.randint(2,5)):
        f,l,s,c = person(r,MIX_FR,used); y=r.randint(1960,2003); m=r.randint(1,12); d=r.randint(1,28)
        place = r.choice(abroad[c]) if c in abroad and r.random()<.7 else r.choice(dc)
        rows.append(f"{M('P',f+' '+l)};{M('NIR',nir(r,s,y,m,place))};{M('DOB',f'{d:02d}/{m:02d}/{y}')}")
    return "fr","","Prestataire de paie — salariés du traiteur (déclaration sociale)\n"+"\n".join(rows)

TEMPLATES = [t_qc_canvass,t_en_donors,t_fr_volunteers,t_fr_adherents,t_en_signs,t_fr_rides,t_mixed_petition,t_fr_suppliers,
             t_en_attendees,t_fr_renewals,t_en_contractors,t_sms_upload,t_fr_procurations,t_fr_sepa,t_en_cards,t_fr_dom,
             t_access_register,t_ip_block,t_union,t_outreach,t_en_gotv,t_fr_ramq,t_fr_nir]

def make_lists(n, seed=20261227):
    r = random.Random(seed); out=[]
    order = TEMPLATES*((n//len(TEMPLATES))+1)
    for t in order[:n]:
        lang,sens,text = t(r)
        out.append((lang,"list",sens,text))
    return out

if __name__=="__main__":
    for it in make_lists(38): print("@",it[0],it[1],it[2] or "-"); print(it[3]); print()
