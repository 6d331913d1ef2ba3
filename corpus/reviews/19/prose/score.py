"""Score cases/NN.txt against cases/NN.expect.json. Run: .venv/bin/python corpus/reviews/19/prose/score.py [NN ...]"""
import sys, os, json, glob, unicodedata, re
os.chdir(os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))); sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))))
from pipeline import extract
from rapidfuzz import fuzz
HERE = os.path.dirname(os.path.abspath(__file__))

def norm(s):
    s = unicodedata.normalize('NFC', s or '').casefold()
    s = s.replace('**', '').replace('*', '')
    return re.sub(r'\s+', ' ', s).strip().rstrip(':.;').strip()
def unit1(u):
    w = re.findall(r'[\w%‰]+', norm(u)); return w[0] if w else ''
def ind(s):
    return re.sub(r'\s+', ' ', re.sub(r'[^\w%‰/]+', ' ', norm(s))).strip()
def num(v):
    return None if v is None else round(float(v), 4)

def match_targets(exp, got):
    pairs = []
    for i, e in enumerate(exp):
        for j, g in enumerate(got):
            if num(e['value']) != num(g.value) or num(e.get('until')) != num(g.until): continue
            if unit1(e['unit']) != unit1(g.unit): continue
            sim = fuzz.token_set_ratio(ind(e['indicator']), ind(g.indicator))
            if sim >= 70: pairs.append((sim, i, j))
    pairs.sort(reverse=True); ui, uj, m = set(), set(), []
    for sim, i, j in pairs:
        if i in ui or j in uj: continue
        ui.add(i); uj.add(j); m.append((i, j))
    return m, ui, uj

tot = dict(tgt_exp=0, tgt_unc=0, tgt_tp=0, tgt_miss=0, tgt_spur=0, tgt_unc_miss=0, sec_exp=0, sec_tp=0, sec_miss=0, sec_spur=0, sec_unc_loss=0, kind_wrong=0)
cases = sys.argv[1:] or sorted(os.path.basename(p)[:-4] for p in glob.glob(f'{HERE}/cases/*.txt'))
for c in cases:
    path = f'{HERE}/cases/{c}.txt'
    exp = json.load(open(f'{HERE}/cases/{c}.expect.json'))
    doc = extract(path=path)
    got = list(doc.targets)
    et = exp['targets']
    m, ui, uj = match_targets(et, got)
    out = []
    for i, e in enumerate(et):
        if e.get('uncertain'): tot['tgt_unc'] += 1
        else: tot['tgt_exp'] += 1
        if i in ui:
            if not e.get('uncertain'): tot['tgt_tp'] += 1
            j = dict(m)[i]; g = got[j]
            if getattr(g, 'kind', None) != e['kind']:
                tot['kind_wrong'] += 1; out.append(f"  KIND  {e['value']} {e['unit']}: expected {e['kind']}, got {g.kind}")
            if (g.deadline or None) != e.get('deadline'):
                out.append(f"  (deadline {e['value']} {e['unit']}: expected {e.get('deadline')}, got {g.deadline})")
        else:
            if e.get('uncertain'): tot['tgt_unc_miss'] += 1; tag = 'missed?'
            else: tot['tgt_miss'] += 1; tag = 'MISSED'
            out.append(f"  {tag} target {e['value']}{'-'+str(e['until']) if e.get('until') else ''} [{e['unit']}] {e['indicator']!r}")
    for j, g in enumerate(got):
        if j not in uj:
            tot['tgt_spur'] += 1
            out.append(f"  SPURIOUS target {g.value}{'-'+str(g.until) if g.until else ''} [{g.unit}] {g.indicator!r} cmp={g.comparator} kind={g.kind}")
    gs = [(norm(s.label), norm(s.title)) for s in doc.sections if s.level == 1 and s.kind in ('section', 'part')]
    es = exp['sections']; rem = list(gs)
    for s in es:
        k = (norm(s['label']), norm(s['title']))
        unc = s.get('uncertain')
        if not unc: tot['sec_exp'] += 1
        if k in rem:
            rem.remove(k)
            if not unc: tot['sec_tp'] += 1
        else:
            if unc: tot['sec_unc_loss'] += 1
            else: tot['sec_miss'] += 1
            out.append(f"  {'missed?' if unc else 'MISSED'} section {s['label']} {s['title']!r}")
    unc_case = any(s.get('uncertain') for s in es)
    for k in rem:
        if unc_case: tot['sec_unc_loss'] += 1
        else: tot['sec_spur'] += 1
        out.append(f"  {'spurious?' if unc_case else 'SPURIOUS'} section {k[0]} {k[1]!r}")
    print(f"== {c}: targets exp {len(et)} got {len(got)} matched {len(m)}; sections exp {len(es)} got {len(gs)}")
    for o in out: print(o)
print('\nTOTALS', json.dumps(tot))
certain_tp = tot['tgt_tp']
p = certain_tp / max(1, certain_tp + tot['tgt_spur']); r = certain_tp / max(1, tot['tgt_exp'])
print(f"targets (certain): P {p:.3f} R {r:.3f} F1 {2*p*r/max(1e-9,p+r):.3f}; sections: {tot['sec_tp']}/{tot['sec_exp']} missed {tot['sec_miss']} spurious {tot['sec_spur']} (uncertain losses {tot['sec_unc_loss']})")
