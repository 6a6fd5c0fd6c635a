#!/usr/bin/env python3
"""Seeded helper for blind-2026-12-s (seed 90437), written from scratch. It only prints check-digit-valid numbers that
were pasted by hand into the data_*.txt files: Luhn SINs (incl. one 9-series),
Luhn cards (Visa 16, Mastercard 51-55 and 2-series, Amex 15), mod-97 IBANs (FR with its RIB key, BE with its national
key, IT with a letter CIN, MC Monaco with the French RIB key, CH, LU, GB with an alphabetic bank code) and keyed NIRs for a chosen sex / year / month / department /
commune / order. It infers nothing and labels nothing."""
import random
rng = random.Random(90437)

def luhn_digit(body):
    total = 0
    for pos, ch in enumerate(reversed(body)):
        v = int(ch)
        if pos % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return str((10 - total % 10) % 10)

def sin(first):
    body = str(first) + "".join(str(rng.randint(0, 9)) for _ in range(7))
    return body + luhn_digit(body)

def card(prefix, length=16):
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - 1 - len(prefix)))
    return body + luhn_digit(body)

def iban(country, bban):
    digits = "".join(str(int(c, 36)) for c in (bban + country + "00"))
    return country + "%02d" % (98 - int(digits) % 97) + bban

def fr_rib(bank, branch, account):
    tr = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")
    key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(account.translate(tr))) % 97)
    return bank + branch + account + "%02d" % key

def be_bban():
    b = "%010d" % rng.randint(10**9, 10**10 - 1)
    return b + "%02d" % (int(b) % 97 or 97)

def nir(sex, yy, mm, dep, commune, order):
    body = f"{sex}{yy:02d}{mm:02d}{dep}{commune}{order}"
    n = int(body.replace("2A", "19").replace("2B", "18"))
    return body + "%02d" % (97 - n % 97)

def four(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

if __name__ == "__main__":
    print("SIN", [sin(rng.choice([1, 2, 4, 5, 6, 7])) for _ in range(9)], "9-series", sin(9))
    print("VISA", [four(card("4")) for _ in range(4)])
    print("MC", [four(card("5" + str(rng.randint(1, 5)))) for _ in range(3)], four(card("2720")))
    print("AMEX", card("34", 15), card("37", 15))
    for _ in range(3):
        print("FR", four(iban("FR", fr_rib("%05d" % rng.randint(10000, 39999), "%05d" % rng.randint(0, 99999),
                                             "%011d" % rng.randint(0, 10**11 - 1)))))
    print("BE", four(iban("BE", be_bban())))
    print("IT", four(iban("IT", "X" + "%05d" % rng.randint(0, 99999) + "%05d" % rng.randint(0, 99999) + "%012d" % rng.randint(0, 10**12 - 1))))
    print("MC", four(iban("MC", fr_rib("%05d" % rng.randint(10000, 39999), "%05d" % rng.randint(0, 99999), "%011d" % rng.randint(0, 10**11 - 1)))))
    print("CH", four(iban("CH", "%05d" % rng.randint(0, 99999) + "%012d" % rng.randint(0, 10**12 - 1))))
    print("LU", four(iban("LU", "%03d" % rng.randint(0, 999) + "%013d" % rng.randint(0, 10**13 - 1))))
    print("GB", four(iban("GB", "NWBK" + "%06d" % rng.randint(0, 999999) + "%08d" % rng.randint(0, 10**8 - 1))))
    for a in [(1, 77, 6, "13", "055", "208"), (2, 91, 11, "2A", "004", "117"), (1, 68, 2, "971", "20", "033"),
              (2, 85, 9, "976", "11", "402"), (1, 73, 3, "59", "350", "076"), (2, 2, 10, "69", "383", "145"),
              (1, 59, 12, "29", "019", "012"), (2, 80, 4, "974", "11", "287"), (1, 93, 7, "75", "118", "330")]:
        print("NIR", a, nir(*a))
