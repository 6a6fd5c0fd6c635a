#!/usr/bin/env python3
"""Check tests/ConsentKit.Prompts.Tests/Eval/blind-2026-12-b.jsonl (adapted from eng/blind-2026-12/validate.py)."""
import json, os, re, sys, collections
P = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)),"..","..","tests","ConsentKit.Prompts.Tests","Eval","blind-2026-12-b.jsonl"))
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
    s = s.replace(" ","").replace("-","").replace("\n","").upper(); s = s[4:]+s[:4]
    return int("".join(str(int(c,36)) for c in s))%97==1
def nir_ok(s):
    d = re.sub(r"[ .\n]","",s).upper()
    if not re.fullmatch(r"[12]\d{4}(\d\d|2A|2B)\d{8}",d): return None
    body = d[:13].replace("2A","19").replace("2B","18")
    return 97-int(body)%97 == int(d[13:])

errors=[]; ids=set(); C=collections.Counter; ty=C(); se=C(); ki=C(); la=C(); kl=C(); n=0
for ln,line in enumerate(open(P,encoding="utf-8"),1):
    try: o = json.loads(line)
    except Exception as ex: errors.append(("json",ln,str(ex))); continue
    n += 1
    if set(o)!={"id","lang","kind","text","entities","sensitive"}: errors.append(("keys",ln)); continue
    if not re.fullmatch(r"bb-\d{4}",o["id"]): errors.append(("id format",o["id"]))
    if o["id"] in ids: errors.append(("dup id",o["id"]))
    ids.add(o["id"]); t=o["text"]; b=t.encode("utf-16-le"); L=len(b)//2
    if o["kind"] not in KINDS or o["lang"] not in LANGS: errors.append(("kind/lang",o["id"]))
    for s in o["sensitive"]:
        if s not in CATS: errors.append(("cat",o["id"],s))
        se[s]+=1
    if len(set(o["sensitive"]))!=len(o["sensitive"]): errors.append(("dup cat",o["id"]))
    prev=-1
    for e in sorted(o["entities"],key=lambda e:e["start"]):
        if set(e)!={"type","start","end"}: errors.append(("entity keys",o["id"],e))
        if e["type"] not in TYPES: errors.append(("type",o["id"],e))
        if not (0<=e["start"]<e["end"]<=L): errors.append(("range",o["id"],e)); continue
        if e["start"]<prev: errors.append(("overlap",o["id"],e))
        prev=e["end"]
        x=b[2*e["start"]:2*e["end"]].decode("utf-16-le")
        if not x or x!=x.strip(): errors.append(("trim",o["id"],repr(x)))
        lead = ",;)" if e["type"]=="IP_ADDRESS" else ",;:)"   # IPv6 may start with "::"
        if x[-1] in ",;:(" or x[0] in lead or x.count("(")!=x.count(")"): errors.append(("punct",o["id"],repr(x)))
        ty[e["type"]]+=1
        d=re.sub(r"[ \-]","",x)
        if e["type"] in ("CREDIT_CARD","CA_SIN") and d.isdigit() and d.isascii() and not luhn(d): errors.append(("luhn",o["id"],x))
        if e["type"]=="CA_SIN" and d.isdigit() and d.isascii() and len(d)!=9: errors.append(("sin length",o["id"],x))
        if e["type"]=="IBAN" and re.fullmatch(r"[A-Za-z]{2}\d{2}[0-9A-Za-z\n]+",d) and not iban_ok(d): errors.append(("iban",o["id"],x))
        if e["type"]=="FR_NIR" and nir_ok(x) is False: errors.append(("nir",o["id"],x))
        if e["type"]=="QC_RAMQ":
            r=x.replace(" ","")
            if r.isascii() and not re.fullmatch(r"[A-Z]{4}\d{8}",r): errors.append(("ramq format",o["id"],x))
    ki[o["kind"]]+=1; la[o["lang"]]+=1; kl[(o["kind"],o["lang"])]+=1
    if o["kind"]=="negative" and (o["entities"] or o["sensitive"]): errors.append(("negative has entities/sensitive",o["id"]))
    if o["kind"]=="list" and not (3<=len(o["entities"])<=20): errors.append(("list size",o["id"],len(o["entities"])))
    if o["sensitive"] and not o["entities"]: errors.append(("sensitive without any identifier",o["id"]))
print("lines",n,"entities",sum(ty.values()))
for name,cc in [("types",ty),("sensitive",se),("kinds",ki),("langs",la)]:
    print(name,dict(cc.most_common()))
print("kind x lang",{f"{k}/{l}":v for (k,l),v in sorted(kl.items())})
print("no-sensitive lines",sum(1 for l in open(P,encoding="utf-8") if not json.loads(l)["sensitive"]))
print("ERRORS",len(errors)); [print(e) for e in errors[:80]]
sys.exit(1 if errors else 0)
