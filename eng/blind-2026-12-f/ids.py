#!/usr/bin/env python3
"""Throw-away helper (kept for transparency): prints check-digit-valid synthetic identifiers
(SIN, cards, IBANs, NIRs) that were pasted into the hand-written data files. Seed 90311."""
import random, sys
R = random.Random(90311)
def luhn_complete(p):
    for c in range(10):
        d=p+str(c); t=0
        for i,x in enumerate(map(int,reversed(d))):
            if i%2: x*=2; x-=9 if x>9 else 0
            t+=x
        if t%10==0: return d
def sin(): return luhn_complete(str(R.choice([1,2,3,4,5,6,7,9]))+"".join(str(R.randint(0,9)) for _ in range(7)))
def card(pre,n=16): return luhn_complete(pre+"".join(str(R.randint(0,9)) for _ in range(n-1-len(pre))))
def iban(cc,bban):
    n=int("".join(str(int(c,36)) for c in (bban+cc+"00").upper())); return f"{cc}{98-n%97:02d}{bban}"
def digits(k): return "".join(str(R.randint(0,9)) for _ in range(k))
def rib():
    b,g,a=digits(5),digits(5),digits(11); key=97-(89*int(b)+15*int(g)+3*int(a))%97; return f"{b}{g}{a}{key:02d}"
def nir(sex,yy,mm,dep,com,ordre):
    body=f"{sex}{yy:02d}{mm:02d}{dep}{com}{ordre}"; k=97-int(body.replace("2A","19").replace("2B","18"))%97
    return body+f"{k:02d}"
if __name__=="__main__":
    print("SIN", [sin() for _ in range(24)])
    print("VISA", [card("4") for _ in range(8)]); print("MC", [card(R.choice(["51","53","55","2221","2720"])) for _ in range(8)])
    print("AMEX", [card(R.choice(["34","37"]),15) for _ in range(4)])
    print("FR", [iban("FR",rib()) for _ in range(6)])
    print("BE", iban("BE",digits(12)), "DE", iban("DE",digits(18)), "ES", iban("ES",digits(20)), "IT", iban("IT","X"+digits(22)),
          "CH", iban("CH",digits(17)), "GB", iban("GB","NWBK"+digits(14)), "NL", iban("NL","RABO"+digits(10)), "LU", iban("LU",digits(16)),
          "PT", iban("PT",digits(21)), "TN", iban("TN",digits(20)), "MC", iban("MC",digits(10)+digits(11)+digits(2)), "IE", iban("IE","AIBK"+digits(14)))
    specs=[(1,78,4,"75","112","341"),(2,91,11,"13","055","208"),(2,65,2,"2A","004","117"),(1,83,7,"2B","033","412"),(2,88,12,"971","20","044"),
           (1,72,9,"972","09","156"),(2,99,5,"974","11","023"),(1,60,3,"59","350","287"),(2,94,8,"69","383","190"),(1,87,1,"35","238","074"),
           (2,56,10,"33","063","301"),(1,2,6,"976","11","088"),(2,80,3,"29","019","145"),(1,69,11,"973","02","211"),(2,75,7,"67","482","039"),
           (1,93,2,"31","555","262"),(2,85,9,"44","109","077"),(1,48,12,"62","193","450")]
    for s in specs: print("NIR", s, nir(*s))
