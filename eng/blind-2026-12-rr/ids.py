#!/usr/bin/env python3
"""blind-2026-12-rr: prints synthetic check-digit-valid identifiers (seed 73051946), adapted from y's ids.py.
Values are pasted by hand into data_*.txt; this script reads and writes no data file.
SIN / cards: Luhn. IBAN: mod 97 (French BBAN with RIB key). NIR: 97 - (13 digits mod 97), 2A->19, 2B->18."""
import random
G = random.Random(73051946)
def digits(n): return "".join(str(G.randrange(10)) for _ in range(n))
def luhn_fill(body):
    tot = 0
    for k, ch in enumerate(body[::-1]):
        v = int(ch) * (2 if k % 2 == 0 else 1)
        tot += v - 9 if v > 9 else v
    return body + str(-tot % 10)
def card(prefix, n): return luhn_fill(prefix + digits(n - len(prefix) - 1))
def iban(cc, bban):
    r = int("".join(str(int(c, 36)) for c in bban + cc + "00")) % 97
    s = "%s%02d%s" % (cc, 98 - r, bban)
    return " ".join(s[i:i+4] for i in range(0, len(s), 4))
def rib():
    b, g, c = digits(5), digits(5), digits(11)
    return b + g + c + "%02d" % (97 - (89*int(b) + 15*int(g) + 3*int(c)) % 97)
def nir(s):
    n = int(s.replace("2A", "19").replace("2B", "18"))
    return s + "%02d" % (97 - n % 97)
if __name__ == "__main__":
    for i in range(12):
        v = card(str(G.choice([1,2,3,4,5,6,7,9])), 9); print("SIN", v[:3], v[3:6], v[6:])
    for nm, p, n in [("Visa","4",16),("Visa","4",16),("Visa","4",16),("MC","55",16),("MC","2221",16),("MC","52",16),("Amex","37",15),("Amex","34",15),("Disc","6011",16),("JCB","3540",16)]:
        print(nm, card(p, n))
    for _ in range(5): print(iban("FR", rib()))
    print(iban("BE", digits(12))); print(iban("DE", digits(18))); print(iban("ES", digits(20))); print(iban("PT", digits(21))); print(iban("LU", digits(3) + "0" + digits(12))); print(iban("CH", digits(17)))
    for s in ["1840675", "2931013", "1770933", "2600569", "1990897", "2881174", "1720529", "2010472", "1950976", "2651134"]:
        print("NIR", nir(s + digits(6)))
