#!/usr/bin/env python3
"""Pages the extractor refuses as not-an-article, and what that costs on the bench (issue 20).

usage: refusals.py DEV_DIR PRED_DIR [SCORE_PY]

Reads newsdesk's outputs (PRED_DIR/<id>.json with page_kind, page_kind_reason, extraction_path), writes a copy in
PRED_DIR-as-published where every page that is not an article has empty text (what the desk would translate and
publish), scores both with the harness's score.py and prints a markdown section: F1 of the text and F1 as published
(a real article refused counts as a miss there), the refused pages with their kind and evidence, the fallback paths
taken and the number of empty outputs (goal 0).
"""
import collections, glob, json, os, shutil, subprocess, sys

dev, pred = sys.argv[1], sys.argv[2].rstrip('/')
score = sys.argv[3] if len(sys.argv) > 3 else os.path.join(os.path.dirname(os.path.abspath(dev)), 'score.py')
published = pred + '-as-published'
shutil.rmtree(published, ignore_errors=True)
os.makedirs(published)
kinds, paths, refused, empty = collections.Counter(), collections.Counter(), [], 0
for f in sorted(glob.glob(os.path.join(pred, '*.json'))):
    name = os.path.basename(f)
    if name.startswith('_'):
        shutil.copy(f, os.path.join(published, name))
        continue
    d = json.load(open(f, encoding='utf8'))
    kind = d.get('page_kind', 'article')
    kinds[kind] += 1
    paths[d.get('extraction_path', 'rules')] += 1
    if not d.get('text', '').strip():
        empty += 1
    if kind != 'article':
        refused.append((kind, name[:-5], d.get('page_kind_reason') or '', len(d.get('text', ''))))
        d['text'] = ''
        d['blocks'] = []
    json.dump(d, open(os.path.join(published, name), 'w', encoding='utf8'), ensure_ascii=False)

def f1(directory, label):
    out = subprocess.run([sys.executable, score, '--data', dev, '--pred', directory, '--name', label], capture_output=True, text=True).stdout
    return out.strip().splitlines()[-1] if out.strip() else '(no score)'

print('## Pages refused as not-an-article (issue 20)\n')
print('Reproduce after a run: `python3 bench/extraction/refusals.py /work/shared/bench/extraction/dev bench/runs/extraction/newsdesk`\n')
print('```')
print(f1(pred, 'text'))
print(f1(published, 'as-published'))
print('```\n')
print('"text" scores the extracted text of every page; "as-published" empties every page that is not an article, so a real '
      'article refused counts as a miss.\n')
print(f"Kinds: {', '.join(f'{k} {n}' for k, n in kinds.most_common())}. Paths: {', '.join(f'{k} {n}' for k, n in paths.most_common())}. "
      f"Empty outputs: {empty}.\n")
print('| kind | page | evidence | text chars |')
print('|---|---|---|---|')
for kind, page, reason, chars in sorted(refused):
    print(f'| {kind} | {page} | {reason} | {chars} |')
