#!/usr/bin/env python3
"""blind-2026-12-v: prints check-digit-valid synthetic identifiers (seed 27064419), written from scratch.
Nothing here labels or writes data: the printed values were pasted by hand into the data_*.txt files.
SIN: Luhn (9 digits). Cards: Luhn, Visa 16, Mastercard 16 (51-55 and 2221-2720), Amex 15. IBAN: ISO 13616 mod 97.
NIR: 13 digits + key 97 - (n mod 97), Corsica 2A/2B replaced by 19/18 for the key."""
import random
rnd = random.Random(27064419)

def nd(k):
    return "".join(rnd.choice("0123456789") for _ in range(k))

def luhn_complete(partial):
    # returns partial + check digit so that the whole passes Luhn
    s = 0
    for i, c in enumerate(reversed(partial)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        s += d
    return partial + str((10 - s % 10) % 10)

def make_card(prefix, length):
    return luhn_complete(prefix + nd(length - len(prefix) - 1))

def iban(cc, bban):
    num = "".join(str(int(ch, 36)) for ch in (bban + cc + "00"))
    return cc + "%02d" % (98 - int(num) % 97) + bban

def fr_bban():
    b, g, c = nd(5), nd(5), nd(11)
    key = 97 - ((89 * int(b) + 15 * int(g) + 3 * int(c)) % 97)
    return b + g + c + "%02d" % key

def nir(s, yy, mm, dep, com, ordre):
    body = f"{s}{yy}{mm}{dep}{com}{ordre}"
    key = 97 - int(body.replace("2A", "19").replace("2B", "18")) % 97
    return body + "%02d" % key

def spaced(x, n=4):
    return " ".join(x[i:i+n] for i in range(0, len(x), n))

if __name__ == "__main__":
    for _ in range(8):
        print("SIN", luhn_complete(rnd.choice("1234567") + nd(7)))
    print("SIN 9-series", luhn_complete("9" + nd(7)))
    for p, l in (("4", 16), ("4", 16), ("4", 16), ("52", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15)):
        print("CARD", p, make_card(p, l))
    for _ in range(3): print("IBAN FR", spaced(iban("FR", fr_bban())))
    print("IBAN BE", spaced(iban("BE", nd(12))))
    print("IBAN DE", spaced(iban("DE", nd(18))))
    print("IBAN ES", spaced(iban("ES", nd(20))))
    print("IBAN PT", spaced(iban("PT", nd(21))))
    print("IBAN GB", spaced(iban("GB", "NWBK" + nd(14))))
    print("IBAN NL", spaced(iban("NL", "ABNA" + nd(10))))
    for a in (("1", "81", "05", "31", "555", "214"), ("2", "66", "10", "2B", "033", "087"), ("1", "90", "08", "972", "09", "311"),
              ("2", "79", "03", "973", "07", "045"), ("1", "57", "11", "33", "063", "129"), ("2", "03", "02", "44", "109", "560"),
              ("1", "72", "06", "67", "482", "023"), ("2", "88", "12", "93", "066", "418"), ("1", "99", "04", "06", "088", "205"),
              ("2", "54", "09", "987", "35", "011")):
        print("NIR", a, nir(*a))
    print("IBAN FR (extra, added after the first run)", spaced(iban("FR", fr_bban())))
