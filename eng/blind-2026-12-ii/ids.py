#!/usr/bin/env python3
"""blind-2026-12-ii: prints synthetic check-digit-valid identifiers for hand pasting (seed 27750931). Written from scratch.
Reads and writes no data file. Output grouped by kind; every value is meant to be used at most once.
  SIN   : 9 digits, Luhn (first digit 1-7, 9 excluded).
  cards : Luhn; Visa 16, Mastercard 55 / 2221, Amex 34, Discover 6011, UnionPay 62 (16).
  IBAN  : ISO 13616 mod 97; FR/MC with a RIB key, BE with its own mod-97 pair, DE, ES, PT, CH, LU.
  NIR   : sex, YY, MM, department (incl. 2A/2B, 971-976), commune, order, key = 97 - (13 digits mod 97)."""
import random
R = random.Random(27750931)
def nd(k): return "".join(R.choice("0123456789") for _ in range(k))
def luhn_ok_with(s):
    total = 0
    for pos, c in enumerate(reversed(s)):
        d = int(c)
        if pos % 2 == 1:
            d = d * 2
            if d > 9: d -= 9
        total += d
    return total % 10 == 0
def luhn_make(prefix, length):
    core = prefix + nd(length - len(prefix) - 1)
    for last in "0123456789":
        if luhn_ok_with(core + last): return core + last
def iban_make(country, bban):
    num = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    chk = 98 - int(num) % 97
    raw = country + "%02d" % chk + bban
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
def rib_bban():
    bank, branch, acct = nd(5), nd(5), nd(11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
    return bank + branch + acct + "%02d" % key
def be_bban():
    first = nd(10); return first + "%02d" % ((int(first) % 97) or 97)
def nir_make(sex, yy, mm, dep, com):
    body = sex + yy + mm + dep + com + nd(3)
    n = int(body.replace("2A", "19").replace("2B", "18"))
    return body + "%02d" % (97 - n % 97)
print("== SIN")
for _ in range(12):
    s = luhn_make(R.choice("1234567"), 9); print(s[:3], s[3:6], s[6:])
print("== cards")
for label, pre, ln in [("visa", "4", 16), ("visa", "4", 16), ("mc55", "55", 16), ("mc2221", "2221", 16), ("amex34", "34", 15),
                       ("discover", "6011", 16), ("unionpay", "62", 16), ("visa", "4", 16), ("mc55", "55", 16), ("amex37", "37", 15)]:
    print(label, luhn_make(pre, ln))
print("== IBAN")
for _ in range(4): print(iban_make("FR", rib_bban()))
print(iban_make("BE", be_bban())); print(iban_make("DE", nd(18))); print(iban_make("ES", nd(20))); print(iban_make("PT", nd(21)))
print(iban_make("CH", nd(17))); print(iban_make("LU", nd(3) + nd(13))); print(iban_make("MC", rib_bban()))
print("== NIR")
for args in [("2", "58", "03", "62", "193"), ("1", "71", "11", "974", "11"), ("2", "84", "07", "976", "11"), ("1", "66", "09", "2B", "033"),
             ("2", "93", "12", "59", "350"), ("1", "49", "05", "971", "20"), ("2", "02", "02", "11", "069"), ("1", "77", "10", "13", "055"),
             ("2", "61", "04", "972", "09")]:
    print(nir_make(*args))
