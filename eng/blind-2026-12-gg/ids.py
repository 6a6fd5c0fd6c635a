#!/usr/bin/env python3
"""blind-2026-12-gg: prints synthetic check-digit-valid identifiers to paste by hand (seed 29471853). Written from scratch.
Reads and writes no data file. SIN and cards: Luhn check digit. IBAN: ISO 13616 mod 97 check digits.
NIR: key = 97 - (first 13 digits mod 97), Corsica 2A -> 19, 2B -> 18."""
import random
R = random.Random(29471853)

def luhn_digit(partial):
    s = 0
    for pos, c in enumerate(reversed(partial)):
        d = int(c)
        if pos % 2 == 0:
            d = d * 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)

def numstr(k):
    return "".join(R.choice("0123456789") for _ in range(k))

def with_luhn(prefix, length):
    body = prefix + numstr(length - len(prefix) - 1)
    return body + luhn_digit(body)

def iban_of(country, bban):
    moved = bban + country + "00"
    val = int("".join(c if c.isdigit() else str(ord(c) - 55) for c in moved))
    full = country + "%02d" % (98 - val % 97) + bban
    return " ".join(full[i:i + 4] for i in range(0, len(full), 4))

def nir_of(first13):
    n = int(first13.replace("2A", "19").replace("2B", "18"))
    return first13 + "%02d" % (97 - n % 97)

if __name__ == "__main__":
    print("# CA SIN (first digit 1-7, 9 digits)")
    for _ in range(11):
        v = with_luhn(R.choice("1234567"), 9)
        print(v[0:3] + " " + v[3:6] + " " + v[6:9])
    print("# cards")
    for label, pfx, ln in (("visa", "4", 16), ("visa", "4", 16), ("mc", "55", 16), ("mc", "2221", 16),
                           ("amex", "34", 15), ("amex", "37", 15), ("discover", "6011", 16), ("visa", "4", 16), ("mc", "52", 16)):
        print(label, with_luhn(pfx, ln))
    print("# IBAN")
    for cc, bban in (("FR", numstr(23)), ("FR", numstr(23)), ("FR", numstr(23)), ("BE", numstr(12)), ("DE", numstr(18)),
                     ("ES", numstr(20)), ("PT", numstr(21)), ("LU", numstr(3) + "0" + numstr(12)), ("CH", numstr(17)), ("FR", numstr(23))):
        print(iban_of(cc, bban))
    print("# NIR")
    for head in ("2840533", "1910769", "2720129", "1650897", "2002A04", "1881075", "2961259", "1780313", "2530974"):
        print(nir_of(head + numstr(13 - len(head))))
