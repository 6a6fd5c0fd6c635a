#!/usr/bin/env python3
"""Build tests/ConsentKit.Prompts.Tests/Eval/blind-2026-12-rr.jsonl from the hand-written data_*.txt files (⟦CODE:text⟧ markup)
plus the seeded list generator (gen_lists.py, seed 58203117: 50 lists, no templated notes). rr: copied from eng/blind-2026-12-y/generate.py
and adapted: new output file, brr-NNNN ids, shuffle seed 31770245, 50 generated lists, y's data_resolutions.txt replaced by
this set's data_press.txt (the party's press office / media relations). Placeholders unchanged from y.
Texts are BMP-only (checked), so Python offsets are UTF-16 offsets."""
import collections, json, os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_lists

TYPES = {"P":"PERSON","PH":"PHONE","EM":"EMAIL","AD":"STREET_ADDRESS","PC":"POSTAL_CODE","DOB":"DATE_OF_BIRTH",
         "SIN":"CA_SIN","RAMQ":"QC_RAMQ","NIR":"FR_NIR","IBAN":"IBAN","CC":"CREDIT_CARD","IP":"IP_ADDRESS"}
SENS = {"H":"HEALTH","R":"RELIGION","PO":"POLITICAL_OPINION","E":"ETHNIC_ORIGIN","SO":"SEXUAL_ORIENTATION",
        "TU":"TRADE_UNION","B":"BIOMETRIC","G":"GENETIC"}
INVIS = {"<ZW>":"\u200b", "<ZWNJ>":"\u200c", "<ZWJ>":"\u200d", "<WJ>":"\u2060", "<SHY>":"\u00ad", "<NBSP>":"\u00a0",
         "<NNBSP>":"\u202f", "<BOM>":"\ufeff", "<TAB>":"\t", "<LRM>":"\u200e", "<RLM>":"\u200f", "<CR>":"\r", "<RLO>":"\u202e", "<PDF>":"\u202c"}
MARK = re.compile(r"⟦([A-Z]+):(.*?)⟧", re.S)
FILES = ["data_crm_fr.txt","data_crm_en.txt","data_prompt.txt","data_email.txt","data_sms.txt","data_log.txt","data_neg.txt","data_adv.txt","data_list.txt","data_extra.txt","data_mixed.txt","data_press.txt","data_press2.txt","data_list2.txt"]
N_GENERATED_LISTS = 50
N_GENERATED_NOTES = 0
SEED = 31770245
DEST = os.path.normpath(os.path.join(HERE,"..","..","tests","ConsentKit.Prompts.Tests","Eval","blind-2026-12-rr.jsonl"))

def parse_file(path):
    items=[]; cur=None
    if not os.path.exists(path): return []
    for line in open(path,encoding="utf-8").read().split("\n"):
        if line.startswith("@ "):
            if cur: items.append(cur)
            _,lang,kind,sens = line.split()
            cur=[lang,kind,"" if sens=="-" else sens,[]]
        elif line.startswith("#!"):
            continue
        elif cur is not None:
            cur[3].append(line)
    if cur: items.append(cur)
    return [(l,k,s,"\n".join(t).strip("\n")) for l,k,s,t in items]

def render(marked):
    for k,v in INVIS.items(): marked = marked.replace(k,v)
    out=""; ents=[]; pos=0
    for m in MARK.finditer(marked):
        out += marked[pos:m.start()]
        start = len(out); out += m.group(2); end = len(out)
        ents.append({"type":TYPES[m.group(1)],"start":start,"end":end})
        pos = m.end()
    out += marked[pos:]
    assert "⟦" not in out and "⟧" not in out, marked
    assert all(ord(c) <= 0xFFFF for c in out), ("non-BMP character", out)
    return out, ents

def load_all():
    items=[]
    for f in FILES: items += parse_file(os.path.join(HERE,f))
    items += gen_lists.make_lists(N_GENERATED_LISTS)
    return items

def main():
    items = load_all()
    random.Random(SEED).shuffle(items)
    os.makedirs(os.path.dirname(DEST), exist_ok=True)
    kinds=collections.Counter(); langs=collections.Counter()
    with open(DEST,"w",encoding="utf-8",newline="\n") as fh:
        for i,(lang,kind,sens,marked) in enumerate(items,1):
            text,ents = render(marked)
            sensitive = [SENS[c] for c in sens.split(",") if c]
            kinds[kind]+=1; langs[lang]+=1
            fh.write(json.dumps({"id":f"brr-{i:04d}","lang":lang,"kind":kind,"text":text,"entities":ents,"sensitive":sensitive},ensure_ascii=False)+"\n")
    print("wrote",len(items),"lines to",DEST)
    print("kinds",dict(kinds.most_common())); print("langs",dict(langs.most_common()))

if __name__=="__main__": main()
