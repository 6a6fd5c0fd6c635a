#!/usr/bin/env python3
"""blind-2026-12-cc: prints synthetic check-digit-valid identifiers (seed 83570126), written from scratch for this set.
Values are pasted by hand into data_*.txt; this script reads and writes no data file.
SIN and cards: Luhn. IBAN: ISO 7064 mod 97-10. NIR: key = 97 - (first 13 digits mod 97)."""
import random
R = random.Random(83570126)
def nd(k): return "".join(R.choice("0123456789") for _ in range(k))
def luhn_digit(s):
    total = 0
    for pos, c in enumerate(reversed(s)):
        d = int(c)
        if pos % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        total += d
    return str((10 - total % 10) % 10)
def with_luhn(prefix, length):
    body = prefix + nd(length - 1 - len(prefix))
    return body + luhn_digit(body)
def mk_iban(country, bban):
    num = "".join(str(int(ch, 36)) for ch in (bban + country + "00"))
    check = 98 - int(num) % 97
    raw = country + "%02d" % check + bban
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
def mk_nir(first13):
    return first13 + "%02d" % (97 - int(first13) % 97)
if __name__ == "__main__":
    for k in range(10):
        s = with_luhn(R.choice("1234567"), 9); print("SIN %s-%s-%s" % (s[:3], s[3:6], s[6:]))
    for label, pre, ln in [("Visa", "4", 16), ("Visa", "4", 16), ("MC", "55", 16), ("MC", "2221", 16), ("Amex", "34", 15),
                           ("Amex", "37", 15), ("Discover", "6011", 16), ("JCB", "3540", 16), ("Visa", "4", 16), ("MC", "52", 16)]:
        c = with_luhn(pre, ln); print("CARD", label, c)
    for cc, bb in [("FR", nd(23)), ("FR", nd(23)), ("FR", nd(23)), ("BE", nd(12)), ("DE", nd(18)), ("ES", nd(20)),
                   ("LU", nd(3) + "0" + nd(12)), ("PT", nd(21)), ("CH", nd(17)), ("FR", nd(23))]:
        print("IBAN", mk_iban(cc, bb))
    for head in ["2610375", "1720913", "2881169", "1550433", "2940297", "1681259", "2790684", "1031130"]:
        print("NIR", mk_nir(head + nd(6)))
