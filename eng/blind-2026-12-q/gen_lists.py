#!/usr/bin/env python3
"""Seeded list generator for blind-2026-12-q (written from scratch, seed 31583). make_lists(n) cycles 6 everyday export
shapes that no earlier README names: an Ecanvasser interactions export, a Mobilize event RSVP CSV, an Action Network
petition-signers CSV, a CanadaHelps-style donation report, a Tally form responses CSV (volunteer sign-up, French), and a
Google Groups member list of a riding association's volunteers' group. Returns (lang, kind, sens, marked) tuples; every
list has 3-20 entities (checked in make_lists). NANP phones are 555-01xx; postal codes start with a real FSA for the city."""
import random
R = random.Random(31583)
POOLS = {
 "qc": ("Maryse Josianne Audrey-Anne Nicole Valérie Sarah-Maude", "Stéphane Jean-Guy Alexis Réjean Marc-Antoine Benoît", "Gingras Lapierre-Rioux Bouffard Cantin Dufour Laflamme Guay Poirier Trudel-Ménard"),
 "hai": ("Guerline Roseline Mirlande", "Jean-Wesley Frantz Lesly", "Pierre-Louis Dorsainvil Lafortune Célestin"),
 "wafr": ("Fatou Abena Kadiatou", "Moussa Yaw Sékou", "Sarr Owusu Koné Diop"),
 "magh": ("Nadia Imane Soukaina", "Youssef Anis Walid", "Tahiri Boudjema El Fassi Mansouri"),
 "sasia": ("Simran Kavya Nusrat", "Rohan Amrit Imran", "Grewal Krishnan Siddiqui Bhatt"),
 "easia": ("Jia Hui Aiko Min-seo", "Hao Takeshi Ji-ho", "Wu Nakamura Kang Tsai"),
 "viet": ("Thu Trang Bảo Ngọc", "Văn Hùng Minh Tuấn", "Lê Đỗ Vũ"),
 "indig": ("Kateri Shelby Nancy", "Raymond Tecumseh Dwayne", "Jacobs Swampy Kistabish Diabo"),
 "latam": ("Camila Daniela", "Andrés Felipe", "Ochoa Ramírez Pardo"),
 "eeur": ("Olena Magdalena", "Dmytro Pavel", "Shevchuk Kowalczyk Novak"),
 "en": ("Meredith Shannon Courtney Joanne", "Grant Kieran Wesley Neil", "Thornbury MacAulay Pritchard Wentworth Coombs"),
 "gr": ("Despina Sofia", "Nikos Yannis", "Papadopoulos Karras"),
 "pt": ("Fernanda Inês", "Tiago Rui", "Medeiros Cabral"),
}
_used=set()
def name(comm=None):
    while True:
        c = comm or R.choice(list(POOLS))
        w,m,f = POOLS[c]
        g = R.choice((w+" "+m).split()); s = R.choice(f.split())
        full=(g,s)
        if full not in _used: _used.add(full); return g,s
def P(x): return f"⟦P:{x}⟧"
def PH(x): return f"⟦PH:{x}⟧"
def EM(x): return f"⟦EM:{x}⟧"
def AD(x): return f"⟦AD:{x}⟧"
def PC(x): return f"⟦PC:{x}⟧"
def strip(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFD",s) if unicodedata.category(c)!="Mn").lower().replace("đ","d").replace(" ","").replace("'","")
DOMS=["gmail.com","outlook.com","videotron.ca","hotmail.com","yahoo.ca","bell.net","icloud.com"]
def mail(g,s): return f"{strip(g)}.{strip(s)}@{R.choice(DOMS)}"
def phone(ac): return f"{ac} 555-01{R.randint(0,99):02d}"
CITIES=[("Montréal","514",["H2G","H1Z","H3N","H4C","H2J"],["rue Saint-Hubert","avenue Christophe-Colomb","rue Jarry Est","boulevard Saint-Michel","rue Ontario Est"]),
        ("Québec","418",["G1J","G1L","G1K"],["rue de la Canardière","3e Avenue","boulevard Charest Est"]),
        ("Laval","450",["H7G","H7N"],["boulevard Lévesque Est","rue Grenon"]),
        ("Sherbrooke","819",["J1G","J1H"],["rue Wellington Sud","rue King Est"]),
        ("Gatineau","819",["J8Y","J8X"],["boulevard Saint-Joseph","rue Montcalm"])]
EN_CITIES=[("Toronto","416",["M6H","M4K"],["Dovercourt Rd","Danforth Ave"]),("Ottawa","613",["K1S","K2P"],["Bank St","Bronson Ave"]),
           ("Halifax","902",["B3K","B3H"],["Agricola St","Robie St"]),("Winnipeg","204",["R3M","R2W"],["Corydon Ave","Selkirk Ave"])]
def pcode(fsa): return f"{fsa} {R.randint(1,9)}{R.choice('ABCEGHJKLMNPRSTVWXY')}{R.randint(0,9)}"

def t_ecanvasser():
    city,ac,fsas,streets=R.choice(CITIES); st=R.choice(streets)
    out=["Interaction ID,Date,Canvasser,Contact Name,Address,Postal Code,Phone,Support Level,Tags"]
    cv=" ".join(name("qc"))
    for _ in range(R.randint(3,4)):
        g,s=name(); num=R.randint(100,8999)
        out.append(f"{R.randint(100000,999999)},2026-10-{R.randint(1,28):02d},{P(cv)},{P(g+' '+s)},\"{AD(f'{num}, {st}')}\",{PC(pcode(R.choice(fsas)))},{PH(phone(ac))},{R.choice(['1 - Strong Support','2 - Lean Support','3 - Undecided','4 - Lean Opposed'])},{R.choice(['sign','volunteer','-','callback'])}")
    return ("fr","list","PO",f"Ecanvasser — export des interactions, {city}\n"+"\n".join(out))
def t_mobilize():
    city,ac,fsas,streets=R.choice(EN_CITIES)
    out=["event_name,timeslot,first_name,last_name,email,phone,zip,status"]
    for _ in range(R.randint(3,4)):
        g,s=name()
        out.append(f"Debate watch party ({city}),2026-10-15 19:00,{P(g)},{P(s)},{EM(mail(g,s))},{PH(phone(ac))},{PC(pcode(R.choice(fsas)))},{R.choice(['CONFIRMED','CANCELLED','ATTENDED'])}")
    return ("en","list","PO","Mobilize — RSVP export\n"+"\n".join(out))
def t_action_network():
    out=["first_name,last_name,email,zip_code,can2_state_abbreviated,created_at,comment"]
    city,ac,fsas,_=R.choice(EN_CITIES); prov={"Toronto":"ON","Ottawa":"ON","Halifax":"NS","Winnipeg":"MB"}[city]
    for _ in range(R.randint(3,5)):
        g,s=name()
        out.append(f"{P(g)},{P(s)},{EM(mail(g,s))},{PC(pcode(R.choice(fsas)))},{prov},2026-09-{R.randint(1,30):02d},\"{R.choice(['Keep the clinic open!','Signed for my mom','','Proud to support this'])}\"")
    return ("en","list","PO","Action Network — petition signers: Keep the Walk-In Clinic Open\n"+"\n".join(out))
def t_canadahelps():
    city,ac,fsas,streets=R.choice(EN_CITIES)
    out=["Donation Date | Donor Name | Address | Postal Code | Email | Amount | Receipt"]
    for _ in range(R.randint(3,4)):
        g,s=name()
        out.append(f"2026-10-{R.randint(1,28):02d} | {P(s+', '+g)} | {AD(str(R.randint(10,999))+' '+R.choice(streets))} | {PC(pcode(R.choice(fsas)))} | {EM(mail(g,s))} | ${R.choice([25,50,100,200])}.00 | Yes")
    return ("en","list","PO",f"Donation report — riding association ({city}), October\n"+"\n".join(out))
def t_tally():
    city,ac,fsas,streets=R.choice(CITIES)
    out=["Submitted at;Prénom;Nom;Courriel;Cellulaire;Disponibilités;Je peux aider pour"]
    for _ in range(R.randint(3,4)):
        g,s=name()
        out.append(f"2026-09-{R.randint(1,30):02d} 2{R.randint(0,3)}:{R.randint(10,59)};{P(g)};{P(s)};{EM(mail(g,s))};{PH(phone(ac))};{R.choice(['soirs','fins de semaine','jour du vote'])};{R.choice(['porte-à-porte','pointage','transport','pancartes'])}")
    return ("fr","list","PO",f"Tally — Formulaire « Je deviens bénévole » ({city}) — réponses\n"+"\n".join(out))
def t_ggroups():
    out=["Email address,Nickname,Group status,Email status,Join date"]
    for _ in range(R.randint(4,7)):
        g,s=name()
        out.append(f"{EM(mail(g,s))},{P(g+' '+s)},member,{R.choice(['Each email','Digest','No email'])},2026-0{R.randint(3,9)}-{R.randint(1,28):02d}")
    return ("mixed","list","PO","Google Groups — membres de "+EM("benevoles-circo@googlegroups.com")+"\n"+"\n".join(out))
T=[t_ecanvasser,t_mobilize,t_action_network,t_canadahelps,t_tally,t_ggroups]
def make_lists(n):
    out=[]; i=0
    while len(out)<n:
        item=T[i%len(T)](); i+=1
        k=item[3].count("⟦")
        if 3<=k<=20: out.append(item)
    return out
if __name__=="__main__":
    for it in make_lists(6): print(it[:3]); print(it[3]); print("-----")
