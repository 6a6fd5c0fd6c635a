#!/usr/bin/env python3
"""Prints check-digit-valid SINs, cards, IBANs and NIRs (seed 57203) for pasting into the hand-written texts of blind-2026-12-n."""
import random
R = random.Random(57203)
def luhn_complete(p):
    for d in "0123456789":
        s=p+d; t=0
        for i,x in enumerate(map(int,reversed(s))):
            if i%2: x*=2; x-=9 if x>9 else 0
            t+=x
        if t%10==0: return s
def digs(n): return "".join(str(R.randint(0,9)) for _ in range(n))
def iban(cc, bban):
    s = bban + cc + "00"; n = int("".join(str(int(c,36)) for c in s)); return f"{cc}{98-n%97:02d}{bban}"
def rib():
    b,g,a = digs(5),digs(5),digs(11); k = 97-((89*int(b)+15*int(g)+3*int(a))%97); return f"{b}{g}{a}{k:02d}"
def nir(sex,yy,mm,dep,com,order):
    body=f"{sex}{yy:02d}{mm:02d}{dep}{com}{order}"; n=int(body.replace("2A","19").replace("2B","18")); return body+f"{97-n%97:02d}"
if __name__=="__main__":
    for p in "12345679"*2: print("SIN", luhn_complete(p+digs(7)))
    for p in ["4","4","51","53","2223","2720","5"]: d=luhn_complete(p+digs(15-len(p))); print("CC", d)
    for p in ["34","37"]: print("AMEX", luhn_complete(p+digs(12)))
    for _ in range(4): print("IBAN FR", iban("FR", rib()))
    print("IBAN BE", iban("BE", digs(12))); print("IBAN DE", iban("DE", digs(18))); print("IBAN CH", iban("CH", digs(17)))
    print("IBAN ES", iban("ES", digs(20))); print("IBAN IT", iban("IT", "X"+digs(22))); print("IBAN PT", iban("PT", digs(21)))
    print("IBAN MA", iban("MA", digs(24))); print("IBAN SN", iban("SN", "SN"+digs(22)[:22])); print("IBAN LU", iban("LU", digs(16)))
    print("IBAN NL", iban("NL", "ABNA"+digs(10))); print("IBAN GB", iban("GB", "NWBK"+digs(14)))
    for a in [(2,71,4,"75","112","034"),(1,58,11,"13","055","207"),(2,84,2,"2A","004","118"),(1,66,9,"971","12","345"),(2,90,6,"974","11","061"),(1,47,3,"29","019","522"),(2,79,12,"69","123","407"),(1,93,7,"976","11","088"),(2,62,5,"59","350","219"),(1,88,10,"2B","033","176")]:
        print("NIR", a[:3], nir(*a))
