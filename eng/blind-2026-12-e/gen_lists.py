#!/usr/bin/env python3
"""Seeded list/CSV/export generator for blind-2026-12-e (written from scratch, seed 55173).
Every export shape here is new (SQL dump, HTML table, Google-Forms CSV, Outlook CSV, INI table plan,
LaTeX badges, émargement sheet, delegate accreditation, accessibility register, DSAR register, ...).
make_lists(n) returns (lang, kind, sensitive_codes, marked_text) tuples with ⟦CODE:text⟧ markup."""
import random
SEED = 55173
R = random.Random(SEED)

QC_FIRST = ["Maxime","Gabrielle","Étienne","Rosalie","Jérémie","Maëlle","Olivier","Laurence","Félix","Noémie","Benoît","Ariane",
            "Guylaine","Réjean","Sylvain","Josée","Mathis","Florence","Yannick","Karine","Denis","Marie-Ève","Jean-Sébastien","Lyne"]
QC_LAST = ["Bérubé","Lachance","Thibodeau","Ouellet-Vachon","Poulin","Desrosiers","Fréchette","Labrecque","Guimond","Savard",
           "Bouffard","Lévesque-Caron","Pelletier","Gingras","Dufresne","Marcoux","Paradis","Boisvert","Hébert","Charbonneau"]
WORLD = [("Wilner","Désir"),("Nadège","Pierre-Louis"),("Fatoumata","Camara"),("Ousmane","Diallo"),("Yacine","Belkacem"),
         ("Samira","El Amrani"),("Karim","Benali-Toufik"),("Priya","Raghunathan"),("Harjit","Sandhu"),("Mei","Zhou"),
         ("Jun-ho","Park"),("Thi Hoa","Nguyen"),("Quang","Tran"),("Valentina","Rojas"),("Diego","Quispe"),("Jolene","Kapesh"),
         ("Tommy","Awashish"),("Mary-Ann","Petawabano"),("Kahentinetha","Deer"),("Lucassie","Nappaaluk"),("Molly","Sark"),
         ("Bogdan","Kowalczyk"),("Oksana","Hrytsenko"),("Radu","Popescu"),("Colin","MacAulay"),("Heather","Fitzgerald"),
         ("Derek","Stone"),("Summer","Wolfe"),("Grace","Baker"),("Hamid","Rahimi")]
FR_FIRST = ["Solène","Baptiste","Clémence","Gaëtan","Océane","Thibault","Maïwenn","Loïc","Anaïs","Ludovic","Inès","Yannis"]
FR_LAST = ["Le Gall","Moreau","Dubreuil","Garnier","Ferrand","de Kerguelen","Roussel","Santini","Casanova","Lemaire","Vidal","Perrin"]
DOM_NAMES = [("Ketty","Bélénus"),("Jean-Max","Sainte-Rose"),("Marlène","Célestine"),("Rudy","Larcher"),("Aurélie","Payet"),
             ("Dimitri","Hoarau"),("Nasrine","Attoumani"),("Florent","Jean-Baptiste"),("Cyndie","Éloidin"),("Harry","Zamor")]
QC_STREETS = ["rue des Érables","avenue du Mont-Royal Est","boulevard Talbot","rue Saint-Vallier Ouest","chemin du Lac-Beauport",
              "rue de la Fabrique","rang Saint-Joseph","avenue Cartier","rue Principale","montée Masson","rue King Ouest","boulevard Saint-Joseph"]
EN_STREETS = ["Birchwood Cres","Rideau Terrace","Sunnyside Ave","Cedar Hollow Rd","Elgin St","Kingsmere Pl","Portage Ave","Harbour View Dr"]
QC_FSA = [("Montréal","H2J"),("Montréal","H1Y"),("Québec","G1R"),("Québec","G1K"),("Saguenay","G7H"),("Sherbrooke","J1H"),
          ("Gatineau","J8Y"),("Trois-Rivières","G9A"),("Rimouski","G5L"),("Laval","H7N")]
ON_FSA = [("Ottawa","K1S"),("Ottawa","K2P"),("Toronto","M4E"),("Winnipeg","R3L"),("Halifax","B3K"),("Moncton","E1C")]
FR_CITIES = [("Rennes","35000","35"),("Lyon","69004","69"),("Lille","59000","59"),("Bordeaux","33800","33"),("Ajaccio","20000","2A"),
             ("Bastia","20200","2B"),("Nantes","44000","44"),("Toulouse","31500","31")]
DOM = [("Pointe-à-Pitre","97110","971","0690","+590"),("Fort-de-France","97200","972","0696","+596"),("Cayenne","97300","973","0694","+594"),
       ("Saint-Denis","97400","974","0692","+262"),("Mamoudzou","97600","976","0639","+262")]
AREA = ["514","438","418","581","819","873","450","579","367","613","343","416","204","902","506"]
DOMAINS = ["gmail.com","outlook.com","hotmail.com","videotron.ca","yahoo.fr","orange.fr","free.fr","icloud.com","laposte.net","courriel.example"]

def deacc(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFD",s) if unicodedata.category(c)!="Mn")
def pick_qc(): return R.choice(QC_FIRST), R.choice(QC_LAST)
def pick_any():
    return R.choice(WORLD) if R.random()<0.5 else pick_qc()
def na_phone(fmt=None):
    a=R.choice(AREA); x=f"{R.randint(0,99):02d}"; fmt = fmt if fmt is not None else R.randint(0,5)
    return [f"{a}-555-01{x}",f"({a}) 555-01{x}",f"{a}.555.01{x}",f"+1 {a} 555 01{x}",f"{a}55501{x}",f"1-{a}-555-01{x}"][fmt]
def fr_phone():
    blk=R.choice(["01 99 00","02 61 91","03 53 01","04 65 71","05 36 49","06 39 98","07 00 11"])
    tail=f"{R.randint(0,99):02d} {R.randint(0,99):02d}"
    f=R.randint(0,2)
    s=f"{blk} {tail}"
    return [s, s.replace(" ","."), "+33 "+s[1:]][f]
def dom_phone(pfx,cc,form=None):
    d=f"{R.randint(10,99)} {R.randint(10,99)} {R.randint(10,99)}"
    form = R.randint(0,1) if form is None else form
    return f"{pfx[:2]} {pfx[2:]} {d}" if form==0 else f"{cc} {pfx[1:]} {d}"
def email(f,l):
    f2=deacc(f).lower().replace(" ","").replace("'",""); l2=deacc(l).lower().replace(" ","").replace("'","")
    return R.choice([f"{f2}.{l2}",f"{f2[0]}{l2}",f"{l2}.{f2}{R.randint(1,99)}",f"{f2}_{l2[:4]}"])+"@"+R.choice(DOMAINS)
def qc_postal(fsa): return f"{fsa} {R.randint(1,9)}{R.choice('ABCEGHJKLMNPRSTVWXYZ')}{R.randint(0,9)}"
def luhn_complete(p):
    for c in range(10):
        d=p+str(c); t=0
        for i,x in enumerate(map(int,reversed(d))):
            if i%2: x*=2; x-=9 if x>9 else 0
            t+=x
        if t%10==0: return d
def sin():
    d=luhn_complete(str(R.choice([1,2,3,4,5,6,7]))+"".join(str(R.randint(0,9)) for _ in range(7)))
    return R.choice([f"{d[:3]} {d[3:6]} {d[6:]}",f"{d[:3]}-{d[3:6]}-{d[6:]}",d])
def card():
    pre=R.choice(["4","4","51","54","2223"]); d=luhn_complete(pre+"".join(str(R.randint(0,9)) for _ in range(15-len(pre))))
    return R.choice([" ".join(d[i:i+4] for i in range(0,16,4)),"-".join(d[i:i+4] for i in range(0,16,4)),d])
def iban_fr():
    b="".join(str(R.randint(0,9)) for _ in range(5)); g="".join(str(R.randint(0,9)) for _ in range(5)); a="".join(str(R.randint(0,9)) for _ in range(11))
    key=97-(89*int(b)+15*int(g)+3*int(a))%97; bban=f"{b}{g}{a}{key:02d}"
    n=int("".join(str(int(c,36)) for c in bban+"FR00")); ib=f"FR{98-n%97:02d}{bban}"
    return " ".join(ib[i:i+4] for i in range(0,len(ib),4)) if R.random()<0.7 else ib
def nir(sex,y,m,dep):
    ordre=f"{R.randint(1,999):03d}"
    body = f"{sex}{y%100:02d}{m:02d}{dep}{R.randint(1,99):02d}{ordre}" if len(dep)==3 else f"{sex}{y%100:02d}{m:02d}{dep}{R.randint(1,350):03d}{ordre}"
    k=97-int(body.replace("2A","19").replace("2B","18"))%97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {k:02d}" if len(dep)==2 else f"{body[0]} {body[1:3]} {body[3:5]} {body[5:8]} {body[8:10]} {body[10:13]} {k:02d}"
def ramq(last,first,y,m,d,female):
    l=deacc(last).upper().replace("-","").replace(" ","").replace("'","")
    l=(l+"XXX")[:3]; return f"{l}{deacc(first)[0].upper()} {y%100:02d}{m+50 if female else m:02d} {d:02d}{R.randint(10,99)}"
def dob():
    return R.randint(1944,2004),R.randint(1,12),R.randint(1,28)
FEM = set("Gabrielle Rosalie Maëlle Laurence Noémie Ariane Guylaine Josée Florence Karine Marie-Ève Lyne".split())

def t_sql():   # SQL INSERT dump of a riding-association member table
    rows=[]; n=R.randint(2,4)
    for i in range(n):
        f,l=pick_any(); c,fsa=R.choice(QC_FSA)
        st=R.choice(QC_STREETS).replace("'","''"); civ=R.randint(10,4999); pc=qc_postal(fsa).replace(' ','')
        rows.append(f"INSERT INTO membres (id, prenom, nom, adresse, tel, code_postal, cotisation) VALUES ({R.randint(1000,9999)}, '⟦P:{f}⟧', '⟦P:{l}⟧', '⟦AD:{civ}, {st}⟧', '⟦PH:{na_phone(4)}⟧', '⟦PC:{pc}⟧', {R.choice([5,10,20])}.00);")
    return ("fr","list","PO","-- dump association de circonscription, table membres (AGA)\n"+"\n".join(rows))
def t_html():  # HTML table, AGM attendance
    rows=[]
    for i in range(R.randint(3,5)):
        f,l=pick_any(); rows.append(f"  <tr><td>⟦P:{f} {l}⟧</td><td>⟦EM:{email(f,l)}⟧</td><td>{R.choice(['présent','procuration','présente'])}</td></tr>")
    return ("fr","list","PO","<table class=\"aga-presences\">\n  <tr><th>Nom</th><th>Courriel</th><th>Statut</th></tr>\n"+"\n".join(rows)+"\n</table>")
def t_gforms(): # Google-Forms volunteer onboarding CSV with a timestamp
    rows=[]
    for i in range(R.randint(3,5)):
        f,l=pick_any()
        rows.append(f"2026/0{R.randint(3,9)}/{R.randint(10,28)} {R.randint(8,21)}:{R.randint(10,59)}:{R.randint(10,59)} UTC-4,⟦P:{f} {l}⟧,⟦EM:{email(f,l)}⟧,⟦PH:{na_phone(R.choice([0,2,3]))}⟧,{R.choice(['Porte-à-porte','Phoning','Jour J - chauffeur','Pancartes'])}")
    return ("mixed","list","PO",'"Horodateur","Full name / Nom complet","Email","Cellulaire","Comment voulez-vous aider?"\n'+"\n".join(rows))
def t_outlook(): # Outlook contacts export, leadership race
    rows=[]
    for i in range(R.randint(2,4)):
        f,l=pick_any(); c,fsa=R.choice(ON_FSA)
        rows.append(f'"⟦P:{f}⟧","⟦P:{l}⟧","⟦PH:{na_phone(1)}⟧","⟦EM:{email(f,l)}⟧","{c}","Leadership - endorser"')
    return ("en","list","PO",'"First Name","Last Name","Mobile Phone","E-mail Address","Business City","Categories"\n'+"\n".join(rows))
def t_ini():   # INI-style table plan for a fundraising dinner
    out=[]
    for t in range(1,R.randint(2,4)+1):
        names=[]
        for _ in range(R.randint(2,4)):
            f,l=pick_any(); names.append(f"⟦P:{f} {l}⟧")
        out.append(f"[table_{t}]\ninvites = "+"; ".join(names)+f"\nmenu = {R.choice(['standard','végé','sans gluten'])}")
    return ("fr","list","PO","; souper-bénéfice 250 $ le couvert — plan de salle\n"+"\n".join(out))
def t_latex(): # LaTeX badges for a convention
    rows=[]
    for _ in range(R.randint(3,6)):
        f,l=pick_any(); rows.append(f"\\badge{{⟦P:{f} {l.upper()}⟧}}{{Délégué·e}}{{{R.choice(['Jean-Talon','Chicoutimi','Sherbrooke','Laurier-Dorion','Rimouski','Hull'])}}}")
    return ("fr","list","PO","% badges congrès — compiler avec xelatex\n"+"\n".join(rows))
def t_emargement(): # French AG émargement sheet
    c,cp,_=R.choice(FR_CITIES); rows=[]
    for i in range(R.randint(3,6)):
        f,l=R.choice(FR_FIRST),R.choice(FR_LAST); rows.append(f"{i+1:>2}. ⟦P:{l.upper()} {f}⟧ ........ adhérent n° {R.randint(10000,99999)} ........ signature: ✔")
    return ("fr","list","PO",f"Feuille d'émargement — assemblée générale de la section de {c}\n"+"\n".join(rows))
def t_delegates(): # leadership race accreditation with DOB
    rows=[]
    for _ in range(R.randint(3,5)):
        f,l=pick_any(); y,m,d=dob()
        c,fsa=R.choice(QC_FSA)
        rows.append(f"⟦P:{l}⟧\t⟦P:{f}⟧\t⟦DOB:{y}-{m:02d}-{d:02d}⟧\t⟦PC:{qc_postal(fsa)}⟧\t{'jeune' if y>=1996 else R.choice(['ex officio','élu'])}")
    return ("fr","list","PO","# Accréditation — course à la chefferie\nnom\tprénom\tnaissance\tcode_postal\ttype_délégué\n"+"\n".join(rows))
def t_access(): # accessibility requests for an event (HEALTH)
    rows=[]
    for _ in range(R.randint(3,5)):
        f,l=pick_any(); need=R.choice(["fauteuil roulant","malentendant — interprète LSQ","chien-guide (non-voyant)","sclérose en plaques, place près de la sortie","déambulateur","épilepsie — éviter les stroboscopes"])
        rows.append(f"- ⟦P:{f} {l}⟧ ({need}) — rappel au ⟦PH:{na_phone(R.choice([0,1,3]))}⟧")
    return ("fr","list","PO,H","Demandes d'accommodement — assemblée d'investiture\n"+"\n".join(rows))
def t_access_en():
    rows=[]
    for _ in range(R.randint(3,5)):
        f,l=pick_any(); need=R.choice(["wheelchair user","hard of hearing, needs CART captions","low vision, large print","uses a cane after hip surgery","ASL interpreter (Deaf)"])
        rows.append(f"* {f} {l}".replace(f"* {f} {l}",f"* ⟦P:{f} {l}⟧")+f" | {need} | ⟦EM:{email(f,l)}⟧")
    return ("en","list","PO,H","Accessibility requests - town hall with the candidate\n"+"\n".join(rows))
def t_dsar(): # data-protection request register (no PO)
    rows=[]
    for _ in range(R.randint(3,5)):
        f,l=pick_any()
        rows.append(f"DPR-{R.randint(100,999)} | {R.choice(['accès','effacement','rectification','opposition'])} | ⟦P:{f} {l}⟧ | ⟦EM:{email(f,l)}⟧ | reçu le 2026-0{R.randint(1,9)}-{R.randint(10,28)}")
    return ("fr","list","","Registre des demandes (Loi 25) — réf | type | demandeur | courriel | date\n"+"\n".join(rows))
def t_school(): # school-board campaign parent volunteers
    rows=[]
    for _ in range(R.randint(3,5)):
        f,l=pick_any(); rows.append(f"{f} {l}".replace(f"{f} {l}",f"⟦P:{f} {l}⟧")+f" — ⟦EM:{email(f,l)}⟧ — enfants à l'école {R.choice(['des Cheminots','Sainte-Odile','du Boisé','Wilfrid-Bastien'])}")
    return ("mixed","list","PO","Parents bénévoles / parent volunteers — campagne scolaire, circonscription 7\n"+"\n".join(rows))
def t_dom_carpool(): # overseas GOTV carpool
    city,cp,dep,pfx,cc=R.choice(DOM); rows=[]
    for _ in range(R.randint(2,4)):
        f,l=R.choice(DOM_NAMES); rows.append(f"🚗 ⟦P:{f} {l}⟧ — ⟦PH:{dom_phone(pfx,cc)}⟧ — ⟦AD:{R.randint(2,90)} rue {R.choice(['Schoelcher','des Flamboyants','Lardenoy','du Général-de-Gaulle','des Manguiers'])}⟧ ⟦PC:{cp}⟧ {city}")
    return ("fr","list","PO",f"Covoiturage 2e tour — section {city} (ne pas diffuser)\n"+"\n".join(rows))
def t_cardbatch(): # card donation batch from a phone bank
    rows=[]
    for _ in range(R.randint(3,5)):
        f,l=pick_any(); rows.append(f"{R.randint(40000,49999)}|⟦P:{l.upper()}, {f}⟧|⟦CC:{card()}⟧|{R.choice(['25','50','100','200'])}.00 CAD|APPROVED")
    return ("en","list","PO","ref|donor|pan|amount|status   # phone-bank batch 3, do not email\n"+"\n".join(rows))
def t_sinpay(): # phone-bank caller payroll with SIN
    rows=[]
    for _ in range(R.randint(3,5)):
        f,l=pick_any(); rows.append(f"⟦P:{f} {l}⟧\t⟦SIN:{sin()}⟧\t{R.randint(12,38)} h")
    return ("fr","list","PO","Paie — téléphonistes de l'élection partielle (T4A)\nnom\tNAS\theures\n"+"\n".join(rows))
def t_ramqtrip():
    rows=[]
    for _ in range(R.randint(2,4)):
        f,l=pick_qc(); y=R.randint(2007,2010); m=R.randint(1,12); d=R.randint(1,28); fem=f in FEM
        rows.append(f"{l}, {f}".replace(f"{l}, {f}",f"⟦P:{l}, {f}⟧")+f" | ⟦DOB:{d:02d}/{m:02d}/{y}⟧ | ⟦RAMQ:{ramq(l,f,y,m,d,fem)}⟧ | {R.choice(['asthme (pompe)','aucune','allergie arachides (EpiPen)','diabète type 1'])}")
    return ("fr","list","PO,H","Aile jeunesse — sortie à l'Assemblée nationale — fiches santé\n"+"\n".join(rows))
def t_nirmuni():
    c,cp,dep=R.choice(FR_CITIES); rows=[]
    for i in range(R.randint(2,3)):
        f,l=R.choice(FR_FIRST),R.choice(FR_LAST); y=R.randint(1950,1999); m=R.randint(1,12); d=R.randint(1,28)
        sex = "2" if f in ("Solène","Clémence","Océane","Maïwenn","Anaïs","Inès") else "1"
        rows.append(f"Candidat·e {i+1}: ⟦P:{l.upper()} {f}⟧, né(e) le ⟦DOB:{d:02d}/{m:02d}/{y}⟧, NIR ⟦NIR:{nir(sex,y,m,dep)}⟧")
    return ("fr","list","PO",f"Dépôt de liste — municipales, {c} — pièces pour la préfecture\n"+"\n".join(rows))
def t_sepa():
    rows=[]
    for _ in range(R.randint(3,5)):
        f,l=R.choice(FR_FIRST),R.choice(FR_LAST); rows.append(f"⟦P:{f} {l}⟧ ; ⟦IBAN:{iban_fr()}⟧ ; {R.choice([5,10,15,30])} €/mois")
    return ("fr","list","PO","Relevé des cotisations par prélèvement — fédération départementale\nadhérent ; IBAN ; montant\n"+"\n".join(rows))
def t_fail2ban():
    rows=[]
    for _ in range(R.randint(3,5)):
        f,l=pick_any(); ip=R.choice(["192.0.2","198.51.100","203.0.113"])+f".{R.randint(1,254)}"
        rows.append(f"{ip}".replace(ip,f"⟦IP:{ip}⟧")+f"  {R.randint(3,40)} failures  last_user=⟦EM:{email(f,l)}⟧")
    return ("en","list","","fail2ban: banned hosts on the member portal (jail: portal-login)\n"+"\n".join(rows))
def t_bullets(): # by-election door-knock notes
    rows=[]
    for _ in range(R.randint(2,4)):
        f,l=R.choice(WORLD[24:]+[("Nathan","Cormier"),("Brooke","Lawson"),("Trevor","MacNeil")]); c,fsa=R.choice(ON_FSA)
        rows.append(f"- ⟦AD:{R.randint(3,400)} {R.choice(EN_STREETS)}⟧, ⟦PC:{qc_postal(fsa)}⟧ — ⟦P:{f} {l}⟧: {R.choice(['leaning our way','strong yes, wants sign','undecided, call back','voted for us in 2022'])}")
    return ("en","list","PO","By-election knock list (turf 12B) — entered after shift\n"+"\n".join(rows))
def t_vcf_lite(): # phonebank call script queue (semicolon list on one line)
    parts=[]
    for _ in range(R.randint(3,6)):
        f,l=pick_qc(); parts.append(f"⟦P:{f.lower()} {l.lower()}⟧ ⟦PH:{na_phone(4)}⟧")
    return ("fr","list","PO","file d'appels banque tél (pointage 1) : "+" ; ".join(parts))
def t_agm_dom():
    city,cp,dep,pfx,cc=R.choice(DOM); rows=[]
    for _ in range(R.randint(3,5)):
        f,l=R.choice(DOM_NAMES); rows.append(f"{l.upper()};{f};".replace(f"{l.upper()};{f};",f"⟦P:{l.upper()}⟧;⟦P:{f}⟧;")+f"⟦PH:{dom_phone(pfx,cc,0).replace(' ','')}⟧;à jour")
    return ("fr","list","PO",f"NOM;PRENOM;PORTABLE;COTISATION — section de {city}\n"+"\n".join(rows))

TEMPLATES=[t_sql,t_html,t_gforms,t_outlook,t_ini,t_latex,t_emargement,t_delegates,t_access,t_access_en,t_dsar,t_school,
           t_dom_carpool,t_cardbatch,t_sinpay,t_ramqtrip,t_nirmuni,t_sepa,t_fail2ban,t_bullets,t_vcf_lite,t_agm_dom]

def make_lists(n):
    out=[]
    i=0
    while len(out)<n:
        t=TEMPLATES[i%len(TEMPLATES)]; i+=1
        lang,kind,sens,text=t()
        k=text.count("⟦")
        if 3<=k<=20: out.append((lang,kind,sens,text))
    return out

if __name__=="__main__":
    for x in make_lists(40): print("@",x[0],x[1],x[2] or "-"); print(x[3]); print()
