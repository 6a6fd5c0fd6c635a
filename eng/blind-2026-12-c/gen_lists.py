#!/usr/bin/env python3
"""Seeded generator of list / CSV exports for blind-2026-12-c (written from scratch for this set).
make_lists(n) returns n items (lang, kind, sens_codes, marked_text) using the same inline markup
as the hand-written data files. Everything is invented: North American phones are 555-01xx,
overseas French mobiles use the real DOM prefixes with random digits, metropolitan French numbers
use the fiction blocks, check digits (Luhn, NIR key, RIB/IBAN key) are computed."""
import random

SEED = 4417

# ---------------------------------------------------------------- name pools (given, family)
GIVEN = {
 "qc":  ["Maude","Gaétan","Ghislaine","Jean-Sébastien","Marie-Ève","Réjean","Karine","Dany","Nathalie","Benoît","Francine","Mathis","Léa-Rose","Yvon","Sylvie","Éloïse","Stéphane","Chantale","Jacynthe","Luc","Rosalie","Guylaine","Pier-Luc","Annick"],
 "qcf": ["Gagnon","Bouchard","Pelletier","Lévesque","Thibodeau","Desjardins-Roy","Beaulieu","Côté","Paradis","Lachance","Bérubé","St-Onge","Fortier","Gosselin","Morin-Caron","Ouellet","Poirier","Vaillancourt","Laflamme","Deschênes","Brassard","Turcotte"],
 "fr":  ["Solenn","Thibault","Margaux","Yannick","Capucine","Édouard","Clémence","Gaspard","Maëlys","Ludovic","Anaïs","Florian","Bérénice","Hervé","Inès","Quentin"],
 "frf": ["Le Goff","Moreau","Lambert","Fabre","de La Roche","Garnier","Rousseau","Le Bihan","Vasseur","Perrin","Dumont","Marchetti","Chevalier","Lemaire","d'Aubigné","Bonnet"],
 "ht":  ["Wideline","Jameson","Fabiola","Wilner","Nadège","Ricardo","Mirlande","Evens"],
 "htf": ["Joseph","Pierre-Louis","Jean-Baptiste","Dorvil","Célestin","Exantus","Michel","Thélusma"],
 "waf": ["Aminata","Moussa","Fatoumata","Ousmane","Kadiatou","Ibrahima","Adjoa","Kwame"],
 "waff":["Diallo","Traoré","Koné","Ndiaye","Sow","Ouédraogo","Mensah","Camara"],
 "maf": ["Yasmine","Karim","Nour","Hicham","Samira","Rachid","Leïla","Youssef"],
 "maff":["Benali","El Amrani","Haddad","Bouzid","Cherkaoui","Mansouri","Ait Ouali","Belkacem"],
 "sa":  ["Harpreet","Anjali","Rohan","Simran","Vikram","Priyanka","Arjun","Navdeep"],
 "saf": ["Sandhu","Gill","Patel","Iyer","Chaudhry","Dhillon","Ramanathan","Grewal"],
 "ea":  ["Wei","Mei-Ling","Jun","Hyun-woo","Yuki","Xiaoyan","Kenji","Ji-eun"],
 "eaf": ["Zhang","Liu","Chen","Park","Tanaka","Huang","Kim","Watanabe"],
 "vn":  ["Thanh","Minh","Lan","Phuong","Duc","Hoa"],
 "vnf": ["Nguyen","Tran","Pham","Le","Vo","Dang"],
 "la":  ["Camila","Mateo","Valentina","Andrés","Luz Marina","Diego","Ximena","Rodrigo"],
 "laf": ["Restrepo","Gutiérrez","Pérez Soto","Castillo","Morales","Villanueva","Ramírez","Quispe"],
 "ind": ["Shanice","Tommy","Mishtu","Kawennáhere","Alaku","Sheena","Gordie","Naomi"],
 "indf":["Mestokosho","Bacon","Kurtness","Diabo","Jacobs","Okpik","Awashish","Petawabano"],
 "ee":  ["Oksana","Dmytro","Katarzyna","Bogdan","Irina","Tomasz","Milena","Andrei"],
 "eef": ["Kowalczyk","Shevchenko","Popescu","Nowak","Ivanova","Horvat","Zielinski","Petrov"],
 "en":  ["Grace","Bill","Hope","Faith","Rose","Will","June","Colin","Heather","Trevor","Megan","Derek","Shauna","Glen","Brooke","Patience","Sky","Carol"],
 "enf": ["MacLeod","O'Brien","Whitfield","Sinclair","Penner","Fraser","Young","Stone","Baker","Armstrong","Duffy","Hill","Mercer","Walsh","Friesen","Lockhart"],
}
QC_MIX = [("qc","qcf")]*6 + [("ht","htf"),("maf","maff"),("waf","waff"),("vn","vnf"),("la","laf"),("ind","indf"),("ee","eef"),("ea","eaf"),("sa","saf")]
EN_MIX = [("en","enf")]*5 + [("sa","saf"),("ea","eaf"),("ind","indf"),("ee","eef"),("la","laf"),("waf","waff"),("vn","vnf")]
FR_MIX = [("fr","frf")]*5 + [("maf","maff"),("waf","waff"),("ht","htf"),("vn","vnf"),("ee","eef")]

# ---------------------------------------------------------------- places
QC_CITIES = [("Montréal","H2J"),("Montréal","H1V"),("Montréal","H4C"),("Montréal","H3N"),("Laval","H7N"),("Longueuil","J4K"),
             ("Québec","G1R"),("Québec","G1K"),("Lévis","G6V"),("Sherbrooke","J1H"),("Gatineau","J8Y"),("Trois-Rivières","G9A"),
             ("Saguenay","G7H"),("Rimouski","G5L"),("Sept-Îles","G4R"),("Rouyn-Noranda","J9X"),("Drummondville","J2C"),("Joliette","J6E")]
CA_CITIES = [("Toronto","ON","M4K"),("Toronto","ON","M6H"),("Ottawa","ON","K1S"),("Hamilton","ON","L8P"),("Sudbury","ON","P3E"),
             ("Winnipeg","MB","R3L"),("Vancouver","BC","V5L"),("Surrey","BC","V3W"),("Calgary","AB","T2E"),("Edmonton","AB","T6E"),
             ("Halifax","NS","B3K"),("Moncton","NB","E1C"),("Saskatoon","SK","S7K"),("Brampton","ON","L6V")]
FR_CITIES = [("Paris","75011"),("Paris","75019"),("Lyon","69003"),("Marseille","13005"),("Toulouse","31500"),("Lille","59000"),
             ("Bordeaux","33800"),("Nantes","44000"),("Strasbourg","67000"),("Rennes","35000"),("Montreuil","93100"),("Grenoble","38000")]
DOM = [("Pointe-à-Pitre","97110","0690","+590"),("Les Abymes","97139","0690","+590"),("Fort-de-France","97200","0696","+596"),
       ("Le Lamentin","97232","0696","+596"),("Saint-Denis","97400","0692","+262"),("Saint-Pierre","97410","0693","+262"),
       ("Cayenne","97300","0694","+594"),("Mamoudzou","97600","0639","+262")]
QC_STREETS = ["rue de Bordeaux","avenue Papineau","rue Saint-Hubert","boulevard Rosemont","rue des Érables","chemin du Lac-Noir","rue Jeanne-Mance",
              "avenue Myrand","rue du Parc-Lafontaine","boul. Talbot","rue Notre-Dame Ouest","montée Saint-François","rang Sainte-Julie",
              "rue de la Colline","avenue Champagneur","rue King Ouest","rue Principale","boul. des Forges"]
CA_STREETS = ["Danforth Ave","Roncesvalles Ave","Bank St","Locke St S","Elm Grove Dr","Osborne St","Commercial Dr","King George Blvd",
              "Edmonton Trail NE","Whyte Ave","Gottingen St","Mountain Rd","Spadina Cres E","Queen St W","Birchwood Cres","Maple Ridge Rd"]
FR_STREETS = ["rue des Tanneurs","avenue Jean-Jaurès","rue Oberkampf","boulevard de la Croix-Rousse","impasse des Lilas","rue Paradis",
              "place du Marché","allée des Cormorans","chemin de la Digue","rue Lamartine","quai de la Fosse","rue du Faubourg-de-Pierre"]
DOM_STREETS = ["rue Frébault","lotissement Les Flamboyants","chemin Morne-Vert","rue Victor-Hugo","résidence Bois-Joli","allée des Badamiers"]

class G:
    def __init__(self, seed): self.r = random.Random(seed)
    def pick(self, s): return self.r.choice(s)
    def name(self, mix):
        g,f = self.pick(mix); return self.pick(GIVEN[g]), self.pick(GIVEN[f])
    # --- phones
    def na_phone(self, area=None):
        a = area or self.pick(["514","438","450","418","581","819","873","367"]); x = f"{self.r.randint(100,199):03d}"[1:]
        line = f"01{self.r.randint(0,99):02d}"
        return self.pick([f"{a}-555-{line}", f"({a}) 555-{line}", f"{a} 555 {line}", f"{a}.555.{line}", f"1-{a}-555-{line}", f"+1 {a} 555 {line}", f"{a}555{line}"])
    def ca_phone(self):
        return self.na_phone(self.pick(["416","647","613","905","705","204","604","778","403","587","902","506","306","437"]))
    def fr_phone(self):
        blk = self.pick(["01 99 00","02 61 91","03 53 01","04 65 71","05 36 49","06 39 98","07 00 11"])
        tail = f"{self.r.randint(0,99):02d} {self.r.randint(0,99):02d}"
        n = f"{blk} {tail}"
        return self.pick([n, n.replace(" ","."), "+33 "+n[1:], n.replace(" ",""), "+33 (0)"+n[1:]])
    def dom_phone(self, pfx, cc):
        d = [f"{self.r.randint(0,99):02d}" for _ in range(3)]
        return self.pick([f"{pfx} {d[0]} {d[1]} {d[2]}", f"{pfx}{''.join(d)}", f"{cc} {pfx[1:]} {d[0]} {d[1]} {d[2]}", f"{pfx[:2]} {pfx[2:]} {d[0]} {d[1]} {d[2]}"])
    # --- postal codes / addresses
    def qc_pc(self, fsa):
        L="ABCEGHJKLMNPRSTVWXYZ"; ldu=f"{self.r.randint(0,9)}{self.pick(L)}{self.r.randint(0,9)}"
        return self.pick([f"{fsa} {ldu}", f"{fsa}{ldu}", f"{fsa} {ldu}".lower() if self.r.random()<0.1 else f"{fsa} {ldu}"])
    def qc_addr(self):
        n=self.r.randint(12,9800); st=self.pick(QC_STREETS)
        return self.pick([f"{n}, {st}", f"{n} {st}", f"{n} {st}, app. {self.r.randint(1,12)}", f"{self.r.randint(1,8)}-{n} {st}"])
    def ca_addr(self):
        n=self.r.randint(3,2400); st=self.pick(CA_STREETS)
        return self.pick([f"{n} {st}", f"{self.r.randint(101,1804)}-{n} {st}", f"{n} {st} Unit {self.r.randint(1,9)}"])
    def fr_addr(self, streets=FR_STREETS):
        n=self.r.randint(1,140); st=self.pick(streets)
        return self.pick([f"{n} {st}", f"{n}, {st}", f"{n} bis {st}", f"{n} {st}, bât. {self.pick('ABC')}"])
    # --- e-mail
    def email(self, g, f, doms=("gmail.com","videotron.ca","hotmail.com","outlook.com","yahoo.ca","bell.net","orange.fr","free.fr","laposte.net","sympatico.ca","icloud.com","proton.me")):
        import unicodedata
        a = unicodedata.normalize("NFKD",g).encode("ascii","ignore").decode().lower().replace(" ","").replace("'","")
        b = unicodedata.normalize("NFKD",f).encode("ascii","ignore").decode().lower().replace(" ","").replace("'","")
        lp = self.pick([f"{a}.{b}", f"{a[0]}{b}", f"{a}{b}{self.r.randint(1,99)}", f"{b}.{a[0]}", f"{a}_{b}"])
        return f"{lp}@{self.pick(doms)}"
    # --- dates
    def dob(self, fr=True, y0=1938, y1=2006):
        y=self.r.randint(y0,y1); m=self.r.randint(1,12); d=self.r.randint(1,28)
        MFR=["janvier","février","mars","avril","mai","juin","juillet","août","septembre","octobre","novembre","décembre"]
        MEN=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"]
        if fr: s=self.pick([f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {MFR[m-1]} {y}", f"{d:02d}.{m:02d}.{y}"])
        else: s=self.pick([f"{y}-{m:02d}-{d:02d}", f"{MEN[m-1]} {d}, {y}", f"{m:02d}/{d:02d}/{y}", f"{d} {MEN[m-1]} {y}"])
        return s,(y,m,d)
    # --- checksums
    def luhn_complete(self, p):
        t=0
        for i,x in enumerate(map(int,reversed(p))):
            if i%2==0: x*=2; x-= 9 if x>9 else 0
            t+=x
        return p+str((10-t%10)%10)
    def sin(self):
        s=self.luhn_complete(str(self.pick([1,2,3,4,5,6,7]))+"".join(str(self.r.randint(0,9)) for _ in range(7)))
        return self.pick([f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}", s])
    def card(self):
        kind=self.pick(["4","4","51","53","55","22"])
        s=self.luhn_complete(kind+"".join(str(self.r.randint(0,9)) for _ in range(15-len(kind))))
        return self.pick([" ".join(s[i:i+4] for i in range(0,16,4)), s, "-".join(s[i:i+4] for i in range(0,16,4))])
    def iban_fr(self):
        b="".join(str(self.r.randint(0,9)) for _ in range(5)); g="".join(str(self.r.randint(0,9)) for _ in range(5)); c="".join(str(self.r.randint(0,9)) for _ in range(11))
        rib=97-(89*int(b)+15*int(g)+3*int(c))%97; bban=f"{b}{g}{c}{rib:02d}"
        k=98-int("".join(str(int(ch,36)) for ch in bban+"FR00"))%97; ib=f"FR{k:02d}{bban}"
        return self.pick([" ".join(ib[i:i+4] for i in range(0,len(ib),4)), ib])
    def nir(self, sex, y, m, dep=None):
        dep = dep or self.pick(["75","69","13","59","33","44","67","93","2A","2B","971","972","974","973"])
        com = f"{self.r.randint(1,99):02d}" if len(dep)==3 else f"{self.r.randint(1,400):03d}"
        body=f"{sex}{y%100:02d}{m:02d}{dep}{com}{self.r.randint(1,999):03d}"
        key=97-int(body.replace("2A","19").replace("2B","18"))%97
        return self.pick([f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}", f"{body}{key:02d}", f"{body} {key:02d}"])
    def ramq(self, given, family, female, y, m, d):
        import unicodedata
        f = unicodedata.normalize("NFKD",family).encode("ascii","ignore").decode().upper().replace(" ","").replace("-","").replace("'","")
        g = unicodedata.normalize("NFKD",given).encode("ascii","ignore").decode().upper()
        f = (f+"XXX")[:3]
        code=f"{f}{g[0]}{y%100:02d}{m+50 if female else m:02d}{d:02d}{self.r.randint(10,99)}"
        return self.pick([f"{code[:4]} {code[4:8]} {code[8:]}", code])

def M(code, v): return f"⟦{code}:{v}⟧"
def q(s): return f'"{s}"'

# ---------------------------------------------------------------- templates: (lang, sens, fn)
def t_pap(g):   # Québec canvass export
    rows=["Prénom,Nom,Adresse,Code postal,Téléphone,Cote,Pancarte"]
    for _ in range(g.r.randint(2,4)):
        gi,fa=g.name(QC_MIX); city,fsa=g.pick(QC_CITIES)
        rows.append(f"{M('P',gi)},{M('P',fa)},{q(M('AD',g.qc_addr()))},{M('PC',g.qc_pc(fsa))},{M('PH',g.na_phone())},{g.pick(['1','2','3','4','5'])},{g.pick(['oui','non','peut-être',''])}")
    return "fr","PO","Export pointage — secteur "+str(g.r.randint(101,148))+"\n"+"\n".join(rows)
def t_donors_qc(g):
    rows=["nom_complet;montant;date_don;courriel;tel"]
    for _ in range(g.r.randint(3,6)):
        gi,fa=g.name(QC_MIX)
        rows.append(f"{M('P',gi+' '+fa)};{g.r.choice([25,50,75,100,200])},00 $;2026-{g.r.randint(1,11):02d}-{g.r.randint(1,28):02d};{M('EM',g.email(gi,fa))};{M('PH',g.na_phone())}")
    return "fr","PO","dons_T3_circo.csv\n"+"\n".join(rows)
def t_vol_en(g):
    rows=["Name,Phone,Email,Shift,Role"]
    for _ in range(g.r.randint(3,6)):
        gi,fa=g.name(EN_MIX)
        rows.append(f"{M('P',gi+' '+fa)},{M('PH',g.ca_phone())},{M('EM',g.email(gi,fa))},{g.pick(['Sat AM','Sat PM','Sun AM','Weeknight'])},{g.pick(['canvass','phones','driver','data entry','sign crew'])}")
    return "en","PO","Volunteer roster - advance poll weekend\n"+"\n".join(rows)
def t_adh_fr(g):
    rows=["NOM;Prénom;Né(e) le;Adresse;CP;Ville;Mobile"]
    for _ in range(g.r.randint(2,3)):
        gi,fa=g.name(FR_MIX); city,pc=g.pick(FR_CITIES); d,_=g.dob(True)
        rows.append(f"{M('P',fa.upper())};{M('P',gi)};{M('DOB',d)};{M('AD',g.fr_addr())};{M('PC',pc)};{city};{M('PH',g.fr_phone())}")
    return "fr","PO","Fichier adhérents — section locale, à jour au 30/11\n"+"\n".join(rows)
def t_dom(g):
    rows=["Nom\tCommune\tCP\tPortable\tStatut"]
    for _ in range(g.r.randint(3,5)):
        gi,fa=g.name([("fr","frf"),("ht","htf"),("waf","waff")]); city,pc,pfx,cc=g.pick(DOM)
        rows.append(f"{M('P',fa+' '+gi)}\t{city}\t{M('PC',pc)}\t{M('PH',g.dom_phone(pfx,cc))}\t{g.pick(['militant','sympathisant','adhérent à jour','ancien adhérent'])}")
    return "fr","PO","Contacts Outre-mer (fédé) — relance cotisations\n"+"\n".join(rows)
def t_signs(g):
    rows=["address,postal,name,phone,size,notes"]
    for _ in range(g.r.randint(3,4)):
        gi,fa=g.name(EN_MIX); city,pr,fsa=g.pick(CA_CITIES)
        rows.append(f"{q(M('AD',g.ca_addr()))},{M('PC',g.qc_pc(fsa))},{M('P',gi+' '+fa)},{M('PH',g.ca_phone())},{g.pick(['small','large','2x small'])},{g.pick(['corner lot','put by driveway','','ask for Sue at door','dog in yard'])}")
    return "en","PO","Lawn sign requests — export "+g.pick(["Nov 3","Nov 5","Nov 9"])+"\n"+"\n".join(rows)
def t_ride(g):
    rows=["Nom | Adresse | Tél | Besoin | Heure"]
    for _ in range(g.r.randint(3,4)):
        gi,fa=g.name(QC_MIX)
        rows.append(f"{M('P',gi+' '+fa)} | {M('AD',g.qc_addr())} | {M('PH',g.na_phone())} | {g.pick(['fauteuil roulant','marchette','non-voyante, accompagnement','oxygène portatif','béquilles (chirurgie hanche)'])} | {g.pick(['9h','10h30','13h','15h45'])}")
    return "fr","PO,H","Transport jour du vote — électeurs qui votent pour nous, besoins mobilité\n"+"\n".join(rows)
def t_renew_card(g):
    rows=["member_id,name,card,exp,amount"]
    for _ in range(g.r.randint(3,5)):
        gi,fa=g.name(EN_MIX)
        rows.append(f"M{g.r.randint(10000,99999)},{M('P',fa+', '+gi)},{M('CC',g.card())},{g.r.randint(1,12):02d}/{g.r.randint(27,31)},{g.pick(['10.00','25.00','50.00'])}")
    return "en","PO","Membership renewals — card batch (to reprocess)\n"+"\n".join(rows)
def t_sepa(g):
    rows=["Donateur;IBAN;Montant mensuel;Mandat"]
    for _ in range(g.r.randint(3,5)):
        gi,fa=g.name(FR_MIX)
        rows.append(f"{M('P',gi+' '+fa)};{M('IBAN',g.iban_fr())};{g.pick(['5','10','15','20'])} €;RUM-{g.r.randint(100000,999999)}")
    return "fr","PO","Prélèvements SEPA — dons réguliers au parti, lot de décembre\n"+"\n".join(rows)
def t_paid_canv(g):
    rows=["Nom,NAS,Téléphone,Taux horaire"]
    for _ in range(g.r.randint(3,5)):
        gi,fa=g.name(QC_MIX)
        rows.append(f"{M('P',gi+' '+fa)},{M('SIN',g.sin())},{M('PH',g.na_phone())},{g.pick(['18,50','19,00','21,25'])}")
    return "fr","PO","Paie — solliciteurs rémunérés de la campagne (T4 à produire)\n"+"\n".join(rows)
def t_ramq(g):
    rows=["Nom;Prénom;Date de naissance;RAMQ;Allergie / note santé"]
    for i in range(g.r.randint(2,3)):
        gi,fa=g.name(QC_MIX); f=g.r.random()<0.5; y=g.r.randint(2005,2010); m=g.r.randint(1,12); d=g.r.randint(1,28)
        rows.append(f"{M('P',fa)};{M('P',gi)};{M('DOB',f'{y}-{m:02d}-{d:02d}')};{M('RAMQ',g.ramq(gi,fa,f,y,m,d))};{g.pick(['arachides (EpiPen)','asthme','diabète type 1','épilepsie'] if i==0 else ['arachides (EpiPen)','asthme','aucune','aucune','épilepsie'])}")
    return "fr","PO,H","Aile jeunesse — camp de formation militante, fiches santé\n"+"\n".join(rows)
def t_nir(g):
    rows=["Collaborateur;Né le;NIR;Poste"]
    for _ in range(g.r.randint(3,5)):
        gi,fa=g.name(FR_MIX); sex=g.pick([1,2]); y=g.r.randint(1962,2001); m=g.r.randint(1,12); d=g.r.randint(1,28)
        rows.append(f"{M('P',fa.upper()+' '+gi)};{M('DOB',f'{d:02d}/{m:02d}/{y}')};{M('NIR',g.nir(sex,y,m))};{g.pick(['assistant(e) parlementaire','chargé(e) de mission','attaché(e) de presse'])}")
    return "fr","PO","DPAE — collaborateurs du groupe, pièces pour la paie\n"+"\n".join(rows)
def t_ip(g):
    rows=["ts,user,ip,result"]
    for _ in range(g.r.randint(3,5)):
        gi,fa=g.name(QC_MIX+EN_MIX)
        ip=g.pick([f"192.0.2.{g.r.randint(1,254)}",f"198.51.100.{g.r.randint(1,254)}",f"203.0.113.{g.r.randint(1,254)}",f"2001:db8:{g.r.randint(1,0xffff):x}::{g.r.randint(1,0xff):x}"])
        rows.append(f"2026-12-{g.r.randint(1,20):02d}T{g.r.randint(0,23):02d}:{g.r.randint(0,59):02d}Z,{M('EM',g.email(gi,fa,('campagne.example','ca-crm.example')))},{M('IP',ip)},{g.pick(['ok','fail','fail','mfa_denied'])}")
    return g.pick(["en","fr"]),"","login_audit_export.csv\n"+"\n".join(rows)
def t_fundraiser_mixed(g):
    rows=["Nom / Name,Table,Tel,Email,Paid?"]
    for _ in range(g.r.randint(3,4)):
        gi,fa=g.name(QC_MIX+EN_MIX)
        rows.append(f"{M('P',gi+' '+fa)},{g.r.randint(1,22)},{M('PH',g.na_phone())},{M('EM',g.email(gi,fa))},{g.pick(['oui','yes','pas encore','cheque at door'])}")
    return "mixed","PO","Souper bénéfice / fundraiser dinner — RSVP list (150$ le billet)\n"+"\n".join(rows)
def t_union(g):
    rows=["Name,Local,Phone,Email"]
    for _ in range(g.r.randint(3,5)):
        gi,fa=g.name(EN_MIX)
        rows.append(f"{M('P',gi+' '+fa)},{g.pick(['Local 1005','Local 79','Local 213','Local 4400'])},{M('PH',g.ca_phone())},{g.pick(['',M('EM',g.email(gi,fa))])}")
    return "en","TU,PO","Union stewards who signed our endorsement letter\n"+"\n".join(rows)
def t_petition(g):
    rows=["prenom,nom,code_postal,courriel,commentaire"]
    for _ in range(g.r.randint(2,3)):
        gi,fa=g.name(QC_MIX); city,fsa=g.pick(QC_CITIES)
        rows.append(f"{M('P',gi)},{M('P',fa)},{M('PC',g.qc_pc(fsa))},{M('EM',g.email(gi,fa))},{g.pick(['Enfin!','je signe pour ma mère aussi','','tenez bon'])}")
    return "fr","PO","Signataires pétition — pour un nouveau CHSLD dans le quartier (notre campagne)\n"+"\n".join(rows)
def t_callsheet(g):
    rows=["Voter | Phone | Result | Follow-up"]
    for _ in range(g.r.randint(4,7)):
        gi,fa=g.name(EN_MIX)
        rows.append(f"{M('P',fa.upper()+', '+gi)} | {M('PH',g.ca_phone())} | {g.pick(['STRONG YES','lean yes','undecided','against','NH'])} | {g.pick(['','call back Thu','wants sign','do not call'])}")
    return "en","PO","Phone bank call sheet — poll 47\n"+"\n".join(rows)
def t_sms_optin(g):
    rows=["phone,first_name,lang,tag"]
    for _ in range(g.r.randint(4,9)):
        gi,fa=g.name(QC_MIX+EN_MIX)
        rows.append(f"{M('PH',g.pick([g.na_phone(),g.ca_phone()]))},{M('P',gi)},{g.pick(['fr','en'])},{g.pick(['supporter','gotv_yes','donor'])}")
    return "mixed","PO","GOTV texting — upload file (supporters only)\n"+"\n".join(rows)
def t_rsvp_diet(g):
    rows=["Nom\tCourriel\tRestriction"]
    for i in range(g.r.randint(3,5)):
        gi,fa=g.name([("maf","maff"),("waf","waff"),("sa","saf"),("qc","qcf"),("fr","frf")])
        diet = g.pick(['halal','kasher']) if i==0 else g.pick(['halal','kasher','végétarien (hindou)','halal','sans porc'])
        rows.append(f"{M('P',gi+' '+fa)}\t{M('EM',g.email(gi,fa))}\t{diet}")
    return "fr","R,PO","Iftar de l'association de circonscription — inscriptions militants\n"+"\n".join(rows)
def t_scrut(g):
    rows=["Délégué(e),Bureau,Né(e) le,Cell"]
    for _ in range(g.r.randint(3,4)):
        gi,fa=g.name(QC_MIX); d,_=g.dob(True,1945,2004)
        rows.append(f"{M('P',fa+', '+gi)},{g.r.randint(1,180)},{M('DOB',d)},{M('PH',g.na_phone())}")
    return "fr","PO","Représentants du parti aux bureaux de vote — liste pour le DGE\n"+"\n".join(rows)
def t_recall(g):
    rows=["# électeurs à rappeler (boîte vocale)","nom|adresse|cp|tel"]
    for _ in range(g.r.randint(3,4)):
        gi,fa=g.name(FR_MIX); city,pc=g.pick(FR_CITIES)
        rows.append(f"{M('P',gi+' '+fa)}|{M('AD',g.fr_addr())}|{M('PC',pc)}|{M('PH',g.fr_phone())}")
    return "fr","","Phoning législatives — fichier brut\n"+"\n".join(rows)
def t_contractors(g):
    rows=["Vendor contact,Company,Phone,Email"]
    for _ in range(g.r.randint(3,5)):
        gi,fa=g.name(EN_MIX)
        rows.append(f"{M('P',gi+' '+fa)},{g.pick(['Maple Print Co.','Northline Signs','Quick Vans Rental','Harbour AV'])},{M('PH',g.ca_phone())},{M('EM',g.email(gi,fa,('vendor-mail.example','printshop.example')))}")
    return "en","","Supplier contacts (no voter data)\n"+"\n".join(rows)

TEMPLATES = [t_pap,t_donors_qc,t_vol_en,t_adh_fr,t_dom,t_signs,t_ride,t_renew_card,t_sepa,t_paid_canv,
             t_ramq,t_nir,t_ip,t_fundraiser_mixed,t_union,t_petition,t_callsheet,t_sms_optin,t_rsvp_diet,t_scrut,
             t_recall,t_contractors]

def make_lists(n, seed=SEED):
    g = G(seed); out=[]
    order = [TEMPLATES[i % len(TEMPLATES)] for i in range(n)]
    for fn in order:
        while True:
            lang,sens,text = fn(g)
            k = text.count("⟦")
            if 3 <= k <= 20: break
        out.append((lang,"list",sens,text))
    return out

if __name__ == "__main__":
    import collections
    L = make_lists(40)
    print(collections.Counter(l for l,_,_,_ in L), sum(t.count("⟦") for *_,t in L))
    for x in L[:3]+L[12:14]: print(x[0],x[2]); print(x[3]); print()
