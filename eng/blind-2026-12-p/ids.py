#!/usr/bin/env python3
"""Print check-digit-valid identifiers (seed 83351) to paste into the hand-written texts of blind-2026-12-p.
SIN/cards: Luhn. IBAN: mod 97 (FR with the RIB key, BE with its national key). NIR: key = 97 - first13 mod 97 (2A->19, 2B->18)."""
import random
R = random.Random(83351)
def luhn_digit(body):
    t=0
    for i,x in enumerate(map(int,reversed(body))):
        if i%2==0: x*=2; x-= 9 if x>9 else 0
        t+=x
    return str((10-t%10)%10)
def sin(first):
    b=first+"".join(R.choice("0123456789") for _ in range(7)); s=b+luhn_digit(b); return f"{s[:3]} {s[3:6]} {s[6:]}"
def card(prefix,length):
    b=prefix+"".join(R.choice("0123456789") for _ in range(length-1-len(prefix))); return b+luhn_digit(b)
def iban(cc,bban):
    n="".join(str(int(c,36)) for c in (bban+cc+"00").upper()); k=98-int(n)%97
    s=f"{cc}{k:02d}{bban}"; return " ".join(s[i:i+4] for i in range(0,len(s),4))
def dig(n): return "".join(R.choice("0123456789") for _ in range(n))
def fr_bban():
    b,g,a=dig(5),dig(5),dig(11); k=97-((89*int(b)+15*int(g)+3*int(a))%97); return f"{b}{g}{a}{k:02d}"
def be_bban():
    x=dig(10); k=int(x)%97 or 97; return f"{x}{k:02d}"
def nir(sex,yy,mm,dep,com,order=None):
    order=order or dig(3); body=f"{sex}{yy}{mm}{dep}{com}{order}"
    num=int(body.replace("2A","19").replace("2B","18")); k=97-num%97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7] if len(dep)==2 else body[5:8]} {body[7:10] if len(dep)==2 else body[8:10]} {body[10:13]} {k:02d}"
if __name__=="__main__":
    print("SIN", [sin(R.choice("1234567")) for _ in range(8)], "9xx", sin("9"))
    print("VISA", [card("4",16) for _ in range(4)]); print("MC", [card(R.choice(["51","53","55","2221","2720"]),16) for _ in range(4)])
    print("AMEX", [card(R.choice(["34","37"]),15) for _ in range(2)])
    print("FR", [iban("FR",fr_bban()) for _ in range(4)]); print("BE", iban("BE",be_bban())); print("CH", iban("CH",dig(17)))
    print("DE", iban("DE",dig(18))); print("PT", iban("PT",dig(21))); print("ES", iban("ES",dig(20))); print("IT", iban("IT","K"+dig(22)))
    print("LU", iban("LU",dig(16))); print("MC", iban("MC",fr_bban()))
    for a in [("1","63","04","75","111"),("2","71","11","69","383"),("2","58","02","2A","004"),("1","80","09","2B","033"),("2","90","06","971","20"),
              ("1","67","12","972","09"),("2","85","03","974","11"),("1","77","07","976","17"),("2","92","05","35","238"),("1","54","10","13","205"),("2","69","08","59","350"),("1","88","01","973","02")]:
        print("NIR",a,nir(*a))
