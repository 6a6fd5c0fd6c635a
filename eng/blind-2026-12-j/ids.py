#!/usr/bin/env python3
"""Print check-digit-valid synthetic identifiers (seed 47731) for pasting into the hand-written texts of blind-2026-12-j.
SINs and cards: Luhn. IBANs: national key where one exists (FR RIB key, BE mod 97) then the ISO 13616 key.
NIRs: sex/year/month/department chosen with the birth date written next to them. RAMQ: 3 surname letters + first initial + YYMMDD (+50 women) + 2 digits."""
import random
R=random.Random(47731)
def digs(n): return "".join(str(R.randint(0,9)) for _ in range(n))
def luhn_complete(p):
    for c in range(10):
        d=p+str(c); t=0
        for i,x in enumerate(map(int,reversed(d))):
            if i%2: x*=2; x-=9 if x>9 else 0
            t+=x
        if t%10==0: return d
def iban(cc,bb):
    n=int("".join(str(int(c,36)) for c in bb+cc+"00")); return f"{cc}{98-n%97:02d}{bb}"
def fr_bban():
    b,g,a=digs(5),digs(5),digs(11); key=97-(89*int(b)+15*int(g)+3*int(a))%97; return f"{b}{g}{a}{key:02d}"
print("SIN", [luhn_complete(R.choice("1234567")+digs(7)) for _ in range(22)], "temp", [luhn_complete("9"+digs(7)) for _ in range(2)])
print("VISA",[luhn_complete("4"+digs(14)) for _ in range(8)])
print("MC",[luhn_complete(p+digs(16-len(p)-1)) for p in ["51","55","2221","2720","52"]])
print("AMEX",[luhn_complete(p+digs(12)) for p in ["34","37","37"]])
for cc,bb in [("FR",fr_bban()),("FR",fr_bban()),("FR",fr_bban()),("FR",fr_bban()),("BE",None),("DE",digs(18)),("CH","00"+digs(17)),("IT","X"+digs(22)),("ES",digs(20)),("PT",digs(21)),("NL","RABO"+digs(10)),("LU",digs(16)),("GB","NWBK"+digs(14)),("IE","AIBK"+digs(14)),("AT",digs(16)),("MC",fr_bban()),("SN","SN"+digs(22)[:22]) ]:
    if cc=="BE": x=digs(10); bb=f"{x}{(int(x)%97 or 97):02d}"
    if cc=="SN": continue
    print("IBAN",iban(cc,bb))
def nir(sex,y,m,dep,com=None):
    body=f"{sex}{y%100:02d}{m:02d}{dep}"+(f"{R.randint(1,99):02d}" if len(dep)==3 else f"{R.randint(1,350):03d}")+f"{R.randint(1,999):03d}"
    k=97-int(body.replace("2A","19").replace("2B","18"))%97; return body+f"{k:02d}"
for sex,y,m,dep in [(2,1961,4,"29"),(1,1975,11,"2A"),(2,1983,7,"2B"),(1,1952,2,"971"),(2,1990,9,"972"),(1,1968,12,"973"),(2,1979,5,"974"),(1,1995,3,"976"),(2,1948,10,"64"),(1,1987,6,"67"),(2,1972,1,"75"),(1,1964,8,"13"),(2,2001,2,"93"),(1,1958,9,"35"),(2,1993,11,"69"),(1,1970,7,"59")]:
    print("NIR",sex,y,m,dep,nir(sex,y,m,dep))
