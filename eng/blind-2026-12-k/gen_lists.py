#!/usr/bin/env python3
"""Seeded list/export generator for blind-2026-12-k (written from scratch, seed 88241).
Every export shape is new with respect to the a-j READMEs, or a new variant of a shape named in the brief: HL7 v2 segments
pasted in a casework request, an iCalendar door-knocking shift with escaped CN=, a TSV with quoted fields (tabs and doubled
quotes inside), a MySQL extended INSERT with backslash-escaped apostrophes, an XML attributes-only petition export, an Excel
paste from the overseas departments (leading apostrophes, #N/A), a Word mail-merge data source plus merged preview, a
call-centre dialer screen pop with the filled script and disposition codes, a door-knocking walk sheet by side of street,
RFC 5424 syslog with structured data, a vCard 2.1 with QUOTED-PRINTABLE names, an XLSX sharedStrings.xml dump, a donation
platform CSV with an "In honour of" column, a Twilio Studio execution log, the French campaign-account donor schedule, an
AWS CloudTrail excerpt, a CiviCRM export with Sort Name and Display Name, a Java .properties fixture with \\uXXXX escapes,
a MediaWiki table with [[User:login|Name]] links, a Google Maps multi-stop URL for sign drops, FDF data from a PDF hiring
form, and OCR of donation cheques with a MICR line.
Names come from pools_k.py, drawn without replacement inside a community; no full name is drawn twice.
make_lists(n) returns (lang, kind, sensitive_codes, marked_text) tuples with ⟦CODE:text⟧ markup."""
import random, unicodedata, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools_k import POOLS, WOMEN
R = random.Random(88241)
_bags = {}; _used = set()
def draw(comm):
    while True:
        if not _bags.get(comm):
            w,m,f = POOLS[comm]; g = [x.replace("_"," ") for x in (w+" "+m).split()]; fam = [x.replace("_"," ") for x in f.split()]
            pairs = [(a,b) for a in g for b in fam]; R.shuffle(pairs); _bags[comm] = pairs
        p = _bags[comm].pop()
        if p not in _used: _used.add(p); return p[0], p[1], p[0] in WOMEN
QCC=("qc",)*6+("acadian","haitian","maghreb","arabic","latam","viet","innu","atikamekw","cree","inuit","mohawk","wendat","southasian","tamil",
     "eastasian","filipino","westafr","centralafr","eastafr","easteur","italian","portuguese","greek","jewish","persian","words","korean")
CAC=("english",)*3+("irish","scottish","franco_on","acadian","mikmaq","anishinaabe","metis","cree","inuit","mohawk","southasian","tamil","eastasian",
     "korean","filipino","eastafr","westafr","latam","easteur","italian","greek","jewish","turkish","arabic","words")
FRC=("fr",)*3+("breton","occitan","alsatian","corsican","basque","antillean","guianese","reunion","mahoran","maghreb","westafr","centralafr","turkish",
     "portuguese","viet","easteur","italian","words","persian")
DOMC=("antillean","antillean","guianese","reunion","reunion","mahoran")
def qc(): return draw(R.choice(QCC))
def ca(): return draw(R.choice(CAC))
def fr(): return draw(R.choice(FRC))
def dom(): return draw(R.choice(DOMC))
def deacc(s): return "".join(c for c in unicodedata.normalize("NFD",s) if unicodedata.category(c)!="Mn")
TR=str.maketrans({'đ':'d','Đ':'D','ı':'i','ş':'s','ç':'c','ś':'s','ğ':'g','Ş':'S','Ç':'C','Ö':'O','ö':'o','Ğ':'G'})
def slug(s): return deacc(s.translate(TR)).lower().replace(" ","").replace("'","").replace("-","")
DOM=["videotron.ca","bell.net","gmail.com","hotmail.com","outlook.com","orange.fr","free.fr","sfr.fr","icloud.com","yahoo.ca","cogeco.ca","rogers.com","shaw.ca","exemple.org","courriel.example","laposte.net","proton.me","bbox.fr","mail.example"]
def mail(f,l):
    a,b=slug(f),slug(l)
    return R.choice([f"{a}.{b}",f"{a[0]}{b}",f"{b}.{a}",f"{a}{R.randint(10,99)}",f"{a}-{b[:4]}",f"{a}.{b}{R.randint(1,9)}"])+"@"+R.choice(DOM)
def digs(n): return "".join(str(R.randint(0,9)) for _ in range(n))
QCAREA=["514","438","418","581","819","873","450","579","367","354","263"]
CAAREA=["613","343","416","647","437","905","289","705","249","807","519","548","506","902","782","709","204","431","306","474","780","587","825","403","368","604","778","236","250","672","867"]
def na(fmt=None, qc=True):
    a=R.choice(QCAREA if qc else CAAREA); x=f"{R.randint(0,99):02d}"; fmt=R.randint(0,8) if fmt is None else fmt
    return [f"{a}-555-01{x}",f"({a}) 555-01{x}",f"{a} 555-01{x}",f"+1 {a} 555 01{x}",f"1-{a}-555-01{x}",f"{a}.555.01{x}",f"+1{a}55501{x}",f"{a}55501{x}",f"({a})555-01{x}"][fmt]
def frtel(fmt=None):
    b=R.choice(["01 99 00","02 61 91","03 53 01","04 65 71","05 36 49","06 39 98","07 00 11"]); s=f"{b} {R.randint(0,99):02d} {R.randint(0,99):02d}"
    fmt=R.randint(0,4) if fmt is None else fmt
    return [s,s.replace(" ",""),s.replace(" ","."),"+33 "+s[1:],"+33 (0)"+s[1:]][fmt]
def domtel(dep):
    p={"971":"0690","972":"0696","973":"0694","974":"0692","976":"0639"}[dep]; return f"{p} {R.randint(10,99)} {R.randint(10,99)} {R.randint(10,99)}"
QCT=[("Montréal","H2G"),("Montréal","H1V"),("Montréal","H3N"),("Montréal","H4E"),("Québec","G1K"),("Québec","G1M"),("Lévis","G6W"),("Sherbrooke","J1H"),("Gatineau","J8Y"),
     ("Trois-Rivières","G8Z"),("Rimouski","G5L"),("Saguenay","G7H"),("Granby","J2G"),("Laval","H7N"),("Baie-Comeau","G4Z"),("Alma","G8B"),("Amos","J9T"),
     ("Longueuil","J4H"),("Terrebonne","J6W"),("Victoriaville","G6P"),("Matane","G4W"),("Chibougamau","G8P"),("Saint-Hyacinthe","J2S"),("Mont-Laurier","J9L")]
CAT=[("Ottawa","K1L"),("Hearst","P0L"),("Toronto","M4J"),("Hamilton","L8L"),("Kingston","K7L"),("Moncton","E1A"),("Bathurst","E2A"),("Dartmouth","B2Y"),("Antigonish","B2G"),
     ("Charlottetown","C1A"),("Corner Brook","A2H"),("Brandon","R7A"),("Saskatoon","S7K"),("Red Deer","T4N"),("Calgary","T2E"),("Victoria","V8W"),("Whitehorse","Y1A"),("Yellowknife","X1A")]
QCS=["rue Saint-Vallier Est","avenue du Parc","rue Fleury Est","boulevard Rosemont","rue King Ouest","rue Racine","rang du Bas-de-l'Église","avenue Royale","rue des Érables",
     "chemin de la Canardière","rue Sainte-Catherine Est","boulevard de l'Hôtel-de-Ville","rue Cartier","3e Avenue","rue Masson","boulevard Talbot","rue Mgr-Plessis",
     "avenue Bourbonnière","chemin du Lac-Sergent","rue Jarry Est","rue Frontenac","avenue Christophe-Colomb","montée des Pionniers","rue du Quai"]
CAS=["Rideau St","Beechwood Ave","Danforth Ave","Barton St E","Princess St","Mountain Rd","St. Peter Ave","Portland St","College St","Kent St","West St","Rosser Ave",
     "Avenue C N","Gaetz Ave","Edmonton Trl NE","Fort St","Wood St","Franklin Ave"]
FRV=[("Brest","29200","29"),("Morlaix","29600","29"),("Toulouse","31000","31"),("Albi","81000","81"),("Colmar","68000","68"),("Strasbourg","67000","67"),("Ajaccio","20090","2A"),
     ("Corte","20250","2B"),("Saint-Jean-de-Luz","64500","64"),("Lille","59000","59"),("Roubaix","59100","59"),("Nantes","44000","44"),("Montreuil","93100","93"),
     ("Paris","75018","75"),("Marseille","13001","13"),("Pointe-à-Pitre","97110","971"),("Fort-de-France","97200","972"),("Cayenne","97300","973"),("Saint-Paul","97460","974"),("Mamoudzou","97600","976")]
FRS=["rue de Siam","avenue Jean-Moulin","impasse des Mimosas","rue Schœlcher","boulevard Victor-Hugo","rue des Tanneurs","chemin de Penn-ar-Roz","rue Paul-Bert","allée des Platanes",
     "rue du Four","place de la Liberté","quai des Chartrons","cours Mirabeau","route d'Ascain","rue du Commandant-Mouchotte","rue Lamartine"]
ALPH='ABCEGHJKLMNPRSTVWXYZ'
def qpc(fsa,sp=True): return f"{fsa}{' ' if sp else ''}{R.randint(0,9)}{R.choice(ALPH)}{R.randint(0,9)}"
def qaddr():
    c,fsa=R.choice(QCT); s=R.choice(QCS); n=R.randint(4,9900)
    return R.choice([f"{n}, {s}",f"{n} {s}",f"{n}, {s}, app. {R.randint(1,24)}",f"{R.randint(1,9)}-{n} {s}",f"{n}A {s}",f"{n} {s}, logement {R.randint(1,6)}"]),c,fsa
def caddr():
    c,fsa=R.choice(CAT); s=R.choice(CAS); n=R.randint(2,4200)
    return R.choice([f"{n} {s}",f"{R.randint(101,1504)}-{n} {s}",f"{n} {s}, Unit {R.randint(1,30)}",f"{n} {s}, Apt {R.randint(1,12)}"]),c,fsa
def faddr(doms=False):
    c,cp,dep=R.choice([x for x in FRV if (len(x[2])==3)==doms]) if doms is not None else R.choice(FRV); s=R.choice(FRS)
    return R.choice([f"{R.randint(1,160)} {s}",f"{R.randint(1,30)} bis {s}",f"{R.randint(1,80)}, {s}",f"Résidence Les Alizés, bât. {R.choice('ABCD')}, {R.randint(1,60)} {s}"]),c,cp,dep
def dob(lo=1940,hi=2005): return R.randint(lo,hi),R.randint(1,12),R.randint(1,28)
def luhn_complete(p):
    for c in range(10):
        d=p+str(c); t=0
        for i,x in enumerate(map(int,reversed(d))):
            if i%2: x*=2; x-=9 if x>9 else 0
            t+=x
        if t%10==0: return d
def sin(): d=luhn_complete(R.choice("1234567")+digs(7)); return R.choice([f"{d[:3]} {d[3:6]} {d[6:]}",f"{d[:3]}-{d[3:6]}-{d[6:]}",d])
def ramq(g,f,fem,y,m,d):
    s=deacc(f).upper().replace("-","").replace(" ","").replace("'",""); s=(s+"XXX")[:3]
    return f"{s}{deacc(g)[0].upper()}{y%100:02d}{m+50 if fem else m:02d}{d:02d}{R.randint(10,99)}"
def ip4(): return R.choice(["192.0.2","198.51.100","203.0.113"])+f".{R.randint(2,254)}"
def ip6(): return f"2001:db8:{R.randint(1,0xffff):x}::{R.randint(1,0xfff):x}"
def ts(): return f"2026-{R.randint(9,10):02d}-{R.randint(1,28):02d}"
def qp(s): return "".join(c if ord(c)<128 and c not in "=" else "".join(f"={b:02X}" for b in c.encode()) for c in s)
def jesc(s): return "".join(c if ord(c)<128 else f"\\u{ord(c):04x}" for c in s)

# ---------------- templates ----------------
def t_hl7():
    g,f,fem=qc(); y,m,d=dob(1931,1952); a,c,fsa=qaddr(); kg,_,kfem=qc(); rq=ramq(g,f,fem,y,m,d)
    U=lambda s: deacc(s).upper()
    dx=R.choice(["I50.9^Insuffisance cardiaque","N18.5^Insuffisance renale chronique stade 5","C34.1^Neoplasie maligne lobe superieur","I63.9^Infarctus cerebral"])
    return ("fr","list","H",f"Bonjour, le CHU m'a envoyé ça pour le transfert de {'ma mère' if fem else 'mon père'} vers l'hôpital de notre région, pouvez-vous intervenir? Merci — ⟦P:{kg} {f}⟧ ⟦PH:{na(R.choice([0,2]))}⟧\n\n"
        f"MSH|^~\\&|ADT|CHU_QC|SIGMA|CISSS|2026{R.randint(9,10):02d}{R.randint(10,28)}0832||ADT^A02|MSG{digs(6)}|P|2.5.1\n"
        f"PID|1||⟦RAMQ:{rq}⟧^^^QC^JHN||⟦P:{U(f)}^{U(g)}⟧||⟦DOB:{y}{m:02d}{d:02d}⟧|{'F' if fem else 'M'}|||⟦AD:{U(a)}⟧^^{U(c)}^QC^⟦PC:{qpc(fsa)}⟧||⟦PH:{na(8)}⟧\n"
        f"NK1|1|⟦P:{U(f)}^{U(kg)}⟧|{'FILLE' if kfem else 'FILS'}^{'Fille' if kfem else 'Fils'}|||⟦PH:{na(8)}⟧\n"
        f"PV1|1|I|{R.choice(['CARDIO','NEPHRO','ONCO','NEURO'])}^{R.randint(201,640)}^B|||||||||||||||{digs(8)}\nDG1|1||{dx}^I10")
def t_ics():
    lang=R.choice(["fr","en"]); rows=[]
    gf=[(qc() if lang=="fr" else ca()) for _ in range(R.randint(3,4))]
    og,of_,_=gf[0]; a,c,fsa=qaddr() if lang=="fr" else caddr()
    for g,f,_ in gf[1:]:
        cn=R.choice([f"{f}\\, {g}",f"{g} {f}"])
        rows.append(f"ATTENDEE;CN=\"⟦P:{cn}⟧\";ROLE=REQ-PARTICIPANT;PARTSTAT={R.choice(['ACCEPTED','TENTATIVE','NEEDS-ACTION'])};RSVP=TRUE:mailto:⟦EM:{mail(g,f)}⟧")
    loc=a.replace(",","\\,")
    summ="Porte-à-porte — secteur" if lang=="fr" else "Door knocking — poll"
    desc=("Capitaine d'équipe: "+og+" — cell "+"⟦PH:"+na(0)+"⟧\\nApportez vos dépliants et la tablette MiniVAN.") if lang=="fr" else ("Captain: "+og+" — cell ⟦PH:"+na(0,False)+"⟧\\nBring clipboards and the MiniVAN tablet.")
    desc=desc.replace(og,f"⟦P:{og}⟧",1)
    return (lang,"list","PO","BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Campagne//Benevoles//FR\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:porte-"+digs(10)+"-campagne\nDTSTART;TZID=America/Toronto:"+ts().replace("-","")+"T100000\n"
        f"SUMMARY:{summ} {R.randint(1,180):03d}\nORGANIZER;CN=\"⟦P:{og} {of_}⟧\":mailto:⟦EM:{mail(og,of_)}⟧\n"+"\n".join(rows)+f"\nLOCATION:⟦AD:{loc}⟧\\, {c}\nDESCRIPTION:{desc}\nEND:VEVENT\nEND:VCALENDAR")
def t_tsv_quoted():
    rows=[]; T="\t"
    for _ in range(R.randint(3,4)):
        g,f,_=qc(); a,c,fsa=qaddr()
        com=R.choice(['"Il faut un ""vrai"" plan pour le 11, pas des promesses"','"Je signe.\tMa voisine aussi va signer"','""','"Merci ""Go"" la gang!"','"Transport adapté SVP"'])
        rows.append(T.join([f"{ts()} {R.randint(8,22)}:{R.randint(10,59)}:{R.randint(10,59)}",f"⟦P:{g}⟧",f"⟦P:{f}⟧",f"⟦EM:{mail(g,f)}⟧",f"⟦PC:{qpc(fsa,R.random()<.6)}⟧",com]))
    return ("fr","list","PO","Horodateur\tPrénom\tNom\tCourriel\tCode postal\tCommentaire (pétition Bus 11)\n"+"\n".join(rows))
FREQ=['NULL',"'monthly'"]
def t_sql_insert():
    rows=[]; comms=("irish","irish","scottish","english","franco_on","acadian","italian","mikmaq","anishinaabe","metis")
    for i in range(R.randint(3,4)):
        g,f,_=draw(R.choice(comms)); a,c,fsa=caddr()
        e=lambda s: s.replace("'","\\'")
        rows.append(f"({R.randint(100,999)},'⟦P:{e(f)}⟧','⟦P:{e(g)}⟧','⟦EM:{e(mail(g,f))}⟧','⟦PH:{na(R.choice([0,7]),False)}⟧','⟦AD:{e(a)}⟧','{c}',{R.choice(['25.00','50.00','100.00','400.00'])},'{ts()}',{R.choice(FREQ)})")
    return ("en","list","PO","-- MySQL dump 10.13  Distrib 8.0.36\n-- Host: db-riding    Database: civi_riding\n\nLOCK TABLES `donors` WRITE;\n/*!40000 ALTER TABLE `donors` DISABLE KEYS */;\nINSERT INTO `donors` VALUES "+",".join(rows)+";\n/*!40000 ALTER TABLE `donors` ENABLE KEYS */;\nUNLOCK TABLES;")
def t_xml_attr():
    rows=[]
    for _ in range(R.randint(3,4)):
        g,f,_=qc(); c,fsa=R.choice(QCT)
        rows.append(f'  <signataire id="{digs(5)}" prenom="⟦P:{g}⟧" nom="⟦P:{f}⟧" courriel="⟦EM:{mail(g,f)}⟧" cp="⟦PC:{qpc(fsa,False)}⟧" ville="{c}" signe_le="{ts()}T{R.randint(10,23)}:{R.randint(10,59)}:00-04:00" infolettre="{R.choice(["oui","non"])}"/>')
    return ("fr","list","PO",'<?xml version="1.0" encoding="UTF-8"?>\n<signataires petition="non-au-peage-pont-2026" total="'+str(len(rows))+'">\n'+"\n".join(rows)+"\n</signataires>")
def t_excel_paste():
    rows=[]
    for _ in range(R.randint(3,4)):
        g,f,fem=dom(); a,c,cp,dep=faddr(True)
        fixe=R.choice(["#N/A","#N/A",None])
        rows.append("\t".join([f"⟦P:{deacc(f).upper()}⟧",f"⟦P:{g}⟧",c,f"'⟦PH:{domtel(dep)}⟧",fixe if fixe else f"'⟦PH:0{ {'971':'590','972':'596','973':'594','974':'262','976':'269'}[dep]} {R.randint(10,99)} {R.randint(10,99)} {R.randint(10,99)}⟧",f"⟦EM:{mail(g,f)}⟧",R.choice(["samedi matin","tractage marché","bureau de vote 2e tour","assesseur"])]))
    return ("fr","list","PO","(collé depuis Excel — onglet « Militants Outre-mer », colonnes D à J)\nNOM\tPrénom\tCommune\tPortable\tFixe\tMail\tDispo\n"+"\n".join(rows))
def t_mergefield():
    rows=[]; ppl=[]
    for _ in range(3):
        g,f,fem=fr(); a,c,cp,dep=faddr(False); amt=R.choice(["30","50","75","150","200"]); ppl.append((g,f,fem,a,c,cp,amt))
        rows.append(f"{'Madame' if fem else 'Monsieur'}\t⟦P:{g}⟧\t⟦P:{f}⟧\t⟦AD:{a}⟧\t⟦PC:{cp}⟧\t{c}\t{amt}")
    g,f,fem,a,c,cp,amt=ppl[1]
    return ("fr","list","PO","Publipostage « Remerciements donateurs — septembre »\nSource de données : donateurs_sept.txt (délimité par tabulations)\nCivilité\tPrénom\tNom\tAdresse_1\tCP\tVille\tMontant\n"+"\n".join(rows)+
        f"\n\nAperçu des résultats — enregistrement 2 sur 3 :\n{'Madame' if fem else 'Monsieur'} ⟦P:{g} {f}⟧\n⟦AD:{a}⟧\n⟦PC:{cp}⟧ {c.upper()}\n\n{'Chère' if fem else 'Cher'} {'Madame' if fem else 'Monsieur'} ⟦P:{f}⟧,\nMerci pour votre don de {amt} € à notre campagne…")
def t_callscript():
    lang=R.choice(["fr","en"]); g,f,fem=qc() if lang=="fr" else ca(); a,c,fsa=qaddr() if lang=="fr" else caddr()
    ag,af,_=qc() if lang=="fr" else ca(); login=(slug(ag)[0]+slug(af))[:12]
    if lang=="fr":
        return ("fr","list","PO",f"=== APPEL SORTANT — Campagne « Relance donateurs 2026 » — Agent : ⟦P:{login}⟧ ===\nNuméro composé : ⟦PH:{na(7)}⟧    Ligne sortante : ⟦PH:1-877-555-01{R.randint(0,99):02d}⟧\nFiche : ⟦P:{f}, {g}⟧ | ⟦AD:{a}⟧, {c} ⟦PC:{qpc(fsa)}⟧ | dernier don : {R.choice(['50','100','250'])} $ ({R.choice(['2024','2025'])})\n\nSCRIPT : « Bonjour, est-ce que je parle à {'Madame' if fem else 'Monsieur'} ⟦P:{f}⟧ ? Je m'appelle ⟦P:{ag}⟧, je suis bénévole pour la campagne. L'an dernier vous nous avez appuyés… »\n\nRésultat :  [ ] 1 Pas de réponse  [ ] 2 Message  [X] 3 Promesse de don  [ ] 4 Refus  [ ] 5 Ne plus appeler\nMontant promis : {R.choice(['40','60','100'])} $   Rappel : {ts()}")
    return ("en","list","PO",f"*** DIALER SCREEN POP *** Campaign: Donor renewal 2026 | Agent: ⟦P:{login}⟧\nANI ⟦PH:{na(4,False)}⟧  →  DNIS ⟦PH:1-888-555-01{R.randint(0,99):02d}⟧\nRecord: ⟦P:{f}, {g}⟧ — ⟦AD:{a}⟧, {c} ⟦PC:{qpc(fsa)}⟧ — last gift ${R.choice(['75','120','300'])}\n\nSCRIPT: \"Hi, may I speak with ⟦P:{g}⟧? This is ⟦P:{ag}⟧, a volunteer with the campaign. Thanks so much for standing with us last year…\"\n\nDisposition: (1) No answer (2) Left VM [3] Pledge (4) Refused (5) Do not call\nPledge: ${R.choice(['50','100','250'])} by card — callback {ts()}")
NOTES=['chien','revenir soir','absent','',"pas d'intérêt",'veut un lift']
def t_walksheet():
    lang=R.choice(["fr","fr","en"]); rows=[]; n=R.randint(3,4)
    if lang=="fr":
        c,fsa=R.choice(QCT); st=R.choice(QCS); base=R.randint(200,4000)|1
        for k in range(n):
            num=base+4*k; voters=[qc()]
            if R.random()<.5:
                g2,_,_=qc(); voters.append((g2,voters[0][1],None))
            cell=" ; ".join(f"⟦P:{deacc(f).upper()}, {g}⟧" for g,f,_ in voters)
            rows.append(f"⟦AD:{num} {st}⟧ | {cell} | {' ; '.join(str(R.randint(19,91)) for _ in voters)} | {R.choice(['1','2','3','4','5','_'])} | {R.choice(['☐','☑'])} | {R.choice(NOTES)}")
        vg,vf,_=qc()
        return ("fr","list","PO",f"FEUILLE DE ROUTE — PORTE-À-PORTE     Section de vote {R.randint(1,190):03d}     {c}\n{st} — côté impair     Bénévole : ⟦P:{vg} {vf[0]}.⟧\nAdresse | Électeurs | Âge | Appui 1-5 | Pancarte | Note\n"+"\n".join(rows))
    c,fsa=R.choice(CAT); st=R.choice(CAS); base=R.randint(20,900)*2
    for k in range(n):
        g,f,fem=ca(); rows.append(f"⟦AD:{base+2*k} {st}⟧  {deacc(f).upper()}, {g.upper()}  {'F' if fem else 'M'} {R.randint(19,91)}  [{R.choice(['1','2','3','4','5',' '])}] sign[{R.choice([' ','x'])}]")
        rows[-1]=rows[-1].replace(f"{deacc(f).upper()}, {g.upper()}",f"⟦P:{deacc(f).upper()}, {g.upper()}⟧")
    return ("en","list","PO",f"WALK LIST — {c} — Poll {R.randint(1,220)} — {st} (EVEN SIDE)\nCodes: 1 strong yes  2 lean yes  3 undecided  4 lean other  5 other\n"+"\n".join(rows)+"\nTurf cut by: ⟦EM:fieldops@riding.example⟧")
def t_syslog():
    out=[]
    for _ in range(R.randint(3,4)):
        g,f,_=R.choice([qc,ca])()
        out.append(f'<134>1 {ts()}T{R.randint(10,23)}:{R.randint(10,59)}:{R.randint(10,59)}.{digs(3)}-04:00 dons-api-0{R.randint(1,3)} donations {R.randint(1000,9999)} DON_OK [don@47450 nom="⟦P:{g} {f}⟧" courriel="⟦EM:{mail(g,f)}⟧" ip="⟦IP:{R.choice([ip4(),ip4(),ip6()])}⟧" montant="{R.choice(["20.00","35.00","100.00"])}" recurrent="{R.choice(["true","false"])}"] don confirmé / donation confirmed')
    return ("mixed","list","PO","$ journalctl -u dons-api --since today -o cat | grep DON_OK | head\n"+"\n".join(out))
def t_vcard21():
    out=[]
    for _ in range(R.randint(2,3)):
        g,f,_=qc()
        out.append(f"BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:⟦P:{qp(f)}⟧;⟦P:{qp(g)}⟧;;;\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:⟦P:{qp(g+' '+f)}⟧\nTEL;CELL:⟦PH:{na(6)}⟧\nNOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp(R.choice(['Bénévole pointage','Pancarte posée','Membre, veut aider le jour J']))}\nEND:VCARD")
    return ("fr","list","PO","Contacts exportés du vieux cell du local (contacts.vcf) :\n"+"\n".join(out))
def t_sharedstrings():
    body=["Prénom","Nom","Cellulaire","Tâche jour J"]; n=R.randint(3,4)
    for _ in range(n):
        g,f,_=qc(); body+= [f"⟦P:{g}⟧",f"⟦P:{f}⟧",f"⟦PH:{na(R.choice([0,2,7]))}⟧",R.choice(["Chauffeur","Représentant·e au BV","Pointage","Accueil local"])]
    return ("fr","list","PO",f"$ unzip -p benevoles_jour_J.xlsx xl/sharedStrings.xml | xmllint --format -\n<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"{len(body)}\" uniqueCount=\"{len(body)}\">\n"+"\n".join(f"  <si><t>{x}</t></si>" for x in body)+"\n</sst>")
def t_donations():
    rows=[]
    for _ in range(R.randint(2,3)):
        g,f,_=ca(); a,c,fsa=caddr(); h=R.random()<.5
        hon=f"In memory of ⟦P:{' '.join(ca()[:2])}⟧" if h else ""
        rows.append(f'{ts()},"⟦P:{g}⟧","⟦P:{f}⟧",⟦EM:{mail(g,f)}⟧,"⟦AD:{a}⟧",{c},⟦PC:{qpc(fsa)}⟧,{R.choice(["25.00","100.00","250.00","1675.00"])},"{hon}",R-{digs(6)}')
    return ("en","list","PO","Payment Date,First Name,Last Name,Email,Address,City,Postal Code,Amount (CAD),In Honour Of,Receipt Number\n"+"\n".join(rows))
SEP=' — besoin : '
def t_twilio():
    out=[]; sens="PO"
    for _ in range(R.randint(2,3)):
        g,f,_=qc(); p=na(6); a,c,fsa=qaddr()
        need=R.choice(["",""," — besoin : fauteuil roulant"])
        if need: sens="PO,H"
        out.append(f"Execution FN{digs(8)} · Flow « Jour J — transport »\n  1 Trigger         incoming message from ⟦PH:{p}⟧ : \"OUI{need.replace(SEP,' ')}\"\n  2 split_optin     matched \"OUI\"\n  3 http_crm        200 {{\"prenom\":\"⟦P:{g}⟧\",\"nom\":\"⟦P:{f}⟧\",\"appui\":1,\"bv\":\"École Saint-Fidèle\"}}\n  4 send_message    \"Merci ⟦P:{g}⟧! Un chauffeur passera au ⟦AD:{a}⟧ vers {R.randint(9,17)} h. Bureau de vote : École Saint-Fidèle.{' Véhicule adapté prévu.' if need else ''}\"")
    return ("fr","list",sens,"Twilio Console › Studio › Executions (export)\n"+"\n".join(out))
def t_cnccfp():
    cg,cf,cfem=fr(); rows=[]
    for i in range(R.randint(3,4)):
        g,f,_=fr(); a,c,cp,dep=faddr(False)
        rows.append(f"{2026000+R.randint(10,400)} | ⟦P:{deacc(f).upper()}⟧ | ⟦P:{g}⟧ | ⟦AD:{a}⟧ | ⟦PC:{cp}⟧ | {c} | {R.randint(1,28):02d}/0{R.randint(3,6)}/2027 | {R.choice(['150,00','300,00','500,00','4 600,00'])} | {R.choice(['chèque','CB','virement'])}")
    return ("fr","list","PO",f"ANNEXE 5 — RELEVÉ DES DONS CONSENTIS PAR DES PERSONNES PHYSIQUES\n{'Candidate' if cfem else 'Candidat'} : ⟦P:{cg} {deacc(cf).upper()}⟧ — élections législatives\nN° reçu | Nom | Prénom | Adresse | CP | Commune | Date | Montant | Mode\n"+"\n".join(rows))
def t_cloudtrail():
    out=[]
    for _ in range(3):
        g,f,_=ca(); login=slug(g)[0]+slug(f)
        out.append('    {"eventTime": "'+ts()+'T'+f"{R.randint(12,23)}:{R.randint(10,59)}:{R.randint(10,59)}"+'Z", "eventName": "'+R.choice(["GetObject","PutObject","ListObjects"])+'", "userIdentity": {"type": "IAMUser", "userName": "⟦P:'+login+'⟧"}, "sourceIPAddress": "⟦IP:'+R.choice([ip4(),ip6()])+'⟧", "requestParameters": {"bucketName": "mp-office-casework", "key": "exports/'+R.choice(["letters","tracking","scans"])+'/'+ts()+'.zip"}}')
    return ("en","list","",'aws cloudtrail lookup-events --lookup-attributes AttributeKey=ResourceName,AttributeValue=mp-office-casework --max-results 3\n{\n  "Events": [\n'+",\n".join(out)+'\n  ]\n}')
def t_civicrm():
    rows=[]; sens="PO"
    for _ in range(2):
        g,f,fem=R.choice([ca,qc])(); y,m,d=dob(1945,2002); a,c,fsa=caddr()
        grp=R.choice(["Volunteers 2026; Donors","Members; Sign requests","Volunteers 2026; Union caucus (CUPE)"])
        if "Union" in grp: sens="PO,TU"
        rows.append(f'"{R.randint(1000,20000)}","⟦P:{f}, {g}⟧","⟦P:{g} {f}⟧","⟦DOB:{y}-{m:02d}-{d:02d}⟧","⟦AD:{a}⟧","{c}","⟦PC:{qpc(fsa)}⟧","⟦PH:{na(R.choice([0,1]),False)}⟧","{grp}"')
    return ("en","list",sens,'"Contact ID","Sort Name","Display Name","Birth Date","Street Address","City","Postal Code","Phone (Mobile)","Groups"\n'+"\n".join(rows))
def t_properties():
    out=[]
    for i in range(1,R.randint(3,4)):
        g,f,_=qc()
        out.append(f"donateur.{i}.prenom=⟦P:{jesc(g)}⟧\ndonateur.{i}.nom=⟦P:{jesc(f)}⟧\ndonateur.{i}.courriel=⟦EM:{mail(g,f)}⟧\ndonateur.{i}.tel=⟦PH:{na(7)}⟧")
    return ("mixed","list","PO","# src/test/resources/fixtures/donateurs.properties\n# TODO(remove before merge): real donors copied from prod for the receipt test, sorry\n"+"\n".join(out))
def t_mediawiki():
    rows=[]
    for s in R.sample(["Vanier","Overbrook","Orléans","Rockland","Embrun","Casselman"],R.randint(2,3)):
        g,f,_=draw(R.choice(("franco_on","franco_on","qc","haitian","westafr","centralafr","maghreb","acadian")))
        login=slug(g)[0]+slug(f)
        rows.append(f"|-\n| {s} || [[Utilisateur:⟦P:{login}⟧|⟦P:{g} {f}⟧]] || ⟦PH:613-555-01{R.randint(0,99):02d}⟧ || ⟦EM:{mail(g,f)}⟧")
    return ("fr","list","PO","== Responsables de secteur — partielle ==\n{| class=\"wikitable sortable\"\n! Secteur !! Responsable !! Cellulaire !! Courriel\n"+"\n".join(rows)+"\n|}\n''Mise à jour par la coordination terrain. Ne pas partager hors de l'équipe.''")
def t_gmaps():
    stops=[]; lines=[]; c,fsa=R.choice(QCT)
    for k in range(R.randint(3,4)):
        s=R.choice(QCS); n=R.randint(10,4000); g,f,_=qc()
        stops.append(f"⟦AD:{n}+{s.replace(' ','+')}⟧,+{c.replace(' ','+')},+QC+⟦PC:{qpc(fsa).replace(' ','+')}⟧")
        lines.append(f"Arrêt {k+1} — ⟦P:{g} {f}⟧ ({R.choice(['petite','grande','4x8'])}) ⟦PH:{na(R.choice([0,2]))}⟧")
    return ("fr","list","PO","Itinéraire pose de pancartes samedi (copie le lien dans ton cell) :\nhttps://www.google.com/maps/dir/"+"/".join(stops)+"/\n"+"\n".join(lines))
def t_fdf():
    g,f,fem=qc(); y,m,d=dob(1960,2006); a,c,fsa=qaddr()
    return ("fr","list","PO",f"%FDF-1.2\n%âãÏÓ\n1 0 obj\n<< /FDF << /Fields [\n<< /T (nom) /V (⟦P:{f}⟧) >>\n<< /T (prenom) /V (⟦P:{g}⟧) >>\n<< /T (date_naissance) /V (⟦DOB:{d:02d}/{m:02d}/{y}⟧) >>\n<< /T (nas) /V (⟦SIN:{sin()}⟧) >>\n<< /T (adresse) /V (⟦AD:{a}⟧) >>\n<< /T (code_postal) /V (⟦PC:{qpc(fsa)}⟧) >>\n<< /T (courriel) /V (⟦EM:{mail(g,f)}⟧) >>\n<< /T (cellulaire) /V (⟦PH:{na(2)}⟧) >>\n<< /T (poste) /V (Solliciteur{'e' if fem else ''} rémunéré{'e' if fem else ''} — pointage téléphonique) >>\n] /F (embauche_pointage_2026.pdf) >> >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF")
PAY={'fr':"PAYEZ À L'ORDRE DE",'en':'PAY TO THE ORDER OF'}
def t_cheques():
    out=[]; lang=R.choice(["fr","en"])
    for _ in range(2):
        g,f,_=qc() if lang=="fr" else ca(); a,c,fsa=qaddr() if lang=="fr" else caddr(); ph=R.random()<.5
        out.append(f"⟦P:{deacc(g+' '+f).upper()}⟧{' '*10}{R.randint(100,999):04d}\n⟦AD:{deacc(a).upper()}⟧\n{deacc(c).upper()} {'QC' if lang=='fr' else ''} ⟦PC:{qpc(fsa)}⟧"+(f"  TÉL ⟦PH:{na(2,lang=='fr')}⟧" if ph else "")+
                   f"\n{PAY[lang]} {'Association de circonscription' if lang=='fr' else 'Riding Association'} ...... {R.choice(['100,00','200,00','50,00'])} $\n{'MÉMO' if lang=='fr' else 'MEMO'}: {R.choice(['don','don électoral','bonne chance!','donation','go team'])}\n⑆{R.randint(10000,99999)}⑆{R.randint(100,999)}⑈ {digs(7)}⑈")
    return (lang,"list","PO",("[OCR — chèques numérisés, lot du "+ts()+"]\n" if lang=="fr" else "[OCR — scanned cheques, batch "+ts()+"]\n")+"\n-----\n".join(out))

TEMPLATES=[t_hl7,t_ics,t_tsv_quoted,t_sql_insert,t_xml_attr,t_excel_paste,t_mergefield,t_callscript,t_walksheet,t_syslog,t_vcard21,
           t_sharedstrings,t_donations,t_twilio,t_cnccfp,t_cloudtrail,t_civicrm,t_properties,t_mediawiki,t_gmaps,t_fdf,t_cheques]

def make_lists(n):
    out=[]; i=0
    while len(out)<n:
        t=TEMPLATES[i%len(TEMPLATES)]; i+=1
        lang,kind,sens,text=t(); k=text.count("⟦")
        if 3<=k<=20: out.append((lang,kind,sens,text))
    return out

if __name__=="__main__":
    import collections, re
    L=make_lists(46); c=collections.Counter()
    for x in L:
        for m in re.finditer(r"⟦([A-Z]+):",x[3]): c[m.group(1)]+=1
    print(c, sum(c.values()))
    for x in L: print("@",x[0],x[1],x[2] or "-"); print(x[3]); print()
