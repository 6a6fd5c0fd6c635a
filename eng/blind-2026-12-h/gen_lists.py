#!/usr/bin/env python3
"""Seeded list/export generator for blind-2026-12-h (written from scratch, seed 64423).
Every export shape is new with respect to the a-g READMEs: Emacs org-mode table, Python repr debug dump, psql query
output, MongoDB shell output, LDIF directory export, TOML roster with [[arrays]], curl form POST in a debug log,
raw e-mail headers, Jira ticket export, voicemail transcription box, Asterisk CDR CSV, Facebook Lead Ads CSV,
form-notification e-mail (Jotform-style), Telegram JSON export, Stripe payments CSV, Interac e-Transfer notification
batch, GeoJSON canvass features, pandas DataFrame print, unified diff of a member CSV, Doodle poll results,
openpyxl cell dump, candidate's return schedule of contributions, decoded MECARD QR codes, mail-merge preview.
Names come from pools_h.py and are drawn without replacement inside a community.
make_lists(n) returns (lang, kind, sensitive_codes, marked_text) tuples with ⟦CODE:text⟧ markup."""
import random, unicodedata, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools_h import POOLS, WOMEN
R = random.Random(64423)
_bags = {}
_used = set()
def draw(comm):
    for _ in range(50):
        if not _bags.get(comm):
            f = POOLS[comm][0].split(); l = [x.replace("_"," ") for x in POOLS[comm][1].split()]
            R.shuffle(f); R.shuffle(l); _bags[comm] = list(zip(f,l))
        p = _bags[comm].pop()
        if p not in _used: break      # no full name is drawn twice, even after a bag is refilled
    _used.add(p); return p
def pick(*comms): return draw(R.choice(comms))
QCC = ("qc","qc","qc","qc","acadian","haitian","maghreb","latam","viet","khmer","innu","atikamekw","cree","wendat","arabic","persian","kurdish","southasian","tamil","portuguese","italian","greek","filipino","westafr","centralafr","jewish")
ENC = ("en","en","en","scottish","irish","southasian","tamil","eastasian","filipino","eastafr","westafr","inuit","mikmaq","mohawk","easteur","turkish","greek","italian","jewish","latam")
FRC = ("fr","fr","fr","breton","corsican","maghreb","westafr","centralafr","easteur","portuguese","turkish","kurdish","viet","khmer","italian")
def qc(): return pick(*QCC)
def en(): return pick(*ENC)
def fr(): return pick(*FRC)
def deacc(s): return "".join(c for c in unicodedata.normalize("NFD",s) if unicodedata.category(c)!="Mn")
TR=str.maketrans({'đ':'d','Đ':'D','ı':'i','ł':'l','Ł':'L','ş':'s','ç':'c'})
def slug(s): return deacc(s.translate(TR)).lower().replace(" ","").replace("'","").replace("-","")
DOM = ["videotron.ca","cgocable.ca","bell.net","sympatico.ca","gmail.com","hotmail.com","outlook.com","orange.fr","free.fr","wanadoo.fr","icloud.com","yahoo.ca","live.fr","eastlink.ca","exemple.org","courriel.example"]
def mail(f,l):
    a,b=slug(f),slug(l)
    return R.choice([f"{a}.{b}",f"{a}{b[:1]}",f"{b}.{a[0]}{R.randint(1,9)}",f"{a[:2]}{b}",f"{a}-{b}",f"{b}{a[0]}{R.randint(60,99)}"])+"@"+R.choice(DOM)
AREA=["514","438","418","581","819","873","450","579","367","263","613","343","416","647","905","289","519","506","902","709","204","431","306","639","780","825","604","236","867"]
def na(fmt=None):
    a=R.choice(AREA); x=f"{R.randint(0,99):02d}"; fmt=R.randint(0,7) if fmt is None else fmt
    return [f"{a}-555-01{x}",f"({a}) 555-01{x}",f"{a} 555-01{x}",f"+1 {a} 555 01{x}",f"1 {a} 555-01{x}",f"{a}.555.01{x}",f"+1{a}55501{x}",f"{a}55501{x}"][fmt]
def frtel(fmt=None):
    b=R.choice(["01 99 00","02 61 91","03 53 01","04 65 71","05 36 49","06 39 98","07 00 11"]); s=f"{b} {R.randint(0,99):02d} {R.randint(0,99):02d}"
    fmt=R.randint(0,3) if fmt is None else fmt
    return [s,s.replace(" ",""),"+33 "+s[1:],"+33"+s[1:].replace(" ","")][fmt]
QCT=[("Montréal","H2J"),("Montréal","H1N"),("Montréal","H4C"),("Montréal","H3N"),("Québec","G1L"),("Québec","G1K"),("Saguenay","G7H"),("Sherbrooke","J1J"),("Gatineau","J9H"),
     ("Rouyn-Noranda","J9X"),("Drummondville","J2B"),("Shawinigan","G9N"),("Joliette","J6E"),("Longueuil","J4H"),("Sept-Îles","G4R"),("Gaspé","G4X"),("Val-d'Or","J9P"),
     ("Rivière-du-Loup","G5R"),("Saint-Jérôme","J7Z"),("Magog","J1X"),("Lévis","G6V"),("Brossard","J4Z")]
CAT=[("Ottawa","K1S"),("Sudbury","P3E"),("Toronto","M6H"),("London","N6A"),("Moncton","E1A"),("Dieppe","E1A"),("Halifax","B3H"),("Sydney","B1P"),
     ("Summerside","C1N"),("St. John's","A1C"),("Winnipeg","R2H"),("Regina","S4P"),("Edmonton","T6E"),("Vancouver","V5L"),("Iqaluit","X0A"),("Thunder Bay","P7B")]
QCS=["rue Beaubien Est","avenue Papineau","rue Saint-Vallier Ouest","boulevard Saint-Joseph","rue Wellington Nord","rue Notre-Dame","rang Saint-Édouard","avenue Champagneur",
     "rue Principale Nord","chemin Sainte-Foy","rue Racine","boulevard Laure","rue des Pins","3e Rue","rue Perreault","boulevard Taschereau","rue Monseigneur-Tessier",
     "avenue de la Cathédrale","chemin du Roy","rue de la Montagne","rue Bélanger","avenue Bourbonnière"]
CAS=["Bank St","Elgin St","Dundas St W","Richmond St","Main St","Champlain St","Robie St","Charlotte St","Water St","Sherbrook St","Albert St","Whyte Ave","Commercial Dr","Queen St"]
FRV=[("Quimper","29000","29"),("Lorient","56100","56"),("Rennes","35000","35"),("Aix-en-Provence","13100","13"),("Ajaccio","20000","2A"),("Bastia","20200","2B"),("Paris","75011","75"),
     ("Saint-Denis","93200","93"),("Lille","59000","59"),("Lyon","69007","69"),("Clermont-Ferrand","63000","63"),("Nantes","44000","44"),("Toulouse","31000","31"),
     ("Les Abymes","97139","971"),("Le Lamentin","97232","972"),("Saint-Pierre","97410","974"),("Kourou","97310","973"),("Dzaoudzi","97615","976")]
FRS=["rue de la Paix","avenue Jean-Jaurès","impasse des Mimosas","rue du Château","boulevard Voltaire","rue Félix-Éboué","chemin des Vignes","rue de Brest",
     "allée des Tilleuls","rue Pasteur","place du Marché","quai de la Fosse","rue Fesch","route de la Plaine","rue Saint-Michel"]
PROV={'K':'ON','L':'ON','M':'ON','N':'ON','P':'ON','E':'NB','B':'NS','C':'PE','A':'NL','R':'MB','S':'SK','T':'AB','V':'BC','X':'NU'}
def qpc(fsa): return f"{fsa} {R.randint(1,9)}{R.choice('ABCEGHJKLMNPRSTVWXYZ')}{R.randint(0,9)}"
def qaddr():
    c,fsa=R.choice(QCT); s=R.choice(QCS); n=R.randint(2,9800)
    a=R.choice([f"{n}, {s}",f"{n} {s}",f"{n}, {s}, app. {R.randint(1,20)}",f"{R.randint(1,9)}-{n} {s}",f"{n} {s}, bureau {R.randint(100,310)}",f"{n}B {s}"])
    return a,c,fsa
def caddr():
    c,fsa=R.choice(CAT); s=R.choice(CAS); n=R.randint(3,2900)
    a=R.choice([f"{n} {s}",f"{R.randint(101,1805)}-{n} {s}",f"{n} {s}, Apt {R.randint(2,30)}",f"Unit {R.randint(1,12)}, {n} {s}"])
    return a,c,fsa
def faddr():
    c,cp,dep=R.choice(FRV); s=R.choice(FRS)
    a=R.choice([f"{R.randint(1,150)} {s}",f"{R.randint(1,40)} bis {s}",f"{R.randint(1,90)}, {s}",f"Résidence Les Lilas, {R.randint(2,60)} {s}"])
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
    p=R.choice(["4","4","4","51","55","2223","37"])
    if p=="37": d=luhn_complete(p+digs(12)); return R.choice([f"{d[:4]} {d[4:10]} {d[10:]}",d])
    d=luhn_complete(p+digs(15-len(p))); return R.choice([" ".join(d[i:i+4] for i in range(0,16,4)),d,"-".join(d[i:i+4] for i in range(0,16,4))])
def iban(cc="FR"):
    if cc=="FR":
        b,g,a=digs(5),digs(5),digs(11); key=97-(89*int(b)+15*int(g)+3*int(a))%97; bb=f"{b}{g}{a}{key:02d}"
    elif cc=="BE": x=digs(10); bb=f"{x}{(int(x)%97 or 97):02d}"
    else: bb=digs(18)
    n=int("".join(str(int(c,36)) for c in bb+cc+"00")); ib=f"{cc}{98-n%97:02d}{bb}"
    return R.choice([" ".join(ib[i:i+4] for i in range(0,len(ib),4)), ib])
def nir(fem,y,m,dep):
    body=f"{2 if fem else 1}{y%100:02d}{m:02d}{dep}"+(f"{R.randint(1,99):02d}" if len(dep)==3 else f"{R.randint(1,350):03d}")+f"{R.randint(1,999):03d}"
    k=97-int(body.replace("2A","19").replace("2B","18"))%97; s=body+f"{k:02d}"
    return R.choice([s, f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}"])
def ramq(l,f,y,m,d,fem):
    x=(deacc(l).upper().replace("-","").replace(" ","").replace("'","")+"XXX")[:3]
    return f"{x}{deacc(f)[0].upper()} {y%100:02d}{m+50 if fem else m:02d} {d:02d}{R.randint(10,99)}"
def ip4(): return R.choice(["192.0.2","198.51.100","203.0.113"])+f".{R.randint(2,250)}"
def ip6(): return f"2001:db8:{R.randint(1,0xffff):x}::{R.randint(1,0xfff):x}"
MOIS=["janvier","février","mars","avril","mai","juin","juillet","août","septembre","octobre","novembre","décembre"]
MON=["January","February","March","April","May","June","July","August","September","October","November","December"]

# ---------------- templates ----------------
def t_org():
    rows=[]
    for _ in range(R.randint(3,5)):
        f,l=qc(); a,c,fsa=qaddr()
        rows.append(f"| ⟦P:{f} {l}⟧ | ⟦AD:{a}⟧ | ⟦PH:{na(R.choice([0,2]))}⟧ | {R.choice(['1','2','2','3','?'])} | {R.choice(['oui','non',''])} |")
    return ("fr","list","PO","* Pointage — poll 47 (notes de Guillaume, org-mode)\n#+TBLNAME: poll47\n| Nom | Adresse | Tél. | Score | Pancarte |\n|-----+---------+------+-------+----------|\n"+"\n".join(rows)+"\n#+TBLFM: @>$4=vmean(@2..@-1)")
def t_repr():
    out=[]
    for _ in range(R.randint(2,3)):
        f,l=qc(); y,m,d=dob(1945,2000)
        out.append("{'id': %d, 'prenom': '⟦P:%s⟧', 'nom': '⟦P:%s⟧', 'courriel': '⟦EM:%s⟧', 'ddn': '⟦DOB:%d-%02d-%02d⟧', 'membre': True, 'don_total': %d}" % (R.randint(1000,9999),f.replace("'","\\'"),l.replace("'","\\'"),mail(f,l),y,m,d,R.choice([0,50,100,250])))
    return ("fr","list","PO",">>> pprint(rows[:%d])\n[" % len(out)+",\n ".join(out)+"]\n>>> # TODO enlever ce print avant de pousser en prod")
def t_psql():
    rows=[]
    for _ in range(R.randint(3,4)):
        f,l=en(); a,c,fsa=caddr()
        rows.append(f" ⟦P:{f}⟧{' '*max(1,11-len(f))}| ⟦P:{l}⟧{' '*max(1,13-len(l))}| ⟦EM:{mail(f,l)}⟧ | ⟦PC:{qpc(fsa)}⟧ | {R.choice(['t','f'])}")
    return ("en","list","PO","riding_db=> SELECT first_name, last_name, email, postal_code, is_donor FROM supporters WHERE riding_id = 112 LIMIT 4;\n first_name | last_name    | email | postal_code | is_donor\n------------+--------------+-------+-------------+----------\n"+"\n".join(rows)+f"\n({len(rows)} rows)\n")
def t_mongo():
    out=[]
    for i in range(R.randint(2,3)):
        f,l=qc(); a,c,fsa=qaddr()
        need=R.choice(["fauteuil roulant","déambulateur","malvoyant, besoin d'un accompagnateur","oxygène portatif"])
        out.append("{\n  _id: ObjectId('65%s'),\n  nom: '⟦P:%s %s⟧',\n  adresse: '⟦AD:%s⟧',\n  tel: '⟦PH:%s⟧',\n  besoin: '%s',\n  transport_jour_J: true\n}" % (digs(22),f,l.replace("'","\\'"),a,na(0),need))
    return ("fr","list","PO,H","test> db.electeurs_transport.find({ circonscription: 'Hochelaga' }).limit(3)\n[\n"+",\n".join(out)+"\n]")
def t_ldif():
    out=[]
    for _ in range(R.randint(2,3)):
        f,l=qc(); u=(slug(f)[0]+slug(l))[:8]
        out.append(f"dn: uid=⟦P:{u}⟧,ou=benevoles,dc=circo,dc=example\nobjectClass: inetOrgPerson\ncn: ⟦P:{f} {l}⟧\nsn: ⟦P:{l}⟧\ngivenName: ⟦P:{f}⟧\nmail: ⟦EM:{u}@circo.example⟧\nmobile: ⟦PH:{na(R.choice([0,3]))}⟧")
    return ("mixed","list","PO","# extended LDIF — export des comptes bénévoles (local de campagne)\nversion: 1\n\n"+"\n\n".join(out))
def t_toml():
    out=[]
    for _ in range(R.randint(2,3)):
        f,l=qc(); fem=f in WOMEN; y,m,d=dob(2009,2013)
        out.append(f"[[campeur]]\nnom = \"⟦P:{f} {l}⟧\"\nnaissance = ⟦DOB:{y}-{m:02d}-{d:02d}⟧\nramq = \"⟦RAMQ:{ramq(l,f,y,m,d,fem)}⟧\"\nnote_sante = \"{R.choice(['épilepsie — Keppra matin et soir','allergie aux noix (EpiPen)','asthme léger','aucune'])}\"")
    return ("fr","list","PO,H","# camp_jeunes_2027.toml — aile jeunesse\n[camp]\nlieu = \"Base de plein air\"\ndates = \"2027-07-05/2027-07-09\"\n\n"+"\n\n".join(out))
def t_curl():
    f,l=qc(); a,c,fsa=qaddr(); cc=card(); ip=ip4()
    q=lambda s: s.replace(" ","+").replace(",","%2C")
    mm=mail(f,l).replace('@','%40')
    return ("mixed","list","PO",f"[DEBUG] 2026-10-12T21:04:55Z client=⟦IP:{ip}⟧ replay:\ncurl -X POST https://dons.parti.example/api/don \\\n  -d 'prenom=⟦P:{q(f)}⟧' -d 'nom=⟦P:{q(l)}⟧' \\\n  -d 'courriel=⟦EM:{mm}⟧' \\\n  -d 'adresse=⟦AD:{q(a)}⟧' -d 'cp=⟦PC:{qpc(fsa).replace(' ','+')}⟧' \\\n  -d 'carte=⟦CC:{cc.replace(' ','').replace('-','')}⟧' -d 'montant=100'\n[DEBUG] → 200 OK (don enregistré)")
def t_headers():
    f,l=en(); g,h=qc(); ip=ip4(); ip2=ip4()
    return ("mixed","list","PO",f"Return-Path: <⟦EM:{mail(f,l)}⟧>\nReceived: from mail-pf1.example (mail-pf1.example [⟦IP:{ip}⟧])\n\tby mx.parti.example with ESMTPS; Tue, 14 Oct 2026 09:12:44 -0400\nX-Originating-IP: [⟦IP:{ip2}⟧]\nFrom: \"⟦P:{f} {l}⟧\" <⟦EM:{mail(f,l)}⟧>\nTo: \"⟦P:{g} {h}⟧\" <⟦EM:{slug(g)}.{slug(h)}@parti.example⟧>\nSubject: Re: my $200 donation + lawn sign\n\nHi ⟦P:{g}⟧, yes please put the sign up, I'm in for the whole campaign.")
def t_jira():
    f,l=qc(); a,c,fsa=qaddr(); rep=qc(); asg=qc()
    return ("fr","list","",f"[CRM-{R.randint(200,999)}] Demande d'accès (Loi 25) — dossier de ⟦P:{f} {l}⟧\nType: Tâche   Priorité: Haute   Statut: À faire\nRapporteur: ⟦P:{rep[0]} {rep[1]}⟧   Responsable: ⟦P:{asg[0]} {asg[1]}⟧\nDescription:\nLa personne demande copie de tout ce qu'on détient sur elle. Adresse au dossier : ⟦AD:{a}⟧, {c} ⟦PC:{qpc(fsa)}⟧. Courriel de réponse : ⟦EM:{mail(f,l)}⟧.\nÉchéance légale : 30 jours.")
def t_voicemail():
    out=[]
    for i in range(R.randint(2,3)):
        f,l=qc() if R.random()<.6 else en(); n=na(R.choice([3,6]))
        msg=R.choice([f"Oui bonjour c'est {f} {l}, j'aimerais avoir une pancarte pour mon terrain, rappelez-moi au {n}",
                      f"Hi it's {f} {l}, I'd like to volunteer on e-day, call me back at {n}",
                      f"Bonjour, {f} {l} ici, je veux renouveler ma carte de membre, mon numéro c'est le {n}"])
        msg=msg.replace(f"{f} {l}",f"⟦P:{f} {l}⟧",1).replace(n,f"⟦PH:{n}⟧",1)
        out.append(f"Message {i+1} — de ⟦PH:{n}⟧ — {R.randint(8,20)} h {R.randint(10,59)} — durée 0:{R.randint(15,59)}\nTranscription (automatique, peut contenir des erreurs) : « {msg} »")
    return ("mixed","list","PO","Boîte vocale — ligne du local (poste 200)\n"+"\n\n".join(out))
def t_cdr():
    rows=[]
    for _ in range(R.randint(3,4)):
        f,l=qc(); n=na(7)
        rows.append(f'"2026-10-{R.randint(1,28):02d} {R.randint(9,20):02d}:{R.randint(10,59)}:{R.randint(10,59)}","\\"⟦P:{f} {l}⟧\\" <⟦PH:{n}⟧>","⟦PH:{n}⟧","200","from-trunk","{R.randint(5,400)}","ANSWERED"')
    return ("fr","list","",'"calldate","clid","src","dst","dcontext","billsec","disposition"\n'+"\n".join(rows)+"\n-- bureau de comté, ligne principale (demandes de citoyens)")
def t_fblead():
    rows=[]
    for _ in range(R.randint(2,4)):
        f,l=en(); a,c,fsa=caddr()
        rows.append(f"l:{digs(15)},2026-09-{R.randint(10,29)}T{R.randint(10,23)}:{R.randint(10,59)}:00-04:00,ag:{digs(12)},Volunteer sign-up — fall,fb,⟦P:{f} {l}⟧,⟦EM:{mail(f,l)}⟧,⟦PH:{na(6)}⟧,⟦PC:{qpc(fsa)}⟧,{R.choice(['door-knocking','phone bank','lawn signs','driving on e-day'])}")
    return ("en","list","PO","id,created_time,adset_id,form_name,platform,full_name,email,phone_number,post_code,how_do_you_want_to_help?\n"+"\n".join(rows))
def t_formmail():
    f,l=qc(); a,c,fsa=qaddr(); y,m,d=dob(1950,2004)
    return ("fr","list","PO",f"De : Jotform <⟦EM:noreply@jotform.example⟧>\nObjet : Nouvelle soumission — Adhésion 2027\n\nNom complet : ⟦P:{f} {l}⟧\nDate de naissance : ⟦DOB:{d:02d}/{m:02d}/{y}⟧\nAdresse : ⟦AD:{a}⟧\nVille : {c}\nCode postal : ⟦PC:{qpc(fsa)}⟧\nCellulaire : ⟦PH:{na(1)}⟧\nCourriel : ⟦EM:{mail(f,l)}⟧\nJe souhaite devenir membre et je confirme adhérer aux statuts : ☑\nSoumis depuis l'IP : ⟦IP:{R.choice([ip4(),ip6()])}⟧")
def t_telegram():
    ppl=[fr() for _ in range(R.randint(3,4))]; out=[]
    for i,(f,l) in enumerate(ppl):
        txt=R.choice(["je tiens le bureau de vote 12 dimanche","dispo pour le tractage au marché","je ramène les affiches","je peux héberger la réunion","moi je fais la navette des assesseurs"])
        if i==0: txt=f"mon portable : ⟦PH:{frtel(R.choice([0,2]))}⟧"
        out.append('  {"id": %d, "type": "message", "date": "2027-03-%02dT18:%02d:11", "from": "⟦P:%s %s⟧", "from_id": "user%s", "text": "%s"}' % (R.randint(100,999),R.randint(1,28),R.randint(10,59),f,l,digs(9),txt))
    return ("fr","list","PO",'{\n "name": "Section — militants municipales",\n "type": "private_group",\n "messages": [\n'+",\n".join(out)+"\n ]\n}")
def t_stripe():
    rows=[]
    for _ in range(R.randint(2,4)):
        f,l=qc() if R.random()<.5 else en()
        rows.append(f"ch_3P{digs(4)}Qx{digs(6)},2026-11-{R.randint(1,28):02d} 1{R.randint(0,9)}:{R.randint(10,59)}:{R.randint(10,59)},{R.choice(['25.00','50.00','100.00','400.00'])},cad,Paid,⟦EM:{mail(f,l)}⟧,⟦P:{f} {l}⟧,visa,{R.randint(1000,9999)},Don en ligne — campagne automne")
    return ("mixed","list","PO","id,Created (UTC),Amount,Currency,Status,Customer Email,Card Name,Card Brand,Card Last4,Description\n"+"\n".join(rows))
def t_interac():
    out=[]
    for _ in range(R.randint(2,3)):
        f,l=qc(); amt=R.choice(["20,00","40,00","75,00","100,00"])
        out.append(f"Virement INTERAC : Vous avez reçu {amt} $ de ⟦P:{f.upper()} {l.upper()}⟧ et ce montant a été déposé automatiquement.\nMessage : « {R.choice(['cotisation membre 2027','pour la campagne, lâchez pas','don souper spaghetti','renouvellement + un petit extra'])} »\nCourriel de l'expéditeur : ⟦EM:{mail(f,l)}⟧\nNuméro de référence : CA{digs(4)}{R.choice('ABCDEFGH')}{digs(4)}")
    return ("fr","list","PO","Boîte tresorerie@ — 3 notifications non lues\n\n"+"\n———\n".join(out))
def t_geojson():
    out=[]
    for _ in range(R.randint(2,4)):
        f,l=qc(); a,c,fsa=qaddr()
        out.append('    {"type":"Feature","geometry":{"type":"Point","coordinates":[-%d.%s,%d.%s]},"properties":{"electeur":"⟦P:%s %s⟧","adresse":"⟦AD:%s⟧","appui":"%s","pancarte":%s}}' % (R.randint(71,74),digs(5),R.randint(45,48),digs(5),f,l,a,R.choice(["fort","faible","indécis","opposé"]),R.choice(["true","false"])))
    return ("fr","list","PO",'{"type":"FeatureCollection","name":"porte_a_porte_samedi",\n  "features":[\n'+",\n".join(out)+"\n  ]}")
def t_pandas():
    rows=[]
    for i in range(R.randint(2,3)):
        f,l=fr(); fem=f in WOMEN; a,c,cp,dep=faddr(); y,m,d=dob(1950,2000)
        rows.append(f"{i}  ⟦P:{l.upper()}⟧  ⟦P:{f}⟧  ⟦DOB:{d:02d}/{m:02d}/{y}⟧  ⟦NIR:{nir(fem,y,m,dep)}⟧  {c}")
    return ("fr","list","PO",">>> df_assesseurs[['nom','prenom','date_naiss','nir','commune']]\n    nom  prenom  date_naiss  nir  commune\n"+"\n".join(rows)+f"\n\n[{len(rows)} rows x 5 columns]")
def t_diff():
    f,l=qc(); g,h=qc(); a,c,fsa=qaddr(); a2,_,_=qaddr()
    return ("fr","list","PO",f"--- membres_2026.csv\n+++ membres_2027.csv\n@@ -41,3 +41,3 @@\n ⟦P:{g}⟧;⟦P:{h}⟧;⟦PH:{na(0)}⟧;actif\n-⟦P:{f}⟧;⟦P:{l}⟧;⟦AD:{a}⟧;⟦PC:{qpc(fsa)}⟧;actif\n+⟦P:{f}⟧;⟦P:{l}⟧;⟦AD:{a2}⟧;⟦PC:{qpc(fsa)}⟧;actif — déménagé")
def t_doodle():
    ppl=[R.choice([qc,en])() for _ in range(R.randint(3,5))]
    rows="\n".join(f"⟦P:{f} {l[0]}.⟧\t{R.choice(['✔','✖','(✔)'])}\t{R.choice(['✔','✖'])}\t{R.choice(['✔','✖','(✔)'])}" for f,l in ppl)
    return ("mixed","list","PO","Doodle — « Formation scrutateurs / scrutineer training »\nParticipants\tmar. 3 nov.\tmer. 4 nov.\tsam. 7 nov.\n"+rows+"\n(✔) = si nécessaire / if need be")
def t_openpyxl():
    out=[]; r=2
    for _ in range(R.randint(2,3)):
        f,l=en(); a,c,fsa=caddr()
        out.append(f"A{r}: '⟦P:{l}, {f}⟧'\nB{r}: '⟦SIN:{sin()}⟧'\nC{r}: '⟦AD:{a}⟧'\nD{r}: '{c}'\nE{r}: {R.randint(6,30)*40}"); r+=1
    return ("en","list","PO",">>> for row in ws.iter_rows(min_row=2):\n...     for cell in row: print(f'{cell.coordinate}: {cell.value!r}')\n"+"\n".join(out)+"\n# sheet: 'Paid DROs & canvassers'")
def t_return():
    out=[]
    for _ in range(R.randint(2,4)):
        f,l=qc(); a,c,fsa=qaddr()
        out.append(f"{R.randint(1,99):03d}  ⟦P:{l}, {f}⟧\n     ⟦AD:{a}⟧, {c} (Québec) ⟦PC:{qpc(fsa)}⟧\n     {R.choice(['100,00','200,00','100,00','50,00'])} $   reçu n° {R.randint(1000,4999)}")
    return ("fr","list","PO","RAPPORT DE DÉPENSES ÉLECTORALES — ANNEXE : CONTRIBUTIONS DE PLUS DE 50 $\nN°  Nom de l'électeur / Adresse complète / Montant\n"+"\n".join(out))
def t_mecard():
    out=[]
    for _ in range(R.randint(2,3)):
        f,l=R.choice([qc,en])(); a,c,fsa=qaddr() if R.random()<.6 else caddr()
        out.append(f"MECARD:N:⟦P:{l},{f}⟧;TEL:⟦PH:{na(6)}⟧;EMAIL:⟦EM:{mail(f,l)}⟧;ADR:⟦AD:{a}⟧;NOTE:bénévole kiosque;;")
    return ("mixed","list","PO","Codes QR scannés au kiosque du festival (app Scanner, export texte)\n"+"\n".join(out))
def t_merge():
    out=[]
    for _ in range(R.randint(2,3)):
        f,l=fr(); a,c,cp,dep=faddr()
        out.append(f"« Fiche {R.randint(1,80)} » <<Prénom>> = ⟦P:{f}⟧ | <<Nom>> = ⟦P:{l}⟧ | <<Adresse>> = ⟦AD:{a}⟧ | <<CP>> = ⟦PC:{cp}⟧ | <<Ville>> = {c}\n   → « Cher·e ⟦P:{f}⟧, merci pour votre adhésion renouvelée… »")
    return ("fr","list","PO","Publipostage — aperçu des résultats (Writer, source : adherents_a_jour.ods)\n"+"\n".join(out))

TEMPLATES=[t_org,t_repr,t_psql,t_mongo,t_ldif,t_toml,t_curl,t_headers,t_jira,t_voicemail,t_cdr,t_fblead,t_formmail,t_telegram,
           t_stripe,t_interac,t_geojson,t_pandas,t_diff,t_doodle,t_openpyxl,t_return,t_mecard,t_merge]

def make_lists(n):
    out=[]; i=0
    while len(out)<n:
        t=TEMPLATES[i%len(TEMPLATES)]; i+=1
        lang,kind,sens,text=t(); k=text.count("⟦")
        if 3<=k<=20: out.append((lang,kind,sens,text))
    return out

if __name__=="__main__":
    import collections, re
    L=make_lists(42); c=collections.Counter()
    for x in L:
        for m in re.finditer(r"⟦([A-Z]+):",x[3]): c[m.group(1)]+=1
    print(c, sum(c.values()))
    for x in L[:24]: print("@",x[0],x[1],x[2] or "-"); print(x[3]); print()
