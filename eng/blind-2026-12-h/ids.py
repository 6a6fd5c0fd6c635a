#!/usr/bin/env python3
"""Print check-digit-valid synthetic identifiers (seed 52817) to paste into the hand-written h texts."""
import random
R=random.Random(52817)
def digs(k): return "".join(str(R.randint(0,9)) for _ in range(k))
def luhn_complete(p):
    for c in range(10):
        d=p+str(c); t=0
        for i,x in enumerate(map(int,reversed(d))):
            if i%2: x*=2; x-=9 if x>9 else 0
            t+=x
        if t%10==0: return d
def iban(cc,bb):
    n=int("".join(str(int(c,36)) for c in bb+cc+"00")); ib=f"{cc}{98-n%97:02d}{bb}"
    return " ".join(ib[i:i+4] for i in range(0,len(ib),4))
def fr_bban():
    b,g,a=digs(5),digs(5),digs(11); key=97-(89*int(b)+15*int(g)+3*int(a))%97; return f"{b}{g}{a}{key:02d}"
def nir(sex,y,m,dep,com,order):
    body=f"{sex}{y%100:02d}{m:02d}{dep}{com}{order}"; k=97-int(body.replace("2A","19").replace("2B","18"))%97; return body+f"{k:02d}"
print("SIN", [luhn_complete(str(R.choice([1,2,3,4,5,6,7,9]))+digs(7)) for _ in range(14)])
print("VISA", [luhn_complete("4"+digs(14)) for _ in range(6)])
print("MC", [luhn_complete(p+digs(15-len(p))) for p in ("52","55","2221","2720","53")])
print("AMEX", [luhn_complete(p+digs(12)) for p in ("34","37","37")])
print("IBAN FR", [iban("FR",fr_bban()) for _ in range(5)])
def be():
    x=digs(10); return f"{x}{(int(x)%97 or 97):02d}"
print("IBAN BE", iban("BE",be()), "DE", iban("DE",digs(18)), "CH", iban("CH",digs(5)+digs(12)), "IT", iban("IT","X"+digs(10)+digs(12)),
      "ES", iban("ES",digs(20)), "PT", iban("PT",digs(21)), "NL", iban("NL","ABNA"+digs(10)), "LU", iban("LU",digs(3)+digs(13)), "GB", iban("GB","NWBK"+digs(14)),
      "MA?TN", iban("TN",digs(20)), "IE", iban("IE","AIBK"+digs(14)))
for args in [(1,1958,3,"29","232","114"),(2,1971,11,"2A","004","231"),(2,1986,7,"971","12","045"),(1,1949,1,"13","055","318"),(2,1993,5,"974","11","207"),
             (1,1977,9,"2B","096","012"),(2,1964,12,"75","120","411"),(1,2001,2,"972","09","123"),(2,1955,6,"69","381","090"),(1,1989,10,"976","11","055"),
             (2,1998,4,"35","238","772"),(1,1968,8,"973","02","301"),(2,1947,2,"59","350","116")]:
    print("NIR",args,nir(*args))
