#!/usr/bin/env python3
"""blind-2026-12-dd: prints synthetic check-digit-valid identifiers (seed 88214067), written from scratch.
Values are pasted by hand into data_*.txt; this script reads and writes no data file.
SIN and cards: Luhn (computed by doubling from the right). IBAN: ISO 7064 mod 97-10. NIR: key = 97 - (first 13 digits mod 97)."""
import random
R = random.Random(88214067)

def luhn_digit(partial):
    s = 0
    for pos, c in enumerate(reversed(partial)):
        d = int(c)
        if pos % 2 == 0:
            d = d * 2
            if d > 9: d -= 9
        s += d
    return str((10 - s % 10) % 10)

def luhn_number(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)

def to_num(s): return "".join(str(int(ch, 36)) for ch in s)

def make_iban(country, bban):
    check = 98 - int(to_num(bban + country + "00")) % 97
    raw = country + "%02d" % check + bban
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))

def french_bban():
    bank = "%05d" % R.randrange(10000, 99999); desk = "%05d" % R.randrange(100000)
    acct = "%011d" % R.randrange(10 ** 11)
    key = 97 - (89 * int(bank) + 15 * int(desk) + 3 * int(acct)) % 97
    return bank + desk + acct + "%02d" % key

def make_nir(sex, yy, mm, dept, commune):
    order = "%03d" % R.randrange(1, 999)
    first13 = "%d%02d%02d%s%s%s" % (sex, yy, mm, dept, commune, order)
    n = int(first13.replace("2A", "19").replace("2B", "18"))
    return first13, "%02d" % (97 - n % 97)

if __name__ == "__main__":
    print("== SIN (9 digits, first digit 1-7, 9)")
    for first in "1234567946":
        v = luhn_number(first, 9); print("SIN", v[0:3], v[3:6], v[6:9])
    print("== cards")
    for label, pre, ln in [("Visa", "4", 16), ("Visa", "4", 16), ("MC", "55", 16), ("MC", "2221", 16), ("Amex", "34", 15), ("Amex", "37", 15), ("Discover", "6011", 16), ("JCB", "3530", 16), ("UnionPay", "62", 16)]:
        v = luhn_number(pre, ln); print(label, v)
    print("== IBAN")
    for _ in range(4): print(make_iban("FR", french_bban()))
    print(make_iban("BE", "".join(R.choice("0123456789") for _ in range(12))))
    print(make_iban("DE", "".join(R.choice("0123456789") for _ in range(18))))
    print(make_iban("ES", "".join(R.choice("0123456789") for _ in range(20))))
    print(make_iban("LU", "".join(R.choice("0123456789") for _ in range(16))))
    print(make_iban("PT", "".join(R.choice("0123456789") for _ in range(21))))
    print(make_iban("CH", "".join(R.choice("0123456789") for _ in range(17))))
    print("== NIR")
    for sex, yy, mm, dept, com in [(1, 58, 4, "59", "350"), (2, 71, 9, "33", "063"), (1, 84, 12, "2A", "004"), (2, 49, 2, "67", "482"),
                                   (1, 93, 6, "97", "411"), (2, 66, 11, "44", "109"), (1, 77, 3, "13", "055"), (2, 88, 7, "35", "238")]:
        a, k = make_nir(sex, yy, mm, dept, com); print("NIR", a[0], a[1:3], a[3:5], a[5:7], a[7:10], a[10:13], k)
