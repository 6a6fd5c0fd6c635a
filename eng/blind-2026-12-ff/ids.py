#!/usr/bin/env python3
"""blind-2026-12-ff: prints synthetic check-digit-valid identifiers (seed 27748153), written from scratch for this set.
Values are pasted by hand into data_*.txt; this script reads and writes no data file.
SIN and cards: Luhn (check digit computed over the body). IBAN: ISO 13616 mod 97 (French BBAN built with its RIB key;
other countries with random BBANs of the right length). NIR: key = 97 - (13 digits mod 97), Corsica 2A->19, 2B->18."""
import random
R = random.Random(27748153)

def rnd(k):
    return "".join(R.choice("0123456789") for _ in range(k))

def luhn_digit(body):
    s = 0
    for pos, ch in enumerate(reversed(body)):
        d = int(ch)
        if pos % 2 == 0:
            d = d * 2
            if d > 9: d -= 9
        s += d
    return str((10 - s % 10) % 10)

def make_card(prefix, length):
    body = prefix + rnd(length - len(prefix) - 1)
    return body + luhn_digit(body)

def group(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i+n]); i += n
    return " ".join(out)

def mod97(s):
    return int("".join(str(int(c, 36)) for c in s)) % 97

def make_iban(country, bban):
    key = 98 - mod97(bban + country + "00")
    return group(country + "%02d" % key + bban, [4] * 8)

def french_bban():
    bank, branch, acct = rnd(5), rnd(5), rnd(11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
    return bank + branch + acct + "%02d" % key

def make_nir(first13):
    n = int(first13.replace("2A", "19").replace("2B", "18"))
    return first13 + "%02d" % (97 - n % 97)

if __name__ == "__main__":
    print("# SIN x10")
    for _ in range(10):
        v = make_card(R.choice("123456789"), 9)
        print("SIN", group(v, [3, 3, 3]))
    print("# cards")
    for label, pre, ln in [("Visa", "4", 16), ("Visa", "4", 16), ("Visa", "4", 16), ("MC", "55", 16), ("MC", "2221", 16),
                           ("MC", "52", 16), ("Amex", "34", 15), ("Amex", "37", 15), ("Discover", "6011", 16), ("UnionPay", "62", 16)]:
        v = make_card(pre, ln)
        print(label, v)
    print("# IBAN")
    for _ in range(4):
        print("IBAN", make_iban("FR", french_bban()))
    print("IBAN", make_iban("BE", rnd(12)))
    print("IBAN", make_iban("DE", rnd(18)))
    print("IBAN", make_iban("ES", rnd(20)))
    print("IBAN", make_iban("PT", rnd(21)))
    print("IBAN", make_iban("LU", rnd(3) + "0" + rnd(12)))
    print("IBAN", make_iban("CH", rnd(17)))
    print("# NIR x8 (sex, yy, mm, dept, commune, order)")
    for s in ["1871013", "2950659", "1780833", "2011192", "1642A04", "2890397", "1930957", "2760462"]:
        print("NIR", make_nir(s + rnd(6)))
