#!/usr/bin/env python3
"""Prints check-digit-valid identifiers (seed 70443) that were pasted into this set's hand-written texts.
Written from scratch for blind-2026-12-g."""
import random, unicodedata
R = random.Random(70443)
def digs(k): return "".join(str(R.randint(0,9)) for _ in range(k))
def luhn_complete(p):
    for c in range(10):
        d=p+str(c); t=0
        for i,x in enumerate(map(int,reversed(d))):
            if i%2: x*=2; x-=9 if x>9 else 0
            t+=x
        if t%10==0: return d
def iban(cc, bban):
    n=int("".join(str(int(c,36)) for c in bban+cc+"00")); ib=f"{cc}{98-n%97:02d}{bban}"
    return " ".join(ib[i:i+4] for i in range(0,len(ib),4))
def fr_bban():
    b,g,a=digs(5),digs(5),digs(11); key=97-(89*int(b)+15*int(g)+3*int(a))%97; return f"{b}{g}{a}{key:02d}"
def be_bban():
    x=digs(10); k=int(x)%97 or 97; return f"{x}{k:02d}"
def nir(sex,y,m,dep,commune=None):
    body=f"{sex}{y%100:02d}{m:02d}{dep}"+(f"{R.randint(1,99):02d}" if len(dep)==3 else f"{R.randint(1,350):03d}")+f"{R.randint(1,999):03d}"
    k=97-int(body.replace("2A","19").replace("2B","18"))%97; s=body+f"{k:02d}"
    return (f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}" if len(dep)==2 else f"{s[0]} {s[1:3]} {s[3:5]} {s[5:8]} {s[8:10]} {s[10:13]} {s[13:]}")
def deacc(s): return "".join(c for c in unicodedata.normalize("NFD",s) if unicodedata.category(c)!="Mn")
def ramq(last,first,y,m,d,female):
    l=(deacc(last).upper().replace("-","").replace(" ","").replace("'","")+"XXX")[:3]
    return f"{l}{deacc(first)[0].upper()} {y%100:02d}{m+50 if female else m:02d} {d:02d}{R.randint(10,99)}"
if __name__=="__main__":
    print("SIN", [luhn_complete(str(R.choice([1,2,3,4,5,6,7,9]))+digs(7)) for _ in range(22)])
    print("CARD", [luhn_complete(p+digs(15-len(p))) for p in ["4","4","4","4","51","52","53","54","55","2221","2223","2720","4","4","5"]])
    print("AMEX", [luhn_complete(p+digs(14-len(p))) for p in ["34","37","37"]])
    print("IBAN_FR", [iban("FR",fr_bban()) for _ in range(8)])
    print("IBAN_MC", iban("MC",fr_bban()))
    print("IBAN_BE", iban("BE",be_bban()))
    print("IBAN_DE", iban("DE",digs(18)))
    print("IBAN_ES", iban("ES",digs(20)))
    print("IBAN_IT", iban("IT","X"+digs(10)+digs(12)))
    print("IBAN_CH", iban("CH",digs(17)))
    print("IBAN_PT", iban("PT",digs(21)))
    print("IBAN_NL", iban("NL","RABO"+digs(10)))
    print("IBAN_GB", iban("GB","NWBK"+digs(14)))
    print("IBAN_LU", iban("LU",digs(16)))
    print("IBAN_TN", iban("TN",digs(20)))
    print("IBAN_MA?", "(none)")
    for args in [(2,1981,3,"29"),(1,1957,11,"13"),(2,1990,7,"2A"),(1,1969,2,"2B"),(2,1976,9,"971"),(1,1988,5,"972"),(2,1962,12,"974"),
                 (1,1999,1,"973"),(2,1985,6,"976"),(1,1973,4,"69"),(2,1994,10,"59"),(1,1950,8,"35"),(2,1979,1,"67"),(1,1966,5,"75"),(2,2001,2,"31"),(1,1983,9,"44"),(2,1958,4,"64"),(1,1992,12,"62")]:
        print("NIR",args,nir(*args))
    for a in [("Pelletier-Roy","Mireille",1964,5,14,True),("Kanatewat","Samuel",1987,11,2,False),("Dubé","Clovis",1952,3,29,False),("Ouellet","Noémie",2011,8,6,True),
              ("Petiquay","Wapan",2009,1,17,False),("Trần","Bảo",1979,6,30,False),("St-Onge","Régis",1945,12,1,False),("Bacon","Aurélie",1998,2,22,True),
              ("Ndiaye","Khady",1983,10,9,True),("Gros-Louis","Tristan",2006,4,12,False),("Vachon","Élyse",1971,7,4,True),("Awashish","Carol",1960,9,19,True),
              ("MacIsaac","Donald",1949,2,8,False),("Nadeau-Côté","Maëlle",2014,11,27,True),("Rondeau","Hugues",1991,5,31,False),("Ahmadi","Shirin",1986,1,3,True),("Lachance","Fabien",1968,10,25,False)]:
        print("RAMQ",a,ramq(*a))
