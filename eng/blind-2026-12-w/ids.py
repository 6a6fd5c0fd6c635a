#!/usr/bin/env python3
"""blind-2026-12-w: prints check-digit-valid synthetic identifiers (seed 60318852), written from scratch.
Nothing here labels or writes data files; the printed values are pasted by hand into data_*.txt.
SIN and cards: Luhn. IBAN: ISO 13616 mod 97 (FR with its RIB key). NIR: key = 97 - (13 digits mod 97),
with 2A -> 19 and 2B -> 18 for Corsica."""
import random
G = random.Random(60318852)

def digits(n):
    return "".join(str(G.randrange(10)) for _ in range(n))

def luhn_digit(body):
    total = 0
    for pos, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if pos % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return str((10 - total % 10) % 10)

def with_luhn(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    return body + luhn_digit(body)

def mod97_check(country, bban):
    n = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return "%02d" % (98 - n % 97)

def rib_bban():
    bank, branch, acct = digits(5), digits(5), digits(11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
    return bank + branch + acct + "%02d" % key

def iban(country, bban):
    s = country + mod97_check(country, bban) + bban
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

def nir(sex, yy, mm, dep, commune, order):
    body = sex + yy + mm + dep + commune + order
    key = 97 - int(body.replace("2A", "19").replace("2B", "18")) % 97
    return body + "%02d" % key

if __name__ == "__main__":
    for k in range(8):
        s = with_luhn(G.choice("1234567"), 9)
        print("SIN", s[:3], s[3:6], s[6:])
    print("SIN 9-series", with_luhn("9", 9))
    for label, prefix, length in (("Visa", "4", 16), ("Visa", "4", 16), ("Visa", "4", 16), ("MC 51", "51", 16), ("MC 53", "53", 16),
                                  ("MC 2720", "2720", 16), ("Amex 34", "34", 15), ("Amex 37", "37", 15), ("JCB 3528", "3528", 16)):
        print("CARD", label, with_luhn(prefix, length))
    for _ in range(3):
        print("IBAN FR", iban("FR", rib_bban()))
    print("IBAN IT", iban("IT", "X" + digits(10) + digits(12)))
    print("IBAN AT", iban("AT", digits(16)))
    print("IBAN PL", iban("PL", digits(24)))
    print("IBAN DK", iban("DK", digits(14)))
    print("IBAN FR (4th)", iban("FR", rib_bban()))
    for a in (("2", "85", "07", "974", "11", "052"), ("1", "62", "03", "976", "08", "140"), ("2", "77", "11", "2A", "004", "231"),
              ("1", "93", "01", "988", "07", "019"), ("2", "69", "05", "59", "350", "612"), ("1", "80", "12", "13", "055", "377"),
              ("2", "01", "06", "971", "27", "088"), ("1", "74", "09", "75", "118", "404")):
        print("NIR", a, nir(*a))
    print("IBAN FR (5th, appended after data_congres.txt reused FR #3)", iban("FR", rib_bban()))
