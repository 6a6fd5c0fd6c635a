#!/usr/bin/env python3
"""Scores the prompt filter on an evaluation set, from outside: runs `consentkit scan --jsonl` on the set and compares.

Usage: python3 eng/score-prompt-eval.py SET.jsonl [--tool "dotnet src/ConsentKit.Cli/bin/Release/net10.0/ConsentKit.Cli.dll"]

Scoring is the test suite's (tests/ConsentKit.Prompts.Tests/EvalScoring.cs): a found span is right when an expected span
of the same type overlaps it, each expected span matched once (lenient micro precision, recall, F1); sensitive categories
are scored per text and label. 95% confidence intervals come from a bootstrap over texts (2,000 resamples, seed 20261203),
so a text's errors stay together.
"""
import json, random, shlex, subprocess, sys, tempfile, collections

def main():
    path = sys.argv[1]
    tool = "dotnet src/ConsentKit.Cli/bin/Release/net10.0/ConsentKit.Cli.dll"
    if "--tool" in sys.argv:
        tool = sys.argv[sys.argv.index("--tool") + 1]
    cases = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps({"id": c["id"], "text": c["text"]}, ensure_ascii=False) + "\n")
        scan_in = f.name
    out = subprocess.run(shlex.split(tool) + ["scan", "--jsonl", scan_in], capture_output=True, text=True, encoding="utf-8", check=True).stdout
    found = {r["id"]: r for r in map(json.loads, out.splitlines())}

    per_text = []  # per text: {type: [tp, fp, fn]}, [tp, fp, fn] for sensitive
    for c in cases:
        r = found[c["id"]]
        counts = collections.defaultdict(lambda: [0, 0, 0])
        expected = [(e["type"], e["start"], e["end"]) for e in c["entities"]]
        matched = [False] * len(expected)
        for e in r["entities"]:
            k = next((i for i, x in enumerate(expected) if not matched[i] and x[0] == e["type"] and x[1] < e["end"] and e["start"] < x[2]), -1)
            if k >= 0:
                matched[k] = True
                counts[e["type"]][0] += 1
            else:
                counts[e["type"]][1] += 1
        for i, x in enumerate(expected):
            if not matched[i]:
                counts[x[0]][2] += 1
        fs, es = set(r.get("sensitive", [])), set(c.get("sensitive", []))
        per_text.append((dict(counts), [len(fs & es), len(fs - es), len(es - fs)]))

    def f1(tp, fp, fn):
        p = tp / (tp + fp) if tp + fp else 1.0
        rc = tp / (tp + fn) if tp + fn else 1.0
        return p, rc, (2 * p * rc / (p + rc) if p + rc else 0.0)

    def totals(sample):
        by_type = collections.defaultdict(lambda: [0, 0, 0])
        sens = [0, 0, 0]
        for counts, s in sample:
            for t, v in counts.items():
                for j in range(3):
                    by_type[t][j] += v[j]
            for j in range(3):
                sens[j] += s[j]
        micro = [sum(v[j] for v in by_type.values()) for j in range(3)]
        return by_type, micro, sens

    by_type, micro, sens = totals(per_text)
    rng = random.Random(20261203)
    boot = collections.defaultdict(list)
    for _ in range(2000):
        sample = [per_text[rng.randrange(len(per_text))] for _ in per_text]
        bt, mi, se = totals(sample)
        boot["micro"].append(f1(*mi)[2])
        boot["sensitive"].append(f1(*se)[2])
        for t in by_type:
            boot[t].append(f1(*bt[t])[2] if t in bt else float("nan"))

    def ci(name):
        xs = sorted(x for x in boot[name] if x == x)
        return xs[int(0.025 * len(xs))], xs[int(0.975 * len(xs)) - 1]

    print(f"Set: {path} ({len(cases)} texts)\n")
    print("| type | expected | precision | recall | F1 | 95% CI of F1 |")
    print("|---|---:|---:|---:|---:|---|")
    for t in sorted(by_type):
        tp, fp, fn = by_type[t]
        p, r, f = f1(tp, fp, fn)
        lo, hi = ci(t)
        print(f"| {t} | {tp + fn} | {p:.3f} | {r:.3f} | {f:.3f} | {lo:.3f}–{hi:.3f} |")
    p, r, f = f1(*micro)
    lo, hi = ci("micro")
    print(f"| **all types (micro)** | {micro[0] + micro[2]} | {p:.3f} | {r:.3f} | **{f:.3f}** | {lo:.3f}–{hi:.3f} |")
    p, r, f = f1(*sens)
    lo, hi = ci("sensitive")
    print(f"| **sensitive categories** | {sens[0] + sens[2]} | {p:.3f} | {r:.3f} | **{f:.3f}** | {lo:.3f}–{hi:.3f} |")

if __name__ == "__main__":
    main()
