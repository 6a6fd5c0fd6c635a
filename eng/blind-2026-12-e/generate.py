#!/usr/bin/env python3
"""Build tests/ConsentKit.Prompts.Tests/Eval/blind-2026-12-e.jsonl from the hand-written
data_*.txt files (inline markup ⟦CODE:text⟧) plus the seeded list generator (gen_lists.py).
Copied from eng/blind-2026-12-d/generate.py and adapted (same markup, same UTF-16 offsets,
new output file, be-NNNN ids, new shuffle seed 20270214, this set's data files, 40 generated lists)."""
import collections, json, os, random, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_lists

TYPES = {"P":"PERSON","PH":"PHONE","EM":"EMAIL","AD":"STREET_ADDRESS","PC":"POSTAL_CODE","DOB":"DATE_OF_BIRTH",
         "SIN":"CA_SIN","RAMQ":"QC_RAMQ","NIR":"FR_NIR","IBAN":"IBAN","CC":"CREDIT_CARD","IP":"IP_ADDRESS"}
SENS = {"H":"HEALTH","R":"RELIGION","PO":"POLITICAL_OPINION","E":"ETHNIC_ORIGIN","SO":"SEXUAL_ORIENTATION",
        "TU":"TRADE_UNION","B":"BIOMETRIC","G":"GENETIC"}
# invisible / special characters are written as placeholders in the data files
INVIS = {"<ZW>":"\u200b", "<ZWNJ>":"\u200c", "<ZWJ>":"\u2060", "<SHY>":"\u00ad", "<NBSP>":"\u00a0",
         "<NNBSP>":"\u202f", "<BOM>":"\ufeff", "<TAB>":"\t", "<WJ>":"\u2060", "<ZWJ2>":"\u200d", "<LRM>":"\u200e"}
MARK = re.compile(r"⟦([A-Z]+):(.*?)⟧", re.S)
FILES = ["data_crm1.txt","data_crm2.txt","data_prompt.txt","data_email.txt","data_sms.txt","data_list.txt",
         "data_log.txt","data_neg.txt","data_adv.txt","data_extra.txt"]
N_GENERATED_LISTS = 40
SEED = 20270214
DEST = os.path.normpath(os.path.join(HERE,"..","..","tests","ConsentKit.Prompts.Tests","Eval","blind-2026-12-e.jsonl"))

def u16(s): return len(s.encode("utf-16-le"))//2

def parse_file(path):
    items=[]; cur=None
    for line in open(path,encoding="utf-8").read().split("\n"):
        if line.startswith("@ "):
            if cur: items.append(cur)
            _,lang,kind,sens = line.split()
            cur=[lang,kind,"" if sens=="-" else sens,[]]
        elif line.startswith("#!"):      # author comment, not part of any text
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
        start = u16(out); out += m.group(2); end = u16(out)
        ents.append({"type":TYPES[m.group(1)],"start":start,"end":end})
        pos = m.end()
    out += marked[pos:]
    assert "⟦" not in out and "⟧" not in out, marked
    return out, ents

def load_all():
    items=[]
    for f in FILES:
        items += parse_file(os.path.join(HERE,f))
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
            fh.write(json.dumps({"id":f"be-{i:04d}","lang":lang,"kind":kind,"text":text,"entities":ents,"sensitive":sensitive},ensure_ascii=False)+"\n")
    print("wrote",len(items),"lines to",DEST)
    print("kinds",dict(kinds.most_common())); print("langs",dict(langs.most_common()))

if __name__=="__main__": main()
