#!/usr/bin/env python3
"""Check-digit-valid identifiers for the hand-written texts of blind-2026-12-m (seed 39461): SINs (Luhn), cards (Luhn), IBANs (mod 97), NIRs (key)."""
import random
R=random.Random(39461)
def digs(n): return "".join(str(R.randint(0,9)) for _ in range(n))
def luhn_complete(p):
    for d in "0123456789":
        s=p+d; t=0
        for i,x in enumerate(map(int,reversed(s))):
            if i%2: x*=2; x-=9 if x>9 else 0
            t+=x
        if t%10==0: return s
def iban(cc,bban):
    n="".join(str(int(c,36)) for c in bban+cc+"00"); return f"{cc}{98-int(n)%97:02d}{bban}"
def nir(sex,yy,mm,dep,com):
    body=f"{sex}{yy:02d}{mm:02d}{dep}{com}{digs(3)}"; n=int(body.replace("2A","19").replace("2B","18")); return body+f"{97-n%97:02d}"
if __name__=="__main__":
    for p in "1234567899": print("SIN",luhn_complete(p+digs(7)))
    for p in ["4","4","51","53","2221","37"]: print("CARD",luhn_complete(p+digs((15 if p=="37" else 16)-len(p)-1)))
    for cc,b in [("FR",digs(23)),("BE",digs(12)),("DE",digs(18)),("CH",digs(17)),("PT",digs(21)),("TN",digs(20)),("SN","SN"+digs(22))]: print("IBAN",iban(cc,b))
    for a in [(1,58,3,"75","112"),(2,71,11,"2A","004"),(2,49,6,"971","20"),(1,88,2,"974","11"),(2,63,9,"69","381"),(1,2,7,"13","055")]: print("NIR",nir(*a),a)
