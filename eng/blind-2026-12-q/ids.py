#!/usr/bin/env python3
"""Seeded helper (seed 40129) that printed the check-digit-valid identifiers pasted into the hand-written texts of
blind-2026-12-q: Luhn SINs and cards, mod-97 IBANs (FR with the RIB key), keyed NIRs for given birth dates/sex/department."""
import random
R = random.Random(40129)
def luhn_digit(body):
    t=0
    for i,x in enumerate(map(int,reversed(body))):
        if i%2==0: x*=2; x-=9 if x>9 else 0
        t+=x
    return str((10-t%10)%10)
def sin(first):
    b=str(first)+"".join(str(R.randint(0,9)) for _ in range(7)); return b+luhn_digit(b)
def card(prefix,length=16):
    b=prefix+"".join(str(R.randint(0,9)) for _ in range(length-1-len(prefix))); return b+luhn_digit(b)
def iban(cc,bban):
    s=bban+cc+"00"; n=int("".join(str(int(c,36)) for c in s)); return cc+"%02d"%(98-n%97)+bban
def rib(bank,guichet,compte):
    conv=str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ","12345678912345678923456789")
    c=compte.translate(conv); k=97-((89*int(bank)+15*int(guichet)+3*int(c))%97); return bank+guichet+compte+"%02d"%k
def nir(sex,yy,mm,dep,commune,order):
    body=f"{sex}{yy:02d}{mm:02d}{dep}{commune}{order}"
    n=int(body.replace("2A","19").replace("2B","18")); return body+"%02d"%(97-n%97)
def grp(s,n=4): return " ".join(s[i:i+n] for i in range(0,len(s),n))
if __name__=="__main__":
    print("SIN", [sin(R.choice([1,2,4,5,6,7])) for _ in range(8)], sin(9))
    print("VISA",[grp(card("4")) for _ in range(4)]); print("MC",[grp(card("5"+str(R.randint(1,5)))) for _ in range(3)], grp(card("2221")))
    print("AMEX",card("37",15))
    print("FR",[grp(iban("FR",rib("%05d"%R.randint(10000,39999),"%05d"%R.randint(0,99999),"%011d"%R.randint(0,10**11-1)))) for _ in range(4)])
    print("BE",grp(iban("BE","%03d"%R.randint(0,999)+"%07d"%(x:=R.randint(0,9999999))+"%02d"%((int("%03d"%0)*0)or 1))))
    print("DE",grp(iban("DE","%08d"%R.randint(10**7,10**8-1)+"%010d"%R.randint(0,10**10-1))))
    print("CH",grp(iban("CH","%05d"%R.randint(0,99999)+"%012d"%R.randint(0,10**12-1))))
    print("PT",grp(iban("PT","%021d"%R.randint(0,10**21-1))))
    print("ES",grp(iban("ES","%020d"%R.randint(0,10**20-1))))
    print("IT",grp(iban("IT","X"+"%05d"%R.randint(0,99999)+"%05d"%R.randint(0,99999)+"%012d"%R.randint(0,10**12-1))))
    for a in [(1,71,3,"75","112","043"),(2,84,11,"13","205","118"),(2,66,7,"2A","004","021"),(1,90,2,"971","20","033"),(2,79,9,"974","11","208"),(1,58,12,"69","381","007"),(2,93,5,"59","350","142"),(1,75,6,"976","11","064")]:
        print("NIR",a,grp_n:=nir(*a))
