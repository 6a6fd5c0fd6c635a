#!/usr/bin/env python3
"""Seeded helper for blind-2026-12-t (seed 61729), written from scratch for this set. It only PRINTS check-digit-valid
values that were then pasted by hand into the data_*.txt files: Luhn SINs (one 9-series), Luhn cards (Visa 16,
Mastercard 5x and 22xx, Amex 15), mod-97 IBANs (FR with its RIB key, BE with its national key, ES with its two control
digits, DE, NL, PT, GB), keyed NIRs for a chosen sex / year / month / department / commune / order. It labels nothing."""
import random
rng = random.Random(61729)

def luhn_check(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v = v * 2
            v = v - 9 if v > 9 else v
        s += v
    return str((10 - s % 10) % 10)

def sin(first):
    body = str(first) + "".join(rng.choice("0123456789") for _ in range(7))
    return body + luhn_check(body)

def card(prefix, n=16):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(n - 1 - len(prefix)))
    return body + luhn_check(body)

def iban(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return cc + "%02d" % (98 - int(num) % 97) + bban

def rib(bank, branch, acct):
    tr = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")
    return bank + branch + acct + "%02d" % (97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct.translate(tr))) % 97)

def es_bban():
    bank = "%04d" % rng.randint(0, 9999); off = "%04d" % rng.randint(0, 9999); acc = "%010d" % rng.randint(0, 10**10 - 1)
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    def dc(s):
        r = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
        return {10: 1, 11: 0}.get(r, r)
    return bank + off + str(dc("00" + bank + off)) + str(dc(acc)) + acc

def nir(sex, yy, mm, dep, com, order):
    b = f"{sex}{yy:02d}{mm:02d}{dep}{com}{order}"
    return b + "%02d" % (97 - int(b.replace("2A", "19").replace("2B", "18")) % 97)

def g4(s): return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

if __name__ == "__main__":
    print("SIN", [sin(rng.choice([1, 2, 3, 4, 5, 6, 7])) for _ in range(8)], "9-series", sin(9))
    print("VISA", [g4(card("4")) for _ in range(3)])
    print("MC", [g4(card("5" + str(rng.randint(1, 5)))) for _ in range(2)], g4(card("2221")))
    print("AMEX", card("34", 15), card("37", 15))
    for _ in range(3):
        print("FR", g4(iban("FR", rib("%05d" % rng.randint(10000, 39999), "%05d" % rng.randint(0, 99999), "%011d" % rng.randint(0, 10**11 - 1)))))
    b = "%010d" % rng.randint(10**9, 10**10 - 1)
    print("BE", g4(iban("BE", b + "%02d" % (int(b) % 97 or 97))))
    print("ES", g4(iban("ES", es_bban())))
    print("DE", g4(iban("DE", "%08d" % rng.randint(10**7, 10**8 - 1) + "%010d" % rng.randint(0, 10**10 - 1))))
    print("NL", g4(iban("NL", "INGB" + "%010d" % rng.randint(0, 10**10 - 1))))
    print("PT", g4(iban("PT", "%021d" % rng.randint(0, 10**21 - 1))))
    print("GB", g4(iban("GB", "BARC" + "%06d" % rng.randint(0, 999999) + "%08d" % rng.randint(0, 10**8 - 1))))
    for a in [(2, 84, 3, "33", "063", "211"), (1, 71, 10, "2B", "033", "054"), (2, 96, 1, "972", "09", "118"),
              (1, 88, 5, "973", "02", "207"), (2, 64, 8, "67", "482", "031"), (1, 99, 11, "44", "109", "276"),
              (2, 57, 4, "31", "555", "093"), (1, 2, 6, "988", "18", "044"), (2, 79, 12, "06", "088", "160")]:
        print("NIR", a, nir(*a))
