#!/usr/bin/env python3
"""Seeded list generator for blind-2026-12-p (written from scratch, seed 58807). make_lists(n) cycles 9 everyday export
shapes that no earlier README names: a CallHub phone-bank results CSV, a Qomon door-to-door export (France), a Zeffy
donation export, a Brevo contacts export (France), a SignUpGenius sign-up report, a Microsoft Bookings export of
constituency-office appointments (casework, no category), a Framaforms export of assesseur volunteers with DOB,
Wix Forms lawn-sign submissions, and a Square POS transactions CSV of fundraiser merchandise (masked card not labelled).
Returns (lang, kind, sens, marked) tuples; every list has 3-20 entities (checked in make_lists)."""
import random, unicodedata
R = random.Random(58807)
POOLS = {  # community -> (women, men, families); '_' joins multi-word parts
 "qc": ("Nathalie Sophie-Anne Line Marjolaine Roxanne Ariane Chantale Isabelle-Marie","Sylvain Pierre-Luc Gaétan Denis Mathieu-Olivier Réal Jocelyn Francis","Bergeron Pelletier-Roy Thibodeau Lessard Cloutier Gagné-Morin Paradis Savard Turcotte Desrosiers Lemelin Vézina"),
 "acad": ("Rachelle Aurore Yvette","Gilles Omer Aldéric","Haché Robichaud-LeBlanc Chiasson Thériault Savoie"),
 "fr": ("Clémence Solène Anaïs Gwenaëlle Éloïse","Baptiste Thibault Erwan Matthieu Aurélien","Le_Guennec Barbier Fontaine-Morel Peyrot Chabert Lemaître Ricard Jourdan"),
 "hai": ("Widlene Nadège Rose-Carmelle Fabiola","Ricardo Jean-Ronel Wilfrid Dieuseul","Bellegarde Saintilus Joseph-Noël Charlotin Desroches Métellus"),
 "wafr": ("Aïssatou Adjoa Mariama Ndeye","Ousmane Kwabena Mamadou Ibrahima","Ndiaye Traoré Mensah Keïta Ouédraogo Bah"),
 "magh": ("Samira Rania Yasmine Hajar","Karim Mehdi Hicham Rachid","Benali Cherkaoui Haddad Amrani Bensaïd Oulhaj"),
 "sasia": ("Harpreet Deepika Anjali Shabnam","Gurpreet Vikram Arjun Faisal","Sandhu Iyer Chaudhry Patel Rathore Qureshi"),
 "easia": ("Mei-Ling Yuki Soo-ah Xinyi","Wei Hiroshi Min-jun Jun","Zhou Sato Park Lin Takahashi Choi"),
 "viet": ("Thanh_Hương Ngọc_Mai Kim_Oanh","Quốc_Bảo Minh_Khôi Đức","Phạm Đặng Trịnh Ngô Huỳnh"),
 "indig": ("Shannon Nakuset Tanya Mishtanin","Kanatase Wapistan Jordan Tshiuetin","Mark Vollant Ottawa-Coocoo Dedam Kurtness Nepinak"),
 "latam": ("Valentina Ximena Paola","Joaquín Mateo Rodrigo","Castañeda Villalobos Quispe Montoya Salgado"),
 "eeur": ("Iryna Katarzyna Daria","Bohdan Tomasz Mirko","Kovalenko Nowicka Petrović Marinescu Hrycak"),
 "en": ("Heather Leanne Corinne Abigail","Trevor Darren Malcolm Owen","Fairweather MacKinnon Pruitt Holloway Ashdown Blackwood"),
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
        if p not in _used: _used.add(p); return p[0],p[1]
QCM=("qc",)*5+("acad","hai","wafr","magh","sasia","easia","viet","indig","latam","eeur")
CAM=("en",)*4+("acad","hai","wafr","sasia","easia","viet","indig","latam","eeur","magh")
FRM=("fr",)*5+("magh","wafr","hai","viet","eeur")
def qc(): return draw(R.choice(QCM))
def ca(): return draw(R.choice(CAM))
def frp(): return draw(R.choice(FRM))
def P(x): return f"⟦P:{x}⟧"
def PH(x): return f"⟦PH:{x}⟧"
def E(x): return f"⟦EM:{x}⟧"
def AD(x): return f"⟦AD:{x}⟧"
def PC(x): return f"⟦PC:{x}⟧"
def DOB(x): return f"⟦DOB:{x}⟧"
def ascii_(s): return "".join(c for c in unicodedata.normalize("NFD",s) if unicodedata.category(c)!="Mn").lower().replace(" ","").replace("'","")
DOMS=["videotron.ca","gmail.com","hotmail.com","outlook.com","yahoo.ca","sympatico.ca","bell.net","courriel.example"]
FDOMS=["orange.fr","free.fr","laposte.net","gmail.com","sfr.fr","wanadoo.fr"]
def mail(g,f,fr=False): return f"{ascii_(g)}{R.choice(['.','_',''])}{ascii_(f)}{R.choice(['','','7','62','.qc'])}@{R.choice(FDOMS if fr else DOMS)}".replace(".qc@","@")
QC_AC=["514","438","450","418","581","819","873","579","367"]; CA_AC=["613","416","647","905","902","506","204","306","403","604","709"]
def na(ac=None): return f"{ac or R.choice(QC_AC)}-555-01{R.randint(0,99):02d}"
def na_bare(ac=None): return f"{ac or R.choice(QC_AC)}55501{R.randint(0,99):02d}"
FRB=["01 99 00","02 61 91","03 53 01","04 65 71","05 36 49","06 39 98","07 00 11"]
def frtel(): return f"{R.choice(FRB)} {R.randint(10,99)} {R.randint(10,99)}"
QC_CITY=[("Montréal","H2J",["rue Marie-Anne Est","avenue Papineau","rue Fabre","rue de Bordeaux"]),("Québec","G1L",["3e Avenue","rue de la Canardière","8e Rue"]),
 ("Sherbrooke","J1H",["rue Wellington Sud","rue Kennedy Nord","rue Belvédère Sud"]),("Trois-Rivières","G9A",["rue Saint-Maurice","rue Laviolette"]),
 ("Gatineau","J8Y",["rue Laval","boulevard Saint-Joseph","rue Charlevoix"]),("Saguenay","G7H",["rue Jacques-Cartier Est","rue Bossé"]),
 ("Rimouski","G5L",["rue Saint-Germain Ouest","avenue Rouleau"]),("Longueuil","J4K",["rue Saint-Charles Ouest","rue Grant"]),("Laval","H7N",["boulevard Lévesque Est","rue Cartier"])]
CA_CITY=[("Ottawa","K1S",["Bank St","Fifth Ave","Holmwood Ave"],"ON"),("Halifax","B3K",["Agricola St","Robie St","Cunard St"],"NS"),
 ("Winnipeg","R2W",["Selkirk Ave","Aberdeen Ave","Mountain Ave"],"MB"),("Moncton","E1C",["Botsford St","Highfield St"],"NB"),
 ("Saskatoon","S7K",["Avenue D N","33rd St W"],"SK"),("Hamilton","L8L",["Barton St E","Sherman Ave N"],"ON"),("Victoria","V8T",["Fernwood Rd","Cook St"],"BC")]
FR_CITY=[("Rennes","35000",["rue de Saint-Malo","boulevard de la Liberté","rue d'Antrain"]),("Lyon","69003",["cours Gambetta","rue Paul-Bert","rue Servient"]),
 ("Toulouse","31500",["avenue de la Colonne","rue Périole"]),("Lille","59000",["rue Solférino","rue de Wazemmes"]),("Montreuil","93100",["rue de Paris","rue Robespierre"]),
 ("Nantes","44000",["rue Fouré","quai de Versailles"]),("Grenoble","38000",["cours Berriat","rue Thiers"]),("Clermont-Ferrand","63000",["rue Fontgiève","avenue Carnot"])]
def LL(): return R.choice("ABCEGHJKLMNPRSTVWXYZ")
def pc(fsa): return f"{fsa} {R.randint(1,9)}{LL()}{R.randint(1,9)}"
def qc_addr():
    c,f,s=R.choice(QC_CITY); n=R.randint(100,9800)
    a=f"{n}, {R.choice(s)}"+(f", app. {R.randint(1,12)}" if R.random()<.25 else ""); return a,c,pc(f)
def ca_addr():
    c,f,s,pv=R.choice(CA_CITY); a=(f"{R.randint(1,9)}-" if R.random()<.2 else "")+f"{R.randint(12,2900)} {R.choice(s)}"; return a,c,pc(f),pv
def fr_addr():
    c,z,s=R.choice(FR_CITY); a=f"{R.randint(1,140)}{R.choice(['',' bis','',''])} {R.choice(s)}"; return a,c,z

def t_callhub():
    rows=["contact_id,first_name,last_name,phone_number,disposition,q1_support,q2_sign,agent"]
    for _ in range(R.randint(3,5)):
        g,f=ca(); d=R.choice(["Answered","Answered","Voicemail","Answered"]); s=R.choice(["1 - strong yes","2 - leaning","3 - undecided","4 - leaning other","5 - no"]) if d=="Answered" else ""
        rows.append(f"{R.randint(100000,999999)},{P(g)},{P(f)},+1{na_bare(R.choice(CA_AC))},{d},{s},{R.choice(['yes','']) if s[:1] in '12' else ''},{R.choice(['dana.k','mike_r','sgill'])}")
    rows=[r.replace("+1⟦","⟦") for r in rows]
    return ("en","list","PO","callhub_export_phonebank_ward3.csv (paste) — can you tally the 1s and 2s?\n"+"\n".join(
        r if i==0 else r.replace(",+1",",⟦PH:+1").replace(",Answered","⟧,Answered").replace(",Voicemail","⟧,Voicemail") for i,r in enumerate(rows)))
def t_qomon():
    rows=["Adresse;Prénom;Nom;Téléphone;Email;Niveau d'intérêt;Commentaire"]
    for _ in range(R.randint(2,4)):
        g,f=frp(); a,c,z=fr_addr()
        rows.append(f"{AD(a)}, {PC(z)} {c};{P(g)};{P(f.upper())};{PH(frtel()) if R.random()<.7 else ''};{E(mail(g,f,True)) if R.random()<.5 else ''};{R.choice(['Sympathisant','Très favorable','Indécis','Militant potentiel'])};{R.choice(['veut tracter','rappeler après 18h','a signé la pétition','','souhaite adhérer'])}")
    return ("fr","list","PO","Export Qomon — porte-à-porte samedi, secteur "+R.choice(["Nord","Gare","Centre-ville","Quartiers Est"])+"\n"+"\n".join(rows))
def t_zeffy():
    rows=["Date,First Name,Last Name,Email,Address,City,Postal Code,Amount,Campaign"]
    for _ in range(R.randint(2,3)):
        g,f=ca(); a,c,p,pv=ca_addr()
        rows.append(f"2026-{R.randint(9,11):02d}-{R.randint(1,28):02d},{P(g)},{P(f)},{E(mail(g,f))},{AD(a)},{c},{PC(p)},{R.choice([25,50,100,200,400])}.00,Fall Fundraiser — Riding Association")
    return ("en","list","PO","Zeffy export (donations) — please merge with our thank-you letter list\n"+"\n".join(rows))
def t_brevo():
    rows=["EMAIL;NOM;PRENOM;SMS;CODE_POSTAL;LISTES"]
    for _ in range(R.randint(3,4)):
        g,f=frp(); a,c,z=fr_addr(); tel=frtel().replace(" ","")
        rows.append(f"{E(mail(g,f,True))};{P(f.upper())};{P(g)};{PH('33'+tel[1:])};{PC(z)};#{R.randint(3,9)} Adhérents 2026, #{R.randint(10,14)} Newsletter fédé")
    return ("fr","list","PO","Brevo > Contacts > Exporter (CSV) — liste des adhérents à jour de cotisation\n"+"\n".join(rows))
def t_signup():
    slots=["Sat 9:00-12:00 — door knocking (meet at office)","Sat 13:00-16:00 — lit drop","Sun 10:00-13:00 — phone bank","Tue 18:00-21:00 — sign crew"]
    out=[]
    for s in R.sample(slots,2):
        out.append(s)
        for _ in range(R.randint(1,2)):
            g,f=ca(); out.append(f"   {P(g+' '+f)}  |  {E(mail(g,f))}  |  {PH(na(R.choice(CA_AC)))}  |  {R.choice(['bringing my teen','first time!','','can drive'])}")
    return ("en","list","PO","SignUpGenius — Sign-Up Report: Volunteer Week, Campaign Office\n"+"\n".join(out))
def t_bookings():
    out=["Date;Heure;Service;Client;Courriel;Téléphone;Notes"]
    for _ in range(R.randint(2,3)):
        g,f=qc(); out.append(f"2026-11-{R.randint(2,27):02d};{R.randint(9,15)}:{R.choice(['00','30'])};{R.choice(['Rendez-vous citoyen','Aide formulaire fédéral','Lettre d’appui'])};{P(g+' '+f)};{E(mail(g,f))};{PH(na())};{R.choice(['dossier passeport','pension de vieillesse','permis de travail du fils','',''])}")
    return ("fr","list","","Export Microsoft Bookings — bureau de circonscription (à trier par date svp)\n"+"\n".join(out))
def t_frama():
    out=["Horodatage,Nom,Prénom,Date de naissance,Commune,Téléphone,Créneau"]
    for _ in range(R.randint(2,4)):
        g,f=frp(); a,c,z=fr_addr(); y=R.randint(1950,2004); m=R.randint(1,12); d=R.randint(1,28)
        out.append(f"2026-03-0{R.randint(1,9)} 1{R.randint(0,9)}:{R.randint(10,59)},{P(f.upper())},{P(g)},{DOB(f'{d:02d}/{m:02d}/{y}')},{c},{PH(frtel())},{R.choice(['8h-13h','13h-18h','dépouillement'])}")
    return ("fr","list","PO","Framaforms — « Devenir assesseur·e pour la liste » — export CSV\n"+"\n".join(out))
def t_wix():
    out=[]
    for _ in range(R.randint(2,3)):
        g,f=qc(); a,c,p=qc_addr()
        out.append(f"Submission #{R.randint(1000,9999)}\n  Nom complet: {P(g+' '+f)}\n  Adresse: {AD(a)}, {c} {PC(p)}\n  Téléphone: {PH(na())}\n  Type: {R.choice(['Pancarte de terrain','Pancarte de balcon'])}")
    return ("fr","list","PO","Wix Forms > Soumissions « Je veux une pancarte » (copié-collé)\n\n"+"\n".join(out))
def t_square():
    out=["Date,Time,Gross Sales,Item,Customer Name,Customer Email,Card Brand,PAN Suffix"]
    for _ in range(R.randint(3,5)):
        g,f=ca(); out.append(f"11/{R.randint(1,28):02d}/2026,{R.randint(17,21)}:{R.randint(10,59)},${R.choice([15,20,35])}.00,{R.choice(['Tuque','Button pack','T-shirt (L)','Mug'])},{P(g+' '+f)},{E(mail(g,f))},{R.choice(['Visa','Mastercard','Interac'])},{R.randint(1000,9999)}")
    return ("en","list","PO","Square — Transactions export, merch table at the spaghetti supper\n"+"\n".join(out))
T=[t_callhub,t_qomon,t_zeffy,t_brevo,t_signup,t_bookings,t_frama,t_wix,t_square]
def make_lists(n):
    out=[]; i=0
    while len(out)<n:
        item=T[i%len(T)](); i+=1
        k=item[3].count("⟦")
        if 3<=k<=20: out.append(item)
    return out
if __name__=="__main__":
    for it in make_lists(9): print(it[:3]); print(it[3]); print("-----")
