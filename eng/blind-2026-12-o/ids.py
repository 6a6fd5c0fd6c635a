#!/usr/bin/env python3
"""Print check-digit-valid identifiers (seed 60917) for pasting into this set's hand-written texts.
SIN and cards: Luhn. IBAN: mod 97 (FR/MC with the RIB key). NIR: key = 97 - (first 13 digits mod 97), 2A->19, 2B->18."""
import random
R = random.Random(60917)
def luhn_complete(p):
    for d in "0123456789":
        s=p+d; t=0
        for i,x in enumerate(map(int,reversed(s))):
            if i%2: x*=2; x-=9 if x>9 else 0
            t+=x
        if t%10==0: return s
def digs(n): return "".join(str(R.randint(0,9)) for _ in range(n))
def iban(cc,bban):
    s=bban+cc+"00"; n=int("".join(str(int(c,36)) for c in s)); return cc+f"{98-n%97:02d}"+bban
def rib_key(b,g,c):
    t=str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ","12345678912345678923456789")
    c=c.translate(t); return f"{97-(89*int(b)+15*int(g)+3*int(c))%97:02d}"
def grp(s): return " ".join(s[i:i+4] for i in range(0,len(s),4))
print("SIN"); [print(" ", (lambda s: s[:3]+" "+s[3:6]+" "+s[6:])(luhn_complete(R.choice("1234567")+digs(7)))) for _ in range(10)]
print("SIN 9xx"); print(" ", luhn_complete("9"+digs(7)))
print("CARDS")
for p,n in [("4",16),("4",16),("4",16),("51",16),("54",16),("2221",16),("2720",16),("37",15),("34",15),("4",16),("53",16)]:
    print(" ", luhn_complete(p+digs(n-len(p)-1)))
print("IBAN")
for _ in range(3):
    b,g,c=digs(5),digs(5),digs(11); print("  FR", grp(iban("FR",b+g+c+rib_key(b,g,c))))
b,g,c=digs(5),digs(5),digs(11); print("  MC", grp(iban("MC",b+g+c+rib_key(b,g,c))))
print("  BE", grp(iban("BE",(lambda x: x+f"{int(x)%97 or 97:02d}")(digs(10)))))
print("  DE", grp(iban("DE",digs(18))))
print("  CH", grp(iban("CH",digs(17))))
print("  IT", grp(iban("IT","X"+digs(10)+digs(12))))
print("  ES", grp(iban("ES",digs(20))))
print("  PT", grp(iban("PT",digs(21))))
print("  NL", grp(iban("NL","ABNA"+digs(10))))
print("  LU", grp(iban("LU",digs(16))))
print("  TN", grp(iban("TN",digs(20))))
print("  SN", grp(iban("SN","A"+digs(23))))
print("  GB", grp(iban("GB","NWBK"+digs(14))))
print("  AT", grp(iban("AT",digs(16))))
print("NIR (sex yy mm dep com ord key)")
for sex,yy,mm,dep,com in [(2,"58","03","75","114"),(1,"71","11","13","055"),(2,"84","06","2A","004"),(1,"66","09","2B","096"),(2,"90","01","971","05"),(1,"77","12","972","09"),(2,"62","07","973","02"),(1,"95","04","974","15"),(2,"81","10","976","11"),(1,"59","02","29","232"),(2,"88","08","69","383"),(1,"93","05","67","482"),(2,"73","12","44","109"),(1,"50","06","59","512"),(2,"99","03","33","063")]:
    body=f"{sex}{yy}{mm}{dep}{com}{R.randint(1,999):03d}"; n=int(body.replace("2A","19").replace("2B","18"))
    print(" ", body, f"{97-n%97:02d}", f"  (sex {sex}, 19{yy}-{mm}, dep {dep})")
