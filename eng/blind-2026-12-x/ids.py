#!/usr/bin/env python3
"""blind-2026-12-x: identifier printer, written from scratch for this set (seed 81460357).
It only PRINTS synthetic, check-digit-valid values; they are pasted by hand into data_*.txt. It never reads or writes a data file.
  - CA SIN and payment cards: Luhn check digit.
  - IBAN: ISO 13616 (mod 97 = 1); the French BBAN carries its own RIB key.
  - FR NIR: key = 97 - (first 13 characters mod 97), Corsica 2A -> 19, 2B -> 18."""
import random
R = random.Random(81460357)

def rand_digits(k):
    return "".join(R.choice("0123456789") for _ in range(k))

def luhn_complete(partial):
    s = 0
    for i, c in enumerate(reversed(partial)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return partial + str((10 - s % 10) % 10)

def luhn_number(prefix, total_len):
    return luhn_complete(prefix + rand_digits(total_len - len(prefix) - 1))

def iban_of(cc, bban):
    moved = bban + cc + "00"
    num = int("".join(str(int(ch, 36)) for ch in moved))
    full = cc + "%02d" % (98 - num % 97) + bban
    return " ".join(full[i:i + 4] for i in range(0, len(full), 4))

def french_bban():
    b, g, c = rand_digits(5), rand_digits(5), rand_digits(11)
    return b + g + c + "%02d" % (97 - (89 * int(b) + 15 * int(g) + 3 * int(c)) % 97)

def nir_of(parts):
    body = "".join(parts)
    n = int(body.replace("2A", "19").replace("2B", "18"))
    return body + "%02d" % (97 - n % 97)

if __name__ == "__main__":
    print("# SIN (Luhn), 3-3-3")
    for i in range(9):
        v = luhn_number(R.choice("1234567"), 9)
        print(" SIN%d" % (i + 1), v[:3], v[3:6], v[6:])
    print(" SIN 9-series", luhn_number("9", 9))
    print("# cards (Luhn)")
    for name, pre, ln in [("Visa-a", "4", 16), ("Visa-b", "4", 16), ("Visa-c", "4", 16), ("MC 55", "55", 16), ("MC 52", "52", 16),
                          ("MC 2221", "2221", 16), ("Amex 34", "34", 15), ("Amex 37", "37", 15), ("UnionPay 62", "62", 16), ("Discover 65", "65", 16)]:
        v = luhn_number(pre, ln)
        print(" ", name, v)
    print("# IBAN")
    for k in range(4):
        print("  FR", iban_of("FR", french_bban()))
    print("  BE", iban_of("BE", rand_digits(12)))
    print("  DE", iban_of("DE", rand_digits(18)))
    print("  ES", iban_of("ES", rand_digits(20)))
    print("  CH", iban_of("CH", rand_digits(17)))
    print("  PT", iban_of("PT", rand_digits(21)))
    print("  LU", iban_of("LU", rand_digits(3) + rand_digits(13)))
    print("# NIR")
    for p in [("1", "58", "04", "975", "02", "117"), ("2", "91", "10", "972", "29", "046"), ("1", "70", "06", "973", "02", "310"),
              ("2", "83", "02", "986", "01", "022"), ("1", "66", "08", "2B", "033", "158"), ("2", "95", "03", "35", "238", "441"),
              ("1", "88", "12", "67", "482", "009"), ("2", "57", "07", "987", "35", "063"), ("1", "02", "09", "93", "066", "175")]:
        print(" ", p, nir_of(p))
