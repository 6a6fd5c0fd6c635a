#!/usr/bin/env python3
"""Seeded list/export generator for blind-2026-12-i (written from scratch, seed 90157).
Every export shape is new with respect to the a-h READMEs: SQLite .mode box output, R tibble print, MySQL \\G vertical
output, Redis HGETALL reply, GraphQL response JSON, protobuf text format, Java toString() in a stack trace, PHP print_r
of $_POST, HAR entry of a form POST, Discord chat export, mojibake CSV (UTF-8 read as Latin-1), CSV with =HYPERLINK
formulas, IVR robocall survey results, `sort | uniq -c` de-duplication output, JSON Patch audit trail, French
bordereau de remise de chèques, phone "Recents" screenshot OCR, printed address book by letter, convention badge-scanner
lead export, Jupyter notebook cell output JSON, SendGrid event webhook JSON, GOTV bingo sheet, Zapier task history,
reStructuredText grid table.
Names come from pools_i.py and are drawn without replacement inside a community; no full name is drawn twice.
make_lists(n) returns (lang, kind, sensitive_codes, marked_text) tuples with ⟦CODE:text⟧ markup."""
import random, unicodedata, os, sys, json
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools_i import POOLS, WOMEN
R = random.Random(90157)
_bags = {}; _used = set()
def draw(comm):
    for _ in range(60):
        if not _bags.get(comm):
            f = POOLS[comm][0].split(); l = [x.replace("_"," ") for x in POOLS[comm][1].split()]
            R.shuffle(f); R.shuffle(l); _bags[comm] = list(zip(f,l))
        p = _bags[comm].pop()
        if p not in _used: break
    _used.add(p); return p
def pick(*c): return draw(R.choice(c))
QCC=("qc","qc","qc","qc","qc","acadian","haitian","maghreb","latam","viet","khmer","lao","innu","atikamekw","cree","wabanaki","arabic","persian","armenian","kurdish","southasian","tamil","portuguese","italian","greek","filipino","westafr","centralafr","jewish","words")
ENC=("en","en","en","scottish","irish","southasian","srilankan","tamil","eastasian","filipino","eastafr","westafr","inuit","mikmaq","mohawk","metis","easteur","turkish","greek","italian","jewish","latam","armenian")
FRC=("fr","fr","fr","breton","corsican","alsatian","antillean","reunion","maghreb","westafr","centralafr","easteur","portuguese","turkish","kurdish","viet","khmer","lao","italian","words")
def qc(): return pick(*QCC)
def en(): return pick(*ENC)
def fr(): return pick(*FRC)
def deacc(s): return "".join(c for c in unicodedata.normalize("NFD",s) if unicodedata.category(c)!="Mn")
TR=str.maketrans({'đ':'d','Đ':'D','ı':'i','ł':'l','Ł':'L','ş':'s','ç':'c','ś':'s','ń':'n'})
def slug(s): return deacc(s.translate(TR)).lower().replace(" ","").replace("'","").replace("-","")
DOM=["videotron.ca","bell.net","gmail.com","hotmail.com","outlook.com","orange.fr","free.fr","sfr.fr","icloud.com","yahoo.ca","live.ca","eastlink.ca","shaw.ca","exemple.org","courriel.example","laposte.net","proton.me"]
def mail(f,l):
    a,b=slug(f),slug(l)
    return R.choice([f"{a}.{b}",f"{a[0]}{b}",f"{b}_{a}",f"{a}{R.randint(70,99)}",f"{a}.{b[:3]}",f"{b}{a[:2]}"])+"@"+R.choice(DOM)
def digs(n): return "".join(str(R.randint(0,9)) for _ in range(n))
AREA=["514","438","418","581","819","873","450","579","367","354","263","613","343","416","437","905","289","705","807","506","902","782","709","204","306","780","587","403","604","778","250","867"]
QCAREA=["514","438","418","581","819","873","450","579","367","354","263"]
def na(fmt=None, qc=False):
    a=R.choice(QCAREA if qc else AREA); x=f"{R.randint(0,99):02d}"; fmt=R.randint(0,7) if fmt is None else fmt
    return [f"{a}-555-01{x}",f"({a}) 555-01{x}",f"{a} 555 01{x}",f"+1 {a}-555-01{x}",f"1-{a}-555-01{x}",f"{a}.555.01{x}",f"+1{a}55501{x}",f"{a}55501{x}"][fmt]
def frtel(fmt=None):
    b=R.choice(["01 99 00","02 61 91","03 53 01","04 65 71","05 36 49","06 39 98","07 00 11"]); s=f"{b} {R.randint(0,99):02d} {R.randint(0,99):02d}"
    fmt=R.randint(0,3) if fmt is None else fmt
    return [s,s.replace(" ","."),"+33 "+s[1:],"+33 (0)"+s[1:]][fmt]
QCT=[("Montréal","H2E"),("Montréal","H1Y"),("Montréal","H4E"),("Montréal","H2K"),("Québec","G1R"),("Québec","G1M"),("Saguenay","G7B"),("Sherbrooke","J1H"),("Gatineau","J8Y"),
     ("Trois-Rivières","G8Z"),("Rimouski","G5L"),("Victoriaville","G6P"),("Granby","J2G"),("Laval","H7N"),("Baie-Comeau","G4Z"),("Alma","G8B"),("Amos","J9T"),
     ("Saint-Hyacinthe","J2S"),("Terrebonne","J6W"),("Thetford Mines","G6G"),("Chicoutimi","G7H"),("Matane","G4W")]
CAT=[("Ottawa","K2P"),("Cornwall","K6H"),("Toronto","M4K"),("Hamilton","L8P"),("Kingston","K7L"),("Fredericton","E3B"),("Bathurst","E2A"),("Truro","B2N"),
     ("Charlottetown","C1A"),("Corner Brook","A2H"),("Brandon","R7A"),("Saskatoon","S7K"),("Calgary","T2N"),("Victoria","V8V"),("Whitehorse","Y1A"),("Yellowknife","X1A"),("Sault Ste. Marie","P6A")]
QCS=["rue Fleury Est","avenue du Mont-Royal Est","rue Saint-Jean","boulevard de la Chaudière","rue King Ouest","rue des Forges","rang du Bas-de-l'Église","avenue Christophe-Colomb",
     "rue Principale","chemin Saint-Louis","rue de la Fabrique","boulevard Talbot","rue des Érables","4e Avenue","rue Masson","boulevard des Laurentides","rue Monseigneur-Dubois",
     "avenue Maguire","chemin de la Grande-Côte","rue Sainte-Catherine Est","rue Jarry Est","avenue De Lorimier"]
CAS=["Somerset St W","Pitt St","Danforth Ave","James St N","Princess St","Regent St","Water St","Prince St","Kent St","Broadway St","Rosser Ave","Spadina Cres E","Kensington Rd NW","Fort St","Main St","Franklin Ave","Queen St E"]
FRV=[("Brest","29200","29"),("Vannes","56000","56"),("Saint-Brieuc","22000","22"),("Porto-Vecchio","20137","2A"),("Corte","20250","2B"),("Strasbourg","67000","67"),("Colmar","68000","68"),
     ("Paris","75018","75"),("Montreuil","93100","93"),("Roubaix","59100","59"),("Villeurbanne","69100","69"),("Limoges","87000","87"),("Angers","49000","49"),("Montpellier","34000","34"),
     ("Pointe-à-Pitre","97110","971"),("Fort-de-France","97200","972"),("Le Tampon","97430","974"),("Cayenne","97300","973"),("Mamoudzou","97600","976")]
FRS=["rue des Remparts","avenue de la République","impasse du Moulin","rue Victor-Schœlcher","boulevard Gambetta","rue de Siam","chemin de Kerlaouen","rue des Tanneurs",
     "allée des Acacias","rue Nationale","place de l'Église","quai des Bateliers","cours Napoléon","route de Bellevue","rue du Général-Leclerc"]
def qpc(fsa): return f"{fsa} {R.randint(0,9)}{R.choice('ABCEGHJKLMNPRSTVWXYZ')}{R.randint(0,9)}"
def qaddr():
    c,fsa=R.choice(QCT); s=R.choice(QCS); n=R.randint(3,9900)
    return R.choice([f"{n}, {s}",f"{n} {s}",f"{n}, {s}, app. {R.randint(1,24)}",f"{R.randint(1,8)}-{n} {s}",f"{n} {s}, logement {R.randint(1,6)}",f"{n}A {s}"]),c,fsa
def caddr():
    c,fsa=R.choice(CAT); s=R.choice(CAS); n=R.randint(4,2600)
    return R.choice([f"{n} {s}",f"{R.randint(101,1402)}-{n} {s}",f"{n} {s}, Apt {R.randint(1,40)}",f"Suite {R.randint(100,400)}, {n} {s}"]),c,fsa
def faddr():
    c,cp,dep=R.choice(FRV); s=R.choice(FRS)
    return R.choice([f"{R.randint(1,160)} {s}",f"{R.randint(1,30)} ter {s}",f"{R.randint(1,90)}, {s}",f"Bât. {R.choice('ABCD')}, {R.randint(2,70)} {s}"]),c,cp,dep
def dob(lo=1936,hi=2006): return R.randint(lo,hi),R.randint(1,12),R.randint(1,28)
def luhn_complete(p):
    for c in range(10):
        d=p+str(c); t=0
        for i,x in enumerate(map(int,reversed(d))):
            if i%2: x*=2; x-=9 if x>9 else 0
            t+=x
        if t%10==0: return d
def sin():
    d=luhn_complete(R.choice("1234567")+digs(7)); return R.choice([f"{d[:3]} {d[3:6]} {d[6:]}",f"{d[:3]}-{d[3:6]}-{d[6:]}",d])
def card():
    p=R.choice(["4","4","4","53","2720","34"])
    if p=="34": d=luhn_complete(p+digs(12)); return R.choice([f"{d[:4]} {d[4:10]} {d[10:]}",d])
    d=luhn_complete(p+digs(15-len(p))); return R.choice([" ".join(d[i:i+4] for i in range(0,16,4)),d])
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
def ip6(): return f"2001:db8:{R.randint(1,0xffff):x}:{R.randint(1,0xff):x}::{R.randint(1,0xfff):x}"
def q(s): return s.replace("'","\\'")
def jq(s): return s.replace('"','\\"')

# ---------------- templates ----------------
def t_sqlitebox():
    rows=[]; W=(22,30,14)
    for _ in range(R.randint(3,4)):
        f,l=qc(); a,c,fsa=qaddr(); n=f"{f} {l}"
        rows.append(f"│ ⟦P:{n}⟧{' '*max(1,W[0]-len(n))}│ ⟦AD:{a}⟧{' '*max(1,W[1]-len(a))}│ ⟦PH:{na(R.choice([0,2,7]),True)}⟧ │ {R.choice(['1','2','3','4','5'])}     │ {R.choice(['oui','non'])}      │")
    top="┌────────────────────────┬────────────────────────────────┬──────────────┬───────┬──────────┐"
    return ("fr","list","PO","sqlite> .mode box\nsqlite> SELECT nom, adresse, tel, score, pancarte FROM pointage WHERE bureau = 38;\n"+top+"\n│ nom                    │ adresse                        │ tel          │ score │ pancarte │\n├────────────────────────┼────────────────────────────────┼──────────────┼───────┼──────────┤\n"+"\n".join(rows)+"\n└────────────────────────┴────────────────────────────────┴──────────────┴───────┴──────────┘")
def t_tibble():
    rows=[]
    for i in range(R.randint(2,3)):
        f,l=qc(); fem=f in WOMEN; y,m,d=dob(2008,2013)
        rows.append(f"{i+1} ⟦P:{f}⟧  ⟦P:{l}⟧  ⟦DOB:{y}-{m:02d}-{d:02d}⟧ ⟦RAMQ:{ramq(l,f,y,m,d,fem).replace(' ','')}⟧ {R.choice(['asthme','diabète type 1','aucune','TDAH (Vyvanse le matin)','allergie arachides'])}")
    return ("fr","list","PO,H",f"> camp_jeunes %>% select(prenom, nom, naissance, ramq, sante)\n# A tibble: {len(rows)} × 5\n  prenom nom    naissance  ramq         sante\n  <chr>  <chr>  <date>     <chr>        <chr>\n"+"\n".join(rows)+"\n# Aile jeunesse — camp de leadership, août")
def t_mysqlg():
    out=[]
    for i in range(R.randint(2,3)):
        f,l=R.choice([qc,en])(); a,c,fsa=R.choice([qaddr,caddr])()
        out.append(f"*************************** {i+1}. row ***************************\n      nom_complet: ⟦P:{l.upper()}, {f}⟧\n              nas: ⟦SIN:{sin()}⟧\n          adresse: ⟦AD:{a}⟧\n            ville: {c}\n      code_postal: ⟦PC:{qpc(fsa)}⟧\n     taux_horaire: 19.50\n            poste: solliciteur porte-à-porte")
    return ("mixed","list","PO","mysql> SELECT * FROM paie_campagne WHERE semaine = '2026-W41'\\G\n"+"\n".join(out)+f"\n{len(out)} rows in set (0.00 sec)")
def t_redis():
    f,l=en(); g,h=en()
    return ("en","list","PO",f"127.0.0.1:6379> HGETALL volunteer:session:{digs(6)}\n 1) \"full_name\"\n 2) \"⟦P:{f} {l}⟧\"\n 3) \"email\"\n 4) \"⟦EM:{mail(f,l)}⟧\"\n 5) \"cell\"\n 6) \"⟦PH:{na(R.choice([0,6,7]))}⟧\"\n 7) \"turf\"\n 8) \"poll 112-B\"\n 9) \"team_lead\"\n10) \"⟦P:{g} {h}⟧\"\n11) \"last_login_ip\"\n12) \"⟦IP:{ip4()}⟧\"")
def t_graphql():
    out=[]
    for _ in range(R.randint(2,4)):
        f,l=en(); a,c,fsa=caddr()
        out.append('        {"node": {"firstName": "⟦P:%s⟧", "lastName": "⟦P:%s⟧", "email": "⟦EM:%s⟧", "postalCode": "⟦PC:%s⟧", "shifts": ["%s"]}}' % (f,l,mail(f,l),qpc(fsa),R.choice(["phone bank","door knock","sign crew","e-day driver"])))
    return ("en","list","PO",'POST /graphql  query VolunteersByShift($riding: ID!)\n{\n  "data": {\n    "volunteers": {\n      "edges": [\n'+",\n".join(out)+'\n      ],\n      "pageInfo": {"hasNextPage": true, "endCursor": "Y3Vyc29yOjQ="}\n    }\n  }\n}')
def t_proto():
    out=[]
    for _ in range(R.randint(2,3)):
        f,l=qc(); a,c,fsa=qaddr()
        out.append(f"contacts {{\n  name: \"⟦P:{f} {l}⟧\"\n  address {{\n    line1: \"⟦AD:{a}⟧\"\n    city: \"{c}\"\n    postal: \"⟦PC:{qpc(fsa)}⟧\"\n  }}\n  support: {R.choice(['STRONG','LEANING','UNDECIDED','OPPOSED'])}\n  wants_sign: {R.choice(['true','false'])}\n}}")
    return ("mixed","list","PO","# DEBUG CanvassSync.Upload request (protobuf text format) — tablette 07\nbatch_id: \"b-"+digs(8)+"\"\n"+"\n".join(out))
def t_java():
    f,l=qc(); y,m,d=dob(1940,2001); g,h=qc()
    return ("mixed","list","PO",f"2026-10-21 14:02:17.338 ERROR [http-nio-8080-exec-4] c.p.crm.MembreService - Échec du renouvellement\njava.lang.IllegalStateException: cotisation déjà payée pour Membre{{id=48211, nom='⟦P:{l}⟧', prenom='⟦P:{f}⟧', courriel='⟦EM:{mail(f,l)}⟧', tel='⟦PH:{na(R.choice([0,5]),True)}⟧', ddn=⟦DOB:{y}-{m:02d}-{d:02d}⟧, parrain='⟦P:{g} {h}⟧'}}\n\tat c.p.crm.MembreService.renouveler(MembreService.java:212)\n\tat c.p.crm.web.AdhesionController.post(AdhesionController.java:88)\n\t... 41 more")
def t_printr():
    f,l=qc(); a,c,fsa=qaddr()
    return ("fr","list","PO",f"[21-Oct-2026 19:44:03 America/Toronto] PHP Notice: Undefined index: province in /var/www/dons/traitement.php on line 57\n[21-Oct-2026 19:44:03 America/Toronto] Array\n(\n    [prenom] => ⟦P:{f}⟧\n    [nom] => ⟦P:{l}⟧\n    [courriel] => ⟦EM:{mail(f,l)}⟧\n    [adresse] => ⟦AD:{a}⟧\n    [ville] => {c}\n    [code_postal] => ⟦PC:{qpc(fsa).replace(' ','')}⟧\n    [montant] => {R.choice(['50','100','200'])}\n    [no_carte] => ⟦CC:{card()}⟧\n    [exp] => {R.randint(1,12):02d}/{R.randint(27,31)}\n    [REMOTE_ADDR] => ⟦IP:{ip4()}⟧\n)")
def t_har():
    out=[]; f,l=en(); a,c,fsa=caddr(); ip=ip4()
    params=[("first_name",f"⟦P:{f}⟧"),("last_name",f"⟦P:{l}⟧"),("email",f"⟦EM:{mail(f,l).replace('@','%40')}⟧"),("postal",f"⟦PC:{qpc(fsa).replace(' ','+')}⟧"),("petition","keep-the-rural-post-office-open")]
    ps=",\n".join('            {"name": "%s", "value": "%s"}' % p for p in params)
    return ("en","list","PO",'{"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "131.0"},\n  "entries": [{\n    "startedDateTime": "2026-09-30T16:20:41.512-04:00",\n    "serverIPAddress": "⟦IP:'+ip+'⟧",\n    "request": {\n      "method": "POST", "url": "https://agir.parti.example/petitions/sign",\n      "postData": {\n        "mimeType": "application/x-www-form-urlencoded",\n        "params": [\n'+ps+'\n        ]\n      }\n    },\n    "response": {"status": 302}\n  }]\n}}')
def t_discord():
    ppl=[en() for _ in range(R.randint(3,4))]; out=[]
    for i,(f,l) in enumerate(ppl):
        h=R.choice([slug(f)+str(R.randint(1,99)),slug(f)[:4]+"_"+slug(l)[:4]])
        txt=R.choice(["I can take the Saturday canvass shift in Ward 4","count me in for sign pickup","running the phone bank tonight, 6–9","can someone drive me to the AGM? I'm voting for the new slate","just donated again lol"])
        if i==1: txt=f"my cell if anyone needs a ride: ⟦PH:{na(R.choice([0,1,2]))}⟧"
        out.append(f"[10/{R.randint(1,28)}/2026 {R.randint(1,11)}:{R.randint(10,59)} PM] ⟦P:{f} {l}⟧ ({h})\n{txt}")
    return ("en","list","PO","==============================================================\nGuild: Young Progressives — riding association\nChannel: #volunteers\n==============================================================\n\n"+"\n\n".join(out)+"\n\n==============================================================\nExported "+str(len(out))+" message(s)")
def moji(s):
    out=""
    for b in s.encode("utf-8"):
        try: out+=bytes([b]).decode("cp1252")
        except UnicodeDecodeError: out+=bytes([b]).decode("latin-1")
    return out
def t_mojibake():
    rows=[]
    for _ in range(R.randint(3,4)):
        while True:
            f,l=qc()
            if any(ord(ch)>127 for ch in f+l) or R.random()<.3: break
        a,c,fsa=qaddr()
        rows.append(f"⟦P:{moji(l)}⟧;⟦P:{moji(f)}⟧;⟦AD:{moji(a)}⟧;{moji(c)};⟦PC:{qpc(fsa)}⟧;{moji(R.choice(['Donateur','Bénévole','Membre à vie','Sympathisant']))}")
    return ("fr","list","PO","Nom;PrÃ©nom;Adresse;Ville;Code postal;Statut\n"+"\n".join(rows)+"\n(fichier ouvert dans Excel sans choisir UTF-8 — Ã  corriger avant l'import)")
def t_hyperlink():
    rows=[]
    for _ in range(R.randint(2,4)):
        f,l=en(); e=mail(f,l); p=na(0)
        rows.append(f"\"⟦P:{f} {l}⟧\",\"=HYPERLINK(\"\"mailto:⟦EM:{e}⟧\"\",\"\"⟦EM:{e}⟧\"\")\",\"=HYPERLINK(\"\"tel:⟦PH:{p}⟧\"\",\"\"call\"\")\",\"{R.choice(['host a house party','$100 monthly donor','lawn sign','canvass captain'])}\"")
    return ("en","list","PO","Name,Email,Phone,Commitment\n"+"\n".join(rows)+"\n# exported from Sheets with formulas, not values — sorry!")
def t_ivr():
    rows=[]
    for _ in range(R.randint(4,6)):
        rows.append(f"⟦PH:{na(R.choice([6,7,0]))}⟧\tANSWERED\t{R.randint(18,95)}s\tQ1={R.choice(['1','2','3','-'])}\tQ2={R.choice(['1','2','-'])}")
    return ("mixed","list","PO","Sondage IVR (appel automatisé) — circonscription 24\nQ1 : « Si l'élection avait lieu aujourd'hui, appuieriez-vous notre candidate? 1 = oui, 2 = non, 3 = indécis »\nQ2 : « Voulez-vous une pancarte? 1 = oui »\nnumero\tstatut\tduree\tQ1\tQ2\n"+"\n".join(rows))
def t_uniq():
    rows=[]
    for _ in range(R.randint(3,5)):
        f,l=R.choice([qc,fr])(); ph=na(0) if R.random()<.6 else frtel(1)
        rows.append(f"{R.randint(1,4):>7} ⟦P:{f.lower()} {l.lower()}⟧;⟦PH:{ph}⟧")
    return ("fr","list","PO","$ cut -d';' -f2,5 sympathisants_*.csv | tr 'A-Z' 'a-z' | sort | uniq -c | sort -rn | head\n"+"\n".join(rows)+"\n# les doublons (compte > 1) viennent des trois listes fusionnées")
def t_jsonpatch():
    f,l=fr(); g,h=fr(); ib=iban("FR"); ib2=iban(R.choice(["FR","BE"]))
    return ("fr","list","PO",'# audit adherents — modifications du 2027-02-11 par ⟦P:'+g+' '+h+'⟧\n[\n  {"op": "replace", "path": "/adherents/318/iban", "value": "⟦IBAN:'+ib.replace(' ','')+'⟧", "old": "⟦IBAN:'+ib2.replace(' ','')+'⟧"},\n  {"op": "replace", "path": "/adherents/318/telephone", "value": "⟦PH:'+frtel(R.choice([0,2]))+'⟧"},\n  {"op": "add", "path": "/adherents/318/note", "value": "prélèvement mensuel de ⟦P:'+f+' '+l+'⟧ — a changé de banque, cotisation maintenue"}\n]')
def t_cheques():
    rows=[]
    for i in range(R.randint(3,5)):
        f,l=fr(); a,c,cp,dep=faddr()
        rows.append(f"{i+1:>2} | n° {digs(7)} | {R.choice(['Crédit Agricole','La Banque Postale','CIC','Société Générale','Crédit Mutuel'])} | ⟦P:{l.upper()} {f}⟧ | ⟦AD:{a}⟧ ⟦PC:{cp}⟧ {c} | {R.choice(['30,00','50,00','100,00','150,00'])} €")
    return ("fr","list","PO","BORDEREAU DE REMISE DE CHÈQUES — Association de financement du parti (mandataire)\nCompte crédité : ***** **** 0418 — remise n° 27\n N° | Chèque | Banque tirée | Tireur | Adresse | Montant\n"+"\n".join(rows)+"\nLes dons ouvrent droit à réduction d'impôt — reçus à éditer.")
def t_recents():
    rows=[]
    for _ in range(R.randint(3,5)):
        if R.random()<.6:
            f,l=qc(); rows.append(f"⟦P:{f} {l[0]}.⟧ — {R.choice(['mobile','domicile','travail'])} · {R.choice(['Hier','Lundi','Mardi','10:42','09:15'])} {R.choice(['','(2)','↙ manqué'])}".rstrip())
        else:
            rows.append(f"⟦PH:{na(R.choice([2,3,0]),True)}⟧ · {R.choice(['Canada','Québec','Montréal, QC'])} · {R.choice(['Hier','Dimanche','11:03'])} ↙ manqué")
    return ("fr","list","PO","[capture d'écran OCR — téléphone de la coordo, onglet Récents, bénévoles à rappeler pour le jour J]\nRécents   Tous | Manqués\n"+"\n".join(rows))
def t_addrbook():
    out=[]; letters=[]
    ppl=[R.choice([qc,en])() for _ in range(R.randint(3,4))]
    ppl.sort(key=lambda p: deacc(p[1]).upper())
    cur=None
    for f,l in ppl:
        L=deacc(l)[0].upper()
        if L!=cur: out.append(f"— {L} —"); cur=L
        a,c,fsa=qaddr()
        out.append(f"⟦P:{l.upper()}⟧ ⟦P:{f}⟧ ... ⟦AD:{a}⟧, {c} ... tél. ⟦PH:{na(2,True)}⟧")
    return ("fr","list","PO","CARNET D'ADRESSES — Cercle des membres fondateurs (imprimé 2019, annoté à la main)\n"+"\n".join(out))
def t_badgescan():
    rows=[]
    for _ in range(R.randint(2,4)):
        f,l=R.choice([qc,en])()
        rows.append(f"B{digs(6)},⟦P:{f}⟧,⟦P:{l}⟧,⟦EM:{mail(f,l)}⟧,{R.choice(['Délégué·e','Observateur','Delegate','Bénévole accueil'])},\"{R.choice(['veut être bénévole dans sa circo','wants to run for the exec','signed the resolution on transit','interested in the youth wing'])}\"")
    return ("mixed","list","PO","Lead retrieval — kiosque de la commission politique, congrès 2027 (scanner de badges, export CSV)\nBadge ID,First Name,Last Name,Email,Registration Type,Notes\n"+"\n".join(rows))
def t_jupyter():
    res=[]
    for _ in range(R.randint(2,3)):
        f,l=en(); y,m,d=dob(1945,2000)
        res.append('     "⟦P:%s %s⟧  ⟦PH:%s⟧  ⟦DOB:%02d/%02d/%d⟧  %s\\n"' % (f,l,na(0),m,d,y,R.choice(["donor","member","volunteer"])))
    return ("en","list","PO",'{\n "cell_type": "code",\n "execution_count": 17,\n "source": ["df[df.birth_date.notna()].head(3)"],\n "outputs": [{\n   "name": "stdout", "output_type": "stream",\n   "text": [\n     "name  phone  birth_date (MM/DD/YYYY)  tag\\n",\n'+",\n".join(res)+'\n   ]\n }]\n}')
def t_sendgrid():
    out=[]
    for _ in range(R.randint(2,4)):
        f,l=R.choice([qc,en])(); ev=R.choice(["delivered","open","click","bounce"])
        ip='"ip": "⟦IP:'+R.choice([ip4(),ip6()])+'⟧", ' if ev in ("open","click") else ""
        out.append('  {"email": "⟦EM:%s⟧", "event": "%s", %s"timestamp": 17%s, "category": ["infolettre-membres"], "sg_message_id": "%s.filter0001"}' % (mail(f,l),ev,ip,digs(8),digs(10)))
    return ("mixed","list","PO","POST /webhooks/sendgrid — corps reçu (infolettre aux membres en règle)\n[\n"+",\n".join(out)+"\n]")
def t_bingo():
    strike=" ".join(R.choice([f"~~{n}~~",str(n)]) for n in sorted(R.sample(range(1,260),14)))
    rows=[]
    for _ in range(R.randint(2,4)):
        f,l=qc(); a,c,fsa=qaddr()
        rows.append(f"  #{R.randint(1,260):>3}  ⟦P:{l.upper()}, {f}⟧ — ⟦AD:{a}⟧ — ⟦PH:{na(R.choice([0,2]),True)}⟧ — appui fort, PAS ENCORE VOTÉ")
    return ("fr","list","PO",f"FEUILLE BINGO — section de vote {R.randint(1,200)} — mise à jour 15 h 10 (représentant au BVO)\nNuméros d'électeurs rayés : {strike}\nÀ SORTIR (nos appuis qui n'ont pas voté) :\n"+"\n".join(rows)+"\n→ équipe de sortie du vote : appelez-les avant 17 h")
def t_zapier():
    f,l=fr(); ib=iban(R.choice(["FR","FR","BE"])); a,c,cp,dep=faddr()
    return ("mixed","list","PO",f"Zap: « Nouveau mandat GoCardless → ligne dans Adhérents 2027 » — Task History\nStatus: Success · Run: 2027-01-14 08:31\n1. Trigger — New Mandate\n   customer.given_name: ⟦P:{f}⟧\n   customer.family_name: ⟦P:{l}⟧\n   customer.email: ⟦EM:{mail(f,l)}⟧\n   customer.address_line1: ⟦AD:{a}⟧\n   customer.postal_code: ⟦PC:{cp}⟧\n   customer.city: {c}\n   bank_account.iban: ⟦IBAN:{ib}⟧\n2. Action — Google Sheets: Create Spreadsheet Row (onglet « cotisations mensuelles »)")
def t_rst():
    rows=[]
    for _ in range(R.randint(2,3)):
        f,l=fr(); fem=f in WOMEN; a,c,cp,dep=faddr(); y,m,d=dob(1948,2001)
        n=nir(fem,y,m,dep).replace(" ","")
        rows.append(f"| ⟦P:{l.upper()} {f}⟧ | ⟦DOB:{d:02d}.{m:02d}.{y}⟧ | ⟦NIR:{n}⟧ | {c} |\n+--------------------------+------------+-----------------+---------------+")
    return ("fr","list","PO","Assesseurs titulaires — tour 1 (export reST pour la doc interne)\n\n+--------------------------+------------+-----------------+---------------+\n| Nom                      | Né(e) le   | NIR             | Commune       |\n+==========================+============+=================+===============+\n"+"\n".join(rows))

TEMPLATES=[t_sqlitebox,t_tibble,t_mysqlg,t_redis,t_graphql,t_proto,t_java,t_printr,t_har,t_discord,t_mojibake,t_hyperlink,t_ivr,t_uniq,
           t_jsonpatch,t_cheques,t_recents,t_addrbook,t_badgescan,t_jupyter,t_sendgrid,t_bingo,t_zapier,t_rst]

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
