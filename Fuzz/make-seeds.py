#!/usr/bin/env python3
"""Writes the expression and path-data seeds of scripts/fuzz.sh from the motif files.

Every string scalar in motifs/, compositions/ and the broken-file tests that is not a plain word
or colour becomes an expression seed; every `d:` value a path-data seed. Run from the repository
root after adding motifs: python3 Fuzz/make-seeds.py
"""
import glob, hashlib, os, re, yaml

files = sorted(glob.glob("motifs/*.yaml") + glob.glob("compositions/*.yaml")
               + glob.glob("Tests/BatikMotifTests/Broken/*.yaml"))
expressions, paths = set(), set()

def walk(node, key=None):
    if isinstance(node, dict):
        for k, v in node.items(): walk(v, k)
    elif isinstance(node, list):
        for v in node: walk(v, key)
    elif isinstance(node, str):
        if key == "d": paths.add(node)
        elif re.search(r"[-+*/%^()]", node) and re.fullmatch(r"[-+*/%^().,\sA-Za-z_0-9]+", node) \
                and not re.search(r"[A-Za-z]{2,},? [A-Za-z]{2,}", node) and len(node) < 200:
            expressions.add(node)

for f in files:
    try:
        for doc in yaml.safe_load_all(open(f, encoding="utf-8")): walk(doc)
    except yaml.YAMLError:
        pass  # broken files are broken on purpose

def write(folder, items):
    for old in glob.glob(folder + "/*"): os.remove(old)
    for s in sorted(items):
        name = hashlib.sha1(s.encode()).hexdigest()[:12]
        open(f"{folder}/{name}", "w", encoding="utf-8").write(s)
    print(folder, len(items))

write("Fuzz/seeds/FuzzExpression", expressions | {"-2^2", "2^3^2", "min(1, 2, 3)", "pow(2, 10)", "sqrt(2) * r", "1e-3", ".5", "atan(1) % 7"})
write("Fuzz/seeds/FuzzSVGPathData", paths | {"M1.5.5l1e-3-.5", "a1 1 0 01 1 1", "M0 0 S1 1 2 2 T3 3 Q4 4 5 5 z m1 1 h2 v2 H0 V0 c1 1 2 2 3 3"})
