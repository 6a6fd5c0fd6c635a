#!/usr/bin/env python3
"""Seeded list generator for blind-2026-12-o (written from scratch, seed 71233). make_lists(n) cycles 13 export shapes
that no earlier README names: an OFX bank download of Interac donations, an MT940 statement of SEPA dues (:61:/:86:),
an Evernote ENEX note of canvass results, a Signal Desktop Markdown export, a Todoist CSV of call-backs, a Google
Calendar "Agenda" print view of home visits, sqlite3 `.mode line` output, a Mermaid org chart of the campaign team,
a multipart/form-data body in a debug log, a Rails YAML object dump, an iMazing iOS Messages CSV, an Excel pivot-table
paste of donors by section, and a Thunderbird "Print address book" text view.
Returns (lang, kind, sens, marked) tuples; every list has 3-20 entities (checked in make_lists)."""
import random, unicodedata, re
R = random.Random(71233)
# community -> (women, men, families); '_' joins multi-word parts. Fresh pools for this set.
POOLS = {
 "qc": ("Karine Myriam Josée-Anne Édith Lorraine Catherine-Ève Virginie Manon","Stéphane Jean-Philippe Normand Benoît Olivier-Luc Marc-Antoine Raymond Guillaume","Lapierre Ouellet-Brassard Gendron Vachon-Tardif Rioux Mercier Poirier Dufresne Sirois Labrecque Beaudoin Corriveau"),
 "acad": ("Édithe Monique Carmelle","Léonce Réginald Théodule","Cormier Landry-Doucet Arsenault Boudreau Gallant"),
 "fr": ("Ségolène Maëlys Apolline Bérénice Lou-Anne","Grégoire Maxence Corentin Hippolyte Yann","Rivoallan Castagné Delorme-Vidal Peyrac Garnier Keraudren Lestrade Tissot"),
 "hai": ("Guerline Marie-Flore Judith Sabine","Frantz Wesner Jean-Mary Rodney","Dorvilus Saint-Vil Pierre-Antoine Jeanty Célestin Exumé"),
 "wafr": ("Awa Ramatoulaye Efua Kadiatou","Abdoulaye Yaw Seydou Moctar","Sylla Camara Boateng Coulibaly Diop Kaboré"),
 "magh": ("Lamia Houda Imane Nesrine","Walid Sofiane Yacine Nabil","Bouzidi Mansouri Ait-Kaci Belkacem Zerrouki Tahiri"),
 "sasia": ("Navdeep Priyanka Kavitha Farzana","Jaspreet Rahul Anand Imran","Grewal Subramaniam Malhotra Krishnan Gill Siddiqui"),
 "easia": ("Xiaoyu Haruka Jiwoo Meixin","Zhiwei Takumi Seojun Kai","Huang Nakamura Kang Liu Yamamoto Jeon"),
 "viet": ("Bích_Ngọc Thu_Trang Lan_Anh","Tuấn Hoàng_Nam Bảo","Lê Vũ Bùi Dương Hồ"),
 "indig": ("Manon Kistabish-Awashish Nanuq Wapikun Sylvie-Ann","Tshiuetin Kawennatakie Uapishtan Mikisiu","Bacon Rankin Petiquay Weizineau Jacobs Simeon"),
 "latam": ("Camila Luz_Marina Daniela","Santiago Hernán Emiliano","Arango Mamani Fuentes Ochoa Benítez"),
 "eeur": ("Olena Magdalena Svetlana","Andrzej Yaroslav Pavel","Wójcik Melnyk Kovač Zieliński Ionescu"),
 "en": ("Kelsey Bronwyn Maureen Tamsin","Callum Brent Duncan Reid","Hollingsworth MacPherson Drury Atwood Kerrigan Sutherland"),
}
WOMEN=set()
for w,m,f in POOLS.values(): WOMEN.update(x.replace("_"," ") for x in w.split())
_bags={}; _used=set()
def draw(c):
    while True:
        if not _bags.get(c):
            w,m,f=POOLS[c]; g=[x.replace("_"," ") for x in (w+" "+m).split()]; fam=[x.replace("_"," ") for x in f.split()]
            p=[(a,b) for a in g for b in fam]; R.shuffle(p); _bags[c]=p
        p=_bags[c].pop()
        if p not in _used: _used.add(p); return p[0],p[1],p[0] in WOMEN
QCM=("qc",)*5+("acad","hai","wafr","magh","sasia","easia","viet","indig","latam","eeur")
CAM=("en",)*4+("acad","hai","wafr","sasia","easia","viet","indig","latam","eeur","magh")
FRM=("fr",)*5+("magh","wafr","hai","viet","eeur")
def qc(): return draw(R.choice(QCM))
def ca(): return draw(R.choice(CAM))
def frp(): return draw(R.choice(FRM))
def deacc(s): return "".join(c for c in unicodedata.normalize("NFD",s) if unicodedata.category(c)!="Mn").replace("đ","d").replace("Đ","D")
def slug(s): return re.sub(r"[^a-z]","",deacc(s).lower())
DOMS=["gmail.com","hotmail.com","videotron.ca","bell.net","outlook.fr","yahoo.ca","free.fr","sfr.fr","cgocable.ca","exemple.org","equipe-terrain.example","icloud.com"]
def mail(g,f): a,b=slug(g),slug(f); return R.choice([f"{a}.{b}",f"{a[0]}.{b}",f"{b}.{a[0]}{R.randint(2,98)}",f"{a}{b}",f"{a}-{b[:4]}"])+"@"+R.choice(DOMS)
def digs(n): return "".join(str(R.randint(0,9)) for _ in range(n))
QA=["514","438","418","581","819","873","450","579","367","263"]; CA=["613","416","647","905","519","902","506","709","204","306","403","780","604","250","867"]
def na(q=True, form=None):
    a=R.choice(QA if q else CA); x=f"{R.randint(0,99):02d}"
    forms=[f"{a}-555-01{x}",f"({a}) 555-01{x}",f"{a} 555-01{x}",f"{a}.555.01{x}",f"+1 {a}-555-01{x}",f"1-{a}-555-01{x}"]
    return forms[form] if form is not None else R.choice(forms)
def e164(q=True): return f"+1{R.choice(QA if q else CA)}55501{R.randint(0,99):02d}"
def frtel():
    b=R.choice(["01 99 00","02 61 91","03 53 01","04 65 71","05 36 49","06 39 98","07 00 11"]); s=f"{b} {R.randint(0,99):02d} {R.randint(0,99):02d}"
    return R.choice([s,s.replace(" ","."),"+33 "+s[1:]])
QCT=[("Montréal","H2G"),("Montréal","H1V"),("Montréal","H4E"),("Laval","H7N"),("Longueuil","J4K"),("Québec","G1L"),("Québec","G1V"),("Lévis","G6W"),("Saint-Hyacinthe","J2S"),("Trois-Rivières","G9A"),("Gatineau","J8Y"),("Terrebonne","J6W"),("Rimouski","G5L"),("Saguenay","G7H")]
QCS=["rue Fleury Est","avenue De Lorimier","rue Saint-Zotique Est","boulevard Lacordaire","rue Cadillac","avenue Maguire","rue des Forges","chemin de la Grande-Côte","rue Racine Est","boulevard de l'Hôpital","rue Champlain","montée Masson","rue de la Cathédrale"]
CAT=[("Ottawa","K1S"),("Peterborough","K9H"),("London","N6A"),("Sudbury","P3E"),("Moncton","E1C"),("Halifax","B3K"),("St. John's","A1C"),("Winnipeg","R3G"),("Regina","S4P"),("Lethbridge","T1J"),("Kamloops","V2C"),("Whitehorse","Y1A")]
CAS=["Bank St","George St N","Dundas St","Elm St","Mountain Rd","Agricola St","Water St","Westminster Ave","Cameron St","13 St S","Seymour St","Wood St"]
FRT=[("Nantes","44000"),("Montpellier","34000"),("Rennes","35000"),("Quimper","29000"),("Rouen","76000"),("Clermont-Ferrand","63000"),("Pointe-à-Pitre","97110"),("Le Lamentin","97232"),("Saint-Pierre","97410"),("Ajaccio","20000"),("Limoges","87000")]
FRS=["rue de la Fosse","allée des Acacias","rue du Général-Leclerc","place du Marché","avenue de la Libération","rue des Tanneurs","chemin des Vignes","boulevard Gambetta"]
LDU="ABCEGHJKLMNPRSTVWXYZ"
def pcode(fsa): return f"{fsa} {R.randint(1,9)}{R.choice(LDU)}{R.randint(0,9)}"
def qaddr():
    c,f=R.choice(QCT); n=R.randint(12,9400); s=R.choice(QCS)
    return R.choice([f"{n} {s}",f"{n}, {s}",f"{n}, {s}, app. {R.randint(1,24)}"]),c,f
def caddr():
    c,f=R.choice(CAT); return R.choice([f"{R.randint(4,3100)} {R.choice(CAS)}",f"{R.randint(2,900)} {R.choice(CAS)}, Apt {R.randint(1,40)}"]),c,f
def faddr():
    c,cp=R.choice(FRT); return R.choice([f"{R.randint(1,120)} {R.choice(FRS)}",f"{R.randint(1,40)} bis {R.choice(FRS)}"]),c,cp
def dob(a=1940,b=2005): return R.randint(a,b),R.randint(1,12),R.randint(1,28)
def ip4(): return R.choice(["192.0.2","198.51.100","203.0.113"])+f".{R.randint(2,250)}"
def rib_key(b,g,c):
    t=str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ","12345678912345678923456789")
    c=c.translate(t); return f"{97-(89*int(b)+15*int(g)+3*int(c))%97:02d}"
def iban_fr():
    b,g,c=digs(5),digs(5),digs(11); bban=b+g+c+rib_key(b,g,c); s=bban+"FR00"
    n=int("".join(str(int(ch,36)) for ch in s)); return "FR"+f"{98-n%97:02d}"+bban
def P(x): return f"⟦P:{x}⟧"
def E(x): return f"⟦EM:{x}⟧"
def PH(x): return f"⟦PH:{x}⟧"
MOIS=["janv.","févr.","mars","avr.","mai","juin","juil.","août","sept.","oct.","nov.","déc."]

def t_ofx():
    out=[]
    for _ in range(R.randint(2,4)):
        g,f,_=qc(); amt=R.choice(["25.00","50.00","100.00","200.00","75.00"])
        out.append(f"<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>202609{R.randint(1,28):02d}120000<TRNAMT>{amt}<FITID>{digs(12)}<NAME>VIREMENT INTERAC {P((g+' '+f).upper())}<MEMO>Don campagne - {E(mail(g,f))}</STMTTRN>")
    return ("fr","list","PO","OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>CAD\n<BANKTRANLIST>\n"+"\n".join(out)+"\n</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n(téléchargé de AccèsD pour l'agente officielle — rapprochement des dons)")
def t_mt940():
    out=[]
    for _ in range(R.randint(2,3)):
        g,f,_=frp(); amt=R.choice(["30,00","45,00","60,00","120,00"])
        out.append(f":61:2609{R.randint(1,28):02d}C{amt}NTRFNONREF\n:86:/ORDP//NAME/{P(f.upper()+' '+g.upper())}/IBAN/⟦IBAN:{iban_fr()}⟧/REMI/COTISATION ADHERENT 2026 SECTION LOCALE")
    return ("fr","list","PO",":20:RELEVE0926\n:25:30004/00871/00012345678\n:28C:00117/001\n:60F:C260901EUR1250,00\n"+"\n".join(out)+"\n:62F:C260930EUR1495,00\n-}")
def t_enex():
    lines=[]
    for _ in range(R.randint(2,4)):
        g,f,_=qc(); a,c,fsa=qaddr(); s=R.choice(["appui ferme","indécis, penche pour nous","contre, poli","appui + veut une pancarte","a voté par anticipation pour nous"])
        lines.append(f"<div>⟦AD:{a}⟧ — {P(g+' '+f)} — {s}</div>")
    return ("fr","list","PO",'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">\n<en-export application="Evernote" version="10.98">\n<note><title>Porte-à-porte samedi</title><content><![CDATA[<en-note>\n'+"\n".join(lines)+"\n</en-note>]]></content><tag>pointage</tag></note>\n</en-export>")
def t_signal():
    out=[]; ppl=[ca() for _ in range(R.randint(2,4))]
    for g,f,_ in ppl:
        msg=R.choice([f"I can do the Saturday shift, my cell is {PH(na(False))}",f"count me in for lit drop, email me at {E(mail(g,f))}",f"driving seniors to the advance poll, text {PH(na(False,0))}"])
        out.append(f"[2026-10-{R.randint(1,28):02d} {R.randint(8,21):02d}:{R.randint(0,59):02d}] **{P(g+' '+f)}**: {msg}")
    return ("en","list","PO","# Signal export — group \"Riding volunteers (core)\"\n\n"+"\n".join(out))
def t_todoist():
    rows=[]
    for _ in range(R.randint(3,4)):
        g,f,_=qc(); rows.append(f'task,"Rappeler {P(g+" "+f)} — {PH(na())} — {R.choice(["promesse de don 100 $","veut une pancarte","bénévole potentiel","don mensuel à confirmer"])}",1,1,,,"fr","America/Toronto"')
    return ("fr","list","PO","TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,DATE_LANG,TIMEZONE\n"+"\n".join(rows))
def t_agenda():
    out=[]
    for _ in range(R.randint(2,3)):
        g,f,_=ca(); a,c,fsa=caddr()
        out.append(f"{R.randint(9,19)}:{R.choice(['00','30'])}  Home visit — {P(g+' '+f)} (donor, ${R.choice([250,500,1000])} last cycle)\n       ⟦AD:{a}⟧, {c} ⟦PC:{pcode(fsa)}⟧")
    return ("en","list","PO","Candidate — Agenda\nSaturday, October 17, 2026\n\n"+"\n\n".join(out)+"\n\nPrinted from Google Calendar")
def t_sqlite_line():
    out=[]
    for _ in range(R.randint(2,3)):
        g,f,fem=qc(); y,m,d=dob(1940,2000)
        out.append(f"     prenom = {P(g)}\n        nom = {P(f)}\n        ddn = ⟦DOB:{y}-{m:02d}-{d:02d}⟧\n   courriel = {E(mail(g,f))}\n     statut = membre en règle")
    return ("fr","list","PO","sqlite> .mode line\nsqlite> SELECT prenom, nom, ddn, courriel, statut FROM membres WHERE section='Est' LIMIT 3;\n"+"\n\n".join(out))
def t_mermaid():
    out=[]; ids="ABCDEFG"
    roles=["Directrice de campagne","Coordo terrain","Responsable pointage","Agent officiel","Coordo bénévoles"]
    for i in range(R.randint(3,4)):
        g,f,_=qc(); out.append(f'    {ids[i]}["{P(g+" "+f)}<br/>{roles[i]}<br/>{PH(na(form=R.choice([0,2,3])))}"]')
    edges="\n".join(f"    A --> {ids[i]}" for i in range(1,len(out)))
    return ("fr","list","PO","```mermaid\nflowchart TD\n"+"\n".join(out)+"\n"+edges+"\n```\n(organigramme de l'équipe — ne pas mettre sur le site)")
def t_multipart():
    g,f,_=ca(); a,c,fsa=caddr(); b="----WebKitFormBoundary"+digs(6)
    parts=[("full_name",P(g+" "+f)),("email",E(mail(g,f))),("phone",PH(na(False,R.choice([0,1,2])))),("street",f"⟦AD:{a}⟧"),("postal_code",f"⟦PC:{pcode(fsa)}⟧"),("interests","phone bank, lawn signs")]
    body="\n".join(f'--{b}\nContent-Disposition: form-data; name="{k}"\n\n{v}' for k,v in parts)
    return ("en","list","PO",f"DEBUG volunteer_form POST /join from ⟦IP:{ip4()}⟧\nContent-Type: multipart/form-data; boundary={b}\n\n{body}\n--{b}--")
def t_rails_yaml():
    out=[]
    for _ in range(R.randint(2,3)):
        g,f,_=ca(); out.append(f"- !ruby/object:Supporter\n  attributes:\n    first_name: {P(g)}\n    last_name: {P(f)}\n    mobile: '{PH(e164(False))}'\n    support_level: {R.choice([1,2])}\n    yard_sign: {R.choice(['true','false'])}")
    return ("en","list","PO","# rails runner 'puts Supporter.where(poll: 42).to_yaml'\n---\n"+"\n".join(out))
def t_imazing():
    rows=[]; who=[qc() for _ in range(R.randint(2,3))]
    for g,f,_ in who:
        t=e164(); rows.append(f'"2026-10-{R.randint(1,28):02d} {R.randint(9,20):02d}:{R.randint(0,59):02d}:00","Incoming","{PH(t)}","{P(g+" "+f)}","{R.choice(["Oui je prends une pancarte","On vote pour vous autres","Je peux faire du porte-à-porte jeudi","Mettez-moi sur la liste de lift jour J"])}"')
    return ("fr","list","PO","Message Date,Type,Sender ID,Sender Name,Text\n"+"\n".join(rows)+"\n(export iMazing du cell de la permanence)")
def t_pivot():
    out=[]; total=0
    for sec in R.sample(["Section Centre","Section Nord","Section Vieux-Port","Section Plateau"],2):
        out.append(sec)
        for _ in range(R.randint(2,3)):
            g,f,_=frp(); a=R.choice([20,35,50,100,150]); total+=a; out.append(f"\t{P(f.upper()+' '+g)}\t{a},00 €")
    return ("fr","list","PO","Étiquettes de lignes\tSomme de Montant\n"+"\n".join(out)+f"\nTotal général\t{total},00 €\n(TCD collé depuis dons_2026.xlsx — trésorerie de la fédération)")
def t_tbird():
    out=[]
    for _ in range(R.randint(2,3)):
        g,f,_=R.choice([qc,frp])(); out.append(f"{P(g+' '+f)}\n    Courriel : {E(mail(g,f))}\n    Mobile : {PH(na() if R.random()<.6 else frtel())}\n    Notes : {R.choice(['scrutatrice jour J','déléguée au congrès','donateur régulier','bénévole phoning'])}")
    return ("fr","list","PO","Carnet d'adresses personnel — impression\nListe : Militants actifs\n\n"+"\n\n".join(out))
T=[t_ofx,t_mt940,t_enex,t_signal,t_todoist,t_agenda,t_sqlite_line,t_mermaid,t_multipart,t_rails_yaml,t_imazing,t_pivot,t_tbird]
def make_lists(n):
    out=[]; i=0
    while len(out)<n:
        item=T[i%len(T)](); i+=1
        k=item[3].count("⟦")
        if 3<=k<=20: out.append(item)
    return out
if __name__=="__main__":
    for it in make_lists(13): print(it[:3]); print(it[3]); print("-----")
