#!/usr/bin/env python3
# Table of eval JSON reports (issue 12): mIoU@1/5/10/15 (mean over categories), per-part NoC@85, skip reasons,
# and the same figures on the parts with >= 20 sample points (the floor before --min-part-area), from the per-part IoUs.
# usage: scripts/real-table.py results/real-*.json
import json, sys
def stats(rep, minpts=0):
    cats = {}
    parts = []
    for s in rep['shapes']:
        for p in s['parts']:
            if p['points'] >= minpts:
                cats.setdefault(s['category'], []).append(p['iou']); parts.append(p['iou'])
    K = len(parts[0])
    miou = [sum(sum(x[k] for x in v)/len(v) for v in cats.values())/len(cats) for k in range(K)]
    def noc(t):
        return sum(next((k+1 for k in range(K) if x[k] >= t), K) for x in parts)/len(parts)
    return miou, noc(85), len(parts)
print("| run | method | facets | @1 | @5 | @10 | @15 | NoC@85 | parts | skipped (area/points/none) | ≥20 pts: @10 | ≥20: NoC@85 | ≥20 parts | click p95 ms |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
for f in sys.argv[1:]:
    r = json.load(open(f)); m = r.get('mesh') or {}
    a, n, c = stats(r); b, n2, c2 = stats(r, 20)
    fac = (m.get('variant') or '') + (' %g°' % m['facetAngle'] if m.get('facets') else 'off') if m else '?'
    if r['method'] == 'facets': fac = 'facet only, %g°' % m['facetAngle']
    if r['method'] == 'linked': fac = 'component only'
    print(f"| {f.split('/')[-1]} | {r['method']} {r['protocol']} {r['iou']} | {fac} | {a[0]:.1f} | {a[4]:.1f} | {a[9]:.1f} | {a[14]:.1f} | {n:.2f} | {c} | {r['summary']['skippedParts']} ({m.get('skippedArea')}/{m.get('skippedPoints')}/{m.get('skippedNoPoints')}) | {b[9]:.1f} | {n2:.2f} | {c2} | {r['timing']['clickMsP95']} |")
