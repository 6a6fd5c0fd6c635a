#!/usr/bin/env python3
import json, os, re, sys, collections
P=os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)),"..","..","tests","ConsentKit.Prompts.Tests","Eval","blind-2026-12.jsonl"))
TYPES={"PERSON","PHONE","EMAIL","STREET_ADDRESS","POSTAL_CODE","DATE_OF_BIRTH","CA_SIN","QC_RAMQ","FR_NIR","IBAN","CREDIT_CARD","IP_ADDRESS"}
CATS={"HEALTH","RELIGION","POLITICAL_OPINION","ETHNIC_ORIGIN","SEXUAL_ORIENTATION","TRADE_UNION","BIOMETRIC","GENETIC"}
KINDS={"prompt","crm_note","email","sms","list","log","negative","adversarial"}; LANGS={"fr","en","mixed"}
def luhn(d):
    t=0
    for i,x in enumerate(map(int,reversed(d))):
        if i%2: x*=2; x-=9 if x>9 else 0
        t+=x
    return t%10==0
def iban_ok(s):
    s=s.replace(" ","").replace("-","").upper(); s=s[4:]+s[:4]
    return int("".join(str(int(c,36)) for c in s))%97==1
def nir_ok(s):
    d=re.sub(r"[ .]","",s)
    if not re.fullmatch(r"\d{15}",d): return None
    return 97-int(d[:13])%97==int(d[13:])
errors=[]; ids=set(); c=collections.Counter; ty=c(); se=c(); ki=c(); la=c(); n=0
for ln,line in enumerate(open(P,encoding="utf-8"),1):
    o=json.loads(line); n+=1
    assert set(o)=={"id","lang","kind","text","entities","sensitive"},o["id"]
    if o["id"] in ids: errors.append(("dup id",o["id"]))
    ids.add(o["id"]); t=o["text"]; b=t.encode("utf-16-le")
    L=len(b)//2
    if o["kind"] not in KINDS or o["lang"] not in LANGS: errors.append(("kind/lang",o["id"]))
    for s in o["sensitive"]:
        if s not in CATS: errors.append(("cat",o["id"],s))
        se[s]+=1
    if len(set(o["sensitive"]))!=len(o["sensitive"]): errors.append(("dup cat",o["id"]))
    prev=-1
    for e in sorted(o["entities"],key=lambda e:e["start"]):
        if e["type"] not in TYPES: errors.append(("type",o["id"],e))
        if not (0<=e["start"]<e["end"]<=L): errors.append(("range",o["id"],e)); continue
        if e["start"]<prev: errors.append(("overlap",o["id"],e))
        prev=e["end"]
        x=b[2*e["start"]:2*e["end"]].decode("utf-16-le")
        if not x or x!=x.strip(): errors.append(("trim",o["id"],repr(x)))
        if x[-1] in ",;:(" or x[0] in ",;:)" or x.count("(")!=x.count(")"): errors.append(("punct",o["id"],repr(x)))
        ty[e["type"]]+=1
        d=re.sub(r"[ \-]","",x)
        if e["type"] in("CREDIT_CARD","CA_SIN") and d.isdigit() and d.isascii() and not luhn(d): errors.append(("luhn",o["id"],x))
        if e["type"]=="IBAN" and re.fullmatch(r"[A-Za-z]{2}\d{2}[0-9A-Za-z]+",d) and not iban_ok(d): errors.append(("iban",o["id"],x))
        if e["type"]=="FR_NIR" and nir_ok(x) is False: errors.append(("nir",o["id"],x))
    ki[o["kind"]]+=1; la[o["lang"]]+=1
    if o["kind"]=="negative" and o["entities"]: errors.append(("neg has ents",o["id"]))
    if o["kind"]=="list" and not (3<=len(o["entities"])<=20): errors.append(("list size",o["id"],len(o["entities"])))
print("lines",n,"entities",sum(ty.values()))
for name,cc in [("types",ty),("sensitive",se),("kinds",ki),("langs",la)]:
    print(name,dict(cc.most_common()))
print("no-sensitive lines",sum(1 for l in open(P,encoding='utf-8') if not json.loads(l)['sensitive']))
print("ERRORS",len(errors)); [print(e) for e in errors[:50]]
