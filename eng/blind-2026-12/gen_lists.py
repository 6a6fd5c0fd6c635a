"""Generate dense list/CSV-like texts (kind=list) with inline markup."""
import random

R = random.Random(20261201)

# (given, family, community)
NAMES = [
 ("Aminata","Diallo"),("Kouamé","Yao"),("Chukwuemeka","Okafor"),("Fatoumata","Traoré"),("Moussa","Keïta"),
 ("Adjoa","Mensah"),("Oluwaseun","Adeyemi"),("Mamadou","Ba"),("Awa","Ndiaye"),("Kofi","Asante"),("Ousmane","Sow"),
 ("Jean-Baptiste","Pierre-Louis"),("Marie-Yolène","Désir"),("Wilner","Jean-Charles"),("Nadège","Saint-Fleur"),
 ("Ricardo","Dorvilus"),("Guerline","Joseph"),("Frantz","Théodore"),("Roselaure","Beauséjour"),("Fritz-Gérald","Dorsainvil"),
 ("Harpreet Kaur","Sandhu"),("Venkatesh","Raghunathan"),("Priya","Natarajan"),("Gurdeep Singh","Gill"),("Ayesha","Siddiqui"),
 ("Rohan","Mehta"),("Tharshini","Sivakumar"),("Anjali","Deshpande"),("Imran","Chaudhry"),
 ("Wei","Zhang"),("Thị Hoa","Nguyễn"),("Ji-hoon","Park"),("Mei","Li"),("Van Minh","Tran"),("Soo-yeon","Kim"),
 ("Xiaoling","Chen"),("Quốc Bảo","Phạm"),("Thị Thu","Lê"),("Yuki","Watanabe"),("Minh Châu","Võ"),
 ("Karim","Benali"),("Fatima Zahra","El Idrissi"),("Youssef","Amrani"),("Nadia","Bouzid"),("Mehdi","Haddad"),
 ("Samira","Cherkaoui"),("Rachid","Ait Ouarab"),("Leïla","Mansouri"),("Sofiane","Boukhalfa"),("Yasmina","Ben Saïd"),
 ("Kanatase","Jacobs"),("Tekarontake","Deer"),("Kahentinetha","Diabo"),("Wapistan","Mestokosho"),("Mani","Ottawa"),
 ("Annie","Nulukie"),("Jaaji","Okpik"),("Elisapie","Qinuajuak"),("Siasi","Alaku"),("Lucassie","Tookalook"),("Naomi","Blackbird"),
 ("Geneviève","Tremblay-Bouchard"),("Luc","de la Fontaine"),("Pieter","Van der Berg"),("Sylvie","Gagnon"),
 ("Mathieu","Pelletier"),("Hélène","Côté-Rioux"),("Jean-François","Lemieux"),("Chloé","Bélanger"),("Yannick","Le Goff"),
 ("Bernadette","Moreau"),("Thierry","Lefèvre"),("Martine","Dubois-Lacroix"),("Anne-Sophie","d'Amours"),("Océane","Marchand"),
 ("Rose","Whitfield"),("Will","Hardy"),("Hope","Mackenzie"),("Grant","Ellison"),("Bill","Fraser"),("Dawn","Patterson"),
 ("Faith","O'Connor"),("Mark","Summers"),("Summer","Reid"),("Jean-Claude","Bélizaire"),("Ludivine","Célestine"),
 ("Johan","Payet"),("Priscilla","Hoarau"),("Maxime","Tiouka"),("Zaïnaba","Soilihi"),("Félix","Ramassamy"),
 ("Marie-Ève","Gauthier"),("Réjean","Boudreault"),("Ginette","Lavoie"),("Gérard","Poulin"),("Diane","Morissette"),
]

QC_STREETS = ["rue Beaubien Est","avenue Papineau","rue Saint-Denis","boulevard Saint-Michel","rue Fleury Ouest","avenue Christophe-Colomb",
 "rue Jarry Est","chemin de la Côte-des-Neiges","rue Sicard","avenue Cartier","1re Avenue","rue de Bordeaux","boulevard Pie-IX","rue Ontario Est"]
EN_STREETS = ["Maple Crescent","Rose Lane","Grant Street","Queen Mary Road","Sherbrooke Street West","Elm Avenue","Victoria Drive","Hope Street"]
FR_STREETS = ["rue Oberkampf","avenue Jean-Jaurès","boulevard de la Liberté","rue des Lilas","rue de la République","impasse des Tilleuls","rue Gambetta"]
FR_PC = ["75011","75020","93200","69003","13005","33000","59000","29200","97110","97200","97400","97300","97600","31000"]
MONTHS_FR = ["janvier","février","mars","avril","mai","juin","juillet","août","septembre","octobre","novembre","décembre"]
MONTHS_EN = ["January","February","March","April","May","June","July","August","September","October","November","December"]

def qc_pc():
    L1="HJGK"; L="ABCEGHJKLMNPRSTVWXYZ"
    return f"{R.choice(L1)}{R.randint(0,9)}{R.choice(L)} {R.randint(0,9)}{R.choice(L)}{R.randint(0,9)}"
def qc_phone():
    a=R.choice(["514","438","450","418","819","581","367"]); n=R.randint(100,199)
    fmt=R.choice(["{a} 555-0{n}","({a}) 555-0{n}","{a}-555-0{n}","{a} 555 0{n}","{a}.555.0{n}"])
    return fmt.format(a=a,n=n)
def fr_phone():
    p=R.choice(["06","07","01","04"]); g=[f"{R.randint(0,99):02d}" for _ in range(4)]
    return R.choice([f"{p} {' '.join(g)}", f"{p}{''.join(g)}", f"+33 {p[1]} {' '.join(g)}", f"{p}.{'.'.join(g)}"])
def dom_phone():
    pre,cc=R.choice([("0690","590"),("0691","590"),("0696","596"),("0697","596"),("0692","262"),("0693","262"),("0694","594"),("0639","262")])
    g=[f"{R.randint(0,99):02d}" for _ in range(3)]
    return R.choice([f"{pre} {' '.join(g)}", f"+{cc} {pre[1:]} {' '.join(g)}", f"{pre}{''.join(g)}"])
def ascii_fold(s):
    import unicodedata
    s=unicodedata.normalize('NFKD',s); s=''.join(c for c in s if not unicodedata.combining(c))
    return s.lower().replace("'","").replace(" ","").replace("đ","d")
def email(g,f):
    dom=R.choice(["gmail.com","videotron.ca","hotmail.com","outlook.fr","orange.fr","bell.net","yahoo.fr","sympatico.ca","free.fr"])
    return R.choice([f"{ascii_fold(g)}.{ascii_fold(f)}@{dom}", f"{ascii_fold(g)[0]}{ascii_fold(f)}@{dom}", f"{ascii_fold(f)}{R.randint(1,99)}@{dom}"])
def dob(style):
    y=R.randint(1938,2006); m=R.randint(1,12); d=R.randint(1,28)
    return {"iso":f"{y}-{m:02d}-{d:02d}","fr":f"{d:02d}/{m:02d}/{y}","frw":f"{d} {MONTHS_FR[m-1]} {y}","en":f"{MONTHS_EN[m-1]} {d}, {y}","us":f"{m:02d}/{d:02d}/{y}"}[style]
def regdate():
    return f"{R.randint(2019,2025)}-{R.randint(1,12):02d}-{R.randint(1,28):02d}"

def M(t,v): return f"⟦{t}:{v}⟧"

def people(n):
    return R.sample(NAMES,n)

def gen_csv_fr():
    n=5; rows=["nom;prénom;téléphone;code_postal;pointage;date_inscription"]
    for g,f in people(n):
        rows.append(f"{M('P',f)};{M('P',g)};{M('PH',qc_phone())};{M('PC',qc_pc())};{R.choice([1,2,3,4])};{regdate()}")
    return "fr","\n".join(rows),"PO"
def gen_walk_fr():
    n=R.randint(6,9); street=R.choice(QC_STREETS); lines=[f"Liste de marche — {street}, secteur {R.randint(1,40)}"]
    nums=sorted(R.sample(range(1000,8999),n))
    for num,(g,f) in zip(nums,people(n)):
        lines.append(f"{M('AD',f'{num}, {street}')} : {M('P',f'{g} {f}')} — {R.choice(['appui','indécis','contre','absent','pancarte OK','pas de sollicitation'])}")
    return "fr","\n".join(lines),"PO"
def gen_bullets_en():
    n=5; lines=["Phone bank results (Tue):"]
    for g,f in people(n):
        lines.append(f"- {M('P',f'{g} {f}')}, {M('PH',qc_phone())}, {M('EM',email(g,f))} — {R.choice(['supporter','leaning','undecided','opposed','no answer'])}")
    return "en","\n".join(lines),"PO"
def gen_tsv_en():
    n=5; rows=["First\tLast\tDOB\tJoined\tPostal"]
    for g,f in people(n):
        rows.append(f"{M('P',g)}\t{M('P',f)}\t{M('DOB',dob(R.choice(['iso','us'])))}\t{regdate()}\t{M('PC',qc_pc())}")
    return "en","\n".join(rows),"PO"
def gen_donors_fr():
    n=R.randint(6,12); lines=[f"Donateurs de la soirée du {R.randint(1,28)} {R.choice(MONTHS_FR)} :"]
    for i,(g,f) in enumerate(people(n),1):
        name=R.choice([f"{g} {f}", f"{g[0]}. {f}", f"{f.upper()} {g}"])
        lines.append(f"{i}. {M('P',name)} — {R.choice([20,50,75,100,150,200,250])} $")
    return "fr","\n".join(lines),"PO"
def gen_present_fr():
    n=R.randint(8,15); ps=people(n)
    t="Présents à la réunion de l'exécutif : "+", ".join(M('P',f"{g} {f}") for g,f in ps[:-1])+" et "+M('P',f"{ps[-1][0]} {ps[-1][1]}")+". Excusés : aucun."
    return "fr",t,"PO"
def gen_dom_fr():
    n=R.randint(5,8); lines=["Assesseurs et délégués — outre-mer"]
    for g,f in people(n):
        lines.append(f"{M('P',f'{g} {f}')} | {M('PH',dom_phone())} | bureau {R.randint(1,30)}")
    return "fr","\n".join(lines),"PO"
def gen_fr_adh():
    n=5; lines=["Adhésions reçues cette semaine (copier-coller du formulaire) :"]
    for g,f in people(n):
        num=R.randint(1,120); st=R.choice(FR_STREETS)
        lines.append(f"{M('P',f'{g} {f}')}, {M('AD',f'{num} {st}')}, {M('PC',R.choice(FR_PC))}, {M('PH',fr_phone())}")
    return "fr","\n".join(lines),"PO"
def gen_birthdays():
    n=R.randint(5,7); lines=["Anniversaires des bénévoles à souligner ce trimestre (naissance / arrivée dans l'équipe) :"]
    for g,f in people(n):
        lines.append(f"- {M('P',f'{g} {f}')} : né·e le {M('DOB',dob('frw'))} ; bénévole depuis le {R.randint(1,28)} {R.choice(MONTHS_FR)} {R.randint(2010,2024)}")
    return "fr","\n".join(lines),"PO"
def gen_health():
    n=R.randint(5,7); lines=["Transport jour du vote — besoins particuliers"]
    needs=["fauteuil roulant","déambulateur","malvoyant·e","oxygène portatif","dialyse le matin","aucun"]
    for i,(g,f) in enumerate(people(n)):
        lines.append(f"{M('P',f'{g} {f}')} ({M('PH',qc_phone())}) — {needs[0] if i==0 else R.choice(needs)}")
    return "fr","\n".join(lines),"H,PO"
def gen_union_en():
    n=R.randint(6,10); lines=["Union members who signed up to canvass:"]
    for g,f in people(n):
        lines.append(f"{M('P',f'{g} {f}')} (Local {R.randint(100,999)}, {R.choice(['CUPE','Unifor','FTQ','CSN','PSAC'])})")
    return "en","\n".join(lines),"TU,PO"
def gen_mixed():
    n=R.randint(5,7); lines=["Sign requests / demandes de pancartes"]
    for g,f in people(n):
        if R.random()<.5:
            num=R.randint(10,999); st=R.choice(EN_STREETS); a=f"{num} {st}"
        else:
            num=R.randint(1000,8999); st=R.choice(QC_STREETS); a=f"{num}, {st}"
        lines.append(f"{M('P',f'{g} {f}')} - {M('AD',a)} - {R.choice(['small','grand','large','petite'])}")
    return "mixed","\n".join(lines),"PO"
def gen_emails_en():
    n=R.randint(8,14); ps=people(n)
    t="Newsletter bounce list to clean: "+"; ".join(M('EM',email(g,f)) for g,f in ps)
    return "en",t,""
def gen_petition():
    n=R.randint(5,6); rows=["Signataire,Ville,Courriel,Date signature"]
    for g,f in people(n):
        rows.append(f"{M('P',f'{g} {f}')},{R.choice(['Montréal','Laval','Longueuil','Québec','Gatineau','Sherbrooke'])},{M('EM',email(g,f))},{regdate()}")
    return "fr","\n".join(rows),"PO"

GENS=[gen_csv_fr,gen_walk_fr,gen_bullets_en,gen_tsv_en,gen_donors_fr,gen_present_fr,gen_dom_fr,gen_fr_adh,gen_birthdays,gen_health,gen_union_en,gen_mixed,gen_emails_en,gen_petition]

def make_lists(count):
    out=[]
    for i in range(count):
        lang,t,s=GENS[i%len(GENS)]()
        out.append((lang,"list",s,t))
    return out
