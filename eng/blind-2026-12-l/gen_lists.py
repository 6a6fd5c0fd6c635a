#!/usr/bin/env python3
"""Seeded list/export generator for blind-2026-12-l (written from scratch, seed 60613).
Export shapes are new with respect to the a-k READMEs, or new variants of shapes they name: a Google Sheets CSV download with a
title row and a frozen header, an Outlook contact printed in Memo Style, a WhatsApp *Android* group export (DD/MM/YYYY, HH:MM - …)
with invite-link joins, a Zoom "Meeting participants" report with "Name (Original Name)", a paper sign-up sheet read by OCR with
errors, a Canadian bank deposit slip with its cheque listing, an IBM line-printer report with ASA carriage-control characters,
an Obsidian daily note with [[wikilink]] tasks, a Kubernetes ConfigMap holding a CSV in a YAML block scalar, pdftotext -layout
output of a SEPA schedule with broken alignment, SQL Server sqlcmd output, a monday.com board export with group rows, a Facebook
Messenger JSON export with its \\u00c3\\u00a9 mojibake, a Confluence wiki-markup table with [~login] mentions, a Postfix mail log,
a Google Forms single-response print view, a Go %+v struct dump, a FHIR Patient resource pasted in casework, a Google Contacts
(Takeout) CSV, a schema.org JSON-LD team page, a Node console.table, a La Poste registered-mail deposit slip, a SOAP donor-lookup
response and a Mailchimp "preview as subscriber" merge-tag panel.
Names come from pools_l.py, drawn without replacement inside a community; no full name is drawn twice.
make_lists(n) returns (lang, kind, sensitive_codes, marked_text) tuples with ⟦CODE:text⟧ markup."""
import random, unicodedata, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools_l import POOLS, WOMEN
R = random.Random(60613)
_bags = {}; _used = set()
def draw(comm):
    while True:
        if not _bags.get(comm):
            w,m,f = POOLS[comm]; g = [x.replace("_"," ") for x in (w+" "+m).split()]; fam = [x.replace("_"," ") for x in f.split()]
            pairs = [(a,b) for a in g for b in fam if a!=b]; R.shuffle(pairs); _bags[comm] = pairs
        p = _bags[comm].pop()
        if p not in _used: _used.add(p); return p[0], p[1], p[0] in WOMEN
QCC = ("qc",)*7+("acadian","haitian","maghreb","arabic","latam","viet","innu","atikamekw","cree","inuit","mohawk","wendat","southasian","tamil","sikh",
       "chinese","filipino","westafr","centralafr","eastafr","easteur","italian","portuguese","greek","persian","turkish","words","korean")
CAC = ("english",)*3+("irish","scottish","franco_on","franco_on","acadian","mikmaq","anishinaabe","cree","inuit","dene","mohawk","southasian","sikh","tamil",
       "chinese","japanese","korean","filipino","eastafr","westafr","latam","easteur","italian","greek","arabic","persian","portuguese","words")
FRC = ("france",)*4+("breton","occitan","alsatian","corsican","antillean","guianese","reunion","mahoran","maghreb","westafr","centralafr","turkish",
       "portuguese","viet","easteur","italian","words","haitian","arabic")
def qc(): return draw(R.choice(QCC))
def ca(): return draw(R.choice(CAC))
def fr(): return draw(R.choice(FRC))
def deacc(s): return "".join(c for c in unicodedata.normalize("NFD",s) if unicodedata.category(c)!="Mn")
TR = str.maketrans({'đ':'d','Đ':'D','ı':'i','ş':'s','ç':'c','ł':'l','ś':'s','ğ':'g','Ş':'S','Ç':'C','Ö':'o','ö':'o','Ğ':'G','Ł':'L','ń':'n'})
def slug(s): return deacc(s.translate(TR)).lower().replace(" ","").replace("'","").replace("-","")
DOMS = ["gmail.com","hotmail.com","outlook.com","videotron.ca","bell.net","sympatico.ca","yahoo.fr","orange.fr","free.fr","icloud.com","telus.net",
        "proton.me","courrier.example","exemple.org","benevoles.example","laposte.net","live.ca","wanadoo.fr"]
def mail(g,f):
    a,b = slug(g),slug(f)
    return R.choice([f"{a}.{b}",f"{a[0]}.{b}",f"{b}{a[0]}",f"{a}_{b}",f"{a}{R.randint(60,99)}",f"{b}.{a[:3]}",f"{a}.{b}{R.randint(1,30)}"])+"@"+R.choice(DOMS)
def digs(n): return "".join(str(R.randint(0,9)) for _ in range(n))
QCA = ["514","438","263","418","581","367","819","873","450","579","354"]
CAA = ["613","343","753","705","249","519","226","548","905","289","365","416","647","437","902","782","506","709","204","431","306","639","403","587","825","780","368","604","778","250","236","867"]
def na(fmt=None, q=True):
    a = R.choice(QCA if q else CAA); x = f"{R.randint(0,99):02d}"; fmt = R.randint(0,7) if fmt is None else fmt
    return [f"{a}-555-01{x}",f"({a}) 555-01{x}",f"{a} 555 01{x}",f"{a}.555.01{x}",f"+1 {a}-555-01{x}",f"1 {a} 555-01{x}",f"{a}55501{x}",f"+1{a}55501{x}"][fmt]
def frtel(fmt=None):
    b = R.choice(["01 99 00","02 61 91","03 53 01","04 65 71","05 36 49","06 39 98","07 00 11"]); s = f"{b} {R.randint(0,99):02d} {R.randint(0,99):02d}"
    fmt = R.randint(0,4) if fmt is None else fmt
    return [s,s.replace(" ",""),s.replace(" ","."),"+33 "+s[1:],"+33 (0)"+s[1:].replace(" ","")][fmt]
def domtel(dep): return {"971":"0690","972":"0696","973":"0694","974":"0693","976":"0639"}[dep]+f" {R.randint(10,99)} {R.randint(10,99)} {R.randint(10,99)}"
QCT = [("Montréal","H2S"),("Montréal","H1Z"),("Montréal","H3S"),("Montréal","H8N"),("Québec","G1R"),("Québec","G1H"),("Lévis","G6V"),("Sherbrooke","J1E"),
       ("Gatineau","J9H"),("Drummondville","J2B"),("Rivière-du-Loup","G5R"),("Saguenay","G7J"),("Joliette","J6E"),("Rouyn-Noranda","J9X"),("Sept-Îles","G4R"),
       ("Gaspé","G4X"),("Saint-Jérôme","J7Z"),("Blainville","J7C"),("Magog","J1X"),("Shawinigan","G9N"),("Val-d'Or","J9P"),("Thetford Mines","G6G"),("Repentigny","J5Y"),("Brossard","J4W")]
QCS = ["rue Beaubien Est","avenue Papineau","rue Bélanger","boulevard Saint-Michel","rue de la Couronne","4e Rue","chemin Sainte-Foy","rue Wellington Nord",
       "boulevard Gréber","rue Lindsay","rue Lafontaine","rue Saint-Georges","avenue Bégin","rang Saint-Joseph","chemin du Roy","rue Principale",
       "rue Notre-Dame Ouest","boulevard des Forges","rue Dorchester","avenue Larivière","rue Arnaud","montée Sainte-Thérèse","rue Perreault","avenue de Gaspé"]
CAT = [("Sudbury","P3C","ON"),("Timmins","P4N","ON"),("Cornwall","K6H","ON"),("Windsor","N9A","ON"),("London","N6B","ON"),("Mississauga","L5B","ON"),("Halifax","B3K","NS"),("Sydney","B1P","NS"),
       ("Fredericton","E3B","NB"),("Edmundston","E3V","NB"),("St. John's","A1C","NL"),("Winnipeg","R2H","MB"),("Regina","S4P","SK"),("Edmonton","T6C","AB"),("Lethbridge","T1J","AB"),
       ("Kelowna","V1Y","BC"),("Vancouver","V5L","BC"),("Iqaluit","X0A","NU"),("Thunder Bay","P7B","ON")]
PROV = {c:p for c,_,p in CAT}
CAS = ["Notre Dame Ave","Elm St","Montreal Rd","Ouellette Ave","Dundas St","Hurontario St","Gottingen St","Charlotte St","Queen St","Water St W",
       "Provencher Blvd","Albert St","Whyte Ave","Bernard Ave","Commercial Dr","Pine St","Main St","Victoria Ave E"]
FRV = [("Rennes","35000","35"),("Quimper","29000","29"),("Vannes","56000","56"),("Bordeaux","33000","33"),("Montpellier","34000","34"),("Perpignan","66000","66"),
       ("Mulhouse","68100","68"),("Metz","57000","57"),("Bastia","20200","2B"),("Porto-Vecchio","20137","2A"),("Bayonne","64100","64"),("Tourcoing","59200","59"),
       ("Saint-Denis","93200","93"),("Lyon","69007","69"),("Grenoble","38000","38"),("Le Havre","76600","76"),("Basse-Terre","97100","971"),
       ("Le Lamentin","97232","972"),("Kourou","97310","973"),("Saint-Pierre","97410","974"),("Dzaoudzi","97615","976")]
FRS = ["rue Jean-Jaurès","avenue de la République","rue des Capucins","impasse du Moulin","chemin des Vignes","rue Gambetta","boulevard Pasteur",
       "allée des Acacias","rue Saint-Sauveur","place du Marché","rue des Lilas","quai de la Fosse","rue de Strasbourg","cours Lafayette","rue Émile-Zola"]
LDU = "ABCEGHJKLMNPRSTVWXYZ"
def pc(fsa,sp=True): return f"{fsa}{' ' if sp else ''}{R.randint(0,9)}{R.choice(LDU)}{R.randint(0,9)}"
def qaddr():
    c,fsa = R.choice(QCT); s = R.choice(QCS); n = R.randint(3,8800)
    return R.choice([f"{n}, {s}",f"{n} {s}",f"{n} {s}, app. {R.randint(1,30)}",f"{R.randint(1,12)}-{n} {s}",f"{n}B {s}",f"{n} {s}, bureau {R.randint(100,450)}"]),c,fsa
def caddr():
    c,fsa,_p = R.choice(CAT); s = R.choice(CAS); n = R.randint(2,3900)
    return R.choice([f"{n} {s}",f"{R.randint(2,1810)}-{n} {s}",f"{n} {s}, Apt {R.randint(1,22)}",f"{n} {s}, Suite {R.randint(100,600)}"]),c,fsa
def faddr(dom=None):
    pool = FRV if dom is None else [x for x in FRV if (len(x[2])==3)==dom]
    c,cp,dep = R.choice(pool); s = R.choice(FRS)
    return R.choice([f"{R.randint(1,180)} {s}",f"{R.randint(1,40)} ter {s}",f"{R.randint(1,90)}, {s}",f"Bât. {R.choice('ABCE')}, {R.randint(1,70)} {s}"]),c,cp,dep
def dob(lo=1938,hi=2006): return R.randint(lo,hi),R.randint(1,12),R.randint(1,28)
MOIS = ["janvier","février","mars","avril","mai","juin","juillet","août","septembre","octobre","novembre","décembre"]
MON = ["JAN","FEB","MAR","APR","MAY","JUN","JUL","AUG","SEP","OCT","NOV","DEC"]
def luhn_complete(p):
    for c in "0123456789":
        d = p+c; t = 0
        for i,x in enumerate(map(int,reversed(d))):
            if i%2: x*=2; x-=9 if x>9 else 0
            t += x
        if t%10==0: return d
def sin(): d = luhn_complete(R.choice("1234567")+digs(7)); return R.choice([f"{d[:3]} {d[3:6]} {d[6:]}",f"{d[:3]}-{d[3:6]}-{d[6:]}",d])
def ramq(g,f,fem,y,m,d):
    s = (deacc(f.translate(TR)).upper().replace("-","").replace(" ","").replace("'","")+"XXX")[:3]
    return f"{s}{deacc(g)[0].upper()}{y%100:02d}{m+50 if fem else m:02d}{d:02d}{R.randint(10,99)}"
def nir(fem,y,m,dep):
    com = digs(2) if len(dep)==3 else digs(3); body = f"{2 if fem else 1}{y%100:02d}{m:02d}{dep}{com}{digs(3)}"
    n = int(body.replace("2A","19").replace("2B","18")); return body+f"{97-n%97:02d}"
def rib_iban():
    b,g,c = digs(5),digs(5),digs(11); k = 97-((89*int(b)+15*int(g)+3*int(c))%97); bban = f"{b}{g}{c}{k:02d}"
    n = int("".join(str(int(x,36)) for x in bban+"FR00")); ib = f"FR{98-n%97:02d}{bban}"
    return " ".join(ib[i:i+4] for i in range(0,len(ib),4))
def ip4(): return R.choice(["192.0.2","198.51.100","203.0.113"])+f".{R.randint(1,254)}"
def ip6(): return f"2001:db8:{R.randint(1,0xfff):x}:{R.randint(1,0xff):x}::{R.randint(1,0xfff):x}"
def ts(): return f"2026-{R.randint(8,11):02d}-{R.randint(1,28):02d}"
def hm(): return f"{R.randint(8,21):02d}:{R.randint(0,59):02d}"
def ocr(s):
    out = s
    for a,b in (("m","rn"),("é","e"),("e","c"),("li","h"),("o","0"),("a","o")):
        if a in out and R.random()<.35: out = out.replace(a,b,1)
    return out
def moji(s): return "".join(c if ord(c)<128 else "".join(f"\\u00{b:02x}" for b in c.encode()) for c in s)

# ---------------- templates ----------------
def t_gsheet_frozen():
    rows = []
    for k in range(R.randint(3,4)):
        g,f,_ = qc(); a,c,fsa = qaddr(); vg,_,_ = qc()
        rows.append(f',{k+1},"⟦P:{g} {f}⟧","⟦AD:{a}⟧",⟦PC:{pc(fsa,R.random()<.7)}⟧,⟦PH:{na(R.choice([0,2,6]))}⟧,{R.choice(["Petite","Grande","4x8"])},{R.choice(["OUI","NON","à confirmer"])},⟦P:{vg}⟧')
    return ("fr","list","PO",'SUIVI DES PANCARTES — mise à jour auto (ne pas modifier les lignes 1-3),,,,,,,,\n(ligne figée) — filtre actif : Secteur = Nord,,,,,,,,\n,#,Nom complet,Adresse,Code postal,Téléphone,Format,Posée,Bénévole\n'+"\n".join(rows)+"\n,,,,,,,,\n,,,,,,Total posées :,=NB.SI(H4:H40;\"OUI\"),")
def t_outlook_memo():
    out = []
    for _ in range(2):
        g,f,_ = ca(); a,c,fsa = caddr(); e = mail(g,f)
        out.append(f"Full Name:\t⟦P:{g} {f}⟧\nLast Name:\t⟦P:{f}⟧\nFirst Name:\t⟦P:{g}⟧\nHome Address:\t⟦AD:{a}⟧\n\t{c}, {PROV[c]}  ⟦PC:{pc(fsa)}⟧\nMobile Phone:\t⟦PH:{na(1,False)}⟧\nE-mail:\t⟦EM:{e}⟧\nE-mail Display As:\t⟦P:{g} {f}⟧ (⟦EM:{e}⟧)\nCategories:\t{R.choice(['Donor; Sign 2026','Volunteer; Phone bank','Member; Donor'])}")
    return ("en","list","PO","From: Riding office <⟦EM:office@riding-assoc.example⟧>\nSubject: contacts to re-enter in the new CRM (printed from Outlook, Memo Style)\n\n"+"\n\n____________________________________________\n\n".join(out))
def t_whatsapp_android():
    lines = []; people = [qc() for _ in range(R.randint(2,3))]
    d = f"{R.randint(1,28):02d}/10/2026"
    p0 = na(4)
    lines.append(f"{d}, {hm()} - ⟦PH:{p0}⟧ a rejoint ce groupe via le lien d'invitation")
    for g,f,fem in people:
        lines.append(f"{d}, {hm()} - ⟦P:{g} {f}⟧: {R.choice(['Je peux faire le pointage jeudi soir','Moi je prends la section 112 samedi','Dispo pour conduire le jour J','‎<Médias omis>','On a posé 6 pancartes rue Principale 💪'.replace('💪','✔')])}")
    g,f,_ = people[0]
    lines.append(f"{d}, {hm()} - ⟦PH:{p0}⟧: Bonjour! C'est ⟦P:{qc()[0]}⟧, la voisine de ⟦P:{g}⟧, je veux aider aussi")
    return ("fr","list","PO","Discussion WhatsApp avec Bénévoles circo — Nord.txt\n"+"\n".join(lines))
def t_zoom():
    rows = []; hg,hf,_ = ca(); he = mail(hg,hf)
    rows.append(f"⟦P:{hg} {hf}⟧,⟦EM:{he}⟧,10/14/2026 06:50:{R.randint(10,59)} PM,10/14/2026 08:32:00 PM,102,No,No")
    for _ in range(R.randint(2,4)):
        g,f,_ = ca(); kind = R.randint(0,2)
        nm = [f"⟦P:{g} {f}⟧ (⟦P:{g}⟧'s iPad)",f"⟦P:{g} {f}⟧ (iPhone de ⟦P:{g}⟧)",f"⟦P:{g} {f}⟧ (⟦P:{deacc(g).lower()}.{deacc(f).lower()[0]}⟧)"][kind]
        rows.append(f"{nm},{'⟦EM:'+mail(g,f)+'⟧' if R.random()<.7 else ''},10/14/2026 07:0{R.randint(0,9)}:{R.randint(10,59)} PM,10/14/2026 08:{R.randint(10,30)}:{R.randint(10,59)} PM,{R.randint(60,90)},{R.choice(['Yes','No'])},No")
    return ("en","list","PO","Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants\n8"+digs(9)+",Phone bank volunteer training — week 3,10/14/2026 06:50:02 PM,10/14/2026 08:32:00 PM,⟦EM:"+he+"⟧,102,"+str(len(rows))+"\n\nName (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,In Waiting Room\n"+"\n".join(rows))
def t_ocr_signup():
    rows = []
    for k in range(R.randint(3,5)):
        g,f,_ = qc(); ph = na(0)
        if R.random()<.4: ph = ph.replace("0","O",1)
        rows.append(f"{k+1} | ⟦P:{ocr(g+' '+f)}⟧ | ⟦PH:{ph}⟧ | {R.choice(['montage','bar','blé d’Inde','stationnement','nettoyage','caisse'])} | {R.choice(['x','X','/',' '])}")
    return ("fr","list","PO","[Numérisation — épluchette de blé d'Inde de l'association, feuille des bénévoles, OCR automatique, qualité : faible]\nN° | Nom en lettres moulées | Cell | Tâche | Dispo 16 h\n"+"\n".join(rows)+"\n(fin de page — la 2e page est illisible)")
def t_deposit():
    rows = []; tot = 0
    for k in range(R.randint(3,5)):
        g,f,_ = R.choice([qc,ca])(); amt = R.choice([25,50,100,150,200,400]); tot += amt
        rows.append(f"{k+1:>2}  {R.randint(100,999):04d}  ⟦P:{deacc(f).upper()} {deacc(g).upper()}⟧{' '*R.randint(2,8)}{amt:>8.2f}")
    ag,af,_ = qc()
    return ("mixed","list","PO",f"DEPOSIT SLIP / BORDEREAU DE DÉPÔT — Business / Entreprise\nAccount / Compte : ****-**{digs(2)}    Transit : {digs(5)}\nName / Nom : Association de circonscription — fonds électoral\nDeposited by / Déposé par : ⟦P:{ag} {af}⟧ (official agent / agent officiel)  Tel. ⟦PH:{na(3)}⟧\n\nCHEQUES / CHÈQUES\n #   CHQ#  DRAWER / TIREUR                 AMOUNT\n"+"\n".join(rows)+f"\n                                   TOTAL  {tot:>8.2f}\nDate: {ts()}")
def t_lineprinter():
    rows = []; sect = R.randint(1,40)
    for _ in range(R.randint(3,4)):
        g,f,fem = qc(); y,m,d = dob(1940,2004); c,fsa = R.choice(QCT)
        F = deacc(f.translate(TR)).upper(); G = deacc(g.translate(TR)).upper(); ph = f"{R.choice(QCA)}55501{R.randint(0,99):02d}"
        rows.append(f" {R.randint(100000,999999)}  ⟦P:{F}⟧{' '*max(1,22-len(F))}⟦P:{G}⟧{' '*max(1,16-len(G))}⟦DOB:{d:02d}{MON[m-1]}{y%100:02d}⟧  ⟦PH:{ph}⟧  ⟦PC:{pc(fsa,False)}⟧")
    return ("fr","list","PO",f"1RPT-MBR-0412         LISTE DES MEMBRES EN REGLE - SECTION {sect:03d}                 PAGE    1\n0NO-MBR  NOM                   PRENOM          NE-LE    TELEPHONE   CP\n -------  --------------------  --------------  -------  ----------  ------\n"+"\n".join(rows)+f"\n0*** FIN DU RAPPORT - {len(rows)} MEMBRES ***")
def t_obsidian():
    lines = [f"# {ts()}","## Tâches circo"]
    for _ in range(R.randint(3,4)):
        g,f,_ = qc(); kind = R.random()
        if kind<.4: lines.append(f"- [ ] Rappeler [[⟦P:{g} {f}⟧]] ☎ ⟦PH:{na(R.choice([0,1,3]))}⟧ — don promis {R.choice([20,50,100])} $ ⏳ {ts()}")
        elif kind<.75:
            a,c,fsa = qaddr(); lines.append(f"- [x] Pancarte chez [[⟦P:{g} {f}⟧]], ⟦AD:{a}⟧ ({c}) ✅ {ts()}")
        else: lines.append(f"- [ ] Envoyer le kit bénévole à ⟦EM:{mail(g,f)}⟧ (#benevole, [[⟦P:{g} {f}⟧]])")
    return ("fr","list","PO","\n".join(lines)+"\n\n---\ntags: #campagne #journal")
def t_configmap():
    rows = []
    for _ in range(R.randint(3,4)):
        g,f,_ = ca(); a,c,fsa = caddr()
        rows.append(f"    ⟦P:{g}⟧,⟦P:{f}⟧,⟦EM:{mail(g,f)}⟧,⟦PH:{na(R.choice([0,6]),False)}⟧,{R.choice(['canvass','phones','driver','signs'])}")
    return ("en","list","PO","apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: volunteer-seed\n  namespace: gotv-staging\n  # TODO: this is real data from the spreadsheet, move it out of git\ndata:\n  seed-volunteers.csv: |\n    first,last,email,cell,role\n"+"\n".join(rows)+"\n  FEATURE_SMS: \"true\"")
def t_pdftotext():
    rows = []
    for _ in range(R.randint(2,3)):
        g,f,_ = fr(); a,c,cp,dep = faddr(False); F = deacc(f).upper()
        pad = " "*R.randint(1,9)
        if R.random()<.5: rows.append(f"   ⟦P:{F} {g}⟧{pad}⟦IBAN:{rib_iban()}⟧   {R.choice(['5,00','10,00','15,00'])} €\n              ⟦AD:{a}⟧ {cp} {c}")
        else: rows.append(f"⟦P:{F}⟧{pad}  ⟦IBAN:{rib_iban()}⟧{' '*R.randint(2,12)}{R.choice(['5,00','10,00','20,00'])} €\n⟦P:{g}⟧                    {c}")
    return ("fr","list","PO","$ pdftotext -layout echeancier_prelevements_cotisations.pdf -\n        ÉCHÉANCIER DES PRÉLÈVEMENTS SEPA — COTISATIONS MENSUELLES              Page 1/1\n  Adhérent(e)                 IBAN débiteur                              Montant\n"+"\n".join(rows)+"\n                                                         Total     ____")
def t_sqlcmd():
    rows = []
    for _ in range(R.randint(2,3)):
        g,f,_ = R.choice([qc,ca])(); y,m,d = dob(1950,2006)
        rows.append(f"⟦P:{f}⟧{' '*max(1,18-len(f))}⟦P:{g}⟧{' '*max(1,14-len(g))}⟦SIN:{sin()}⟧{' '*3}⟦DOB:{y}-{m:02d}-{d:02d}⟧ {R.choice(['Canvasser','Scrutineer','Driver'])}")
    return ("en","list","PO","C:\\> sqlcmd -S CAMPAIGN-SQL01 -d payroll -Q \"SELECT LastName, FirstName, SIN, DOB, Role FROM dbo.PaidStaff WHERE Riding = 41\"\nLastName          FirstName     SIN           DOB        Role\n----------------- ------------- ------------- ---------- ----------\n"+"\n".join(rows)+f"\n\n({len(rows)} rows affected)")
def t_monday():
    out = ["Name,Personne,Statut,Téléphone,Courriel,Échéance"]
    for grp in R.sample(["À rappeler","Promesses de don","Bénévoles potentiels"],2):
        out.append(grp+",,,,,")
        for _ in range(R.randint(1,2)):
            g,f,_ = qc(); og,_,_ = qc()
            out.append(f"Rappel — ⟦P:{g} {f}⟧,⟦P:{og}⟧,{R.choice(['En cours','Bloqué','Terminé'])},⟦PH:{na(R.choice([0,3]))}⟧,⟦EM:{mail(g,f)}⟧,{ts()}")
        out.append(",,,,,")
    return ("fr","list","PO","Tableau « Suivi donateurs — circo » exporté de monday.com\n"+"\n".join(out))
def t_messenger():
    people = [qc() for _ in range(R.randint(2,3))]; msgs = []
    for g,f,_ in people:
        msgs.append('    {\n      "sender_name": "⟦P:'+moji(g+" "+f)+'⟧",\n      "timestamp_ms": 17'+digs(11)+',\n      "content": "'+R.choice([moji("Je serai là pour le porte-à-porte samedi"),moji("Mon numéro c'est ")+"⟦PH:"+na(0)+"⟧",moji("J'ai signé la pétition, ma sœur aussi"),moji("Pancarte posée devant chez nous")])+'"\n    }')
    return ("mixed","list","PO",'Facebook "Download your information" → messages/inbox/benevolesnord_4471/message_1.json (the accents come out like this, sorry)\n{\n  "participants": [\n'+",\n".join('    {"name": "⟦P:'+moji(g+" "+f)+'⟧"}' for g,f,_ in people)+'\n  ],\n  "messages": [\n'+",\n".join(msgs)+'\n  ],\n  "title": "B\\u00c3\\u00a9n\\u00c3\\u00a9voles Nord"\n}')
def t_confluence():
    rows = []
    for s in R.sample(["Sudbury East","Hanmer","Val Caron","Capreol","Chelmsford","Azilda"],R.randint(2,3)):
        g,f,_ = draw(R.choice(("franco_on","franco_on","english","irish","anishinaabe","italian","scottish")))
        rows.append(f"|{s}|[~⟦P:{slug(g)[0]}{slug(f)}⟧] ⟦P:{g} {f}⟧|⟦PH:705-555-01{R.randint(0,99):02d}⟧|⟦EM:{mail(g,f)}⟧|{R.choice(['(/) confirmed','(?) TBC','(x) stepped down'])}|")
    return ("en","list","PO","h2. Poll captains — by-election\n||Area||Captain||Cell||Email||Status||\n"+"\n".join(rows)+"\n{info}Do not share outside the field team.{info}")
def t_postfix():
    out = []
    for _ in range(R.randint(3,4)):
        g,f,_ = R.choice([qc,ca])(); qid = digs(4)+R.choice("ABCDEF")+digs(5)
        st = R.choice(["sent (250 2.0.0 OK)","bounced (host said: 550 5.1.1 user unknown)","deferred (connect to mx: Connection timed out)"])
        out.append(f"Oct {R.randint(1,28):2d} {hm()}:{R.randint(10,59)} mail01 postfix/smtp[{R.randint(1000,30000)}]: {qid}: to=<⟦EM:{mail(g,f)}⟧>, relay=mx{R.randint(1,3)}.mail.example[⟦IP:{ip4()}⟧]:25, delay={R.randint(0,9)}.{R.randint(1,9)}, dsn=2.0.0, status={st}")
    return ("en","list","","# /var/log/mail.log — MP office constituency bulletin (non-partisan), October send\n"+"\n".join(out))
def t_gforms_print():
    g,f,fem = qc(); y,m,d = dob(2004,2010); a,c,fsa = qaddr(); pg,pf,_ = qc()
    dobtxt = R.choice([f"{d:02d}/{m:02d}/{y}",f"{d} {MOIS[m-1]} {y}",f"{y}-{m:02d}-{d:02d}"])
    return ("fr","list","PO",f"Inscription — Aile jeunesse, congrès d'automne 2026\nRéponse 14 sur 52\n\nAdresse courriel *\n⟦EM:{mail(g,f)}⟧\n\nNom complet *\n⟦P:{g} {f}⟧\n\nDate de naissance *\n⟦DOB:{dobtxt}⟧\n\nAdresse postale\n⟦AD:{a}⟧, {c} ⟦PC:{pc(fsa)}⟧\n\nSi tu as moins de 18 ans : nom et cellulaire d'un parent *\n⟦P:{pg} {f if R.random()<.5 else pf}⟧ — ⟦PH:{na(R.choice([0,2]))}⟧\n\nAllergies / besoins particuliers\naucune")
def t_gostruct():
    items = []
    for _ in range(2):
        g,f,fem = fr(); y,m,d = dob(1955,2003); a,c,cp,dep = faddr(None)
        items.append(f"{{Nom:⟦P:{deacc(f).upper()}⟧ Prenom:⟦P:{g}⟧ NIR:⟦NIR:{nir(fem,y,m,dep)}⟧ Naissance:⟦DOB:{y}-{m:02d}-{d:02d}⟧ Commune:{c} Poste:{R.choice(['chargé·e de mission','assistant·e parlementaire de campagne','colleur·se d’affiches'])}}}")
    return ("fr","list","PO","level=debug msg=\"batch paie campagne\" payload=\"[" + " ".join(items) + "]\"\n# sortie de fmt.Printf(\"%+v\\n\", salaries) — à retirer avant la mise en prod")
def t_fhir():
    g,f,fem = qc(); y,m,d = dob(1932,1955); a,c,fsa = qaddr(); kg,kf,kfem = qc()
    cond = R.choice(["Insuffisance rénale terminale — hémodialyse","Fracture de la hanche — attente de chirurgie","Maladie pulmonaire obstructive chronique — oxygène à domicile"])
    return ("fr","list","H",f"Objet : dossier de {'ma mère' if fem else 'mon père'} — transfert\nBonjour, l'hôpital nous a donné ce fichier, on attend depuis trois semaines. Pouvez-vous appeler pour nous? ⟦P:{kg} {kf}⟧, ⟦PH:{na(0)}⟧\n\n"
        '{\n  "resourceType": "Patient",\n  "identifier": [{"system": "https://www.ramq.gouv.qc.ca", "value": "⟦RAMQ:'+ramq(g,f,fem,y,m,d)+'⟧"}],\n  "name": [{"family": "⟦P:'+f+'⟧", "given": ["⟦P:'+g+'⟧"]}],\n  "gender": "'+("female" if fem else "male")+'",\n  "birthDate": "⟦DOB:'+f"{y}-{m:02d}-{d:02d}"+'⟧",\n  "telecom": [{"system": "phone", "value": "⟦PH:'+na(0)+'⟧"}],\n  "address": [{"line": ["⟦AD:'+a+'⟧"], "city": "'+c+'", "postalCode": "⟦PC:'+pc(fsa)+'⟧"}]\n}\nCondition.code.text: "'+cond+'"')
def t_takeout():
    rows = []; sens = "PO"
    for _ in range(R.randint(2,3)):
        g,f,_ = ca(); a,c,fsa = caddr(); y,m,dd = dob(1948,2000)
        grp = R.choice(["Signs 2026 ::: * myContacts","Donors ::: * myContacts","Volunteers ::: Union table ::: * myContacts"])
        if "Union" in grp: sens = "PO,TU"
        rows.append(f"⟦P:{g} {f}⟧,⟦P:{g}⟧,,⟦P:{f}⟧,⟦DOB:{y}-{m:02d}-{dd:02d}⟧,{grp},* Home,⟦EM:{mail(g,f)}⟧,Mobile,⟦PH:{na(4,False)}⟧,\"⟦AD:{a}⟧\n{c} {PROV[c]} ⟦PC:{pc(fsa)}⟧\"")
    return ("en","list",sens,"Name,Given Name,Additional Name,Family Name,Birthday,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Address 1 - Formatted\n"+"\n".join(rows))
def t_jsonld():
    lang = R.choice(["fr","en"]); out = []
    roles = ["Direction de campagne","Agent·e officiel·le","Responsable des bénévoles","Relations de presse"] if lang=="fr" else ["Campaign manager","Official agent","Volunteer lead","Press secretary"]
    for r_ in R.sample(roles,R.randint(2,3)):
        g,f,_ = qc() if lang=="fr" else ca()
        out.append('    {"@type": "Person", "name": "⟦P:'+g+' '+f+'⟧", "jobTitle": "'+r_+'", "telephone": "⟦PH:'+na(4,lang=="fr")+'⟧", "email": "⟦EM:'+mail(g,f)+'⟧"}')
    return (lang,"list","PO",'<script type="application/ld+json">\n{\n  "@context": "https://schema.org",\n  "@type": "Organization",\n  "name": "'+("Équipe de campagne — circonscription" if lang=="fr" else "Campaign team — riding")+'",\n  "member": [\n'+",\n".join(out)+'\n  ]\n}\n</script>')
def t_console_table():
    rows = []; sens = "PO"
    for i in range(R.randint(2,4)):
        g,f,_ = ca(); a,c,fsa = caddr(); need = R.choice(["none","none","wheelchair van","oxygen tank, needs help on stairs"])
        if need!="none": sens = "PO,H"
        rows.append(f"│ {i:>7} │ '⟦P:{g} {f}⟧' │ '⟦AD:{a}⟧' │ '⟦PH:{na(0,False)}⟧' │ '{need}' │")
    return ("en","list",sens,"> console.table(rides.filter(r => !r.assigned))\n┌─────────┬──────────┬──────────┬──────────┬──────────┐\n│ (index) │   name   │ address  │  phone   │  needs   │\n├─────────┼──────────┼──────────┼──────────┼──────────┤\n"+"\n".join(rows)+"\n└─────────┴──────────┴──────────┴──────────┴──────────┘")
def t_recommande():
    rows = []
    for _ in range(R.randint(2,3)):
        g,f,fem = fr(); a,c,cp,dep = faddr(None)
        rows.append(f"1A{digs(11)} | {'Mme' if fem else 'M.'} ⟦P:{deacc(f).upper()} {g}⟧ | ⟦AD:{a}⟧ | ⟦PC:{cp}⟧ {c.upper()} | AR")
    return ("fr","list","PO","LA POSTE — BORDEREAU DE DÉPÔT DE LETTRES RECOMMANDÉES\nExpéditeur : Fédération départementale — commission des conflits\nObjet : convocation des adhérents concernés (audition du 12/11)\nN° d'envoi | Destinataire | Adresse | CP Ville | Option\n"+"\n".join(rows))
def t_soap():
    g,f,_ = ca(); a,c,fsa = caddr(); g2,f2,_ = ca()
    return ("en","list","PO",'POST /crm/DonorService.asmx HTTP/1.1\nX-Forwarded-For: ⟦IP:'+ip4()+'⟧\nSOAPAction: "urn:DonorLookup"\n\n<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><DonorLookupResponse>\n  <donor><id>'+digs(6)+'</id><firstName>⟦P:'+g+'⟧</firstName><lastName>⟦P:'+f+'⟧</lastName><email>⟦EM:'+mail(g,f)+'⟧</email><street>⟦AD:'+a+'⟧</street><postal>⟦PC:'+pc(fsa,False)+'⟧</postal><ytd>'+R.choice(["250.00","1200.00","75.00"])+'</ytd></donor>\n  <donor><id>'+digs(6)+'</id><firstName>⟦P:'+g2+'⟧</firstName><lastName>⟦P:'+f2+'⟧</lastName><email>⟦EM:'+mail(g2,f2)+'⟧</email><street/><postal/><ytd>'+R.choice(["20.00","100.00"])+'</ytd></donor>\n</DonorLookupResponse></soap:Body></soap:Envelope>')
def t_mailchimp_preview():
    g,f,_ = ca(); a,c,fsa = caddr(); e = mail(g,f); tg,tf,_ = ca()
    return ("en","list","PO",f"Mailchimp › Campaigns › Preview and Test › Enter preview mode\nPreview merge tags for:  ⟦P:{g} {f}⟧ <⟦EM:{e}⟧>   ◀ ▶\n\n*|FNAME|*        {g.replace(g,'⟦P:'+g+'⟧')}\n*|LNAME|*        ⟦P:{f}⟧\n*|ADDRESS|*      ⟦AD:{a}⟧  {c}  {PROV[c]}  ⟦PC:{pc(fsa)}⟧  CA\n*|PHONE|*        ⟦PH:{na(0,False)}⟧\n*|DONTOTAL|*     {R.choice(['250','75','1,200'])}\n*|SIGN|*         {R.choice(['Yes','No'])}\n\nSend a test email to: ⟦EM:{mail(tg,tf)}⟧")

TEMPLATES = [t_gsheet_frozen,t_outlook_memo,t_whatsapp_android,t_zoom,t_ocr_signup,t_deposit,t_lineprinter,t_obsidian,t_configmap,t_pdftotext,t_sqlcmd,
             t_monday,t_messenger,t_confluence,t_postfix,t_gforms_print,t_gostruct,t_fhir,t_takeout,t_jsonld,t_console_table,t_recommande,t_soap,t_mailchimp_preview]

def make_lists(n):
    out = []; i = 0
    while len(out)<n:
        t = TEMPLATES[i%len(TEMPLATES)]; i += 1
        lang,kind,sens,text = t(); k = text.count("⟦")
        if 3<=k<=20: out.append((lang,kind,sens,text))
    return out

if __name__=="__main__":
    import collections, re
    L = make_lists(int(sys.argv[1]) if len(sys.argv)>1 else 56); c = collections.Counter()
    for x in L:
        for m in re.finditer(r"⟦([A-Z]+):",x[3]): c[m.group(1)]+=1
    print(c, sum(c.values()))
    for x in L: print("@",x[0],x[1],x[2] or "-"); print(x[3]); print()
