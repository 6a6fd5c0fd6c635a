#!/usr/bin/env python3
"""Seeded list/export generator for blind-2026-12-g (written from scratch, seed 38129).
Every export shape is new with respect to the a-f READMEs: Access print-preview report, Constant Contact export,
Google Sheets comment thread, QuickBooks transaction detail (donor ledger), Outlook distribution-list paste,
iCalendar (ICS) attendee list, WhatsApp group export, Slack channel paste, Trello card JSON, Asana CSV,
nested YAML volunteer roster, XML electoral-list extract, semicolon CSV with quoted newlines, website live-chat
transcript, scanned petition OCR text, Microsoft Teams attendance report, Élections Québec nomination-paper
supporter sheet, manual data-entry batch of paper card pledges, Microsoft Forms camp registration export,
French DSN (déclaration sociale nominative) rubric extract, T4A slip worksheet, WordPress comment moderation
queue, bank-statement CSV of dues received.
Names come from pools_g.py and are drawn without replacement inside a community.
make_lists(n) returns (lang, kind, sensitive_codes, marked_text) tuples with ⟦CODE:text⟧ markup."""
import random, unicodedata, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools_g import POOLS, WOMEN
R = random.Random(38129)
_bags = {}
def draw(comm):
    if not _bags.get(comm):
        f = POOLS[comm][0].split(); l = [x.replace("_"," ") for x in POOLS[comm][1].split()]
        R.shuffle(f); R.shuffle(l); _bags[comm] = list(zip(f,l))
    f,l = _bags[comm].pop(); return f,l
def pick(*comms): return draw(R.choice(comms))
QCC = ("qc","qc","qc","acadian","haitian","maghreb","latam","viet","innu","atikamekw","cree","arabic","persian","southasian","portuguese","italian","greek","filipino","westafr")
ENC = ("en","en","scottish","irish","southasian","eastasian","filipino","eastafr","westafr","inuit","mikmaq","mohawk","wolastoqey","anishinaabe","easteur","turkish","greek","italian")
FRC = ("fr","fr","fr","maghreb","westafr","easteur","portuguese","turkish","viet","italian")
def qc(): return pick(*QCC)
def en(): return pick(*ENC)
def fr(): return pick(*FRC)
def deacc(s): return "".join(c for c in unicodedata.normalize("NFD",s) if unicodedata.category(c)!="Mn")
TR=str.maketrans({'đ':'d','Đ':'D','ı':'i','ł':'l','Ł':'L','ø':'o'})
def slug(s): return deacc(s.translate(TR)).lower().replace(" ","").replace("'","").replace("-","")
DOM = ["videotron.ca","globetrotter.net","bell.net","rogers.com","gmail.com","hotmail.com","outlook.fr","free.fr","laposte.net","sfr.fr","proton.me","yahoo.fr","shaw.ca","exemple.org","courriel.example"]
def mail(f,l):
    a,b=slug(f),slug(l)
    return R.choice([f"{a}.{b}",f"{a[0]}.{b}",f"{b}.{a[:3]}",f"{a}_{b[:4]}{R.randint(1,89)}",f"{b}{R.randint(70,99)}"])+"@"+R.choice(DOM)
AREA=["514","438","263","418","581","819","873","450","579","354","367","613","705","416","437","506","902","782","709","204","306","403","250"]
def na(fmt=None):
    a=R.choice(AREA); x=f"{R.randint(0,99):02d}"; fmt=R.randint(0,7) if fmt is None else fmt
    return [f"{a}-555-01{x}",f"({a}) 555-01{x}",f"{a} 555-01{x}",f"+1 ({a}) 555-01{x}",f"1-{a}-555-01{x}",f"{a}.555.01{x}",f"{a} 555 01{x}",f"{a}55501{x}"][fmt]
def frtel(fmt=None):
    b=R.choice(["01 99 00","02 61 91","03 53 01","04 65 71","05 36 49","06 39 98","07 00 11"]); s=f"{b} {R.randint(0,99):02d} {R.randint(0,99):02d}"
    fmt=R.randint(0,3) if fmt is None else fmt
    return [s,s.replace(" ","."),"+33 "+s[1:],"+33 (0)"+s[1:]][fmt]
def domtel(): return R.choice(["0690","0696","0694","0692","0639"])+f" {R.randint(10,99)} {R.randint(10,99)} {R.randint(10,99)}"
QCT=[("Montréal","H2G"),("Montréal","H3K"),("Montréal","H1Z"),("Montréal","H4E"),("Québec","G1R"),("Québec","G1M"),("Lévis","G6W"),("Sherbrooke","J1H"),("Gatineau","J8Y"),
     ("Rimouski","G5M"),("Alma","G8B"),("Trois-Rivières","G9A"),("Granby","J2G"),("Laval","H7N"),("Victoriaville","G6P"),("Baie-Comeau","G4Z"),("Saint-Hyacinthe","J2S"),
     ("Matane","G4W"),("Mashteuiatsh","G0W"),("Wendake","G0A"),("Amos","J9T"),("Terrebonne","J6W")]
CAT=[("Ottawa","K2P"),("Kingston","K7L"),("Toronto","M4C"),("Hamilton","L8P"),("Moncton","E1C"),("Fredericton","E3B"),("Halifax","B3K"),("Antigonish","B2G"),
     ("Charlottetown","C1E"),("Corner Brook","A2H"),("Winnipeg","R3L"),("Saskatoon","S7N"),("Calgary","T2S"),("Victoria","V8V"),("Whitehorse","Y1A"),("Yellowknife","X1A")]
QCS=["rue Dandurand","avenue du Mont-Royal Est","rue de la Couronne","boulevard Charest Ouest","rue King Ouest","rue Principale","rue Racine Est","avenue Cartier",
     "chemin Chambly","rue Ontario Est","boulevard Talbot","rue des Érables","rang Double","4e Avenue","rue Fleury Ouest","boulevard de la Gappe","rue Laviolette",
     "avenue Larivière","chemin du Lac-Sergent","rue du Bassin","rue Ouiatchouan","boulevard Bastien","rue Girouard Ouest","avenue Royale"]
CAS=["Princess St","Gerrard St E","Locke St S","Mountain Rd","Brunswick St","Agricola St","Kent St","Corydon Ave","Broadway Ave","17th Ave SW","Fort St","Franklin Ave","College Ave","Wellington Cres"]
FRV=[("Brest","29200","29"),("Vannes","56000","56"),("Marseille","13003","13"),("Nice","06300","06"),("Porto-Vecchio","20137","2A"),("Corte","20250","2B"),("Paris","75020","75"),
     ("Montreuil","93100","93"),("Roubaix","59100","59"),("Villeurbanne","69100","69"),("Grenoble","38000","38"),("Tours","37000","37"),("Limoges","87000","87"),
     ("Pointe-à-Pitre","97110","971"),("Fort-de-France","97200","972"),("Saint-Denis","97400","974"),("Cayenne","97300","973"),("Mamoudzou","97600","976")]
FRS=["rue Jean-Macé","avenue de la République","impasse du Lavoir","rue des Capucins","boulevard Gambetta","rue Victor-Schœlcher","chemin de la Source","rue de Siam",
     "allée des Camélias","rue Paul-Bert","place Saint-Sauveur","cours Lafayette","rue Schœlcher","rue Sainte-Catherine","route des Plages"]
PROV={'K':'ON','L':'ON','M':'ON','E':'NB','B':'NS','C':'PE','A':'NL','R':'MB','S':'SK','T':'AB','V':'BC','Y':'YT','X':'NT'}
def qpc(fsa): return f"{fsa} {R.randint(1,9)}{R.choice('ABCEGHJKLMNPRSTVWXYZ')}{R.randint(0,9)}"
def qaddr():
    c,fsa=R.choice(QCT); s=R.choice(QCS); n=R.randint(3,9900)
    a=R.choice([f"{n}, {s}",f"{n} {s}",f"{n}, {s}, app. {R.randint(1,14)}",f"{R.randint(1,9)}-{n} {s}",f"{n} {s}, logement {R.randint(1,6)}",f"{n}A {s}"])
    return a,c,fsa
def caddr():
    c,fsa=R.choice(CAT); s=R.choice(CAS); n=R.randint(4,2900)
    a=R.choice([f"{n} {s}",f"{R.randint(101,2205)}-{n} {s}",f"{n} {s}, Suite {R.randint(2,40)}",f"Unit {R.randint(1,12)}, {n} {s}"])
    return a,c,fsa
def faddr():
    c,cp,dep=R.choice(FRV); s=R.choice(FRS)
    a=R.choice([f"{R.randint(1,150)} {s}",f"{R.randint(1,40)} ter {s}",f"{R.randint(1,90)}, {s}",f"Bât. {R.choice('ABCD')}, {R.randint(2,60)} {s}"])
    return a,c,cp,dep
def dob(lo=1938,hi=2006): return R.randint(lo,hi),R.randint(1,12),R.randint(1,28)
def luhn_complete(p):
    for c in range(10):
        d=p+str(c); t=0
        for i,x in enumerate(map(int,reversed(d))):
            if i%2: x*=2; x-=9 if x>9 else 0
            t+=x
        if t%10==0: return d
def digs(k): return "".join(str(R.randint(0,9)) for _ in range(k))
def sin():
    d=luhn_complete(str(R.choice([1,2,3,4,5,6,7]))+digs(7)); return R.choice([f"{d[:3]} {d[3:6]} {d[6:]}",f"{d[:3]}-{d[3:6]}-{d[6:]}",d])
def card():
    p=R.choice(["4","4","51","54","2222","34","37"])
    if p in ("34","37"):
        d=luhn_complete(p+digs(12)); return f"{d[:4]} {d[4:10]} {d[10:]}"
    d=luhn_complete(p+digs(15-len(p))); return R.choice([" ".join(d[i:i+4] for i in range(0,16,4)),d])
def iban(cc="FR"):
    if cc=="FR":
        b,g,a=digs(5),digs(5),digs(11); key=97-(89*int(b)+15*int(g)+3*int(a))%97; bb=f"{b}{g}{a}{key:02d}"
    elif cc=="BE":
        x=digs(10); bb=f"{x}{(int(x)%97 or 97):02d}"
    else: bb=digs(18)
    n=int("".join(str(int(c,36)) for c in bb+cc+"00")); ib=f"{cc}{98-n%97:02d}{bb}"
    return " ".join(ib[i:i+4] for i in range(0,len(ib),4))
def nir(fem,y,m,dep):
    body=f"{2 if fem else 1}{y%100:02d}{m:02d}{dep}"+(f"{R.randint(1,99):02d}" if len(dep)==3 else f"{R.randint(1,350):03d}")+f"{R.randint(1,999):03d}"
    k=97-int(body.replace("2A","19").replace("2B","18"))%97; return body+f"{k:02d}"
def ramq(l,f,y,m,d,fem):
    x=(deacc(l).upper().replace("-","").replace(" ","").replace("'","")+"XXX")[:3]
    return f"{x}{deacc(f)[0].upper()} {y%100:02d}{m+50 if fem else m:02d} {d:02d}{R.randint(10,99)}"
def nonluhn():
    while True:
        d="12"+digs(14)
        if luhn_complete(d[:-1])!=d: return d
def ip4(): return R.choice(["192.0.2","198.51.100","203.0.113"])+f".{R.randint(2,250)}"
def ip6(): return f"2001:db8:{R.randint(1,0xffff):x}:{R.randint(1,0xfff):x}::{R.randint(1,0xfff):x}"
MOIS=["janvier","février","mars","avril","mai","juin","juillet","août","septembre","octobre","novembre","décembre"]

# ---------------- templates ----------------
def t_access():
    rows=[]; c,fsa=R.choice(QCT)
    for _ in range(R.randint(3,4)):
        f,l=qc(); a,_,_=qaddr()
        rows.append(f"  ⟦P:{l.upper()}, {f}⟧{' '*max(1,24-len(l)-len(f))}⟦AD:{a}⟧\n{' '*28}{c}  ⟦PC:{qpc(fsa)}⟧   Tél. : ⟦PH:{na(R.choice([1,2]))}⟧   Don cumulatif : {R.choice(['25,00','50,00','100,00','200,00'])} $")
    return ("fr","list","PO",f"rptDonateursParVille : Aperçu avant impression\n\nASSOCIATION DE CIRCONSCRIPTION — DONATEURS 2026\nVille : {c}\n"+"\n".join(rows)+f"\n\n{R.randint(2,9)} novembre 2026{' '*30}Page 1 de {R.randint(2,5)}")
def t_constantcontact():
    rows=[]
    for _ in range(R.randint(2,3)):
        f,l=en(); a,c,fsa=caddr()
        rows.append(f'⟦EM:{mail(f,l)}⟧,⟦P:{f}⟧,⟦P:{l}⟧,"⟦AD:{a}⟧",{c},{PROV[fsa[0]]},⟦PC:{qpc(fsa)}⟧,⟦PH:{na(R.choice([0,1]))}⟧,"MP Constituency Bulletin",{R.randint(1,12)}/{R.randint(1,28)}/2026')
    # the MP's non-partisan constituency bulletin: no category (as f's Zoom consultation)
    return ("en","list","","Email address,First name,Last name,Street address line 1,City,State/Province,Zip/Postal code,Phone - mobile,Email Lists,Date Added\n"+"\n".join(rows))
def t_gsheets():
    a1,a2=qc(),qc(); v1,v2=qc(),en(); ad,c,fsa=qaddr(); cell=f"{R.choice('DEFG')}{R.randint(4,90)}"
    return ("mixed","list","PO",f"Comments — « Pointage quartier Saint-Sauveur » (Google Sheets)\n\n⟦P:{a1[0]} {a1[1]}⟧ · 18:12 Oct 3\nCell {cell}: ⟦P:{v1[0]} {v1[1]}⟧, ⟦AD:{ad}⟧ — dit « 1 » mais veut pas de pancarte. @⟦P:{slug(a2[0])}.{slug(a2[1])}⟧ can you re-check?\nAssigned to ⟦P:{a2[0]} {a2[1]}⟧\n\n⟦P:{a2[0]} {a2[1]}⟧ · 19:40 Oct 3\nOK, j'ai appelé au ⟦PH:{na(2)}⟧. Finalement oui pour la pancarte, et son voisin ⟦P:{v2[0]} {v2[1]}⟧ aussi (score 2).\n\n⟦P:{a1[0]}⟧ · 19:44 Oct 3\nMarked as resolved")
def t_quickbooks():
    rows=[]
    for _ in range(R.randint(3,4)):
        f,l=qc() if R.random()<.6 else en(); a,c,fsa=qaddr()
        rows.append(f"   Payment\t{R.randint(1,30):02d}/10/2026\t{R.randint(1040,1999)}\t⟦P:{l}, {f}⟧\t⟦AD:{a}⟧, {c} QC ⟦PC:{qpc(fsa)}⟧\tDon — Visa se terminant par {R.randint(1000,9999)}\t{R.choice(['50.00','75.00','100.00','150.00','200.00'])}")
    return ("mixed","list","PO","Association Circo — Transaction Detail by Account\nOctober 2026\n\tType\tDate\tNum\tName\tBilling Address\tMemo/Description\tAmount\n4100 · Dons individuels\n"+"\n".join(rows)+"\nTotal 4100 · Dons individuels")
def t_outlook():
    ppl=[R.choice([qc,en])() for _ in range(R.randint(4,7))]
    s="; ".join(R.choice([f"⟦P:{l}, {f}⟧ <⟦EM:{mail(f,l)}⟧>",f"'⟦P:{f} {l}⟧' <⟦EM:{mail(f,l)}⟧>",f"⟦EM:{mail(f,l)}⟧"]) for f,l in ppl)
    return ("en","list","PO",f"To: DL-Riding-Scrutineers-2026\nMembers (copied from Outlook → Expand list):\n{s}")
def t_ics():
    org=qc(); att=[R.choice([qc,en])() for _ in range(R.randint(3,5))]; a,c,fsa=qaddr(); ae=a.replace(',','\\,')
    al="\n".join(f"ATTENDEE;CN=\"⟦P:{f} {l}⟧\";ROLE=REQ-PARTICIPANT;PARTSTAT={R.choice(['ACCEPTED','TENTATIVE','NEEDS-ACTION'])}:mailto:⟦EM:{mail(f,l)}⟧" for f,l in att)
    return ("mixed","list","PO",f"BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nBEGIN:VEVENT\nDTSTART:20261017T130000Z\nSUMMARY:Formation des bénévoles — pointage\nLOCATION:⟦AD:{ae}⟧\\, {c}\nORGANIZER;CN=⟦P:{org[0]} {org[1]}⟧:mailto:⟦EM:{mail(*org)}⟧\n{al}\nEND:VEVENT\nEND:VCALENDAR")
def t_whatsapp():
    ppl=[draw(R.choice(["antilles","antilles","reunion","mayotte"])) for _ in range(R.randint(3,4))]; out=[]
    dt=R.choice([("590","0690"),("596","0696"),("262","0692"),("262","0639"),("594","0694")])
    for f,l in ppl:
        d=R.randint(1,28); out.append(f"[{d:02d}/09/2026 {R.randint(7,22):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d}] ⟦P:{f} {l}⟧: {R.choice(['Mi la pou tractage samedi','Je prends les affiches pour le bourg','dispo pour tenir le bureau de vote 3','mon numéro perso c ⟦PH:'+dt[1]+f' {R.randint(10,99)} {R.randint(10,99)} {R.randint(10,99)}'+'⟧ si besoin','ok pour la réunion chez moi, ⟦AD:'+str(R.randint(2,80))+' '+R.choice(['rue Victor-Schœlcher','lotissement Les Hibiscus','chemin de Bois-Rouge'])+'⟧'])}")
    out.insert(1,f"[{R.randint(1,28):02d}/09/2026 08:01:44] ⟦PH:+{dt[0]} {dt[1][1:]} {R.randint(10,99)} {R.randint(10,99)} {R.randint(10,99)}⟧ a rejoint le groupe via un lien d'invitation")
    return ("fr","list","PO","Discussion WhatsApp avec Militants 2e circo\n"+"\n".join(out))
def t_slack():
    ppl=[en() for _ in range(3)]; a,c,fsa=caddr(); out=[]
    out.append(f"⟦P:{ppl[0][0]} {ppl[0][1]}⟧  10:42 AM\nwho can drive to the advance poll tomorrow? need 2 drivers from the office at ⟦AD:{a}⟧")
    out.append(f"⟦P:{ppl[1][0]} {ppl[1][1]}⟧  10:44 AM\nme! text me at ⟦PH:{na(0)}⟧")
    out.append(f"⟦P:{ppl[2][0]}⟧  10:51 AM\nI can take the afternoon. my cell changed: ⟦PH:{na(R.choice([2,5]))}⟧ :thumbsup:")
    return ("en","list","PO","#gotv-drivers\n"+"\n\n".join(out))
def t_trello():
    f,l=qc(); items=[]
    for _ in range(R.randint(3,4)):
        g,m=qc(); a,c,fsa=qaddr(); items.append('{"name":"⟦P:%s %s⟧ — ⟦AD:%s⟧","state":"%s"}' % (g,m,a,R.choice(["complete","incomplete"])))
    return ("fr","list","PO",'{"name":"Pancartes à poser — secteur Limoilou","idList":"63f1a2","due":"2026-09-28T16:00:00.000Z","members":[{"fullName":"⟦P:%s %s⟧"}],\n "checklists":[{"name":"Adresses","checkItems":[\n  %s]}]}' % (f,l,",\n  ".join(items)))
def t_asana():
    rows=[]
    for i in range(R.randint(2,3)):
        f,l=en(); g,h=en(); a,c,fsa=caddr()
        tid=nonluhn(); rows.append(f'{tid},2026-09-{R.randint(10,28)},,Call back ⟦P:{g} {h}⟧ re: donation pledge,⟦P:{f} {l}⟧,⟦EM:{mail(f,l)}⟧,Follow-ups,"Lives at ⟦AD:{a}⟧. Pledged $100, prefers calls after 6pm: ⟦PH:{na(1)}⟧"')
    return ("en","list","PO","Task ID,Created At,Completed At,Name,Assignee,Assignee Email,Section/Column,Notes\n"+"\n".join(rows))
def t_yaml():
    out=[]
    for t in range(R.randint(2,3)):
        f,l=qc(); m=[qc() for _ in range(R.randint(1,2))]
        mem="\n".join(f"      - nom: ⟦P:{x} {y}⟧\n        cell: \"⟦PH:{na(0)}⟧\"" for x,y in m)
        out.append(f"  - secteur: {R.choice(['Vieux-Limoilou','Saint-Roch','Maizerets','Vanier','Lairet'])}\n    chef_equipe:\n      nom: ⟦P:{f} {l}⟧\n      courriel: ⟦EM:{mail(f,l)}⟧\n    membres:\n{mem}")
    return ("fr","list","PO","# benevoles_jourJ.yaml — ne pas partager hors comité\nequipes:\n"+"\n".join(out))
def t_xml():
    out=[]; sec=R.randint(10,199)
    for _ in range(R.randint(2,3)):
        f,l=qc(); y,m,d=dob(1935,2006); a,c,fsa=qaddr()
        out.append(f"  <electeur no=\"{R.randint(1,400)}\">\n    <nom>⟦P:{l.upper()}⟧</nom><prenom>⟦P:{f}⟧</prenom>\n    <date_naissance>⟦DOB:{y}-{m:02d}-{d:02d}⟧</date_naissance><sexe>{'F' if f in WOMEN else 'M'}</sexe>\n    <adresse>⟦AD:{a}⟧</adresse><municipalite>{c}</municipalite><code_postal>⟦PC:{qpc(fsa).replace(' ','')}⟧</code_postal>\n  </electeur>")
    return ("fr","list","",f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<liste_electorale circonscription=\"{R.randint(100,999)}\" section=\"{sec}\" type=\"révisée\">\n"+"\n".join(out)+"\n</liste_electorale>")
def t_semicsv():
    rows=[]
    for _ in range(R.randint(2,3)):
        f,l=fr(); a,c,cp,dep=faddr()
        rows.append(f'"⟦P:{l.upper()}⟧";"⟦P:{f}⟧";"⟦AD:{a}⟧\n⟦PC:{cp}⟧ {c}";"⟦PH:{frtel(R.choice([0,1]))}⟧";"{R.choice(["Cotisation 2026 réglée","Adhérent depuis 2019","A signé la pétition"])}\n{R.choice(["relancer en janvier","OK tractage","pas de SMS"])}"')
    return ("fr","list","PO",'"Nom";"Prénom";"Adresse";"Téléphone";"Commentaire"\n'+"\n".join(rows))
def t_webchat():
    f,l=qc(); a,c,fsa=qaddr(); ag=qc()[0]
    return ("fr","list","",f"Transcription du clavardage — widget « Nous joindre » du bureau de circonscription — session #{R.randint(10000,99999)}\nVisiteur (IP ⟦IP:{R.choice([ip4(),ip6()])}⟧) — {R.randint(10,22)} h {R.randint(10,59)}\n\nVisiteur : bonjour j'ai besoin d'aide pour mon dossier de passeport, ça fait 3 mois\nAgent (⟦P:{ag}⟧) : Bien sûr. Votre nom?\nVisiteur : ⟦P:{f} {l}⟧\nAgent (⟦P:{ag}⟧) : Un numéro pour vous joindre?\nVisiteur : ⟦PH:{na(R.choice([6,7]))}⟧ ou ⟦EM:{mail(f,l)}⟧\nVisiteur : j'habite au ⟦AD:{a}⟧, {c}, ⟦PC:{qpc(fsa)}⟧\nAgent (⟦P:{ag}⟧) : Merci! Une attachée vous rappelle demain.")
def t_petition_ocr():
    out=[]
    for i in range(R.randint(3,5)):
        f,l=qc(); a,c,fsa=qaddr()
        nm=f"{f} {l}"
        if R.random()<.4: nm=nm.replace("e","c",1) if "e" in nm else nm
        out.append(f"{i+1} | ⟦P:{nm}⟧ | ⟦AD:{a.replace(',','.',1) if R.random()<.3 else a}⟧ | {c} | _{R.choice(['~','/','_~','--'])}_")
    return ("fr","list","PO","PÉTITION — POUR LE MAINTIEN DU BUREAU DE POSTE DU VILLAGE\n(à l'initiative de l'association de circonscription)\nN° | Nom (lettres moulées) | Adresse | Municipalité | Signature\n"+"\n".join(out)+"\n[page 2/6 — numérisée, OCR automatique, qualité faible]")
def t_teams():
    rows=[]
    for _ in range(R.randint(3,5)):
        f,l=en() if R.random()<.6 else qc()
        rows.append(f"⟦P:{f} {l}⟧\t10/21/26, 7:0{R.randint(0,9)}:{R.randint(10,59)} PM\t10/21/26, 8:{R.randint(10,59)}:{R.randint(10,59)} PM\t{R.randint(30,80)}m {R.randint(1,59)}s\t⟦EM:{mail(f,l)}⟧\tAttendee")
    return ("en","list","","1. Summary\nMeeting title\tConstituency town hall on the new bridge (non-partisan, open to all residents)\nAttended participants\t"+str(len(rows))+"\n\n2. Participants\nName\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tRole\n"+"\n".join(rows))
def t_nomination():
    out=[]; c,fsa=R.choice(QCT)
    for i in range(R.randint(3,4)):
        f,l=qc(); a,_,_=qaddr()
        out.append(f"{i+1}. Nom : ⟦P:{l}⟧   Prénom : ⟦P:{f}⟧\n   Adresse : ⟦AD:{a}⟧, {c}   Code postal : ⟦PC:{qpc(fsa)}⟧\n   Signature : [signé]")
    cf,cl=qc()
    return ("fr","list","PO",f"DÉCLARATION DE CANDIDATURE — SIGNATURES D'APPUI DES ÉLECTEURS\nCandidat·e : ⟦P:{cf} {cl}⟧\nNous, électeurs de la circonscription, appuyons cette candidature.\n\n"+"\n".join(out))
def t_pledge():
    out=[]
    for i in range(R.randint(2,3)):
        f,l=qc() if R.random()<.5 else en(); c=card()
        out.append(f"Fiche {i+1:02d} | ⟦P:{f} {l}⟧ | ⟦CC:{c}⟧ | exp {R.randint(1,12):02d}/{R.randint(27,31)} | {R.choice(['20','25','50'])} $/mois | tél ⟦PH:{na(R.choice([0,2]))}⟧")
    return ("mixed","list","PO",f"SAISIE MANUELLE — cartons d'engagement (souper-bénéfice)\nLot {R.randint(10,99)} — saisi par ____ — DÉTRUIRE LES CARTONS APRÈS SAISIE\n"+"\n".join(out))
def t_msforms():
    rows=[]
    for i in range(R.randint(2,3)):
        f,l=qc(); fem=f in WOMEN; y,m,d=dob(2008,2012); a,c,fsa=qaddr(); pf,pl=qc()[0],l
        rows.append(f"{i+1}\t10/{R.randint(1,9)}/26 19:{R.randint(10,59)}:{R.randint(10,59)}\tanonymous\t⟦P:{f} {l}⟧\t⟦DOB:{d} {MOIS[m-1]} {y}⟧\t⟦RAMQ:{ramq(l,f,y,m,d,fem)}⟧\t{'asthme — pompe Ventolin' if i==0 else R.choice(['aucune','arachides (EpiPen)','lactose','TDAH — médication le midi','diabète type 1'])}\t⟦P:{pf} {pl}⟧ ⟦PH:{na(0)}⟧")
    return ("fr","list","PO,H","ID\tHeure de début\tAdresse e-mail\tNom du jeune\tDate de naissance\tN° d'assurance maladie\tAllergies / santé\tParent à joindre\n"+"\n".join(rows))
def t_dsn():
    out=[]
    for _ in range(R.randint(2,3)):
        f,l=fr(); fem=f in WOMEN; a,c,cp,dep=faddr(); y,m,d=dob(1960,2002)
        out.append(f"S21.G00.30.001,'⟦NIR:{nir(fem,y,m,dep)}⟧'\nS21.G00.30.002,'⟦P:{l.upper()}⟧'\nS21.G00.30.004,'⟦P:{f}⟧'\nS21.G00.30.006,'⟦DOB:{d:02d}{m:02d}{y}⟧'\nS21.G00.30.008,'⟦AD:{a}⟧'\nS21.G00.30.009,'⟦PC:{cp}⟧'\nS21.G00.30.010,'{c.upper()}'")
    return ("fr","list","PO","S10.G00.00.001,'Logiciel paie fédération'\nS20.G00.05.001,'01'\nS21.G00.06.003,'Fédération départementale du parti — salariés de campagne'\n"+"\n".join(out))
def t_t4a():
    out=[]
    for _ in range(R.randint(2,3)):
        f,l=en(); a,c,fsa=caddr()
        out.append(f"Recipient: ⟦P:{l.upper()}, {f.upper()}⟧\n  SIN: ⟦SIN:{sin()}⟧   Box 048 (fees for services): ${R.randint(4,19)*100}.00\n  Address: ⟦AD:{a}⟧, {c} ⟦PC:{qpc(fsa)}⟧")
    return ("en","list","PO","T4A SLIP WORKSHEET — 2026 — Riding Association (paid canvassers)\n"+"\n".join(out))
def t_wordpress():
    out=[]
    for _ in range(R.randint(2,3)):
        f,l=R.choice([qc,en])(); ip=R.choice([ip4(),ip4(),ip6()])
        out.append(f"Auteur : ⟦P:{f} {l}⟧\n  ⟦EM:{mail(f,l)}⟧\n  ⟦IP:{ip}⟧\n  En réponse à « Notre plateforme sur le logement »\n  « {R.choice(['Bravo, vous avez mon vote!','Je suis membre depuis 10 ans et je vais faire du porte-à-porte.','Jamais je ne voterai pour vous, votre plan est ridicule.','Je donne 50 $ ce soir, lâchez pas!'])} »\n  Approuver | Répondre | Indésirable | Corbeille")
    return ("fr","list","PO","Commentaires › En attente (Tous · Mes commentaires · En attente · Approuvés)\n"+"\n".join(out))
def t_bank():
    out=[]
    for _ in range(R.randint(3,4)):
        f,l=fr(); cc=R.choice(["FR","FR","FR","BE","DE"]) if R.random()<.9 else "FR"
        out.append(f"{R.randint(1,28):02d}/11/2026;VIR SEPA RECU /DE ⟦P:{l.upper()} {f.upper()}⟧ /MOTIF COTISATION 2027;{R.choice(['30,00','45,00','60,00','120,00'])};⟦IBAN:{iban(cc)}⟧;⟦P:{f} {l}⟧")
    return ("fr","list","PO","Date opération;Libellé;Crédit;IBAN contrepartie;Nom contrepartie\n"+"\n".join(out))

TEMPLATES=[t_access,t_constantcontact,t_gsheets,t_quickbooks,t_outlook,t_ics,t_whatsapp,t_slack,t_trello,t_asana,t_yaml,t_xml,t_semicsv,
           t_webchat,t_petition_ocr,t_teams,t_nomination,t_pledge,t_msforms,t_dsn,t_t4a,t_wordpress,t_bank]

def make_lists(n):
    out=[]; i=0
    while len(out)<n:
        t=TEMPLATES[i%len(TEMPLATES)]; i+=1
        lang,kind,sens,text=t(); k=text.count("⟦")
        if 3<=k<=20: out.append((lang,kind,sens,text))
    return out

if __name__=="__main__":
    import collections, re
    L=make_lists(40); c=collections.Counter()
    for x in L:
        for m in re.finditer(r"⟦([A-Z]+):",x[3]): c[m.group(1)]+=1
    print(c, sum(c.values()))
    for x in L[:23]: print("@",x[0],x[1],x[2] or "-"); print(x[3]); print()
