#!/usr/bin/env python3
"""Seeded generator for blind-2026-12-m (written from scratch, seed 84127). make_lists(n) returns list/export shapes;
make_notes(n) returns short templated CRM notes, SMS and e-mails (kinds crm_note/sms/email). Tuples: (lang, kind, sens, marked)."""
import random, unicodedata, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pools_m import POOLS, WOMEN
R = random.Random(84127)
_bags = {}; _used = set()
def draw(comm):
    while True:
        if not _bags.get(comm):
            w,m,f = POOLS[comm]; g=[x.replace("_"," ") for x in (w+" "+m).split()]; fam=[x.replace("_"," ") for x in f.split()]
            p=[(a,b) for a in g for b in fam if a!=b]; R.shuffle(p); _bags[comm]=p
        p=_bags[comm].pop()
        if p not in _used: _used.add(p); return p[0],p[1],p[0] in WOMEN
QCC=("qc",)*6+("acadian","haitian","maghreb","arabic","latam","viet","innu","atikamekw","cree","inuit","mohawk","wendat","southasian","tamil","sikh","chinese","filipino","westafr","centralafr","eastafr","easteur","italian","portuguese","greek","persian","turkish","words","korean")
CAC=("english",)*3+("irish","scottish","franco_on","acadian","mikmaq","anishinaabe","cree","inuit","dene","mohawk","southasian","sikh","tamil","chinese","japanese","korean","filipino","eastafr","westafr","latam","easteur","italian","greek","arabic","persian","portuguese","words")
FRC=("france",)*4+("breton","occitan","alsatian","corsican","antillean","guianese","reunion","mahoran","maghreb","westafr","centralafr","turkish","portuguese","viet","easteur","italian","words","haitian","arabic")
def qc(): return draw(R.choice(QCC))
def ca(): return draw(R.choice(CAC))
def fr(): return draw(R.choice(FRC))
def deacc(s): return "".join(c for c in unicodedata.normalize("NFD",s) if unicodedata.category(c)!="Mn")
TR=str.maketrans({'đ':'d','Đ':'D','ı':'i','ş':'s','ç':'c','ł':'l','ś':'s','ğ':'g','Ş':'S','Ç':'C','Ö':'o','ö':'o','ř':'r','č':'c'})
def slug(s): return deacc(s.translate(TR)).lower().replace(" ","").replace("'","").replace("-","")
DOMS=["gmail.com","hotmail.com","videotron.ca","bell.net","yahoo.ca","orange.fr","sfr.fr","free.fr","icloud.com","shaw.ca","protonmail.com","exemple.org","militants.example","cogeco.ca"]
def mail(g,f):
    a,b=slug(g),slug(f); return R.choice([f"{a}.{b}",f"{a[0]}{b}",f"{b}.{a}",f"{a}-{b}{R.randint(1,9)}",f"{a}{b[:2]}{R.randint(70,99)}"])+"@"+R.choice(DOMS)
def digs(n): return "".join(str(R.randint(0,9)) for _ in range(n))
QCA=["514","438","418","581","819","873","450","579","367","263"]; CAA=["613","416","647","905","519","705","902","506","709","204","306","403","780","604","250","867"]
def na(q=True):
    a=R.choice(QCA if q else CAA); x=f"{R.randint(0,99):02d}"
    return R.choice([f"{a}-555-01{x}",f"({a}) 555-01{x}",f"{a} 555-01{x}",f"{a}.555.01{x}",f"+1-{a}-555-01{x}",f"1-{a}-555-01{x}",f"{a}5550{1}{x}",f"+1 ({a}) 555 01{x}"])
def frtel():
    b=R.choice(["01 99 00","02 61 91","03 53 01","04 65 71","05 36 49","06 39 98","07 00 11"]); s=f"{b} {R.randint(0,99):02d} {R.randint(0,99):02d}"
    return R.choice([s,s.replace(" ",""),s.replace(" ","."),"+33 "+s[1:],s.replace(" ","-")])
QCT=[("Montréal","H2G"),("Montréal","H1M"),("Montréal","H4A"),("Laval","H7N"),("Longueuil","J4K"),("Québec","G1L"),("Québec","G1V"),("Lévis","G6W"),("Trois-Rivières","G8Y"),("Sherbrooke","J1H"),("Gatineau","J8Y"),("Saguenay","G7H"),("Rimouski","G5L"),("Granby","J2G"),("Victoriaville","G6P"),("Saint-Hyacinthe","J2S"),("Terrebonne","J6W"),("Baie-Comeau","G4Z")]
QCS=["rue Masson","avenue du Mont-Royal Est","rue Fleury Ouest","boulevard Lévesque","rue Saint-Vallier Ouest","avenue Maguire","rue Racine","boulevard Taschereau","rue King Ouest","rue des Érables","chemin Chambly","rang du Bas-de-l'Église","rue Saint-Laurent","avenue Royale","3e Avenue","rue de la Fabrique"]
CAT=[("Ottawa","K1S"),("Toronto","M6H"),("Sudbury","P3E"),("Moncton","E1C"),("Halifax","B3K"),("Winnipeg","R2H"),("Regina","S4P"),("Edmonton","T6E"),("Vancouver","V5L"),("Whitehorse","Y1A"),("Iqaluit","X0A"),("St. John's","A1C")]
CAS=["Bank St","Dundas St W","Elm Grove Ave","Queen St","Robie St","Provencher Blvd","Albert St","Whyte Ave","Commercial Dr","Main St","Water St","Lakeshore Rd"]
FRT=[("Paris","75011"),("Lyon","69007"),("Rennes","35000"),("Montpellier","34000"),("Nancy","54000"),("Ajaccio","20000"),("Pointe-à-Pitre","97110"),("Saint-Pierre","97410"),("Roubaix","59100"),("Nantes","44000"),("Clermont-Ferrand","63000")]
FRS=["rue Oberkampf","rue de la République","boulevard de la Liberté","impasse des Lilas","avenue Foch","rue du Général-Leclerc","chemin des Vignes","place du Marché"]
LDU="ABCEGHJKLMNPRSTVWXYZ"
def pc(fsa): return f"{fsa} {R.randint(1,9)}{R.choice(LDU)}{R.randint(0,9)}"
def qaddr():
    c,f=R.choice(QCT); n=R.randint(12,9800); s=R.choice(QCS)
    return R.choice([f"{n} {s}",f"{n}, {s}",f"{n} {s}, app. {R.randint(1,12)}",f"{R.randint(1,8)}-{n} {s}"]),c,f
def caddr():
    c,f=R.choice(CAT); n=R.randint(5,3400); s=R.choice(CAS); return R.choice([f"{n} {s}",f"{n} {s}, Unit {R.randint(1,30)}"]),c,f
def faddr():
    c,cp=R.choice(FRT); return R.choice([f"{R.randint(1,120)} {R.choice(FRS)}",f"{R.randint(1,40)} bis {R.choice(FRS)}"]),c,cp
MFR=["janvier","février","mars","avril","mai","juin","juillet","août","septembre","octobre","novembre","décembre"]
MEN=["January","February","March","April","May","June","July","August","September","October","November","December"]
def dobs(y,m,d,en=False):
    if en: return R.choice([f"{y}-{m:02d}-{d:02d}",f"{MEN[m-1]} {d}, {y}",f"{d} {MEN[m-1][:3]} {y}",f"{m}/{d}/{y}"])
    return R.choice([f"{d:02d}/{m:02d}/{y}",f"{d} {MFR[m-1]} {y}",f"{y}-{m:02d}-{d:02d}",f"{d:02d}.{m:02d}.{str(y)[2:]}",f"{d:02d}-{m:02d}-{y}"])
def dob(): return R.randint(1932,2007),R.randint(1,12),R.randint(1,28)
def luhn_complete(p):
    for d in "0123456789":
        s=p+d; t=0
        for i,x in enumerate(map(int,reversed(s))):
            if i%2: x*=2; x-=9 if x>9 else 0
            t+=x
        if t%10==0: return s
def sin(): d=luhn_complete(R.choice("12345679")+digs(7)); return R.choice([f"{d[:3]} {d[3:6]} {d[6:]}",f"{d[:3]}-{d[3:6]}-{d[6:]}",d])
def ramq(g,f,fem,y,m,d):
    s=(deacc(f).upper().replace(" ","").replace("-","").replace("'","")+"XXX")[:3]
    r=f"{s}{deacc(g)[0].upper()}{y%100:02d}{m+50 if fem else m:02d}{d:02d}{R.randint(10,99)}"; return R.choice([r,f"{r[:4]} {r[4:8]} {r[8:]}"])
def ip4(): return R.choice(["192.0.2","198.51.100","203.0.113"])+f".{R.randint(1,254)}"
def ts(): return f"2026-{R.randint(9,11):02d}-{R.randint(1,28):02d}"
def P(x): return f"⟦P:{x}⟧"

# ---------- list shapes ----------
def t_airtable():
    rows=[]
    for _ in range(R.randint(3,5)):
        g,f,_=qc(); rows.append(f"{P(g+' '+f)}\t⟦PH:{na()}⟧\t{R.choice(['Pancarte','Porte-à-porte','Appels'])}\t{R.choice(['✓',''])}")
    return ("fr","list","PO","Nom complet\tCellulaire\tTâche\tConfirmé\n"+"\n".join(rows))
def t_ical():
    ev=[]; 
    for _ in range(R.randint(2,4)):
        g,f,_=ca(); ev.append(f"ATTENDEE;CN=\"{P(g+' '+f)}\";PARTSTAT=ACCEPTED:mailto:⟦EM:{mail(g,f)}⟧")
    return ("en","list","PO","BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Phone bank — riding association\nDTSTART:20261014T180000\n"+"\n".join(ev)+"\nEND:VEVENT\nEND:VCALENDAR")
def t_ldif():
    out=[]
    for _ in range(R.randint(2,3)):
        g,f,_=fr(); out.append(f"dn: uid={slug(g)[0]}{slug(f)},ou=militants,dc=fede,dc=example\ncn: {P(g+' '+f)}\nsn: {P(f)}\nmail: ⟦EM:{mail(g,f)}⟧\ntelephoneNumber: ⟦PH:{frtel()}⟧\n")
    return ("fr","list","PO","\n".join(out))
def t_pandas():
    rows=[]
    for i in range(R.randint(3,5)):
        g,f,_=qc(); y,m,d=dob(); rows.append(f"{i:<3}{P(f):<18} {P(g):<14} ⟦DOB:{y}-{m:02d}-{d:02d}⟧  {R.choice(['oui','non'])}")
    return ("mixed","list","PO",">>> df[df.benevole]\n   nom               prenom         ddn         vote_anticipe\n"+"\n".join(rows)+f"\n\n[{len(rows)} rows x 4 columns]")
def t_hl7():
    g,f,fem=qc(); y,m,d=dob(); a,c,fsa=qaddr()
    return ("mixed","list","H",f"MSH|^~\\&|CLSC|RLS|||{ts().replace('-','')}||ADT^A08|{digs(6)}|P|2.5\nPID|1||⟦RAMQ:{ramq(g,f,fem,y,m,d).replace(' ','')}⟧^^^RAMQ||{P(f.upper())}^{P(g.upper())}||⟦DOB:{y}{m:02d}{d:02d}⟧|{'F' if fem else 'M'}|||⟦AD:{a}⟧^^{c}^QC^⟦PC:{pc(fsa)}⟧||⟦PH:{na()}⟧\nDG1|1||E11.9^Diabète type 2\n(collé par l'attaché de circonscription pour le dossier de transport adapté)")
def t_eventbrite():
    rows=[]
    for _ in range(R.randint(3,4)):
        g,f,_=ca(); rows.append(f"{digs(10)},{P(g)},{P(f)},⟦EM:{mail(g,f)}⟧,General Admission,{R.choice(['Checked In','Not Checked In'])}")
    return ("en","list","PO","Order #,First Name,Last Name,Email,Ticket Type,Attendee Status\n"+"\n".join(rows))
def t_twilio():
    rows=[]
    for _ in range(R.randint(3,6)):
        rows.append(f"SM{digs(8)}{R.choice('abcdef')}{digs(6)},+1{R.choice(QCA)}55501{R.randint(0,99):02d},{R.choice(['delivered','undelivered','failed'])},{ts()}T{R.randint(10,20)}:{R.randint(10,59)}:00Z")
    rows=[r.split(",",2) for r in rows]
    return ("en","list","PO","MessageSid,To,Status,DateSent\n"+"\n".join(f"{a},⟦PH:{b}⟧,{c}" for a,b,c in rows)+"\n# GOTV reminder batch — supporters only")
def t_psfl():
    out=[]
    for _ in range(R.randint(2,3)):
        g,f,_=ca(); out.append(f"DisplayName : {P(f+', '+g)}\nMail        : ⟦EM:{mail(g,f)}⟧\nMobilePhone : ⟦PH:{na(False)}⟧\nDepartment  : Campaign - Volunteers\n")
    return ("en","list","PO","PS C:\\> Get-ADUser -Filter * -Properties * | Format-List DisplayName,Mail,MobilePhone,Department\n\n"+"\n".join(out))
def t_jira():
    g,f,_=fr(); g2,f2,_=fr(); a,c,cp=faddr()
    return ("fr","list","PO",f"Issue key,Summary,Reporter,Assignee,Description\nFEDE-{R.randint(100,999)},\"Adhérent à recontacter\",{slug(g2)[0]}{slug(f2)},{P(g2+' '+f2)},\"{P(g+' '+f.upper())} — ⟦AD:{a}⟧ ⟦PC:{cp}⟧ {c} — tél ⟦PH:{frtel()}⟧ — veut rejoindre la section\"")
def t_toml():
    out=[]
    for _ in range(R.randint(2,3)):
        g,f,_=qc(); out.append(f"[[benevoles]]\nnom = \"{P(g+' '+f)}\"\ncourriel = \"⟦EM:{mail(g,f)}⟧\"\nsecteur = \"{R.choice(['bureau de vote 12','BV 31','poll 7'])}\"\n")
    return ("mixed","list","PO","# config/jour_e.toml — NE PAS COMMITTER\n"+"\n".join(out))
def t_rprint():
    rows=[]
    for i in range(1,R.randint(4,6)):
        g,f,_=ca(); rows.append(f"{i}  {P(g+' '+f):<26} ⟦PH:{na(False)}⟧  {R.choice(['TRUE','FALSE'])}")
    return ("en","list","PO","> head(canvass_sheet)\n   name                       phone          supporter\n"+"\n".join(rows))
def t_notion():
    rows=[]
    for _ in range(R.randint(3,4)):
        g,f,_=fr(); rows.append(f"| {P(g+' '+f)} | ⟦EM:{mail(g,f)}⟧ | {R.choice(['Tractage','Boîtage','Porte-à-porte'])} |")
    return ("fr","list","PO","## Équipe militante — secteur nord\n| Militant·e | Mail | Action |\n|---|---|---|\n"+"\n".join(rows))
def t_slack():
    g,f,_=ca(); g2,f2,_=ca()
    return ("en","list","PO",'[{"type":"message","user_profile":{"real_name":"'+P(g+' '+f)+'"},"text":"can someone call '+P(g2)+' back at '+f'⟦PH:{na(False)}⟧'+'? she wants a lawn sign"},{"type":"message","user_profile":{"real_name":"'+P(g2+' '+f2)+'"},"text":"done, her email is ⟦EM:'+mail(g2,f2)+'⟧"}]')
def t_vcard_qr():
    g,f,_=qc(); a,c,fsa=qaddr()
    return ("fr","list","PO",f"Texte décodé du code QR (carte d'appui) :\nMECARD:N:{P(f+','+g)};TEL:⟦PH:{na()}⟧;EMAIL:⟦EM:{mail(g,f)}⟧;ADR:⟦AD:{a}⟧, {c} ⟦PC:{pc(fsa)}⟧;;")
def t_mbox():
    g,f,_=fr(); g2,f2,_=fr()
    e=mail(g,f)
    return ("fr","list","PO",f"From ⟦EM:{e}⟧ Thu Oct  8 09:12:44 2026\nFrom: {P(g+' '+f)} <⟦EM:{e}⟧>\nTo: {P(g2+' '+f2)} <⟦EM:{mail(g2,f2)}⟧>\nSubject: Re: procuration\n\nJe donne procuration à {P(g2)} pour le second tour.")
def t_sepa_xml():
    out=[]
    for _ in range(R.randint(2,3)):
        g,f,_=fr(); out.append(f"<DrctDbtTxInf><Dbtr><Nm>{P(f.upper()+' '+g)}</Nm></Dbtr><DbtrAcct><Id><IBAN>⟦IBAN:{rib_iban()}⟧</IBAN></Id></DbtrAcct></DrctDbtTxInf>")
    return ("fr","list","PO","<!-- pain.008 cotisations adhérents -->\n"+"\n".join(out))
def rib_iban():
    bank=digs(5); guichet=digs(5); acct=digs(11); key=97-(int(bank+guichet+acct)*100)%97
    # approximate RIB key (not validated) -> compute real RIB key
    key=97-((89*int(bank)+15*int(guichet)+3*int(acct))%97)
    bban=f"{bank}{guichet}{acct}{key:02d}"; chk=98-int(bban+"152700")%97; return f"FR{chk:02d}{bban}"
def t_hl7_like_roster():
    rows=[]
    for _ in range(R.randint(3,4)):
        g,f,fem=qc(); y,m,d=dob(); rows.append(f"{P(f.upper()+', '+g)} | ⟦DOB:{dobs(y,m,d)}⟧ | ⟦PH:{na()}⟧")
    return ("fr","list","PO","LISTE DES AÎNÉS — appels de courtoisie (ne pas sortir du local)\n"+"\n".join(rows))
TEMPLATES=[t_airtable,t_ical,t_ldif,t_pandas,t_hl7,t_eventbrite,t_twilio,t_psfl,t_jira,t_toml,t_rprint,t_notion,t_slack,t_vcard_qr,t_mbox,t_sepa_xml,t_hl7_like_roster]
def make_lists(n):
    out=[]; i=0
    while len(out)<n:
        t=TEMPLATES[i%len(TEMPLATES)]; i+=1; x=t()
        if 3<=x[3].count("⟦")<=20: out.append(x)
    return out

# ---------- templated notes ----------
def n_fr():
    g,f,fem=qc(); a,c,fsa=qaddr(); y,m,d=dob(); e=R.choice(["Appui ferme","Indécis, penche pour nous","Veut une pancarte","A voté par anticipation pour nous"])
    return ("fr","crm_note","PO",f"{e}. {P(g+' '+f)}, ⟦AD:{a}⟧, {c} ⟦PC:{pc(fsa)}⟧. {'Née' if fem else 'Né'} le ⟦DOB:{dobs(y,m,d)}⟧. Tél. ⟦PH:{na()}⟧.")
def n_fr2():
    g,f,_=qc(); g2,f2,_=qc()
    return ("fr","crm_note","PO",f"porte-à-porte : {P(g.lower()+' '+f.lower())} pas là, sa voisine {P(g2+' '+f2)} dit qu'il vote pour nous depuis toujours. rappeler au ⟦PH:{na()}⟧")
def n_en():
    g,f,fem=ca(); a,c,fsa=caddr(); y,m,d=dob()
    return ("en","crm_note","PO",f"{P(g+' '+f)} ({c}) — strong supporter, wants to volunteer. {'Her' if fem else 'His'} DOB ⟦DOB:{dobs(y,m,d,True)}⟧, address ⟦AD:{a}⟧ ⟦PC:{pc(fsa)}⟧, email ⟦EM:{mail(g,f)}⟧.")
def n_sms():
    g,f,_=qc()
    return ("fr","sms","PO",f"Bonjour {P(g)}, merci pour votre appui! Le local de campagne vous attend samedi. Répondez ARRÊT pour ne plus recevoir. (envoyé au ⟦PH:{na()}⟧)")
def n_sms_en():
    g,f,_=ca()
    return ("en","sms","PO",f"From ⟦PH:{na(False)}⟧: hi it's {P(g+' '+f[0]+'.')} from the canvass, can u put me down for e-day rides? i'm voting for u guys anyway")
def n_frfr():
    g,f,_=fr(); a,c,cp=faddr()
    return ("fr","crm_note","PO",f"Adhérent·e : {P(f.upper()+' '+g)}, ⟦AD:{a}⟧, ⟦PC:{cp}⟧ {c}. Portable ⟦PH:{frtel()}⟧. Cotisation à jour, vient aux réunions de section.")
def n_email():
    g,f,_=fr(); g2,f2,_=fr()
    return ("fr","email","PO",f"Objet : tractage dimanche\n\nSalut {P(g)},\nPeux-tu passer le relais à {P(g2+' '+f2)} (⟦EM:{mail(g2,f2)}⟧) ? Il/elle fera le marché avec nous.\nBises,\n{P(g[0]+'.'+f)}")
def n_health():
    g,f,_=qc(); g2,_,_=qc()
    return ("fr","crm_note","PO,H",f"{P(g+' '+f)} veut voter mais est en dialyse les mardis; son fils {P(g2)} demande un transport le jour du vote. ⟦PH:{na()}⟧")
def n_mixed():
    g,f,_=qc()
    return ("mixed","crm_note","PO",f"Call w/ {P(g+' '+f)} — super motivé(e), wants to do phoning in English & French. Cell ⟦PH:{na()}⟧, courriel ⟦EM:{mail(g,f)}⟧.")
def n_prompt():
    g,f,_=qc(); y,m,d=dob()
    return ("fr","prompt","PO",f"Rédige un message d'anniversaire pour {P(g+' '+f)}, bénévole depuis 2018, né(e) le ⟦DOB:{dobs(y,m,d)}⟧. Ton chaleureux, mentionne notre victoire dans la circonscription.")
def n_prompt_en():
    g,f,_=ca(); a,c,fsa=caddr()
    return ("en","prompt","PO",f"Write a thank-you letter to donor {P(g+' '+f)}, ⟦AD:{a}⟧, {c} ⟦PC:{pc(fsa)}⟧, who gave $250 to our campaign. Keep it under 120 words.")
NOTES=[n_fr,n_fr2,n_en,n_sms,n_sms_en,n_frfr,n_email,n_health,n_mixed,n_prompt,n_prompt_en,n_mixed]
def make_notes(n): return [NOTES[i%len(NOTES)]() for i in range(n)]

if __name__=="__main__":
    for x in make_lists(17)+make_notes(13): print("@",x[0],x[1],x[2] or "-"); print(x[3]); print()
