#!/usr/bin/env python3
"""blind-2026-12-ee: prints synthetic check-digit-valid identifiers (seed 83150627), written from scratch for this set.
The values are pasted by hand into data_*.txt; this script reads and writes no data file.
SIN and cards: Luhn check digit. IBAN: ISO 13616 mod 97 (French/Monaco BBAN carries a RIB key). NIR: key = 97 - (13 digits mod 97),
Corsica 2A -> 19, 2B -> 18."""
import random
R = random.Random(83150627)
def rd(k): return "".join(R.choice("0123456789") for _ in range(k))
def check_luhn(partial):
    s = 0
    for pos, c in enumerate(reversed(partial)):
        d = int(c)
        if pos % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        s += d
    return str((10 - s % 10) % 10)
def luhn_num(prefix, length):
    p = prefix + rd(length - len(prefix) - 1)
    return p + check_luhn(p)
def mod97_iban(country, bban):
    num = "".join(str(int(ch, 36)) for ch in (bban + country + "00"))
    key = 98 - int(num) % 97
    raw = country + "%02d" % key + bban
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
def rib_bban():
    bank, branch, acct = rd(5), rd(5), rd(11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
    return bank + branch + acct + "%02d" % key
def nir_key(first13):
    v = int(first13.replace("2A", "19").replace("2B", "18"))
    return first13 + "%02d" % (97 - v % 97)
def main():
    for _ in range(11):
        s = luhn_num(R.choice("1234567"), 9)
        print("SIN", "%s %s %s" % (s[:3], s[3:6], s[6:]))
    for label, pre, ln in (("Visa", "4", 16), ("Visa", "4", 16), ("MC", "55", 16), ("MC", "2221", 16), ("Amex", "34", 15),
                           ("Amex", "37", 15), ("Discover", "6011", 16), ("JCB", "3530", 16), ("UnionPay", "62", 16), ("Visa", "4", 16)):
        print(label, luhn_num(pre, ln))
    for _ in range(3): print("IBAN", mod97_iban("FR", rib_bban()))
    print("IBAN", mod97_iban("BE", rd(12)))
    print("IBAN", mod97_iban("DE", rd(18)))
    print("IBAN", mod97_iban("ES", rd(20)))
    print("IBAN", mod97_iban("PT", rd(21)))
    print("IBAN", mod97_iban("LU", rd(3) + "0" + rd(12)))
    print("IBAN", mod97_iban("CH", rd(17)))
    print("IBAN", mod97_iban("GB", "NWBK" + rd(14)))
    for head in ("1581244", "2690559", "1770833", "2881097", "195022A", "2620361", "1010171", "2451176", "1870975"):
        print("NIR", nir_key(head + rd(6)))
if __name__ == "__main__":
    main()
