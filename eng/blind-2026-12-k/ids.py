#!/usr/bin/env python3
"""Check-digit-valid identifiers for the hand-written texts of blind-2026-12-k (seed 31907).
Prints SINs (incl. 9xx temporary residents), cards (Visa, Mastercard 51-55 and 2221-2720, Amex 34/37), IBANs for several
countries (mod-97 key computed; FR and MC with the RIB key) and NIRs with the birth date they encode. The values were pasted
into data_*.txt by hand."""
import random
R = random.Random(31907)
def digs(n): return "".join(str(R.randint(0,9)) for _ in range(n))
def luhn_complete(p):
    for c in range(10):
        d=p+str(c); t=0
        for i,x in enumerate(map(int,reversed(d))):
            if i%2: x*=2; x-=9 if x>9 else 0
            t+=x
        if t%10==0: return d
def sin(first=None): return luhn_complete((first or R.choice("1234567"))+digs(7))
def card(p,n=16): return luhn_complete(p+digs(n-1-len(p)))
def iban_key(cc,bban):
    n=int("".join(str(int(c,36)) for c in bban+cc+"00")); return f"{cc}{98-n%97:02d}{bban}"
def rib():
    b,g,a=digs(5),digs(5),digs(11); return f"{b}{g}{a}{97-(89*int(b)+15*int(g)+3*int(a))%97:02d}"
def up(n): return "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))
BB={"FR":rib,"MC":rib,"BE":lambda:(lambda x:f"{x}{(int(x)%97 or 97):02d}")(digs(10)),"DE":lambda:digs(18),"CH":lambda:digs(17),
    "ES":lambda:digs(20),"PT":lambda:digs(21),"IT":lambda:up(1)+digs(22),"NL":lambda:up(4)+digs(10),"LU":lambda:digs(16),
    "GB":lambda:up(4)+digs(14),"IE":lambda:up(4)+digs(14),"AT":lambda:digs(16),"SN":lambda:"SN"+digs(22),"MA":lambda:digs(24)}
def nir(fem,y,m,dep,com=None):
    body=f"{2 if fem else 1}{y%100:02d}{m:02d}{dep}"+(com or (f"{R.randint(1,99):02d}" if len(dep)==3 else f"{R.randint(1,350):03d}"))+f"{R.randint(1,999):03d}"
    k=97-int(body.replace("2A","19").replace("2B","18"))%97; return body+f"{k:02d}"
if __name__=="__main__":
    print("SIN", [sin() for _ in range(14)], "9xx", [sin("9") for _ in range(3)])
    print("VISA", [card("4") for _ in range(6)]); print("MC", [card(R.choice(["51","53","55"])) for _ in range(4)], [card(p) for p in ("2221","2720")])
    print("AMEX", [card("34",15), card("37",15)])
    for cc in BB: print("IBAN", cc, iban_key(cc, BB[cc]()), iban_key(cc, BB[cc]()))
    for fem,y,m,d,dep in [(1,1961,4,17,"75"),(0,1958,11,2,"13"),(1,1974,6,30,"2A"),(0,1969,1,9,"2B"),(1,1983,8,21,"971"),(0,1990,3,5,"972"),
                          (1,1977,12,12,"973"),(0,1952,7,14,"974"),(1,1995,2,28,"976"),(0,1966,10,3,"29"),(1,1988,5,19,"31"),(0,1971,9,25,"59"),
                          (1,1980,1,1,"67"),(0,1949,3,22,"64"),(1,2001,11,11,"93"),(0,1963,6,6,"44")]:
        print("NIR", dep, f"{y}-{m:02d}-{d:02d}", "F" if fem else "M", nir(fem,y,m,dep))
