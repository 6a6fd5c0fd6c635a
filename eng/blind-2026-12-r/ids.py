#!/usr/bin/env python3
"""Seeded helper (seed 57713), written from scratch for blind-2026-12-r. It prints check-digit-valid values that were
pasted by hand into the data_*.txt files: Luhn SINs (incl. a 9-series one), Luhn cards (Visa, Mastercard 5x and 2-series,
Amex), mod-97 IBANs (FR with the RIB key, BE with its national key, DE, CH, PT, ES, NL, LU) and keyed NIRs for a chosen
sex / birth year / month / department. Nothing here infers entity codes; it only prints numbers."""
import random
R = random.Random(57713)
def luhn_check(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        s += d
    return str((10 - s % 10) % 10)
def sin(first): b = str(first) + "".join(str(R.randint(0, 9)) for _ in range(7)); return b + luhn_check(b)
def card(prefix, n=16): b = prefix + "".join(str(R.randint(0, 9)) for _ in range(n - 1 - len(prefix))); return b + luhn_check(b)
def iban(cc, bban):
    num = int("".join(str(int(c, 36)) for c in bban + cc + "00")); return cc + "%02d" % (98 - num % 97) + bban
def rib(bank, desk, acct):
    t = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")
    k = 97 - ((89 * int(bank) + 15 * int(desk) + 3 * int(acct.translate(t))) % 97); return bank + desk + acct + "%02d" % k
def be_bban():
    b = "%010d" % R.randint(10**9, 10**10 - 1); k = int(b) % 97 or 97; return b + "%02d" % k
def nir(sex, yy, mm, dep, com, order):
    body = f"{sex}{yy:02d}{mm:02d}{dep}{com}{order}"
    n = int(body.replace("2A", "19").replace("2B", "18")); return body + "%02d" % (97 - n % 97)
def g4(s): return " ".join(s[i:i+4] for i in range(0, len(s), 4))
if __name__ == "__main__":
    print("SIN", [sin(R.choice([1, 2, 3, 4, 5, 6, 7])) for _ in range(8)], "9-series", sin(9))
    print("VISA", [g4(card("4")) for _ in range(4)])
    print("MC", [g4(card("5" + str(R.randint(1, 5)))) for _ in range(2)], g4(card("2223")))
    print("AMEX", card("34", 15), card("37", 15))
    for _ in range(3):
        print("FR", g4(iban("FR", rib("%05d" % R.randint(10000, 39999), "%05d" % R.randint(0, 99999), "%011d" % R.randint(0, 10**11 - 1)))))
    print("BE", g4(iban("BE", be_bban())))
    print("DE", g4(iban("DE", "%08d" % R.randint(10**7, 10**8 - 1) + "%010d" % R.randint(0, 10**10 - 1))))
    print("CH", g4(iban("CH", "%05d" % R.randint(0, 99999) + "%012d" % R.randint(0, 10**12 - 1))))
    print("PT", g4(iban("PT", "%021d" % R.randint(0, 10**21 - 1))))
    print("ES", g4(iban("ES", "%020d" % R.randint(0, 10**20 - 1))))
    print("NL", g4(iban("NL", "RABO" + "%010d" % R.randint(0, 10**10 - 1))))
    print("LU", g4(iban("LU", "%03d" % R.randint(0, 999) + "%013d" % R.randint(0, 10**13 - 1))))
    for a in [(2, 88, 4, "93", "066", "114"), (1, 62, 10, "2B", "033", "051"), (2, 95, 1, "972", "09", "027"),
              (1, 81, 7, "973", "02", "118"), (2, 70, 12, "35", "238", "044"), (1, 99, 3, "31", "555", "201"),
              (2, 57, 5, "67", "482", "009"), (1, 4, 8, "974", "15", "063")]:
        print("NIR", a, nir(*a))
