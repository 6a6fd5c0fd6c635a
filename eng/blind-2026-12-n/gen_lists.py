#!/usr/bin/env python3
"""Seeded list generator for blind-2026-12-n (written from scratch, seed 46619). make_lists(n) cycles 20 export shapes
that no earlier README lists (DynamoDB JSON, Perl Data::Dumper, Rust {:#?}, /etc/passwd GECOS, mutt aliases, Shopify
merch orders, HelloAsso, Windows event 4625 XML, `last -i`, tshark SIP summary, Excel 2003 XML, `column -t`, Zendesk
ticket JSON, HAProxy log, Lua table, EDN, .mailmap, BigQuery CLI table, Salesforce Data Loader error CSV, Android
`content query`). Returns (lang, kind, sens, marked) tuples. Every list has 3-20 entities (checked)."""
import random, unicodedata, re
R = random.Random(46619)
# community -> (women, men, families); '_' joins multi-word parts
POOLS = {
 "qc": ("Maude Josianne Rosalie Noémie Ghislaine Lyne Marie-Pier Annick","Jean-Sébastien Réjean Yannick Luc-André Mathis Gaston Félix-Antoine Rémi","Bergeron Laflamme Tessier Cloutier-Vézina Brodeur Thiffault Gauvreau Morneau St-Onge Lavigueur Bolduc-Paré Després"),
 "acad": ("Ginette Rachelle Nathalie","Aurèle Ulysse Donat","Chiasson LeBlanc-Robichaud Haché Savoie Comeau"),
 "fr": ("Solène Margaux Anaïs Clémence Capucine","Baptiste Gaëtan Loïc Timothée Aurélien","Delacroix Vasseur Le_Guennec Fabre-Dumas Poulain Chevallier Marchetti Lemoine Barbier"),
 "hai": ("Mirlande Nadège Rose-Carmel Fabienne","Wilfrid Jean-Robert Stévenson Ernso","Pierre-Louis Désinor Saint-Fleur Jean-Gilles Alcindor Bazile"),
 "wafr": ("Aïssatou Fatoumata Adjoa Mariama","Mamadou Kofi Ousmane Babacar","Diallo Ndiaye Mensah Traoré Koné Sow Ouédraogo"),
 "magh": ("Nour Yasmina Kenza Samira","Karim Rachid Mehdi Anis","Benali Haddad El_Fassi Boudjema Chérif Amrani"),
 "sasia": ("Harpreet Ananya Deepika Shalini","Gurpreet Arjun Vikram Rohan","Dhillon Raghunathan Chaudhary Iyer Sandhu Bhattacharya"),
 "easia": ("Mei-Ling Yuki Hyejin Xiaowen","Jun Haruto Minho Wei","Zhou Tanaka Park Lin Watanabe Choi"),
 "viet": ("Thảo Ngọc_Hân Phương","Quang Duy Minh_Khôi","Trần Phạm Võ Đặng Huỳnh"),
 "indig": ("Kanatakta Uapukun Shaylene Tanya","Tshiuetin Kanen Wapistan Dakota","Mestokosho Awashish Picard-Sioui Kistabish Diabo Ottawa"),
 "latam": ("Valentina Ximena Guadalupe","Joaquín Esteban Mateo","Restrepo Quispe Villalobos Cárdenas Ibarra"),
 "eeur": ("Oksana Katarzyna Irina","Bogdan Tomasz Dmitri","Kowalczyk Shevchenko Horvat Nowicki Popescu"),
 "en": ("Brianna Heather Colleen Shauna","Garrett Desmond Wade Travis","McAllister Fitzgerald Pemberton Whitfield Oakes Dunphy"),
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
DOMS=["gmail.com","hotmail.ca","videotron.ca","bell.net","outlook.com","yahoo.fr","laposte.net","orange.fr","cogeco.ca","exemple.org","benevoles.example","sympatico.ca"]
def mail(g,f): a,b=slug(g),slug(f); return R.choice([f"{a}.{b}",f"{a[0]}{b}",f"{b}{a[0]}{R.randint(1,99)}",f"{a}_{b}",f"{a}{b[:3]}"])+"@"+R.choice(DOMS)
def digs(n): return "".join(str(R.randint(0,9)) for _ in range(n))
QA=["514","438","418","581","819","873","450","579","367","354"]; CA=["613","343","416","437","905","705","902","506","204","306","587","604","867"]
def na(q=True, form=None):
    a=R.choice(QA if q else CA); x=f"{R.randint(0,99):02d}"
    forms=[f"{a}-555-01{x}",f"({a}) 555-01{x}",f"{a} 555 01{x}",f"{a}.555.01{x}",f"+1 {a} 555 01{x}",f"{a}55501{x}"]
    return forms[form] if form is not None else R.choice(forms)
def e164(q=True): return f"+1{R.choice(QA if q else CA)}55501{R.randint(0,99):02d}"
def frtel():
    b=R.choice(["01 99 00","02 61 91","03 53 01","04 65 71","05 36 49","06 39 98","07 00 11"]); s=f"{b} {R.randint(0,99):02d} {R.randint(0,99):02d}"
    return R.choice([s,s.replace(" ",""),s.replace(" ","."),"+33 "+s[1:]])
QCT=[("Montréal","H2E"),("Montréal","H1Z"),("Montréal","H3S"),("Laval","H7G"),("Longueuil","J4H"),("Québec","G1M"),("Québec","G1S"),("Lévis","G6V"),("Drummondville","J2B"),("Sherbrooke","J1J"),("Gatineau","J9H"),("Joliette","J6E"),("Rouyn-Noranda","J9X"),("Sept-Îles","G4R")]
QCS=["rue Beaubien Est","avenue Papineau","rue de Bordeaux","boulevard Henri-Bourassa Est","rue des Pins","avenue Cartier","rue Principale","chemin du Lac-Noir","rue Wellington Nord","boulevard Saint-Joseph","rue Notre-Dame Ouest","rang Saint-Isidore"]
CAT=[("Ottawa","K2P"),("Kingston","K7L"),("Hamilton","L8P"),("Thunder Bay","P7B"),("Fredericton","E3B"),("Charlottetown","C1A"),("Brandon","R7A"),("Saskatoon","S7K"),("Calgary","T2N"),("Victoria","V8V"),("Yellowknife","X1A")]
CAS=["Somerset St W","Princess St","James St S","Red River Rd","King St","Grafton St","Rosser Ave","Spadina Cres E","Kensington Rd NW","Cook St","Franklin Ave"]
FRT=[("Bordeaux","33000"),("Toulouse","31500"),("Lille","59000"),("Brest","29200"),("Dijon","21000"),("Grenoble","38000"),("Fort-de-France","97200"),("Saint-Denis","97400"),("Besançon","25000"),("Bastia","20200")]
FRS=["rue Sainte-Catherine","allée des Tilleuls","rue du Faubourg-Saint-Jean","quai de la Douane","avenue Jean-Jaurès","rue des Cordiers","impasse du Moulin","cours Victor-Hugo"]
LDU="ABCEGHJKLMNPRSTVWXYZ"
def pcode(fsa): return f"{fsa} {R.randint(1,9)}{R.choice(LDU)}{R.randint(0,9)}"
def qaddr():
    c,f=R.choice(QCT); n=R.randint(10,8900); s=R.choice(QCS)
    return R.choice([f"{n} {s}",f"{n}, {s}",f"{n} {s}, app. {R.randint(1,30)}"]),c,f
def caddr():
    c,f=R.choice(CAT); return R.choice([f"{R.randint(3,2900)} {R.choice(CAS)}",f"{R.randint(1,40)}-{R.randint(10,900)} {R.choice(CAS)}"]),c,f
def faddr():
    c,cp=R.choice(FRT); return R.choice([f"{R.randint(1,99)} {R.choice(FRS)}",f"{R.randint(1,30)} ter {R.choice(FRS)}"]),c,cp
def dob(a=1938,b=2006): return R.randint(a,b),R.randint(1,12),R.randint(1,28)
def ip4(): return R.choice(["192.0.2","198.51.100","203.0.113"])+f".{R.randint(2,250)}"
def luhn_complete(p):
    for d in "0123456789":
        s=p+d; t=0
        for i,x in enumerate(map(int,reversed(s))):
            if i%2: x*=2; x-=9 if x>9 else 0
            t+=x
        if t%10==0: return s
def nir(fem,y,m):
    dep,com=R.choice([("33","063"),("31","555"),("59","350"),("29","019"),("21","231"),("38","185"),("972","09"),("974","11"),("25","056"),("2B","033")])
    body=f"{2 if fem else 1}{y%100:02d}{m:02d}{dep}{com}{R.randint(1,999):03d}"; n=int(body.replace("2A","19").replace("2B","18")); return body+f"{97-n%97:02d}"
def P(x): return f"⟦P:{x}⟧"
def pad(m,w):
    vis=len(re.sub(r"⟦[A-Z]+:|⟧","",m)); return m+" "*max(1,w-vis)
def E(x): return f"⟦EM:{x}⟧"
def PH(x): return f"⟦PH:{x}⟧"

def t_dynamo():
    rows=[]
    for _ in range(R.randint(2,4)):
        g,f,_=qc(); rows.append('{"donateur_id":{"N":"%s"},"nom":{"S":"%s"},"courriel":{"S":"%s"},"montant":{"N":"%d"},"tel":{"S":"%s"}}'%(digs(6),P(g+" "+f),E(mail(g,f)),R.choice([20,50,100,250]),PH(e164())))
    return ("mixed","list","PO","$ aws dynamodb scan --table-name dons-2026 --output json | jq -c '.Items[]'\n"+"\n".join(rows))
def t_dumper():
    out=[]
    for i in range(R.randint(2,3)):
        g,f,_=ca(); a,c,fsa=caddr()
        out.append(f"$VAR{i+1} = {{\n          'name' => '{P(g+' '+f)}',\n          'street' => '⟦AD:{a}⟧',\n          'postal' => '⟦PC:{pcode(fsa)}⟧',\n          'role' => 'canvass captain'\n        }};")
    return ("en","list","PO","# perl -MData::Dumper export_volunteers.pl\n"+"\n".join(out))
def t_rust():
    out=[]
    for _ in range(R.randint(2,3)):
        g,f,fem=frp(); y,m,d=dob(1950,2003)
        out.append(f"    Salarie {{\n        nom: \"{P(f.upper())}\",\n        prenom: \"{P(g)}\",\n        nir: \"⟦NIR:{nir(fem,y,m)}⟧\",\n        date_naissance: \"⟦DOB:{d:02d}/{m:02d}/{y}⟧\",\n        poste: \"Chargé·e de terrain (campagne municipale)\",\n    }},")
    return ("fr","list","PO","[src/paie.rs:88] &salaries = [\n"+"\n".join(out)+"\n]")
def t_passwd():
    out=[]
    for _ in range(R.randint(3,5)):
        g,f,_=qc(); login=(slug(g)[0]+slug(f))[:8]
        out.append(f"{P(login)}:x:{R.randint(1001,1099)}:100:{P(g+' '+f)},QG campagne,{PH(na(form=R.choice([0,3,5])))},:/home/{P(login)}:/bin/bash")
    return ("fr","list","PO","root@qg-campagne:~# tail -n %d /etc/passwd   # comptes des permanents de la campagne\n"%len(out)+"\n".join(out))
def t_mutt():
    out=[]
    for _ in range(R.randint(3,6)):
        g,f,_=R.choice([qc,ca])(); out.append(f"alias {slug(g)[:4]}{slug(f)[:3]} {P(g+' '+f)} <{E(mail(g,f))}>")
    return ("mixed","list","PO","# ~/.mutt/aliases — équipe pointage / phone bank\n"+"\n".join(out))
def t_shopify():
    rows=[]
    for _ in range(R.randint(2,3)):
        g,f,_=ca(); a,c,fsa=caddr()
        rows.append(f"#{R.randint(1001,1999)},{E(mail(g,f))},paid,\"Campaign toque (orange)\",{P(g+' '+f)},\"⟦AD:{a}⟧\",{c},⟦PC:{pcode(fsa)}⟧,{PH(na(False,R.choice([0,4,5])))}")
    return ("en","list","PO","Name,Email,Financial Status,Lineitem name,Billing Name,Billing Address1,Billing City,Billing Zip,Billing Phone\n"+"\n".join(rows))
def t_helloasso():
    rows=[]
    for _ in range(R.randint(2,4)):
        g,f,_=frp(); a,c,cp=faddr()
        rows.append(f"{digs(8)};{P(f.upper())};{P(g)};{E(mail(g,f))};Adhésion 2026 - section {c};{R.choice(['15,00','30,00','5,00'])};⟦AD:{a}⟧;⟦PC:{cp}⟧")
    return ("fr","list","PO","Numéro;Nom;Prénom;Email;Formule;Montant;Adresse;Code Postal\n"+"\n".join(rows))
def t_evt4625():
    out=[]
    for _ in range(R.randint(2,4)):
        g,f,_=qc(); login=slug(g)[0]+slug(f)
        out.append(f"<Event><System><EventID>4625</EventID><Computer>QG-DC01</Computer></System><EventData><Data Name=\"TargetUserName\">{P(login)}</Data><Data Name=\"IpAddress\">⟦IP:{ip4()}⟧</Data><Data Name=\"FailureReason\">%%2313</Data></EventData></Event>")
    return ("en","list","","Get-WinEvent -FilterHashtable @{LogName='Security';Id=4625} | % { $_.ToXml() }\n"+"\n".join(out))
def t_last():
    out=[]
    for _ in range(R.randint(3,5)):
        g,f,_=ca(); login=(slug(g)+slug(f)[0])[:8]
        out.append(f"{pad(P(login),10)} pts/{R.randint(0,4)}        ⟦IP:{ip4()}⟧     Nov  {R.randint(3,9)} {R.randint(8,22):02d}:{R.randint(0,59):02d}   still logged in")
    return ("en","list","","$ last -i | head\n"+"\n".join(out)+"\n\nwtmp begins Sun Nov  1 00:02:11 2026")
def t_sip():
    out=[]; camp=e164()
    for i in range(R.randint(2,4)):
        g,f,_=qc(); disp=R.choice(["APPUI","INDÉCIS→APPUI","PANCARTE OK","BÉNÉVOLE"])
        out.append(f"{i+1:>3} {R.randint(10,99)}.{digs(3)} ⟦IP:{ip4()}⟧ → ⟦IP:{ip4()}⟧ SIP INVITE From: \"Phone bank\" <sip:{PH(camp)}@voip.example> To: \"{P(g+' '+f)}\" <sip:⟦PH:{e164()}⟧@voip.example>  ;; résultat={disp}")
    return ("mixed","list","PO","$ tshark -r appels_mardi.pcap -Y sip.Method==INVITE   (annoté par le coordo)\n"+"\n".join(out))
def t_xml2003():
    out=[]
    for _ in range(R.randint(2,3)):
        g,f,_=qc(); y,m,d=dob(1945,2000)
        out.append(f"<Row><Cell><Data ss:Type=\"String\">{P(f)}</Data></Cell><Cell><Data ss:Type=\"String\">{P(g)}</Data></Cell><Cell><Data ss:Type=\"DateTime\">⟦DOB:{y}-{m:02d}-{d:02d}T00:00:00.000⟧</Data></Cell><Cell><Data ss:Type=\"String\">{PH(na())}</Data></Cell><Cell><Data ss:Type=\"String\">Représentant·e du parti — BV {R.randint(1,180)}</Data></Cell></Row>")
    return ("fr","list","PO","<?xml version=\"1.0\"?>\n<Workbook xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet ss:Name=\"Représentants\"><Table>\n"+"\n".join(out)+"\n</Table></Worksheet></Workbook>")
def t_column():
    out=[]
    for _ in range(R.randint(3,5)):
        g,f,_=qc(); a,_,_=qaddr()
        out.append(f"{pad(P(f.upper()+','+g),30)}{pad('⟦AD:'+a+'⟧',42)}{R.choice(['1','2','3','4','5'])}     {R.choice(['oui','non','?'])}")
    return ("fr","list","PO","$ column -t -s';' pointage_sec14.csv\nNOM,Prénom                    Adresse                                   Score Pancarte\n"+"\n".join(out))
def t_zendesk():
    g,f,_=R.choice([qc,ca])(); g2,_,_=qc(); a,c,fsa=qaddr()
    body=f"Bonjour, je m'appelle {P(g+' '+f)} et je veux que vous effaciez mes données. Mon adresse : ⟦AD:{a}⟧, {c} ⟦PC:{pcode(fsa)}⟧, mon cell {PH(na())}."
    return ("fr","list","",'{"ticket":{"id":%s,"subject":"Demande de suppression (Loi 25)","requester":{"name":"%s","email":"%s"},"assignee":{"name":"%s"},"description":"%s"}}'%(digs(5),P(g+" "+f),E(mail(g,f)),P(g2),body))
def t_haproxy():
    out=[]
    for _ in range(R.randint(3,4)):
        g,f,_=ca(); em=mail(g,f).replace("@","%40")
        out.append(f"Nov 12 19:{R.randint(10,59)}:{R.randint(10,59)} lb1 haproxy[2211]: ⟦IP:{ip4()}⟧:{R.randint(40000,65000)} [12/Nov/2026:19:02:11.{digs(3)}] fe_https be_dons/web2 0/0/1/88/89 302 512 - - ---- \"POST /don/merci?email=⟦EM:{em}⟧&montant={R.choice([25,75,200])} HTTP/1.1\"")
    return ("en","list","PO","# haproxy — donation thank-you redirects (should not carry e-mails in the query string!)\n"+"\n".join(out))
def t_lua():
    out=[]
    for _ in range(R.randint(2,3)):
        g,f,_=qc(); a,c,fsa=qaddr(); need=R.choice(["fauteuil roulant","oxygène portatif","marchette, ne peut pas monter de marches","malvoyante, besoin d'accompagnement"])
        out.append(f"  {{ nom = \"{P(g+' '+f)}\", adresse = \"⟦AD:{a}⟧\", tel = \"{PH(na())}\", besoin = \"{need}\" }},")
    return ("fr","list","PO,H","-- transport_jour_vote.lua (électeurs appuis, BV 22-31)\nreturn {\n"+"\n".join(out)+"\n}")
def t_edn():
    out=[]
    for _ in range(R.randint(2,3)):
        g,f,_=ca(); loc=R.choice(["CUPE 3902","USW 1005","ATU 279","OPSEU 415","Unifor 444"])
        out.append(f" {{:name \"{P(g+' '+f)}\" :local \"{loc}\" :role \"shop steward\" :email \"{E(mail(g,f))}\" :signed-endorsement true}}")
    return ("en","list","PO,TU",";; endorsers.edn — union members who signed the open letter for our candidate\n["+"\n".join(out)+"]")
def t_mailmap():
    out=[]
    for _ in range(R.randint(2,4)):
        g,f,_=R.choice([qc,frp])(); e=mail(g,f); out.append(f"{P(g+' '+f)} <{E(e)}> <{E(slug(g)+'@'+R.choice(['laptop.local','macbook.home']))}>")
    return ("mixed","list","PO","# .mailmap — appli de pointage du parti (contributeurs bénévoles)\n"+"\n".join(out))
def t_bq():
    out=[]
    for _ in range(R.randint(3,4)):
        g,f,_=qc(); _,_,fsa=qaddr()
        out.append(f"| {pad(P(g),14)}| {pad(P(f),18)}| {R.randint(19,88):>3} | ⟦PC:{pcode(fsa)}⟧ | {R.choice(['membre','ex-membre','donateur'])} |")
    return ("fr","list","PO","$ bq query --use_legacy_sql=false 'SELECT prenom, nom, age, code_postal, statut FROM crm.membres LIMIT 4'\n+----------------+--------------------+-----+---------+-----------+\n| prenom         | nom                | age | cp      | statut    |\n+----------------+--------------------+-----+---------+-----------+\n"+"\n".join(out)+"\n+----------------+--------------------+-----+---------+-----------+")
def t_dataloader():
    rows=[]
    for _ in range(R.randint(2,4)):
        g,f,_=ca(); err=R.choice(["INVALID_EMAIL_ADDRESS:Email: invalid email address","DUPLICATES_DETECTED:Use one of these records?","REQUIRED_FIELD_MISSING:[MailingPostalCode]"])
        em=mail(g,f)
        if err.startswith("INVALID"): em=em.replace(".",",",1) if "." in em.split("@")[0] else em.replace("@","@@")
        rows.append(f"\"{P(g)}\",\"{P(f)}\",\"{E(em)}\",\"{PH(na(False))}\",\"{err}\"")
    return ("en","list","PO","FirstName,LastName,Email,MobilePhone,ERROR\n"+"\n".join(rows)+"\n(error.csv — donor import for the leadership race)")
def t_android():
    out=[]
    for i in range(R.randint(3,5)):
        g,f,_=qc(); out.append(f"Row: {i} display_name={P(g+' '+f)}, data1={PH(na(form=R.choice([0,1,2])))}")
    return ("mixed","list","PO","$ adb shell content query --uri content://com.android.contacts/data/phones --projection display_name:data1\n# cell de l'organisatrice — contacts étiquetés « bénévoles jour J »\n"+"\n".join(out))
T=[t_dynamo,t_dumper,t_rust,t_passwd,t_mutt,t_shopify,t_helloasso,t_evt4625,t_last,t_sip,t_xml2003,t_column,t_zendesk,t_haproxy,t_lua,t_edn,t_mailmap,t_bq,t_dataloader,t_android]
def make_lists(n):
    out=[]; i=0
    while len(out)<n:
        item=T[i%len(T)](); i+=1
        k=item[3].count("⟦")
        if 3<=k<=20: out.append(item)
    return out
if __name__=="__main__":
    for it in make_lists(80)[:22]: print(it[:3]); print(it[3]); print("-----")
