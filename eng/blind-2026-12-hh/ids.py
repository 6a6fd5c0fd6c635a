#!/usr/bin/env python3
"""blind-2026-12-hh: prints synthetic check-digit-valid identifiers (seed 29170634), written from scratch for this set.
Nothing here reads or writes a data file; values are pasted by hand into data_*.txt.
SIN and cards: Luhn check digit. IBAN: ISO 13616 mod 97 (French BBAN carries its own RIB key). NIR: key = 97 - (13 digits mod 97)."""
import random
R = random.Random(29170634)
def dd(n): return "".join(R.choice("0123456789") for _ in range(n))
def luhn_digit(body):
    s = 0
    for pos, ch in enumerate(reversed(body)):
        v = int(ch)
        if pos % 2 == 0:
            v *= 2
            if v > 9: v -= 9
        s += v
    return str((10 - s % 10) % 10)
def luhn(prefix, length):
    body = prefix + dd(length - len(prefix) - 1)
    return body + luhn_digit(body)
def mod97_iban(country, bban):
    num = "".join(str(int(c, 36)) for c in (bban + country + "00"))
    k = 98 - int(num) % 97
    raw = "%s%02d%s" % (country, k, bban)
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
def fr_bban():
    bank, branch, acct = dd(5), dd(5), dd(11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
    return "%s%s%s%02d" % (bank, branch, acct, key)
def nir(head):
    return head + "%02d" % (97 - int(head.replace("2A", "19").replace("2B", "18")) % 97)
if __name__ == "__main__":
    for k in range(10):
        s = luhn(R.choice("1234567"), 9)
        print("SIN %s %s %s" % (s[:3], s[3:6], s[6:]))
    for label, pre, ln in [("Visa", "4", 16), ("Visa", "4", 16), ("MC", "55", 16), ("MC", "2221", 16), ("Amex", "34", 15), ("Amex", "37", 15), ("Discover", "6011", 16), ("UnionPay", "62", 16)]:
        print(label, luhn(pre, ln))
    for k in range(4): print("IBAN", mod97_iban("FR", fr_bban()))
    print("IBAN", mod97_iban("BE", dd(12))); print("IBAN", mod97_iban("DE", dd(18))); print("IBAN", mod97_iban("ES", dd(20)))
    print("IBAN", mod97_iban("PT", dd(21))); print("IBAN", mod97_iban("CH", dd(17))); print("IBAN", mod97_iban("LU", dd(16)))
    for head in ["1841275", "2960833", "1770559", "2881192", "1620462", "2010314", "19307", "2721097"]:
        if len(head) == 5: head = head + "2A"
        print("NIR", nir(head + dd(13 - len(head))))
