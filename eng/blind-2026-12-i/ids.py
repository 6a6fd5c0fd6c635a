#!/usr/bin/env python3
"""Print check-digit-valid identifiers for the hand-written texts of blind-2026-12-i (seed 31877).
NIR and RAMQ numbers are built from the birth date written next to them."""
import random, unicodedata
R = random.Random(31877)
def digs(n): return "".join(str(R.randint(0,9)) for _ in range(n))
def luhn_complete(p):
    for c in range(10):
        d=p+str(c); t=0
        for i,x in enumerate(map(int,reversed(d))):
            if i%2: x*=2; x-=9 if x>9 else 0
            t+=x
        if t%10==0: return d
def sin(first=None): return luhn_complete((first or R.choice("1234567")) + digs(7))
def card(p, n=16): return luhn_complete(p+digs(n-1-len(p)))
def iban(cc, bban):
    n=int("".join(str(int(c,36)) for c in bban+cc+"00")); return f"{cc}{98-n%97:02d}{bban}"
def fr_bban():
    b,g,a=digs(5),digs(5),digs(11); key=97-(89*int(b)+15*int(g)+3*int(a))%97; return f"{b}{g}{a}{key:02d}"
def nir(fem,y,m,dep):
    body=f"{2 if fem else 1}{y%100:02d}{m:02d}{dep}"+(f"{R.randint(1,99):02d}" if len(dep)==3 else f"{R.randint(1,350):03d}")+f"{R.randint(1,999):03d}"
    k=97-int(body.replace("2A","19").replace("2B","18"))%97; return body+f"{k:02d}"
def deacc(s): return "".join(c for c in unicodedata.normalize("NFD",s) if unicodedata.category(c)!="Mn")
def ramq(l,f,fem,y,m,d):
    x=(deacc(l).upper().replace("-","").replace(" ","").replace("'","").replace(".","")+"XXX")[:3]
    return f"{x}{deacc(f)[0].upper()} {y%100:02d}{m+50 if fem else m:02d} {d:02d}{R.randint(10,99)}"
if __name__=="__main__":
    print("SIN", [sin() for _ in range(14)], "temp9xx", sin("9"))
    print("VISA", [card("4") for _ in range(5)]); print("MC", [card(p) for p in ("51","54","2221","2720","55")])
    print("AMEX", [card("37",15), card("34",15)])
    print("FR", [iban("FR",fr_bban()) for _ in range(4)])
    BE=digs(10); print("BE", iban("BE",f"{BE}{(int(BE)%97 or 97):02d}"))
    for cc,n in (("DE",18),("CH",17),("IT",None),("ES",20),("PT",21),("NL",None),("LU",16),("GB",None),("IE",None),("MC",None),("AT",16)):
        if cc=="IT": b="X"+digs(10)+digs(12)
        elif cc=="NL": b="RABO"+digs(10)
        elif cc=="GB": b="NWBK"+digs(14)
        elif cc=="IE": b="AIBK"+digs(14)
        elif cc=="MC": b=digs(23)
        elif cc=="LU": b=digs(3)+digs(13)
        else: b=digs(n)
        print(cc, iban(cc,b))
    NIRS=[(1,1968,3,"29"),(0,1955,11,"2A"),(1,1979,7,"2B"),(0,1984,1,"971"),(1,1991,5,"972"),(0,1962,9,"973"),(1,1973,12,"974"),(0,1988,2,"976"),(1,1950,6,"67"),(0,1999,10,"93"),(1,1946,4,"35"),(0,1970,8,"75")]
    for s in NIRS: print("NIR", s, nir(*s))
    RQ=[("Tremblay-Nadeau","Rosalie",1,1958,2,14),("Ouellet","Anselme",0,1949,10,30),("Kanatewat","Daisy",1,2011,6,8),("Bouchard","Léa-Maude",1,2010,9,19),
        ("Nguyen","Bao",0,1976,3,3),("St-Onge","Marcel",0,1939,12,25),("Mukendi","Grâce",1,1988,7,7),("Pelletier","Yvon",0,1953,4,1),("Awashish","Nadine",1,1982,11,11),("O'Bomsawin","Tobie",0,2009,8,15)]
    for s in RQ: print("RAMQ", s, ramq(*s))
