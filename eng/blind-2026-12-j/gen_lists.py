#!/usr/bin/env python3
"""Seeded list/export generator for blind-2026-12-j (written from scratch, seed 73519).
Every export shape is new with respect to the a-i READMEs: PostgreSQL COPY ... FROM stdin dump, Elasticsearch _search hits,
logfmt application log, Airtable API records JSON, Notion database page export, Sentry event JSON, SurveyMonkey export with a
two-row header, Typeform webhook payload, SMS Backup & Restore XML, PayPal activity CSV, PowerShell Get-ADUser | Format-List,
Rails console inspect output, SMTP session transcript, GitHub issue with a pasted CSV block, Avery 5160 three-across label
sheet, git merge conflict inside a CSV, .bash_history with personal data in arguments, weekly office-duty grid, French
bulletin de paie extract, Kafka console consumer output, IIS W3C extended log, AsciiDoc table, KoboToolbox/ODK XML
submission, SMS-gateway batch API request, fax cover sheet + OCR table, Calendly invitee export.
Names come from pools_j.py and are drawn without replacement inside a community; no full name is drawn twice.
make_lists(n) returns (lang, kind, sensitive_codes, marked_text) tuples with ⟦CODE:text⟧ markup."""
import random, unicodedata, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools_j import POOLS, WOMEN
R = random.Random(73519)
_bags = {}; _used = set()
def draw(comm):
    for _ in range(80):
        if not _bags.get(comm):
            f = [x.replace("_"," ") for x in POOLS[comm][0].split()]; l = [x.replace("_"," ") for x in POOLS[comm][1].split()]
            R.shuffle(f); R.shuffle(l); _bags[comm] = list(zip(f,l))
        p = _bags[comm].pop()
        if p not in _used and p[0] not in {u[0] for u in _used if R.random()<0.0}: break
    _used.add(p); return p
def pick(*c): return draw(R.choice(c))
QCC=("qc","qc","qc","qc","qc","acadian","haitian","maghreb","latam","viet","khmer","innu","atikamekw","cree","inuit","arabic","persian","armenian","kurdish","southasian","tamil","portuguese","italian","greek","filipino","westafr","centralafr","jewish","words","easteur")
ENC=("en","en","en","scottish","irish","welsh","franco_on","southasian","tamil","eastasian","filipino","eastafr","westafr","inuit","mikmaq","mohawk","metis","easteur","turkish","greek","italian","jewish","latam","armenian","acadian")
FRC=("fr","fr","fr","breton","corsican","basque","alsatian","antillean","guianese","reunion","mahoran","maghreb","westafr","centralafr","easteur","portuguese","turkish","kurdish","viet","khmer","italian","words","armenian")
def qc(): return pick(*QCC)
def en(): return pick(*ENC)
def fr(): return pick(*FRC)
def deacc(s): return "".join(c for c in unicodedata.normalize("NFD",s) if unicodedata.category(c)!="Mn")
TR=str.maketrans({'đ':'d','Đ':'D','ı':'i','ł':'l','Ł':'L','ş':'s','ç':'c','ś':'s','ń':'n','Ş':'S','Ç':'C','Ö':'O','ö':'o'})
def slug(s): return deacc(s.translate(TR)).lower().replace(" ","").replace("'","").replace("-","")
DOM=["videotron.ca","bell.net","gmail.com","hotmail.com","outlook.com","orange.fr","free.fr","sfr.fr","icloud.com","yahoo.ca","live.ca","eastlink.ca","telus.net","exemple.org","courriel.example","laposte.net","proton.me","wanadoo.fr","sasktel.net"]
def mail(f,l):
    a,b=slug(f),slug(l)
    return R.choice([f"{a}.{b}",f"{a[0]}.{b}",f"{b}.{a[0]}",f"{a}_{b}{R.randint(1,9)}",f"{a}{b[:1]}{R.randint(60,99)}",f"{b}-{a}"])+"@"+R.choice(DOM)
def digs(n): return "".join(str(R.randint(0,9)) for _ in range(n))
AREA=["514","438","418","581","819","873","450","579","367","354","263","613","343","416","437","647","905","289","705","807","519","226","506","902","782","709","204","431","306","639","780","825","587","403","604","236","250","867"]
QCAREA=["514","438","418","581","819","873","450","579","367","354","263"]
def na(fmt=None, qc=False):
    a=R.choice(QCAREA if qc else AREA); x=f"{R.randint(0,99):02d}"; fmt=R.randint(0,7) if fmt is None else fmt
    return [f"{a}-555-01{x}",f"({a}) 555-01{x}",f"{a} 555 01{x}",f"+1 {a} 555 01{x}",f"1 {a} 555-01{x}",f"{a}.555.01{x}",f"+1{a}55501{x}",f"{a}55501{x}"][fmt]
def e164(qc=False): return na(6,qc)
def frtel(fmt=None):
    b=R.choice(["01 99 00","02 61 91","03 53 01","04 65 71","05 36 49","06 39 98","07 00 11"]); s=f"{b} {R.randint(0,99):02d} {R.randint(0,99):02d}"
    fmt=R.randint(0,3) if fmt is None else fmt
    return [s,s.replace(" ",""),"+33 "+s[1:],"+33"+s[1:].replace(" ","")][fmt]
QCT=[("Montréal","H2G"),("Montréal","H1L"),("Montréal","H3K"),("Montréal","H4C"),("Québec","G1K"),("Québec","G1L"),("Lévis","G6V"),("Sherbrooke","J1E"),("Gatineau","J9H"),
     ("Trois-Rivières","G9A"),("Rimouski","G5M"),("Drummondville","J2B"),("Joliette","J6E"),("Laval","H7L"),("Sept-Îles","G4R"),("Roberval","G8H"),("Rouyn-Noranda","J9X"),
     ("Longueuil","J4K"),("Saint-Jérôme","J7Z"),("Shawinigan","G9N"),("Jonquière","G7X"),("Gaspé","G4X"),("Val-d'Or","J9P"),("Magog","J1X")]
CAT=[("Ottawa","K1S"),("Sudbury","P3E"),("Toronto","M6H"),("London","N6A"),("Windsor","N9A"),("Moncton","E1C"),("Edmundston","E3V"),("Halifax","B3K"),("Sydney","B1P"),
     ("Summerside","C1N"),("St. John's","A1C"),("Winnipeg","R3L"),("Regina","S4P"),("Edmonton","T6E"),("Kelowna","V1Y"),("Vancouver","V5N"),("Iqaluit","X0A"),("Thunder Bay","P7B")]
QCS=["rue Beaubien Est","avenue Papineau","rue Saint-Vallier Ouest","boulevard Saint-Joseph","rue Wellington Nord","rue Notre-Dame Ouest","rang Sainte-Anne","avenue Cartier",
     "rue Principale Est","chemin Sainte-Foy","rue du Couvent","boulevard Laure","rue des Pins","6e Rue","rue Ontario Est","boulevard Taschereau","rue Monseigneur-Tessier",
     "avenue Bernard","chemin du Lac-Caché","rue de Bleury","rue Bélanger","avenue Laurier Ouest","montée Masson","rue du Moulin"]
CAS=["Bank St","Elgin St","College St","Dundas St E","Ouellette Ave","Main St","Victoria Rd","Gottingen St","Charlotte St","Water St E","Osborne St","Albert St","Whyte Ave","Bernard Ave","Commercial Dr","Queen St","Red River Rd","Kingsway"]
FRV=[("Quimper","29000","29"),("Lorient","56100","56"),("Ajaccio","20000","2A"),("Bastia","20200","2B"),("Bayonne","64100","64"),("Mulhouse","68100","68"),("Haguenau","67500","67"),
     ("Paris","75011","75"),("Saint-Denis","93200","93"),("Tourcoing","59200","59"),("Vénissieux","69200","69"),("Rennes","35000","35"),("Nancy","54000","54"),("Perpignan","66000","66"),("Marseille","13003","13"),
     ("Les Abymes","97139","971"),("Le Lamentin","97232","972"),("Saint-Pierre","97410","974"),("Kourou","97310","973"),("Dzaoudzi","97615","976")]
FRS=["rue de Brest","avenue Jean-Jaurès","impasse des Lilas","rue Félix-Éboué","boulevard Carnot","rue Pasteur","chemin de Kervern","rue des Boulangers","allée des Tilleuls","rue de la Gare","place du Marché","quai de la Fosse","cours Lafayette","route de Saint-Pée","rue du Docteur-Roux"]
def qpc(fsa,sp=True):
    s=f"{fsa}{' ' if sp else ''}{R.randint(0,9)}{R.choice('ABCEGHJKLMNPRSTVWXYZ')}{R.randint(0,9)}"; return s
def qaddr():
    c,fsa=R.choice(QCT); s=R.choice(QCS); n=R.randint(5,9800)
    return R.choice([f"{n}, {s}",f"{n} {s}",f"{n}, {s}, app. {R.randint(1,30)}",f"{R.randint(1,12)}-{n} {s}",f"{n} {s}, bureau {R.randint(100,300)}",f"{n}B {s}"]),c,fsa
def caddr():
    c,fsa=R.choice(CAT); s=R.choice(CAS); n=R.randint(3,3200)
    return R.choice([f"{n} {s}",f"{R.randint(2,1800)}-{n} {s}",f"{n} {s}, Unit {R.randint(1,40)}",f"{n} {s}, Apt. {R.randint(101,908)}"]),c,fsa
def faddr():
    c,cp,dep=R.choice(FRV); s=R.choice(FRS)
    return R.choice([f"{R.randint(1,180)} {s}",f"{R.randint(1,40)} bis {s}",f"{R.randint(1,90)}, {s}",f"Résidence Les Mouettes, {R.randint(2,60)} {s}"]),c,cp,dep
def dob(lo=1938,hi=2006): return R.randint(lo,hi),R.randint(1,12),R.randint(1,28)
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
    p=R.choice(["4","4","51","55","2221","37"])
    if p=="37": d=luhn_complete(p+digs(12)); return R.choice([f"{d[:4]} {d[4:10]} {d[10:]}",d])
    d=luhn_complete(p+digs(15-len(p))); return R.choice([" ".join(d[i:i+4] for i in range(0,16,4)),d,"-".join(d[i:i+4] for i in range(0,16,4))])
def iban(cc="FR",spaced=None):
    if cc=="FR":
        b,g,a=digs(5),digs(5),digs(11); key=97-(89*int(b)+15*int(g)+3*int(a))%97; bb=f"{b}{g}{a}{key:02d}"
    elif cc=="BE": x=digs(10); bb=f"{x}{(int(x)%97 or 97):02d}"
    else: bb=digs(18)
    n=int("".join(str(int(c,36)) for c in bb+cc+"00")); ib=f"{cc}{98-n%97:02d}{bb}"
    sp=R.random()<.5 if spaced is None else spaced
    return " ".join(ib[i:i+4] for i in range(0,len(ib),4)) if sp else ib
def nir(fem,y,m,dep):
    body=f"{2 if fem else 1}{y%100:02d}{m:02d}{dep}"+(f"{R.randint(1,99):02d}" if len(dep)==3 else f"{R.randint(1,350):03d}")+f"{R.randint(1,999):03d}"
    k=97-int(body.replace("2A","19").replace("2B","18"))%97; s=body+f"{k:02d}"
    return R.choice([s, f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}"])
def ip4(): return R.choice(["192.0.2","198.51.100","203.0.113"])+f".{R.randint(2,254)}"
def ip6(): return f"2001:db8:{R.randint(1,0xffff):x}:{R.randint(0,0xfff):x}::{R.randint(1,0xfff):x}"
def ts(): return f"2026-{R.randint(9,10):02d}-{R.randint(1,28):02d}"

# ---------------- templates ----------------
NUL='\\N'
def t_pgcopy():
    rows=[]
    for i in range(R.randint(3,4)):
        f,l=qc(); a,c,fsa=qaddr(); y,m,d=dob(1940,2004)
        rows.append(f"{4100+R.randint(1,900)}\t⟦P:{l}⟧\t⟦P:{f}⟧\t⟦DOB:{y}-{m:02d}-{d:02d}⟧\t⟦AD:{a}⟧\t{c}\t⟦PC:{qpc(fsa,False)}⟧\t{R.choice(['t','f'])}\t{R.choice([NUL,'2025-11-02','2026-03-15'])}")
    return ("fr","list","PO","--\n-- Data for Name: membres; Type: TABLE DATA; Schema: public; Owner: crm_circo\n--\n\nCOPY public.membres (id, nom, prenom, date_naissance, adresse, ville, code_postal, carte_active, renouvele_le) FROM stdin;\n"+"\n".join(rows)+"\n\\.\n")
def t_elastic():
    hits=[]
    for _ in range(R.randint(2,3)):
        f,l=en(); a,c,fsa=caddr()
        hits.append('      {"_index": "donors-2026", "_id": "%s", "_score": %.2f, "_source": {"full_name": "⟦P:%s %s⟧", "email": "⟦EM:%s⟧", "street": "⟦AD:%s⟧", "city": "%s", "postal_code": "⟦PC:%s⟧", "total_given": %d}}' % (digs(6),R.uniform(4,9),f,l,mail(f,l),a,c,qpc(fsa),R.choice([75,150,400,1200])))
    return ("en","list","PO",'GET donors-2026/_search?q=total_given:>50\n{\n  "took": 7, "timed_out": false,\n  "hits": {\n    "total": {"value": '+str(len(hits))+', "relation": "eq"},\n    "hits": [\n'+",\n".join(hits)+'\n    ]\n  }\n}')
def t_logfmt():
    out=[]
    for _ in range(R.randint(3,4)):
        f,l=R.choice([en,qc])()
        out.append(f'ts={ts()}T{R.randint(10,23)}:{R.randint(10,59)}:{R.randint(10,59)}Z level=info svc=signup-api msg="volunteer created" name="⟦P:{f} {l}⟧" email=⟦EM:{mail(f,l)}⟧ shift={R.choice(["doors","phones","signs","edaydriver"])} remote=⟦IP:{R.choice([ip4(),ip4(),ip6()])}⟧ dur={R.randint(12,240)}ms')
    return ("en","list","PO","$ kubectl logs deploy/signup-api --since=2h | grep 'volunteer created'\n"+"\n".join(out))
def t_airtable():
    recs=[]
    for _ in range(R.randint(2,3)):
        f,l=en(); a,c,fsa=caddr()
        recs.append('    {"id": "rec%s", "createdTime": "%sT14:02:11.000Z", "fields": {"Name": "⟦P:%s %s⟧", "Phone": "⟦PH:%s⟧", "Address": "⟦AD:%s⟧", "Sign size": "%s", "Installed": %s}}' % ("".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(14)),ts(),f,l,na(R.choice([0,1,2])),a,R.choice(["small","large","4x8"]),R.choice(["true","false"])))
    return ("en","list","PO",'curl "https://api.airtable.example/v0/appSigns/Lawn%20Signs?view=Grid%20view"\n{\n  "records": [\n'+",\n".join(recs)+'\n  ],\n  "offset": "itrQ2/rec9"\n}')
def t_notion():
    f,l=qc(); a,c,fsa=qaddr(); g,h=qc()
    need=R.choice(["fauteuil roulant, prévoir la rampe","oxygène portatif, ne pas fumer dans l'auto","non-voyante, l'accompagner jusqu'à l'isoloir","en dialyse le mardi matin — passer après 13 h"])
    return ("fr","list","PO,H",f"# Transport jour J — ⟦P:{f} {l}⟧\n\nStatut: À confirmer\nAdresse: ⟦AD:{a}⟧, {c}\nCode postal: ⟦PC:{qpc(fsa)}⟧\nTéléphone: ⟦PH:{na(R.choice([0,2,4]),True)}⟧\nBesoin: {need}\nChauffeur·e: ⟦P:{g} {h}⟧\nVote pour nous: Oui (pointage 1)\n\n---\nCréé par ⟦P:{qc()[0]}⟧ · Base « Sortie du vote 2026 »")
def t_sentry():
    f,l=R.choice([qc,en])(); ip=ip4()
    return ("mixed","list","PO",'{\n  "event_id": "'+"".join(R.choice("0123456789abcdef") for _ in range(32))+'",\n  "level": "error",\n  "message": "PaymentDeclined: don récurrent refusé",\n  "user": {"id": "'+digs(5)+'", "email": "⟦EM:'+mail(f,l)+'⟧", "username": "⟦P:'+f+' '+l+'⟧", "ip_address": "⟦IP:'+ip+'⟧"},\n  "request": {"url": "https://donner.parti.example/mensuel", "data": {"montant": "25", "carte": "⟦CC:'+card()+'⟧", "tel": "⟦PH:'+na(R.choice([0,6]))+'⟧"}},\n  "tags": {"environment": "production", "release": "dons-web-3.4.1"}\n}')
def t_surveymonkey():
    rows=[]
    for _ in range(R.randint(2,4)):
        f,l=qc()
        rows.append(f"{digs(11)},{digs(9)},10/{R.randint(1,28)}/2026,⟦P:{f}⟧,⟦P:{l}⟧,⟦EM:{mail(f,l)}⟧,{R.choice(['Très probable','Probable','Indécis'])},{R.choice(['Oui','','Oui'])},,{R.choice(['Transport','Logement','Coût de la vie','Santé'])}")
    return ("fr","list","PO","Respondent ID,Collector ID,Start Date,Prénom,Nom,Courriel,Intention de vote pour notre candidate,Je veux une pancarte,,Enjeu principal\n,,,Response,Response,Response,Response,Oui,Non,Response\n"+"\n".join(rows))
def t_typeform():
    f,l=en(); y,m,d=dob(1950,2005); a,c,fsa=caddr()
    return ("en","list","PO",'{"event_type": "form_response", "form_response": {"form_id": "Vx3kQ", "submitted_at": "'+ts()+'T18:44:03Z",\n  "definition": {"title": "Become a member — Riding association"},\n  "answers": [\n    {"type": "text", "field": {"ref": "full_name"}, "text": "⟦P:'+f+' '+l+'⟧"},\n    {"type": "date", "field": {"ref": "birth_date"}, "date": "⟦DOB:'+f"{y}-{m:02d}-{d:02d}"+'⟧"},\n    {"type": "email", "field": {"ref": "email"}, "email": "⟦EM:'+mail(f,l)+'⟧"},\n    {"type": "phone_number", "field": {"ref": "phone"}, "phone_number": "⟦PH:'+e164()+'⟧"},\n    {"type": "text", "field": {"ref": "street"}, "text": "⟦AD:'+a+'⟧"},\n    {"type": "choice", "field": {"ref": "volunteer"}, "choice": {"label": "Yes, door knocking"}}\n  ]}}')
def t_smsbackup():
    out=[]; n=R.randint(3,4)
    for _ in range(n):
        f,l=qc(); p=e164(True)
        body=R.choice([f"Merci pour la pancarte! On vote pour vous autres c'est sûr",f"Oui je peux faire du porte-à-porte samedi",f"C'est quoi l'adresse du local? Je veux donner 50 $",f"Ma sœur pis moi on appuie, pas besoin de rappeler"])
        out.append(f'  <sms protocol="0" address="⟦PH:{p}⟧" date="17{digs(11)}" type="1" body="{body}" read="1" contact_name="⟦P:{f} {l}⟧" />')
    return ("fr","list","PO",f'<?xml version=\'1.0\' encoding=\'UTF-8\' standalone=\'yes\' ?>\n<!--File Created By SMS Backup & Restore v10.20 — cell du local électoral-->\n<smses count="{n}">\n'+"\n".join(out)+"\n</smses>")
def t_paypal():
    rows=[]
    for _ in range(R.randint(2,4)):
        f,l=en()
        rows.append(f'"{R.randint(1,28)}/10/2026","{R.randint(8,22)}:{R.randint(10,59)}:{R.randint(10,59)}","America/Toronto","⟦P:{f} {l}⟧","Donation Payment","Completed","CAD","{R.choice(["25.00","50.00","100.00","250.00"])}","⟦EM:{mail(f,l)}⟧","{digs(2)}{R.choice("ABCDEFGH")}{digs(14)}"')
    return ("en","list","PO",'"Date","Time","TimeZone","Name","Type","Status","Currency","Gross","From Email Address","Transaction ID"\n'+"\n".join(rows))
def t_adusers():
    out=[]
    for _ in range(R.randint(2,3)):
        f,l=qc(); login=(slug(f)[0]+slug(l))[:14]
        out.append(f"DisplayName    : ⟦P:{f} {l}⟧\nSamAccountName : ⟦P:{login}⟧\nEmailAddress   : ⟦EM:{login}@campagne.example⟧\nMobilePhone    : ⟦PH:{na(R.choice([0,1,2]),True)}⟧\nTitle          : {R.choice(['Organisatrice terrain','Responsable du pointage','Agent officiel','Attaché de presse','Coordonnateur des bénévoles'])}\nEnabled        : True")
    return ("mixed","list","PO","PS C:\\> Get-ADUser -Filter * -SearchBase 'OU=Campagne2026,DC=campagne,DC=local' -Properties * | Format-List DisplayName,SamAccountName,EmailAddress,MobilePhone,Title,Enabled\n\n"+"\n\n".join(out))
def t_rails():
    out=[]
    for i in range(R.randint(2,3)):
        f,l=en(); a,c,fsa=caddr()
        out.append(f'#<Supporter id: {R.randint(1000,9999)}, first_name: "⟦P:{f}⟧", last_name: "⟦P:{l}⟧", phone: "⟦PH:{na(R.choice([0,7]))}⟧", address1: "⟦AD:{a}⟧", postal_code: "⟦PC:{qpc(fsa)}⟧", support_level: {R.randint(1,2)}, created_at: "{ts()} 15:0{R.randint(0,9)}:12.000000000 +0000">')
    return ("en","list","PO","irb(main):004:0> Supporter.where(riding: \"Sudbury\").where(\"support_level <= 2\").limit(3).to_a\n=> ["+",\n ".join(out)+"]")
def t_smtp():
    out=[]; ip=ip4()
    for _ in range(R.randint(3,4)):
        f,l=qc(); out.append(f"C: RCPT TO:<⟦EM:{mail(f,l)}⟧>\nS: 250 2.1.5 Ok")
    return ("mixed","list","","S: 220 mx.bureau-depute.example ESMTP Postfix\nC: EHLO relais-infolettre\nS: 250-mx.bureau-depute.example\nC: MAIL FROM:<⟦EM:infolettre@bureau-depute.example⟧>\nS: 250 2.1.0 Ok\n"+"\n".join(out)+f"\nC: DATA\nS: 354 End data with <CR><LF>.<CR><LF>\n# client [⟦IP:{ip}⟧] — envoi du bulletin de circonscription (non partisan), lot 3")
def t_ghissue():
    rows=[]
    for _ in range(R.randint(2,3)):
        f,l=qc(); a,c,fsa=qaddr()
        rows.append(f"⟦P:{l}⟧,⟦P:{f}⟧,\"⟦AD:{a}⟧\",{c},⟦PC:{qpc(fsa)}⟧,⟦PH:{na(R.choice([0,2]),True)}⟧,{R.choice(['appui','appui fort','pancarte'])}")
    return ("mixed","list","PO","### Import fails on accented postal codes #412\n\n**Steps to reproduce**\n1. Upload the attached pointage file\n2. Import crashes at line 3\n\n```csv\nnom,prenom,adresse,ville,cp,tel,statut\n"+"\n".join(rows)+"\n```\n\n**Expected**: rows imported. **Actual**: `UnicodeDecodeError`.\n_(oui je sais, c'est des vraies données, je vais éditer après — sorry)_")
def t_avery():
    ppl=[]
    for _ in range(3):
        f,l=qc(); a,c,fsa=qaddr(); ppl.append((f"⟦P:{f} {l}⟧",f"⟦AD:{a}⟧",f"{c} QC  ⟦PC:{qpc(fsa)}⟧"))
    W=44
    def vis(s): return len(s.replace("⟦P:","").replace("⟦AD:","").replace("⟦PC:","").replace("⟧",""))
    lines=[]
    for k in range(3):
        row=""
        for p in ppl: row+=p[k]+" "*max(2,W-vis(p[k]))
        lines.append(row.rstrip())
    return ("fr","list","PO","Étiquettes Avery 5160 — remerciements aux donateurs (planche 1 de 9, copie texte)\n\n"+"\n".join(lines))
def t_conflict():
    f,l=fr(); a,c,cp,dep=faddr(); a2,c2,cp2,dep2=faddr(); g,h=fr(); a3,c3,cp3,dep3=faddr()
    st="adhérente" if f in WOMEN else "adhérent"; st3="adhérente" if g in WOMEN else "adhérent"
    return ("fr","list","PO",f"NOM;PRENOM;ADRESSE;CP;VILLE;TEL;STATUT\n⟦P:{h.upper()}⟧;⟦P:{g}⟧;⟦AD:{a3}⟧;⟦PC:{cp3}⟧;{c3};⟦PH:{frtel(0)}⟧;{st3}\n<<<<<<< HEAD\n⟦P:{l.upper()}⟧;⟦P:{f}⟧;⟦AD:{a}⟧;⟦PC:{cp}⟧;{c};⟦PH:{frtel(1)}⟧;{st}\n=======\n⟦P:{l.upper()}⟧;⟦P:{f}⟧;⟦AD:{a2}⟧;⟦PC:{cp2}⟧;{c2};⟦PH:{frtel(1)}⟧;{st} — a déménagé\n>>>>>>> section-{slug(c2)}")
def t_bashhist():
    f,l=R.choice([qc,en])(); g,h=R.choice([qc,en])(); k,m=R.choice([qc,en])()
    return ("mixed","list","PO",f"$ tail -n 5 ~/.bash_history\n./envoi_sms.sh --to \"⟦PH:{e164()}⟧\" --prenom \"⟦P:{f}⟧\" --gabarit merci_benevole\npsql crm -c \"UPDATE sympathisants SET score=1 WHERE courriel='⟦EM:{mail(g,h)}⟧'\"\n./envoi_sms.sh --to \"⟦PH:{e164()}⟧\" --prenom \"⟦P:{k}⟧\" --gabarit rappel_porte_a_porte\ngrep -i \"⟦P:{l.lower()}⟧\" exports/donateurs_2026.csv\nhistory -c  # oups")
def t_grid():
    days=["Lun","Mar","Mer","Jeu","Ven"]; cells=[]
    names=[qc() for _ in range(R.randint(4,6))]
    rows=[]
    for slot in ["9 h–13 h","13 h–17 h","17 h–21 h"]:
        row=f"{slot:<10}|"
        for dd in days:
            if names and R.random()<.5:
                f,l=names.pop(); nm=R.choice([f"{f} {l[0]}.",f"{f}",f"{f} {l}"]); row+=f" ⟦P:{nm}⟧ |"
            else: row+=" — |"
        rows.append(row)
    return ("fr","list","PO","PERMANENCES AU LOCAL ÉLECTORAL — semaine du 12 octobre (bénévoles)\n          | "+" | ".join(days)+" |\n"+"\n".join(rows)+"\nResponsable de l'horaire : ⟦P:"+" ".join(qc())+"⟧ — ⟦PH:"+na(0,True)+"⟧")
def t_payslip():
    f,l=fr(); fem=f in WOMEN; y,m,d=dob(1960,2003); a,c,cp,dep=faddr(); n=nir(fem,y,m,dep)
    return ("fr","list","PO",f"BULLETIN DE PAIE — Période du 01/05/2027 au 31/05/2027\nEmployeur : Association de financement de la campagne législative — 8e circonscription\nSalarié{'e' if fem else ''} : ⟦P:{l.upper()} {f}⟧\nAdresse : ⟦AD:{a}⟧ ⟦PC:{cp}⟧ {c}\nN° de sécurité sociale : ⟦NIR:{n}⟧\nEmploi : {R.choice(['assistante de campagne','chargé de mission terrain','attachée de presse'])} (CDD d'usage)\nSalaire de base ........ 1 950,00\nNet à payer ............ 1 524,18\nVirement sur : ⟦IBAN:{iban('FR')}⟧")
def t_kafka():
    out=[]
    for _ in range(R.randint(2,4)):
        f,l=qc(); k=digs(6)
        out.append(f'{k}\t{{"contactId":{k},"nom":"⟦P:{f} {l}⟧","courriel":"⟦EM:{mail(f,l)}⟧","tel":"⟦PH:{e164(True)}⟧","score":{R.randint(1,5)},"event":"canvass.result"}}')
    return ("mixed","list","PO","$ kafka-console-consumer --bootstrap-server kafka:9092 --topic pointage.resultats --property print.key=true --from-beginning --max-messages "+str(len(out))+"\n"+"\n".join(out)+f"\nProcessed a total of {len(out)} messages")
def t_iis():
    out=[]
    for _ in range(R.randint(2,3)):
        f,l=en(); a,c,fsa=caddr()
        em=mail(f,l).replace("@","%40")
        out.append(f"{ts()} {R.randint(10,23)}:{R.randint(10,59)}:{R.randint(10,59)} ⟦IP:{ip4()}⟧ GET /petition/sign name=⟦P:{f}+{l}⟧&email=⟦EM:{em}⟧&postal=⟦PC:{qpc(fsa).replace(' ','+')}⟧ 443 - ⟦IP:{ip4()}⟧ Mozilla/5.0+(iPhone) 302")
    return ("en","list","PO","#Software: Microsoft Internet Information Services 10.0\n#Version: 1.0\n#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) sc-status\n"+"\n".join(out))
def t_asciidoc():
    rows=[]
    for _ in range(R.randint(2,4)):
        f,l=qc(); un=R.choice(["SCFP 2918","CSN — section CHSLD","FTQ (Teamsters local 1999)","Alliance des profs, section 12","Unifor 698"])
        rows.append(f"| ⟦P:{f} {l}⟧ | {un} | ⟦EM:{mail(f,l)}⟧ | ⟦PH:{na(0,True)}⟧")
    return ("fr","list","TU,PO","[cols=\"2,2,3,2\", options=\"header\"]\n.Délégué·es syndicaux qui signent la lettre d'appui à notre candidate\n|===\n| Nom | Syndicat | Courriel | Cellulaire\n"+"\n".join(rows)+"\n|===")
def t_odk():
    f,l=qc(); a,c,fsa=qaddr()
    return ("fr","list","PO",f"<?xml version='1.0' ?><data id=\"porte_a_porte_v7\" version=\"2026100301\">\n  <start>{ts()}T10:12:40.114-04:00</start>\n  <benevole>⟦P:{' '.join(qc())}⟧</benevole>\n  <repondant>\n    <nom_complet>⟦P:{f} {l}⟧</nom_complet>\n    <adresse>⟦AD:{a}⟧</adresse>\n    <code_postal>⟦PC:{qpc(fsa)}⟧</code_postal>\n    <telephone>⟦PH:{na(R.choice([2,7]),True)}⟧</telephone>\n  </repondant>\n  <intention>{R.choice(['appui_ferme','appui_mou','indecis'])}</intention>\n  <pancarte>{R.choice(['oui','non'])}</pancarte>\n  <meta><instanceID>uuid:{digs(8)}-{digs(4)}-4{digs(3)}-a{digs(3)}-{digs(12)}</instanceID></meta>\n</data>")
def t_smsapi():
    msgs=[]
    for _ in range(R.randint(3,4)):
        f,l=qc()
        msgs.append('    {"to": "⟦PH:%s⟧", "body": "Bonjour %s, merci de votre appui! Le bureau de vote ouvre à 9 h 30. Besoin d\'un lift? Répondez OUI. STOP pour arrêter"}' % (e164(True), "⟦P:"+f+"⟧"))
    return ("fr","list","PO",'POST /v2/messages/batch HTTP/1.1\nHost: api.sms-passerelle.example\nContent-Type: application/json\n\n{\n  "from": "+15145550100",\n  "messages": [\n'.replace("+15145550100","⟦PH:+15145550100⟧")+",\n".join(msgs)+'\n  ]\n}')
def t_fax():
    rows=[]; n=R.randint(2,3)
    for i in range(n):
        f,l=qc(); need=R.choice(["marchette","fauteuil roulant","oxygène","aveugle — accompagner","Alzheimer léger, sa fille vient aussi"])
        rows.append(f"{i+1}. ⟦P:{l.upper()}, {f}⟧   ch. {R.randint(101,340)}   {need}   vote pour nous: oui")
    g,h=qc()
    return ("fr","list","PO,H",f"TÉLÉCOPIE — Résidence Les Jardins du Couvent\nDE : ⟦P:{g} {h}⟧, récréologue     TÉL. : ⟦PH:{na(2,True)}⟧\nÀ : local électoral — équipe transport     Nbre de pages : 2\nOBJET : résidents qui veulent aller voter au BVA\n--------------------------------------------\n"+"\n".join(rows)+"\n[page 2 illisible]")
def t_calendly():
    rows=[]
    for _ in range(R.randint(2,4)):
        f,l=en()
        rows.append(f"{ts()} {R.randint(9,16)}:{R.choice(['00','30'])},Constituency office — 30 min,⟦P:{f} {l}⟧,⟦EM:{mail(f,l)}⟧,⟦PH:{na(R.choice([0,3]))}⟧,\"{R.choice(['passport renewal, travelling in 3 weeks','CPP survivor benefit paperwork','EI claim stuck since August','immigration file — PR card'])}\"")
    return ("en","list","","Event Date & Time,Event Type Name,Invitee Name,Invitee Email,Text Reminder Number,Response 1\n"+"\n".join(rows))

TEMPLATES=[t_pgcopy,t_elastic,t_logfmt,t_airtable,t_notion,t_sentry,t_surveymonkey,t_typeform,t_smsbackup,t_paypal,t_adusers,t_rails,t_smtp,
           t_ghissue,t_avery,t_conflict,t_bashhist,t_grid,t_payslip,t_kafka,t_iis,t_asciidoc,t_odk,t_smsapi,t_fax,t_calendly]

def make_lists(n):
    out=[]; i=0
    while len(out)<n:
        t=TEMPLATES[i%len(TEMPLATES)]; i+=1
        lang,kind,sens,text=t(); k=text.count("⟦")
        if 3<=k<=20: out.append((lang,kind,sens,text))
    return out

if __name__=="__main__":
    import collections, re
    L=make_lists(44); c=collections.Counter()
    for x in L:
        for m in re.finditer(r"⟦([A-Z]+):",x[3]): c[m.group(1)]+=1
    print(c, sum(c.values()))
    for x in L[:26]: print("@",x[0],x[1],x[2] or "-"); print(x[3]); print()
