#!/usr/bin/env python3
"""Check-digit-valid synthetic identifiers for blind-2026-12-l (written from scratch, seed 52789).
Prints SINs (Luhn; incl. 9xx temporary residents), cards (Visa, Mastercard 51-55 and 2221-2720, Amex 34/37; Luhn),
IBANs (mod 97; FR and MC with the RIB key, BE with its national mod-97 key) and NIRs (key = 97 - n mod 97, 2A/2B handled,
97x departments with a 3-digit department code). The values were pasted by hand into the data_*.txt files."""
import random
R = random.Random(52789)
def luhn_ok(d):
    t=0
    for i,x in enumerate(map(int,reversed(d))):
        if i%2: x*=2; x-=9 if x>9 else 0
        t+=x
    return t%10==0
def complete(p):
    for c in "0123456789":
        if luhn_ok(p+c): return p+c
def digs(n): return "".join(str(R.randint(0,9)) for _ in range(n))
def sin(first=None): return complete((first or R.choice("1234567"))+digs(7))
def card(kind):
    if kind=="visa": return complete("4"+digs(14))
    if kind=="mc": return complete(str(R.randint(51,55))+digs(13))
    if kind=="mc2": return complete(str(R.randint(2221,2720))+digs(11))
    if kind=="amex": return complete(R.choice(["34","37"])+digs(12))
def iban(cc,bban):
    n="".join(str(int(c,36)) for c in bban+cc+"00"); k=98-int(n)%97
    return f"{cc}{k:02d}{bban}"
def rib_key(bank,guichet,compte):
    conv={**{str(i):i for i in range(10)},**dict(zip("ABCDEFGHI",range(1,10))),**dict(zip("JKLMNOPQR",range(1,10))),**dict(zip("STUVWXYZ",range(2,10)))}
    c=int("".join(str(conv[x]) for x in compte))
    return 97-((89*int(bank)+15*int(guichet)+3*c)%97)
def fr_iban(cc="FR"):
    b,g,c=digs(5),digs(5),digs(11); return iban(cc,f"{b}{g}{c}{rib_key(b,g,c):02d}")
def be_iban():
    b=digs(10); return iban("BE",f"{b}{int(b)%97 or 97:02d}")
def nir(sex,yy,mm,dep,):
    com=digs(2) if len(dep)==3 else digs(3); body=f"{sex}{yy:02d}{mm:02d}{dep}{com}{digs(3)}"
    n=int(body.replace("2A","19").replace("2B","18")); return body+f"{97-n%97:02d}"
def sp(s,n=3): return " ".join(s[i:i+n] for i in range(0,len(s),n))
if __name__=="__main__":
    print("SIN", [sp(sin()) for _ in range(8)], "9xx", [sp(sin("9")) for _ in range(3)])
    for k in ("visa","visa","visa","mc","mc","mc2","amex","amex","visa","mc"): c=card(k); print("CARD",k," ".join(c[i:i+4] for i in range(0,len(c),4)))
    g4=lambda x: " ".join(x[i:i+4] for i in range(0,len(x),4))
    for _ in range(4): print("IBAN FR", g4(fr_iban()))
    print("IBAN MC", g4(fr_iban("MC")))
    print("IBAN BE", g4(be_iban()))
    for cc,n in (("DE",18),("CH",17),("ES",20),("IT",None),("GB",None),("IE",None),("LU",16),("PT",21),("NL",None),("TN",20),("MA",24),("SN",None),("CI",None),("CM",None),("AT",16)):
        if cc=="IT": bb=R.choice("ABCDEFGHJ")+digs(10)+digs(12)
        elif cc=="GB": bb="NWBK"+digs(14)
        elif cc=="IE": bb="AIBK"+digs(14)
        elif cc=="NL": bb="INGB"+digs(10)
        elif cc=="SN": bb="SN"+digs(22)
        elif cc=="CI": bb="CI"+digs(22)
        elif cc=="CM": bb=digs(23)
        else: bb=digs(n)
        print("IBAN",cc,g4(iban(cc,bb)))
    for sex,yy,mm,dep in ((1,58,3,"75"),(2,71,11,"13"),(1,66,7,"2A"),(2,82,2,"2B"),(1,90,5,"971"),(2,77,9,"972"),(1,85,12,"973"),(2,93,4,"974"),(1,99,8,"976"),
                          (2,64,6,"29"),(1,79,10,"31"),(2,88,1,"59"),(1,54,4,"67"),(2,69,12,"64"),(1,2,3,"93"),(2,96,7,"44"),(1,61,9,"69"),(2,74,5,"35")):
        v=nir(sex,yy,mm,dep); print("NIR",f"sex={sex} {yy:02d}/{mm:02d} dep={dep}",v,f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}" if len(dep)==2 else f"{v[0]} {v[1:3]} {v[3:5]} {v[5:8]} {v[8:10]} {v[10:13]} {v[13:]}")
