#!/usr/bin/env python3
"""Check tests/ConsentKit.Prompts.Tests/Eval/blind-2026-12-rr.jsonl.
rr: copied from eng/blind-2026-12-y/validate.py (id prefix brr- and path changed, every check kept). y's notes follow.
y: copied from eng/blind-2026-12-x/validate.py with sed (id prefix by- and path changed, every check kept). x's notes follow.
x: copied from eng/blind-2026-12-w/validate.py with sed (id prefix bx- and path changed, every check kept). w's notes follow.
w: copied from eng/blind-2026-12-v/validate.py with sed (id prefix bw- and path changed, every check kept). v's notes follow.
v: copied from eng/blind-2026-12-u/validate.py with sed (id prefix bv- and path changed, every check kept). u's notes follow.
u: copied from eng/blind-2026-12-t/validate.py with sed (id prefix bu- and path changed, every check kept). t's notes follow.
t: copied from eng/blind-2026-12-s/validate.py with sed (id prefix bt- and path changed, every check kept). s's notes follow.
s: copied from eng/blind-2026-12-r/validate.py with sed (id prefix bs- and path changed, every check kept); the leftover-markup
check also knows the two new placeholders <RLO> and <PDF>. r's notes follow.
r: copied from eng/blind-2026-12-q/validate.py with sed (id prefix br- and path changed, every check kept). q's notes follow.
q: copied from eng/blind-2026-12-p/validate.py with sed (id prefix bq- and path changed, every check kept). p's notes follow.
p: copied from eng/blind-2026-12-o/validate.py with sed (id prefix bp- and path changed, every check kept) and one check added:
French-format phone spans must use the fiction blocks 01 99 00 ... 07 00 11 or a real overseas mobile prefix.
o: copied from eng/blind-2026-12-n/validate.py with sed (id prefix and path changed, every check kept). n: copied from eng/blind-2026-12-m/validate.py (with sed); m's own note follows. m: copied from eng/blind-2026-12-l/validate.py (with sed) and adapted: bm-NNNN ids and the output path changed, every check of k (and j, i, h, g, f) kept. k's notes follow. Like g, a private 10.0.0.0/8 address is
accepted in IP spans, and a WARN lint lists capitalised words that repeat a labelled name token outside any span
(warnings are reviewed by hand, not errors). h adds one WARN: a PERSON string repeated across texts (the pools are
drawn without replacement, so a cross-text repeat is worth a look). Every check of g (and f) is kept: JSON, unique ids, exact keys, allowed values, spans in range / non-overlapping / trimmed /
no stray punctuation, BMP only, Luhn and length, IBAN mod 97, NIR key and month, RAMQ form and date, RAMQ matching a
labelled DOB, no leftover markup, no unlabelled e-mail-shaped or 555-01xx string or Luhn-valid plain-digit group,
NANP phones 555-01xx, IPs in documentation ranges, no title inside PERSON, list sizes 3-20, empty negatives,
an identifier for every item with a category. It prints the counts and exits non-zero on any error."""
import json, os, re, sys, collections, ipaddress
P = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)),"..","..","tests","ConsentKit.Prompts.Tests","Eval","blind-2026-12-rr.jsonl"))
TYPES = {"PERSON","PHONE","EMAIL","STREET_ADDRESS","POSTAL_CODE","DATE_OF_BIRTH","CA_SIN","QC_RAMQ","FR_NIR","IBAN","CREDIT_CARD","IP_ADDRESS"}
CATS = {"HEALTH","RELIGION","POLITICAL_OPINION","ETHNIC_ORIGIN","SEXUAL_ORIENTATION","TRADE_UNION","BIOMETRIC","GENETIC"}
KINDS = {"prompt","crm_note","email","sms","list","log","negative","adversarial"}; LANGS = {"fr","en","mixed"}

def luhn(d):
    t=0
    for i,x in enumerate(map(int,reversed(d))):
        if i%2: x*=2; x-=9 if x>9 else 0
        t+=x
    return t%10==0
def iban_ok(s):
    s = re.sub(r"[ \-\n\u00a0]","",s).upper(); s = s[4:]+s[:4]
    return int("".join(str(int(c,36)) for c in s))%97==1
def nir_ok(s):
    d = re.sub(r"[ .\n\-\u00a0]","",s).upper()
    if not re.fullmatch(r"[12]\d{4}(\d\d|2A|2B)\d{8}",d): return None
    if not (1<=int(d[3:5])<=12 or 20<=int(d[3:5])<=42 or int(d[3:5])>=50): return False
    body = d[:13].replace("2A","19").replace("2B","18")
    return 97-int(body)%97 == int(d[13:])
def ramq_ok(s):
    r = re.sub(r"[ \-]","",s)
    if not r.isascii(): return None
    m = re.fullmatch(r"[A-Z]{3}[A-Z](\d\d)(\d\d)(\d\d)\d\d",r)
    if not m: return False
    mm = int(m.group(2)); mm = mm-50 if mm>50 else mm
    return 1<=mm<=12 and 1<=int(m.group(3))<=31

EMAIL_LIKE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")
PHONE_LIKE = re.compile(r"555[\s.\-]?01\d\d")

person_all=[]; errors=[]; warns=[]; ids=set(); C=collections.Counter; ty=C(); se=C(); ki=C(); la=C(); kl=C(); n=0; nosens=0; withsens=0
for ln,line in enumerate(open(P,encoding="utf-8"),1):
    try: o = json.loads(line)
    except Exception as ex: errors.append(("json",ln,str(ex))); continue
    n += 1
    if set(o)!={"id","lang","kind","text","entities","sensitive"}: errors.append(("keys",ln)); continue
    if not re.fullmatch(r"brr-\d{4}",o["id"]): errors.append(("id format",o["id"]))
    if o["id"] in ids: errors.append(("dup id",o["id"]))
    ids.add(o["id"]); t=o["text"]; L=len(t)
    if any(ord(c)>0xFFFF for c in t): errors.append(("non-BMP char (python != utf-16 offsets)",o["id"]))
    if not t.strip(): errors.append(("empty text",o["id"]))
    if re.search(r"<(ZW|ZWNJ|ZWJ|WJ|LRM|RLM|SHY|NBSP|NNBSP|BOM|TAB|CR|RLO|PDF)>",t) or "⟦" in t or "⟧" in t: errors.append(("leftover markup",o["id"]))
    if o["kind"] not in KINDS or o["lang"] not in LANGS: errors.append(("kind/lang",o["id"]))
    for s in o["sensitive"]:
        if s not in CATS: errors.append(("cat",o["id"],s))
        se[s]+=1
    if len(set(o["sensitive"]))!=len(o["sensitive"]): errors.append(("dup cat",o["id"]))
    if o["sensitive"]: withsens+=1
    else: nosens+=1
    prev=-1; spans=[]; ramqs=[]; dobs=[]
    for e in sorted(o["entities"],key=lambda e:e["start"]):
        if set(e)!={"type","start","end"}: errors.append(("entity keys",o["id"],e))
        if e["type"] not in TYPES: errors.append(("type",o["id"],e))
        if not (0<=e["start"]<e["end"]<=L): errors.append(("range",o["id"],e)); continue
        if e["start"]<prev: errors.append(("overlap",o["id"],e))
        prev=e["end"]
        x=t[e["start"]:e["end"]]; spans.append((e["start"],e["end"]))
        if not x or x!=x.strip() or x.strip("\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad")!=x: errors.append(("trim",o["id"],repr(x)))
        lead = ",;)" if e["type"]=="IP_ADDRESS" else ",;:)"   # IPv6 may start with "::"
        if x[-1] in ",;:(." and not (e["type"]=="PERSON" and re.search(r"\b[A-Za-z]\.$",x)) or x[0] in lead or x.count("(")!=x.count(")"):
            errors.append(("punct",o["id"],repr(x)))
        ty[e["type"]]+=1
        d=re.sub(r"[ \-]","",x)
        if e["type"] in ("CREDIT_CARD","CA_SIN") and d.isdigit() and d.isascii() and not luhn(d): errors.append(("luhn",o["id"],x))
        if e["type"]=="CA_SIN" and d.isdigit() and d.isascii() and len(d)!=9: errors.append(("sin length",o["id"],x))
        if e["type"]=="CREDIT_CARD" and d.isdigit() and d.isascii() and len(d) not in (15,16): errors.append(("card length",o["id"],x))
        if e["type"]=="IBAN" and re.fullmatch(r"[A-Za-z]{2}\d{2}[0-9A-Za-z\n\u00a0]+",d) and not iban_ok(d): errors.append(("iban",o["id"],x))
        if e["type"]=="FR_NIR" and nir_ok(x) is False: errors.append(("nir",o["id"],x))
        if e["type"]=="QC_RAMQ" and ramq_ok(x) is False: errors.append(("ramq",o["id"],x))
        if e["type"]=="PHONE":
            core = re.split(r"poste|ext|\bx\b",x)[0]; dg = re.sub(r"\D","",core)
            if dg.isascii() and (len(dg)==10 and dg[0] not in "0" or len(dg)==11 and dg[0]=="1") and not (dg[-7:-4]=="555" and dg[-4:-2]=="01"):
                errors.append(("NANP phone not 555-01xx",o["id"],x))
        if e["type"]=="PHONE":   # p: French numbers must use the fiction blocks, overseas numbers the real mobile prefixes
            fd = re.sub(r"\D","",x)
            if fd.isascii() and len(fd)==11 and fd.startswith("33"): fd = "0"+fd[2:]
            if fd.isascii() and len(fd)==10 and fd[0]=="0" and not fd.startswith(("0199","026191","035301","046571","053649","063998","070011","0690","0691","0694","0696","0692","0693","0639")):
                errors.append(("French phone outside fiction blocks",o["id"],x))
        if e["type"]=="IP_ADDRESS" and re.fullmatch(r"[\d.]+",x) and not re.match(r"(192\.0\.2|198\.51\.100|203\.0\.113|10\.\d+\.\d+)\.",x): errors.append(("ip not doc range",o["id"],x))
        if e["type"]=="IP_ADDRESS" and ":" in x:
            try: ok6 = ipaddress.ip_address(x) in ipaddress.ip_network("2001:db8::/32") or ipaddress.ip_address(x).ipv4_mapped is not None
            except ValueError: ok6 = x.lower().lstrip(":").startswith(("2001:db8","ffff:"))
            if not ok6: errors.append(("ipv6 not doc range",o["id"],x))
        if e["type"]=="PERSON" and re.match(r"(Mme|M\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Me|Mlle|Monsieur|Madame|Rev\.|Father|Sœur|Père|Rabbi|Imam|abbé|Councillor)\s",x):
            errors.append(("title inside PERSON",o["id"],x))   # e: titles stay outside PERSON spans
        if e["type"]=="PERSON": person_all.append((x,o["id"]))
        if e["type"]=="QC_RAMQ": ramqs.append(x)
        if e["type"]=="DATE_OF_BIRTH": dobs.append(x)
    # lint: things that look like an e-mail or a 555-01xx phone must sit inside a span
    for rx,what in ((EMAIL_LIKE,"unlabelled e-mail"),(PHONE_LIKE,"unlabelled 555-01xx")):
        for m in rx.finditer(t):
            s=m.start()
            if not any(a<=s<z for a,z in spans): errors.append((what,o["id"],m.group(0)))
    # a RAMQ number must match one of the birth dates written in the same text (YYMMDD, +50 for women)
    MO = {m:i for i,m in enumerate(["jan","fév","mar","avr","mai","juin","juil","aoû","sep","oct","nov","déc"],1)}
    def dob_keys(dx):
        m1 = re.search(r"(19|20)(\d\d)-(\d\d)-(\d\d)",dx)
        if m1: return {(m1.group(2),int(m1.group(3)),int(m1.group(4)))}
        m2 = re.search(r"(\d{1,2})\s+([a-zéûô]+)\s+(19|20)(\d\d)",dx.lower())
        if m2:
            for k,v in MO.items():
                if m2.group(2).startswith(k): return {(m2.group(4),v,int(m2.group(1)))}
        return set()
    if ramqs and dobs:
        keys = set().union(*[dob_keys(dx) for dx in dobs])
        for rq in ramqs:
            rr = re.sub(r"[^0-9A-Z]","",rq)
            if len(rr)==12 and keys:
                yy,mm,dd = rr[4:6],int(rr[6:8]),int(rr[8:10]); mm = mm-50 if mm>50 else mm
                if (yy,mm,dd) not in keys: errors.append(("ramq does not match dob",o["id"],rq,dobs))
    # plain-digit cards / SINs must be labelled
    for mt in re.finditer(r"(?<![\d.])(\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{4}|\d{3}[ -]\d{3}[ -]\d{3})(?![\d.])",t):
        d=re.sub(r"\D","",mt.group(0)); st=mt.start()
        if luhn(d) and not any(a<=st<z for a,z in spans) and o["kind"]!="negative": errors.append(("unlabelled luhn number",o["id"],mt.group(0)))
    # WARN: a capitalised word equal to a labelled PERSON token, found outside every span
    toks=set()
    for e in o["entities"]:
        if e["type"]=="PERSON":
            for w in re.findall(r"[A-Za-zÀ-ÿ'-]{3,}",t[e["start"]:e["end"]]): toks.add(w)
    for m in re.finditer(r"[A-Za-zÀ-ÿ'-]{3,}",t):
        if m.group(0) in toks and m.group(0)[0].isupper() and not any(a<=m.start()<z for a,z in spans): warns.append((o["id"],m.group(0)))
    ki[o["kind"]]+=1; la[o["lang"]]+=1; kl[(o["kind"],o["lang"])]+=1
    if o["kind"]=="negative" and (o["entities"] or o["sensitive"]): errors.append(("negative has entities/sensitive",o["id"]))
    if o["kind"]=="list" and not (3<=len(o["entities"])<=20): errors.append(("list size",o["id"],len(o["entities"])))
    if o["sensitive"] and not o["entities"]: errors.append(("sensitive without any identifier",o["id"]))
    if o["kind"] not in ("negative","adversarial") and not o["entities"] and o["sensitive"]: errors.append(("empty non-negative with category",o["id"]))
print("lines",n,"entities",sum(ty.values()))
for name,cc in [("types",ty),("sensitive",se),("kinds",ki),("langs",la)]:
    print(name,dict(cc.most_common()))
print("\n| kind | fr | en | mixed | total |\n|---|---|---|---|---|")
for k,_ in ki.most_common():
    print(f"| {k} | {kl[(k,'fr')]} | {kl[(k,'en')]} | {kl[(k,'mixed')]} | {ki[k]} |")
print(f"| **total** | **{la['fr']}** | **{la['en']}** | **{la['mixed']}** | **{n}** |")
print("items with >=1 category",withsens,"items with none",nosens)
print("PERSON spans",len(person_all),"distinct",len(set(t for t,_ in person_all)))
pc=collections.defaultdict(set)
for t_,i_ in person_all: pc[t_].add(i_)
for t_,s_ in pc.items():
    if len(s_)>1: warns.append(("PERSON repeated across texts",t_,sorted(s_)))
print("WARN (review by hand)",len(warns)); [print("  warn",w) for w in warns[:80]]
print("ERRORS",len(errors)); [print(e) for e in errors[:120]]
sys.exit(1 if errors else 0)
