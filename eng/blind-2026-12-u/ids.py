#!/usr/bin/env python3
"""Seeded helper for blind-2026-12-u (seed 880213), written from scratch. It only PRINTS check-digit-valid values
(Luhn SINs and cards, mod-97 IBANs, keyed NIRs) that were pasted by hand into the data_*.txt files. It labels nothing."""
import random
R = random.Random(880213)

def digits(n): return "".join(str(R.randint(0, 9)) for _ in range(n))
def luhn_digit(body):
    tot = 0
    for pos, ch in enumerate(body[::-1]):
        v = int(ch) * (2 if pos % 2 == 0 else 1)
        tot += v - 9 if v > 9 else v
    return str(-tot % 10)
def luhn_num(prefix, length):
    b = prefix + digits(length - 1 - len(prefix)); return b + luhn_digit(b)
def iban(country, bban):
    n = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{country}{98 - n % 97:02d}{bban}"
def fr_rib():
    bank, guichet, compte = f"{R.randint(10000, 45999)}", digits(5), digits(11)
    key = 97 - (89 * int(bank) + 15 * int(guichet) + 3 * int(compte)) % 97
    return f"{bank}{guichet}{compte}{key:02d}"
def it_bban():
    # CIN letter is not validated by the mod-97 check; any letter keeps the IBAN valid for our purposes
    return "X" + digits(5) + digits(5) + digits(12)
def nir(sex, yy, mm, dep, com, order):
    body = f"{sex}{yy:02d}{mm:02d}{dep}{com}{order}"
    return body + f"{97 - int(body.replace('2A', '19').replace('2B', '18')) % 97:02d}"
def grp(s, k=4): return " ".join(s[i:i + k] for i in range(0, len(s), k))

print("SIN", [luhn_num(str(R.choice([1, 2, 4, 5, 6, 7])), 9) for _ in range(7)], "9xx", luhn_num("9", 9))
print("VISA", [grp(luhn_num("4", 16)) for _ in range(3)])
print("MC", grp(luhn_num("51", 16)), grp(luhn_num("54", 16)), grp(luhn_num("2720", 16)))
print("AMEX", luhn_num("37", 15), luhn_num("34", 15))
for _ in range(3): print("FR", grp(iban("FR", fr_rib())))
print("IT", grp(iban("IT", it_bban())))
print("LU", grp(iban("LU", digits(3) + digits(13))))
print("CH", grp(iban("CH", digits(5) + digits(12))))
print("IE", grp(iban("IE", "AIBK" + digits(6) + digits(8))))
print("MC(Monaco)", grp(iban("MC", fr_rib()[:10] + digits(11) + digits(2))))
for a in [(1, 77, 2, "69", "383", "412"), (2, 91, 7, "2A", "004", "117"), (1, 83, 9, "971", "20", "053"),
          (2, 68, 11, "974", "11", "236"), (1, 95, 3, "13", "201", "088"), (2, 74, 6, "59", "350", "142"),
          (1, 60, 12, "976", "11", "029"), (2, 2, 1, "75", "115", "301"), (1, 86, 4, "35", "238", "067")]:
    print("NIR", a, nir(*a))
