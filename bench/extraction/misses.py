#!/usr/bin/env python3
"""List, per page, the ground-truth snippets an extractor missed (fn) or wrongly kept (fp).

usage: misses.py DATA_DIR PRED_DIR [--fp|--fn] [--lang xx]
For looking at what fails while generalising rules; it prints snippets, never whole pages.
"""
import json, os, re, sys

def norm(t):
    return re.sub(r'\s+', ' ', t or '').strip()

data, pred = sys.argv[1], sys.argv[2]
only = '--fp' if '--fp' in sys.argv else '--fn' if '--fn' in sys.argv else None
lang = sys.argv[sys.argv.index('--lang') + 1] if '--lang' in sys.argv else None
gt = json.load(open(os.path.join(data, 'ground-truth.json'), encoding='utf8'))
for pid, g in sorted(gt.items()):
    if lang and g.get('lang') != lang:
        continue
    p = os.path.join(pred, pid + '.json')
    text = ''
    if os.path.exists(p):
        try:
            text = json.load(open(p, encoding='utf8')).get('text', '')
        except ValueError:
            pass
    t = norm(text)
    fn = [w for w in g['with'] if norm(w) not in t]
    fp = [w for w in g['without'] if norm(w) in t]
    if (fn and only != '--fp') or (fp and only != '--fn'):
        print(f"== {pid} [{g.get('lang')}] {g.get('url')} chars={len(text)}")
        for w in fn if only != '--fp' else []:
            print(f"   FN: {w[:120]}")
        for w in fp if only != '--fn' else []:
            print(f"   FP: {w[:120]}")
