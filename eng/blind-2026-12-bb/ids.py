#!/usr/bin/env python3
"""blind-2026-12-bb: prints synthetic check-digit-valid identifiers, written from scratch for this set (seed 73016258).
Nothing is written to any data file: values are copied by hand into data_*.txt. Each value is meant to be used once.
SIN and cards: Luhn. IBAN: ISO 13616 mod 97 (French and Monaco BBANs carry a RIB key). NIR: key = 97 - (13 digits mod 97)."""
import random
R = random.Random(73016258)
def rd(n): return "".join(R.choice("0123456789") for _ in range(n))
def luhn_check(partial):
    s = 0
    for i, c in enumerate(reversed(partial)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        s += d
    return str((10 - s % 10) % 10)
def luhn_num(prefix, length):
    p = prefix + rd(length - len(prefix) - 1)
    return p + luhn_check(p)
def mod97_iban(country, bban):
    num = "".join(str(int(ch, 36)) for ch in (bban + country + "00"))
    return country + "%02d" % (98 - int(num) % 97) + bban
def rib_key(bank, branch, account):
    return "%02d" % (97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97)
def fr_bban():
    b, g, a = rd(5), rd(5), rd(11)
    return b + g + a + rib_key(b, g, a)
def grp(s, n=4): return " ".join(s[i:i + n] for i in range(0, len(s), n))
def nir(sex, yy, mm, dept, commune, order):
    body = "%s%s%s%s%s%s" % (sex, yy, mm, dept, commune, order)
    return body + "%02d" % (97 - int(body.replace("2A", "19").replace("2B", "18")) % 97)
if __name__ == "__main__":
    print("# SIN x10 (first digit varied)")
    for first in "1245679134":
        v = luhn_num(first, 9); print("SIN", v[:3], v[3:6], v[6:])
    print("# cards")
    for name, pre, ln in [("Visa", "4", 16), ("Visa", "4", 16), ("Visa", "4", 16), ("Mastercard", "55", 16), ("Mastercard", "2221", 16),
                          ("Amex", "34", 15), ("Amex", "37", 15), ("Discover", "6011", 16), ("UnionPay", "62", 16), ("Mastercard", "52", 16)]:
        print(name, grp(luhn_num(pre, ln)))
    print("# IBAN")
    for _ in range(4): print("FR", grp(mod97_iban("FR", fr_bban())))
    print("BE", grp(mod97_iban("BE", rd(12))))
    print("DE", grp(mod97_iban("DE", rd(18))))
    print("ES", grp(mod97_iban("ES", rd(20))))
    print("LU", grp(mod97_iban("LU", rd(3) + rd(13))))
    print("PT", grp(mod97_iban("PT", rd(21))))
    print("CH", grp(mod97_iban("CH", rd(5) + rd(12))))
    print("# NIR (sex, yy, mm, dept)")
    for sex, yy, mm, dept in [("1", "72", "04", "59"), ("2", "85", "11", "33"), ("1", "64", "07", "2A"), ("2", "93", "02", "971"),
                              ("1", "58", "09", "67"), ("2", "01", "06", "974"), ("1", "79", "12", "44"), ("2", "68", "03", "13")]:
        commune = rd(2) if len(dept) == 3 else rd(3)
        print("NIR", nir(sex, yy, mm, dept, commune, rd(3)))
