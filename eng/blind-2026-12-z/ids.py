#!/usr/bin/env python3
"""blind-2026-12-z: prints synthetic check-digit-valid identifiers (seed 73190465), written from scratch for this set.
Values are pasted by hand into data_*.txt; this script reads and writes no data file.
SIN and card numbers: Luhn. IBAN: ISO 13616 mod 97 (BE with its own mod-97 pair, DE, ES, PT, LU, FR with RIB key).
NIR: key = 97 - (13 digits mod 97), Corsica 2A -> 19, 2B -> 18."""
import random
R = random.Random(73190465)
def d(n): return "".join(R.choice("0123456789") for _ in range(n))
def luhn_ok(s):
    t = 0
    for i, c in enumerate(reversed(s)):
        v = int(c)
        if i % 2: v = v * 2 - 9 if v > 4 else v * 2
        t += v
    return t % 10 == 0
def with_luhn(prefix, length):
    body = prefix + d(length - len(prefix) - 1)
    for k in "0123456789":
        if luhn_ok(body + k): return body + k
def iban(country, bban):
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    s = country + "%02d" % (98 - int(num) % 97) + bban
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
def fr_bban():
    b, g, c = d(5), d(5), d(11)
    return b + g + c + "%02d" % (97 - (89 * int(b) + 15 * int(g) + 3 * int(c)) % 97)
def be_bban():
    x = d(10); k = int(x) % 97 or 97
    return x + "%02d" % k
def nir(head):
    body = head + d(13 - len(head))
    return body + "%02d" % (97 - int(body.replace("2A", "19").replace("2B", "18")) % 97)
if __name__ == "__main__":
    for _ in range(12):
        s = with_luhn(R.choice("1234567"), 9); print("SIN", s[:3], s[3:6], s[6:])
    for name, p, n in [("Visa", "45", 16), ("Visa", "41", 16), ("Visa", "49", 16), ("MC", "55", 16), ("MC", "2221", 16),
                       ("Amex", "34", 15), ("Amex", "37", 15), ("Discover", "6011", 16), ("UnionPay", "62", 16), ("Visa", "40", 16)]:
        print(name, with_luhn(p, n))
    for _ in range(4): print("IBAN", iban("FR", fr_bban()))
    print("IBAN", iban("BE", be_bban())); print("IBAN", iban("DE", d(18))); print("IBAN", iban("ES", d(20)))
    print("IBAN", iban("PT", d(21))); print("IBAN", iban("LU", d(3) + "0" + d(12)))
    for h in ["2850459", "1720833", "2951162", "1680206", "2891087", "1770571", "2600974", "180122A", "2930697"]:
        print("NIR", nir(h))
