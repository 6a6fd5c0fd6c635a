#!/usr/bin/env python3
"""blind-2026-12-aa: prints synthetic check-digit-valid identifiers (seed 27754190), written from scratch for this set.
Values are pasted by hand into data_*.txt; this script reads and writes no data file.
SIN and cards: Luhn check digit. IBAN: ISO 13616 mod 97 (French BBAN with its RIB key; BE with its mod-97 national key).
NIR: key = 97 - (first 13 digits mod 97)."""
import random
R = random.Random(27754190)
def nd(k): return "".join(R.choice("0123456789") for _ in range(k))
def luhn_digit(s):
    total = 0
    for pos, ch in enumerate(reversed(s)):
        d = int(ch)
        if pos % 2 == 0:
            d = d * 2
            if d > 9: d -= 9
        total += d
    return str((10 - total % 10) % 10)
def luhn_number(prefix, length):
    body = prefix + nd(length - len(prefix) - 1)
    return body + luhn_digit(body)
def mod97_iban(country, bban):
    num = "".join(str(int(c, 36)) for c in (bban + country + "00"))
    check = 98 - int(num) % 97
    raw = country + "%02d" % check + bban
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
def fr_bban():
    bank, branch, acct = nd(5), nd(5), nd(11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
    return bank + branch + acct + "%02d" % key
def be_bban():
    b = nd(10); return b + "%02d" % (int(b) % 97 or 97)
def nir_with_key(prefix13):
    return prefix13 + "%02d" % (97 - int(prefix13) % 97)
if __name__ == "__main__":
    print("== SIN (Luhn, 9 digits)")
    for first in "1245679465":
        s = luhn_number(first, 9); print(s[:3], s[3:6], s[6:])
    print("== cards")
    for label, pre, ln in [("Visa", "4", 16), ("Visa", "4", 16), ("Visa", "4", 16), ("MC", "55", 16), ("MC", "2221", 16),
                           ("Amex", "34", 15), ("Amex", "37", 15), ("Discover", "6011", 16), ("UnionPay", "62", 16), ("MC", "52", 16)]:
        print(label, luhn_number(pre, ln))
    print("== IBAN")
    for _ in range(4): print(mod97_iban("FR", fr_bban()))
    print(mod97_iban("BE", be_bban())); print(mod97_iban("DE", nd(18))); print(mod97_iban("ES", nd(20)))
    print(mod97_iban("PT", nd(21))); print(mod97_iban("LU", nd(3) + "0" + nd(12))); print(mod97_iban("CH", nd(17)))
    print("== NIR")
    for head in ["2810359", "1750497", "2690838", "1930133", "2001175", "1880662", "2730944", "1660212", "2950713", "1020931"]:
        print(nir_with_key(head + nd(6)))
