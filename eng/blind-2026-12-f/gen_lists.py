#!/usr/bin/env python3
"""Seeded list/export generator for blind-2026-12-f (written from scratch, seed 61907).
Every export shape is new with respect to the a-e READMEs (Salesforce report, HubSpot CSV, Mailchimp audience CSV,
VAN-style walk sheet, vCard 4.0, phone-bank script, CRLF TSV, Markdown checklist, Excel paste with merged headers,
JSON Lines form log, quoted e-mail thread, minutes attendance block, SMS thread export, PDF-to-text columns,
donation receipt batch, FEC accounting export, card-terminal batch, Eventbrite attendee report, Zoom registration
report, nginx access log, NationBuilder people export).
Names come from names.py and are drawn without replacement (pairs inside one community).
make_lists(n) returns (lang, kind, sensitive_codes, marked_text) tuples with ⟦CODE:text⟧ markup."""
import random, unicodedata
from names import POOLS, NICK, WORDY
SEED = 61907
R = random.Random(SEED)

FEMALE = set(("Anne-Sophie Chantale Virginie Jocelyne Mélissa Isabelle Francine Marie-Pier Lucie Raymonde Danielle Annie Caroline Nathalie "
  "Geneviève Sophie Valérie Julie Stéphanie Hélène Johanne Émilie Manon Audrey Ginette Kathleen Sandra Véronique Marjolaine Nicole Édith Gisèle "
  "Réjeanne Yvette Mélanie Gemma Rachelle Dorilla Évangéline Capucine Margaux Apolline Bérénice Ségolène Léonie Élodie Maëva Joséphine Perrine "
  "Armelle Victoire Hortense Soizic Marie-Laure Wideline Fabiola Nadège-Marie Mirlande Guerline Roseline Lovely Bettina Yasmina Nour Kenza Lamia "
  "Imane Dounia Meriem Zineb Aminata Adjoa Chiamaka Fatou Yaa Ngozi Awa Adaeze Mariam Rose Ange Dawn Hope Constance Olive Lune Blanche Avril Marguerite Nicole-Ann Marcelline Annie-Rose Bella Sarah-Lee Juliette Lizzie Elisapie Siasi Annie-Kate Jenna-Lee Kahsennenhawe Kanani Évelyne Marie-Jeanne Ximena Daniela Camila Luz Marina Guadalupe Paola Yolanda Hương Lan Ngọc Thu Phương Linh Maricel Rowena Liezl Jhoanna Analyn Cherry Katarzyna Ivana Olena Zuzana Irina Milena Agnieszka Rania Lina Hiba Dalia Maysa Nisreen Xiaoling Yuki Seo-yeon Jiahui Mei-Ling Yuna Eun-ji Harleen Jaspreet Simranjit Tharshini Kavitha Vithya Yalini Abirami Farhana Nusrat Shirin Sumaiya Rokeya Wanjiru Hodan Amani Saida Nasra Fardowsa Zawadi Siobhan Niamh Aoife Róisín Gráinne Orla Brianna Tessa Shelby Megan Courtney Paige Lindsay Jillian Marcy Abigail Rebecca Penny Carla Wendy Anne-Sophie").split())
_bags = {}
def draw(comm=None):
    comm = comm or R.choice(list(POOLS))
    if comm not in _bags or not _bags[comm]:
        f, l = POOLS[comm][0].split(), POOLS[comm][1].split()
        # multi-word family names are written with a non-breaking joiner in the pool? no: keep a few known ones together
        l = [x.replace("_", " ") for x in l]
        R.shuffle(f); R.shuffle(l)
        _bags[comm] = list(zip(f, l))
    return _bags[comm].pop() + (comm,)
# family names of several words, kept whole
for k,(f,l) in list(POOLS.items()):
    for multi in ["de Villiers","Le Goff","Da Costa","Ó Briain","Ait Ahmed","El Ouafi","Ben Youssef","Dela Cruz"]:
        l = l.replace(multi, multi.replace(" ","_"))
    POOLS[k] = (f, l)
def anyone(): return draw(R.choice(list(POOLS)))
def qcish(): return draw(R.choice(["qc","qc","qc","acadian","haitian","maghreb","latam","viet","westafr","innu","atikamekw","cree","easteur","arabic","filipino"]))
def enish(): return draw(R.choice(["en","en","irish","punjabi","tamil","bengali","eastasian","filipino","westafr","eastafr","inuit","mikmaq","mohawk","easteur","qc"]))
def frish(): return draw(R.choice(["fr","fr","fr","maghreb","westafr","haitian","easteur","viet","arabic"]))
def fem(f): return f in FEMALE

def deacc(s): return "".join(c for c in unicodedata.normalize("NFD",s) if unicodedata.category(c)!="Mn")
def slug(s): return deacc(s).lower().replace(" ","").replace("'","").replace("-","")
DOMAINS = ["gmail.com","outlook.com","videotron.ca","bell.net","sympatico.ca","yahoo.ca","hotmail.fr","orange.fr","proton.me","icloud.com","cgocable.ca","courriel.example","mail.example"]
def email(f,l):
    f2,l2 = slug(f),slug(l)
    return R.choice([f"{f2}.{l2}",f"{f2[0]}{l2}",f"{l2}{f2[0]}{R.randint(1,99)}",f"{f2}{R.randint(60,99)}",f"{f2}-{l2[:5]}"])+"@"+R.choice(DOMAINS)
AREA = ["514","438","418","581","819","873","450","579","367","613","343","416","647","204","902","506","709","306","780","604"]
def na(fmt=None):
    a=R.choice(AREA); x=f"{R.randint(0,99):02d}"; fmt = R.randint(0,6) if fmt is None else fmt
    return [f"{a}-555-01{x}",f"({a}) 555-01{x}",f"{a} 555 01{x}",f"+1 {a}-555-01{x}",f"{a}55501{x}",f"+1{a}55501{x}",f"{a}.555.01{x}"][fmt]
def frtel(fmt=None):
    blk=R.choice(["01 99 00","02 61 91","03 53 01","04 65 71","05 36 49","06 39 98","07 00 11"]); s=f"{blk} {R.randint(0,99):02d} {R.randint(0,99):02d}"
    fmt = R.randint(0,3) if fmt is None else fmt
    return [s, s.replace(" ","."), "+33 "+s[1:], s.replace(" ","")][fmt]
QC = [("Montréal","H2J"),("Montréal","H4C"),("Montréal","H1N"),("Québec","G1S"),("Lévis","G6V"),("Sherbrooke","J1J"),("Gatineau","J9H"),
      ("Rimouski","G5L"),("Saguenay","G7B"),("Trois-Rivières","G8Z"),("Longueuil","J4K"),("Laval","H7T"),("Rouyn-Noranda","J9X"),
      ("Sept-Îles","G4R"),("Joliette","J6E"),("Drummondville","J2B"),("Val-d'Or","J9P"),("Gaspé","G4X"),("Chibougamau","G8P"),("Saint-Jérôme","J7Z")]
CA = [("Ottawa","K1N"),("Toronto","M6H"),("Moncton","E1A"),("Dieppe","E1A"),("Halifax","B3L"),("Winnipeg","R2H"),("Sudbury","P3E"),
      ("Charlottetown","C1A"),("St. John's","A1C"),("Regina","S4T"),("Edmonton","T6C"),("Vancouver","V5L"),("Iqaluit","X0A"),("Cornwall","K6H")]
QC_ST = ["rue des Pins Ouest","avenue Christophe-Colomb","boulevard de l'Ormière","rue Saint-Olivier","chemin Sainte-Foy","rue des Forges",
         "avenue Papineau","rue Wellington Nord","boulevard Sainte-Anne","rue du Parc-Bellevue","rang du Petit-Saint-Esprit","3e Rang Est",
         "route 132","montée Sainte-Julie","rue Notre-Dame Est","avenue Murdoch","rue de la Rivière-aux-Sables","chemin du Roy","rue Arnaud",
         "boulevard Lapinière","rue Saint-Denis","rue des Oblats","avenue Bégin","rue Monseigneur-Tessier","chemin de la Grande-Côte"]
CA_ST = ["Main St","Lakeshore Rd","Queen St W","Mountain Rd","Albert St","Robie St","Osborne St","Elm Ave","Bloor St W","Connaught Ave","Water St E",
         "Commercial Dr","Whyte Ave NW","Sandy Hill Rd","Fundy Cres"]
FR = [("Quimper","29000","29"),("Marseille","13005","13"),("Ajaccio","20090","2A"),("Bastia","20200","2B"),("Paris","75011","75"),("Lille","59800","59"),
      ("Lyon","69007","69"),("Rennes","35200","35"),("Bordeaux","33000","33"),("Strasbourg","67000","67"),("Toulouse","31400","31"),("Nantes","44100","44"),
      ("Arras","62000","62"),("Les Abymes","97139","971"),("Le Lamentin","97232","972"),("Saint-Pierre","97410","974"),("Kourou","97310","973"),("Dzaoudzi","97615","976")]
FR_ST = ["rue Émile-Zola","avenue Jean-Jaurès","impasse des Tilleuls","allée des Mimosas","boulevard Voltaire","rue de la Paix","chemin des Vignes",
         "place du Marché","rue Pasteur","cours Napoléon","rue des Écoles","quai de la Fosse","route de Kerhuel","rue du Moulin","avenue des Flamboyants"]
LIEUX = ["lieu-dit Kervoas","lieu-dit La Grange Neuve","lieu-dit Les Bordes","lieu-dit Pen ar Hoat","lieu-dit Le Haut-Bourg","hameau de Coste Rouge"]
def qc_pc(fsa): return f"{fsa} {R.randint(0,9)}{R.choice('ABCEGHJKLMNPRSTVWXYZ')}{R.randint(0,9)}"
def qc_addr():
    c,fsa=R.choice(QC); st=R.choice(QC_ST); n=R.randint(2,9800); k=R.randint(0,5)
    a=[f"{n}, {st}",f"{n} {st}",f"{n}, {st}, app. {R.randint(1,12)}",f"{R.randint(1,8)}-{n} {st}",f"{n}, {st}, bureau {R.randint(100,400)}",f"{n} {st} #{R.randint(1,30)}"][k]
    return a,c,fsa
def ca_addr():
    c,fsa=R.choice(CA); n=R.randint(3,2400); k=R.randint(0,3)
    a=[f"{n} {R.choice(CA_ST)}",f"Apt {R.randint(1,20)}, {n} {R.choice(CA_ST)}",f"{R.randint(101,1804)}-{n} {R.choice(CA_ST)}",f"{n} {R.choice(CA_ST)}, Unit {R.randint(1,9)}"][k]
    return a,c,fsa
def fr_addr():
    c,cp,dep=R.choice(FR); k=R.randint(0,4)
    a=[f"{R.randint(1,140)} {R.choice(FR_ST)}",f"{R.randint(1,60)} bis {R.choice(FR_ST)}",f"{R.randint(1,9)} {R.choice(LIEUX)}",
       f"Résidence Les Acacias, bât. {R.choice('ABC')}, {R.randint(2,40)} {R.choice(FR_ST)}",f"{R.randint(1,80)}, {R.choice(FR_ST)}"][k]
    return a,c,cp,dep
def dob(lo=1940,hi=2005): return R.randint(lo,hi),R.randint(1,12),R.randint(1,28)
MOIS = ["janvier","février","mars","avril","mai","juin","juillet","août","septembre","octobre","novembre","décembre"]
MONTHS = ["January","February","March","April","May","June","July","August","September","October","November","December"]
def luhn_complete(p):
    for c in range(10):
        d=p+str(c); t=0
        for i,x in enumerate(map(int,reversed(d))):
            if i%2: x*=2; x-=9 if x>9 else 0
            t+=x
        if t%10==0: return d
def digs(k): return "".join(str(R.randint(0,9)) for _ in range(k))
def sin():
    d=luhn_complete(str(R.choice([1,2,3,4,5,6,7,9]))+digs(7)); return R.choice([f"{d[:3]} {d[3:6]} {d[6:]}",f"{d[:3]}-{d[3:6]}-{d[6:]}",d])
def card(fmt=None):
    pre=R.choice(["4","4","4","51","53","55","2221","2720"]); d=luhn_complete(pre+digs(15-len(pre)))
    fmt = R.randint(0,2) if fmt is None else fmt
    return [" ".join(d[i:i+4] for i in range(0,16,4)),"-".join(d[i:i+4] for i in range(0,16,4)),d][fmt]
def iban_fr(spaced=True):
    b,g,a=digs(5),digs(5),digs(11); key=97-(89*int(b)+15*int(g)+3*int(a))%97; bban=f"{b}{g}{a}{key:02d}"
    n=int("".join(str(int(c,36)) for c in bban+"FR00")); ib=f"FR{98-n%97:02d}{bban}"
    return " ".join(ib[i:i+4] for i in range(0,len(ib),4)) if spaced else ib
def nir(female,y,m,dep):
    body = f"{2 if female else 1}{y%100:02d}{m:02d}{dep}" + (f"{R.randint(1,99):02d}" if len(dep)==3 else f"{R.randint(1,350):03d}") + f"{R.randint(1,999):03d}"
    k=97-int(body.replace("2A","19").replace("2B","18"))%97
    s=body+f"{k:02d}"
    return f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}" if len(dep)==2 else f"{s[0]} {s[1:3]} {s[3:5]} {s[5:8]} {s[8:10]} {s[10:13]} {s[13:]}"
def ramq(last,first,y,m,d,female):
    l=(deacc(last).upper().replace("-","").replace(" ","").replace("'","")+"XXX")[:3]
    return f"{l}{deacc(first)[0].upper()} {y%100:02d}{m+50 if female else m:02d} {d:02d}{R.randint(10,99)}"
def ip4(): return R.choice(["192.0.2","198.51.100","203.0.113"])+f".{R.randint(1,254)}"
def ip6(): return f"2001:db8:{R.randint(1,0xffff):x}:{R.randint(0,0xfff):x}::{R.randint(1,0xfff):x}"

# ---------------- templates ----------------
def t_salesforce():
    rows=[]
    for _ in range(R.randint(2,4)):
        f,l,_c=enish() if R.random()<.5 else qcish(); a,c,fsa=(ca_addr() if R.random()<.5 else qc_addr()); y,m,d=dob(1942,1990)
        rows.append(f'"⟦P:{f} {l}⟧","⟦AD:{a}⟧","{c}","⟦PC:{qc_pc(fsa)}⟧","⟦DOB:{m}/{d}/{y}⟧","{R.choice(["CAD 50.00","CAD 100.00","CAD 250.00","CAD 1,500.00"])}","Major Gift Prospect"')
    return ("en","list","PO",'Donors - YTD by Riding\nFiltered By:\n   Opportunity Record Type equals Donation\n"Contact: Full Name","Mailing Street","Mailing City","Mailing Zip/Postal Code","Birthdate","Amount","Contact: Donor Level"\n'+"\n".join(rows)+'\n\nGrand Totals ('+str(len(rows))+' records)\n\nCopyright (c) 2000-2026 salesforce.com, inc. All rights reserved.\nConfidential Information - Do Not Distribute')
def t_hubspot():
    rows=[]
    for _ in range(R.randint(3,4)):
        f,l,_c=enish(); a,c,fsa=ca_addr()
        rows.append(f'{R.randint(10**10,10**11)},⟦P:{f}⟧,⟦P:{l}⟧,⟦EM:{email(f,l)}⟧,⟦PH:{na(R.choice([0,3,4]))}⟧,Other,{R.choice(["NEW","OPEN","CONNECTED"])},"{R.choice(["The Chronicle","CBC Radio","Le Droit","Global News","community weekly"])}","{c}"')
    # a media/press contact list: journalists get no POLITICAL_OPINION (as in the earlier sets)
    return ("en","list","","Record ID,First Name,Last Name,Email,Phone Number,Lifecycle Stage,Lead Status,Company Name,City\n"+"\n".join(rows))
def t_mailchimp():
    rows=[]
    for _ in range(R.randint(2,3)):
        f,l,_c=qcish(); a,c,fsa=qc_addr(); i1=ip4(); i2=ip4() if R.random()<.7 else ip6(); mo=R.randint(1,9)
        rows.append(f'⟦EM:{email(f,l)}⟧,⟦P:{f}⟧,⟦P:{l}⟧,"⟦AD:{a}⟧  {c}  QC  ⟦PC:{qc_pc(fsa)}⟧  CA",{R.choice(["fr","en"])},{R.randint(1,5)},"2026-0{mo}-1{R.randint(0,9)} 1{R.randint(0,9)}:0{R.randint(0,9)}:22",⟦IP:{i1}⟧,"2026-0{mo}-2{R.randint(0,8)} 09:4{R.randint(0,9)}:03",⟦IP:{i2}⟧,"""infolettre-militants"""')
    return ("mixed","list","PO",'Adresse courriel,Prénom,Nom,Adresse,Langue,MEMBER_RATING,OPTIN_TIME,OPTIN_IP,CONFIRM_TIME,CONFIRM_IP,TAGS\n'+"\n".join(rows))
def t_walksheet():
    out=[]; c,fsa=R.choice(CA); st=R.choice(CA_ST)
    for _ in range(R.randint(2,4)):
        n=R.randint(10,900); out.append(f"⟦AD:{n} {st.upper()}⟧")
        for _ in range(R.randint(1,2)):
            f,l,_c=enish(); out.append(f"    ⟦P:{l.upper()}, {f.upper()}⟧   {R.randint(19,92)}   [{R.choice(['1','2','3','4','5',' '])}] Sup  [{R.choice(['x',' '])}] Sign  [ ] Vol  NH  ____")
    return ("en","list","PO",f"WALK SHEET  Turf 07-B  List #{R.randint(100000,999999)}  {c} (Ward {R.randint(1,14)})\nKEY: 1=Strong Support 2=Lean 3=Undecided 4=Lean Opp 5=Strong Opp  NH=Not Home\n"+"\n".join(out))
def t_vcard4():
    out=[]
    for _ in range(R.randint(2,3)):
        f,l,_c=qcish(); a,c,fsa=qc_addr(); y,m,d=dob(1950,2000); a_=a.replace(",","\\,"); n=na(2).replace(" ","-")
        out.append(f"BEGIN:VCARD\nVERSION:4.0\nFN:⟦P:{f} {l}⟧\nN:⟦P:{l}⟧;⟦P:{f}⟧;;;\nTEL;TYPE=cell;VALUE=uri:tel:⟦PH:+1-{n}⟧\nEMAIL;TYPE=home:⟦EM:{email(f,l)}⟧\nADR;TYPE=home:;;⟦AD:{a_}⟧;{c};QC;⟦PC:{qc_pc(fsa)}⟧;Canada\nBDAY:⟦DOB:{y}{m:02d}{d:02d}⟧\nCATEGORIES:bénévoles 2026,myContacts\nEND:VCARD")
    return ("fr","list","PO","\n".join(out))
def t_script():
    out=[]
    for i in range(R.randint(3,5)):
        f,l,_c=qcish()
        out.append(f"Appel {i+1} — Demander ⟦P:{f} {l}⟧ au ⟦PH:{na(R.choice([0,1,2]))}⟧\n   « Bonjour ⟦P:{f}⟧, je m'appelle ____, bénévole pour la campagne. Pouvons-nous compter sur votre appui le 5 octobre? »\n   Résultat : ☐ Appui ☐ Indécis ☐ Contre ☐ Boîte vocale — pointage précédent : {R.choice(['+','+','?','-'])}")
    return ("fr","list","PO","SCRIPT D'APPEL — banque téléphonique, soir 3 (rappel des appuis)\n"+"\n".join(out))
def t_tsv_crlf():
    rows=[]
    for _ in range(R.randint(3,5)):
        f,l,_c=qcish(); rows.append(f"⟦P:{f}⟧\t⟦P:{l}⟧\t⟦PH:{na(R.choice([0,4,6]))}⟧\t{R.choice(['samedi AM','dimanche','semaine soir','jour J'])}\t{R.choice(['porte-à-porte','pointage','transport','bureau'])}")
    return ("fr","list","PO","Prénom\tNom\tCellulaire\tDispo\tTâche\r\n"+"\r\n".join(rows)+"\r\n")
def t_md_check():
    out=[]
    for _ in range(R.randint(2,4)):
        f,l,_c=qcish() if R.random()<.6 else enish(); a,c,fsa=qc_addr()
        out.append(f"- [{R.choice(['x',' '])}] **⟦P:{f} {l}⟧** — pancarte à poser au ⟦AD:{a}⟧ ({c}) — confirmer au ⟦PH:{na(R.choice([0,2]))}⟧")
    return ("fr","list","PO","## Pancartes — semaine 2\n\n"+"\n".join(out)+"\n\n> rappel : photo de chaque pancarte dans le groupe")
def t_excel():
    rows=[]
    for _ in range(R.randint(2,4)):
        f,l,_c=qcish(); a,c,fsa=qc_addr()
        rows.append(f"⟦P:{l}⟧\t⟦P:{f}⟧\t⟦AD:{a}⟧\t⟦PC:{qc_pc(fsa)}⟧\t⟦SIN:{sin()}⟧\t{R.choice(['scrutateur','releveur de listes','représentant du parti'])}\t{R.choice(['180','210','245'])},00 $")
    return ("fr","list","PO","PERSONNEL DU PARTI — JOUR DU SCRUTIN\t\t\t\t\t\t\nIDENTITÉ\t\tCOORDONNÉES\t\tPAIE\t\t\nNom\tPrénom\tAdresse\tCode postal\tNAS\tFonction\tMontant\n"+"\n".join(rows))
def t_jsonl():
    rows=[]
    for _ in range(R.randint(2,3)):
        f,l,_c=qcish(); y,m,d=dob(1950,2006); ip=ip4() if R.random()<.7 else ip6()
        rows.append('{"ts":"2026-09-%02dT%02d:%02d:11-04:00","form":"adhesion-web","ip":"⟦IP:%s⟧","prenom":"⟦P:%s⟧","nom":"⟦P:%s⟧","courriel":"⟦EM:%s⟧","naissance":"⟦DOB:%d-%02d-%02d⟧","consent_sms":%s}' % (R.randint(1,28),R.randint(7,23),R.randint(0,59),ip,f,l,email(f,l),y,m,d,R.choice(["true","false"])))
    return ("mixed","list","PO","\n".join(rows))
def t_thread():
    a,b,_=enish(); c2,d2,_=enish(); vols=[enish() for _ in range(R.randint(2,3))]
    vl="\n".join(f"> > - ⟦P:{x} {y}⟧ ⟦PH:{na(R.choice([0,1]))}⟧" for x,y,_ in vols)
    return ("en","list","PO",f"Perfect, I'll call them tonight.\n\nOn Thu, Oct 8, 2026 at 9:14 PM ⟦P:{c2} {d2}⟧ <⟦EM:{email(c2,d2)}⟧> wrote:\n> Adding ⟦P:{a}⟧ in cc. Can someone take the Saturday canvass leads?\n>\n> On Thu, Oct 8, 2026 at 6:02 PM ⟦P:{a} {b}⟧ <⟦EM:{email(a,b)}⟧> wrote:\n> > New volunteers from the rally sign-up table:\n{vl}")
def t_minutes():
    ps=[qcish() if R.random()<.7 else frish() for _ in range(R.randint(4,7))]
    roles=["présidence","trésorerie","secrétariat","communications","volet jeunesse","agent·e officiel·le"]
    pres=", ".join(f"⟦P:{f} {l}⟧ ({R.choice(roles)})" if R.random()<.5 else f"⟦P:{f} {l}⟧" for f,l,_ in ps[:-1])
    f,l,_=ps[-1]
    return ("fr","list","PO",f"PROCÈS-VERBAL — réunion du conseil exécutif de l'association de circonscription\nDate : 14 octobre 2026, 19 h, local du comité\n\nPrésences : {pres}\nAbsence motivée : ⟦P:{f} {l}⟧\nQuorum constaté à 19 h 07.\n\n1. Adoption de l'ordre du jour — proposé par ⟦P:{ps[0][0]}⟧, appuyé.")
def t_smsthread():
    out=[]; ppl=[qcish() for _ in range(R.randint(2,3))]
    for f,l,_ in ppl:
        n=na(3)
        out.append(f"[2026-10-0{R.randint(1,4)} 1{R.randint(0,9)}:{R.randint(10,59)}:{R.randint(10,59)}] ⟦PH:{n}⟧ (⟦P:{f} {l}⟧) ← {R.choice(['je peux faire du porte-à-porte samedi','yes count me in pour le phoning','ok pour la pancarte','on vote pour vous cette fois-ci','ma mère aussi veut une pancarte'])}")
        out.append(f"[2026-10-0{R.randint(1,4)} 1{R.randint(0,9)}:{R.randint(10,59)}:{R.randint(10,59)}] Campagne → merci ⟦P:{f}⟧! on te revient")
    return ("mixed","list","PO","Export conversation — numéro de campagne (Twilio)\n"+"\n".join(out))
def t_pdfcols():
    c,cp,dep=R.choice(FR[:13]); out=[]
    for i in range(R.randint(2,3)):
        f,l,_=draw("fr"); y,m,d=dob(1950,1998); a,_c,_cp,_d=fr_addr(); w=a.split(" ")
        brk=" ".join(w[:2])+"\n"+" ".join(w[2:]) if len(w)>3 else a
        out.append(f"{i+1}    NOM : ⟦P:{l.upper()}⟧          Prénom : ⟦P:{f}⟧\n     Né(e) le : ⟦DOB:{d:02d}/{m:02d}/{y}⟧    à : {R.choice(['Brest','Marseille 5e','Tunis (Tunisie)','Dakar (Sénégal)','Lille'])}\n     Domicile : ⟦AD:{brk}⟧\n     ⟦PC:{cp}⟧ {c}             N° sécu : ⟦NIR:{nir(fem(f),y,m,dep)}⟧")
    return ("fr","list","PO",f"DÉCLARATION DE CANDIDATURE — ÉLECTIONS MUNICIPALES\nCommune : {c}          Liste : « {R.choice(['Agir ensemble','Demain '+c,'Le Souffle citoyen'])} »\n"+"\n".join(out)+"\n                                    page 2/7")
def t_receipts():
    out=[]
    for _ in range(R.randint(2,3)):
        f,l,_c=qcish(); a,c,fsa=qc_addr(); pay = f"carte ⟦CC:{card()}⟧" if R.random()<.5 else R.choice(["chèque n° 412","virement Interac","argent comptant"])
        out.append(f"REÇU N° 2026-{R.randint(100,999):05d}\nDonateur : ⟦P:{f} {l}⟧\nAdresse : ⟦AD:{a}⟧, {c} (Québec) ⟦PC:{qc_pc(fsa)}⟧\nMontant : {R.choice(['50,00','100,00','100,00','25,00'])} $ — {pay}\n---")
    return ("fr","list","PO","LOT DE REÇUS — contributions politiques (à transmettre au DGEQ)\n"+"\n".join(out))
def t_fec():
    rows=[]
    for i in range(R.randint(3,4)):
        f,l,_=frish(); rows.append(f"BQ|Banque|{R.randint(900,999)}|20261105|7561|Dons|D{R.randint(100,999)}|⟦P:{l.upper()} {f}⟧|P{R.randint(1000,9999)}|20261105|Don mensuel prlv ⟦IBAN:{iban_fr(R.random()<.5)}⟧|0,00|{R.choice(['10,00','20,00','30,00'])}")
    return ("fr","list","PO","JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit\n"+"\n".join(rows))
def t_terminal():
    rows=[]
    for i in range(R.randint(3,5)):
        f,l,_=enish() if R.random()<.5 else qcish(); cc=card(2)
        rows.append(f"{i+1:03d}  PURCHASE  ⟦CC:{cc}⟧  {'V' if cc[0]=='4' else 'M'}  ⟦P:{deacc(l).upper()}/{deacc(f).upper()}⟧  {R.choice(['$150.00','$250.00','$500.00'])}  APPROVED")
    return ("en","list","PO","BATCH CLOSE  Terminal 6602  Gala des militants / Members' gala\nDEBUG MODE ON — full PAN logged\nSEQ  TYPE      CARD                V/M  NAME           AMOUNT   RESP\n"+"\n".join(rows))
def t_eventbrite():
    rows=[]
    for j in range(R.randint(2,4)):
        f,l,_=qcish(); y=R.randint(2008,2011); m=R.randint(1,12); d=R.randint(1,28)
        rows.append(f"{R.randint(10**9,10**10)},2026-03-0{R.randint(1,9)},⟦P:{f}⟧,⟦P:{l}⟧,⟦EM:{email(f,l)}⟧,⟦DOB:{y}-{m:02d}-{d:02d}⟧,⟦RAMQ:{ramq(l,f,y,m,d,fem(f))}⟧,{R.choice(['arachides (EpiPen)','asthme','diabète type 1','épilepsie']) if j==0 else R.choice(['aucune','arachides','asthme','aucune','TDAH (médication)'])}")
    return ("fr","list","PO,H","Order #,Order Date,First Name,Last Name,Email,Date de naissance,Carte RAMQ,Allergies / conditions\n# Aile jeunesse — fin de semaine de formation, Lac-Delage\n"+"\n".join(rows))
def t_zoom():
    rows=[]
    for _ in range(R.randint(2,4)):
        f,l,_=enish(); a,c,fsa=ca_addr()
        rows.append(f"⟦P:{f}⟧,⟦P:{l}⟧,⟦EM:{email(f,l)}⟧,{c},Canada,⟦PC:{qc_pc(fsa)}⟧,Oct {R.randint(1,28)}, 2026 {R.randint(1,11)}:{R.randint(10,59)} PM,approved")
    # a non-partisan public consultation run by the MP's constituency office (public role): no category
    return ("en","list","","Registration Report\nTopic,Webinar ID,Scheduled Time\nPublic consultation on the rail crossing (constituency office),871 2201 4490,Oct 29 2026 7:00 PM\n\nFirst Name,Last Name,Email,City,Country/Region,Zip/Postal Code,Registration Time,Approval Status\n"+"\n".join(rows))
def t_nginx():
    rows=[]
    for _ in range(R.randint(2,4)):
        f,l,_=anyone(); e=email(f,l).replace("@","%40"); ip=ip4() if R.random()<.75 else ip6()
        rows.append(f'⟦IP:{ip}⟧ - - [0{R.randint(1,9)}/Nov/2026:1{R.randint(0,9)}:{R.randint(10,59)}:0{R.randint(0,9)} -0500] "POST /confidentialite/demande?type={R.choice(["acces","effacement","desabonnement"])}&courriel=⟦EM:{e}⟧ HTTP/2.0" 302 0 "-" "Mozilla/5.0"')
    return ("en","list","","# nginx access.log — privacy request form (DSAR), rotated\n"+"\n".join(rows))
def t_nationbuilder():
    rows=[]
    for _ in range(R.randint(2,3)):
        f,l,_=enish(); a,c,fsa=ca_addr(); y,m,d=dob(1945,2003)
        rows.append(f'{R.randint(1000,99999)},⟦P:{f}⟧,⟦P:{l}⟧,⟦EM:{email(f,l)}⟧,⟦DOB:{m:02d}/{d:02d}/{y}⟧,"⟦AD:{a}⟧",⟦PC:{qc_pc(fsa)}⟧,{R.randint(1,5)},{R.choice(["true","false"])},"donor, {R.choice(["sign","gotv","phonebank"])}"')
    return ("en","list","PO","nationbuilder_id,first_name,last_name,email,born_at,primary_address1,primary_zip,support_level,is_volunteer,tag_list\n"+"\n".join(rows))
def t_rural():  # Québec rural-route mail-merge for a lawn-sign drop (hand labels)
    out=[]
    for _ in range(R.randint(2,4)):
        f,l,_=draw(R.choice(["qc","acadian","innu","atikamekw","qc"])); c,fsa=R.choice(QC[13:]+QC[:3])
        a=R.choice([f"{R.randint(100,3900)}, {R.choice(['rang Saint-Isidore','4e Rang Ouest','chemin du Lac-Castor','route 117 Nord','montée du Moulin'])}",f"{R.randint(10,999)} route {R.choice(['155','138','169','389'])}",f"{R.randint(1,90)}, chemin des Chalets, lot {R.randint(10,99)}"])
        out.append(f"⟦P:{f.upper()} {l.upper()}⟧\n⟦AD:{a.upper()}⟧\n{c.upper()} QC  ⟦PC:{qc_pc(fsa)}⟧\n")
    return ("fr","list","PO","ÉTIQUETTES — envoi postal aux membres (campagne de renouvellement)\n\n"+"\n".join(out))

TEMPLATES=[t_salesforce,t_hubspot,t_mailchimp,t_walksheet,t_vcard4,t_script,t_tsv_crlf,t_md_check,t_excel,t_jsonl,t_thread,t_minutes,
           t_smsthread,t_pdfcols,t_receipts,t_fec,t_terminal,t_eventbrite,t_zoom,t_nginx,t_nationbuilder,t_rural]

def make_lists(n):
    out=[]; i=0
    while len(out)<n:
        t=TEMPLATES[i%len(TEMPLATES)]; i+=1
        lang,kind,sens,text=t(); k=text.count("⟦")
        if 3<=k<=20: out.append((lang,kind,sens,text,t.__name__))
    return [x[:4] for x in out]

if __name__=="__main__":
    import collections
    L=make_lists(42); c=collections.Counter()
    import re
    for x in L:
        for m in re.finditer(r"⟦([A-Z]+):",x[3]): c[m.group(1)]+=1
    print(c)
    for x in L[:22]: print("@",x[0],x[1],x[2] or "-"); print(x[3]); print()
