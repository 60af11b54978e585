#!/usr/bin/env bash
# Every number of results/RESULTS.md, one run each on one machine, then the page and the curves (./iseg3d results):
#   fpfh, heatmap, xyz, learned under the center and greedy protocols (defaults: α 0.35, OR + SS, no online
#   fine-tuning; learned as the paper's point method, --no-facets, so the table compares like with like), the
#   mesh-aware learned default (learned-center-facets), the refinement ablation (scripts/ablation.sh's five rows; its OR+SS row is the learned center run
#   itself) and the scribble runs without and with fine-tuning.
# Extra arguments go to every eval, e.g.  scripts/results.sh --threads 2
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BENCH="${ISEG3D_BENCH:-test-scenes/benchmark}"
[ -d "$BENCH" ] || ./iseg3d scenes --out "$BENCH"
mkdir -p results
ev() { # method protocol json flags...
  local m="$1" p="$2" j="$3"; shift 3
  echo "== $m $p $*" >&2
  ./iseg3d eval --method "$m" --protocol "$p" --json "results/$j.json" "$@" "$BENCH"
}
for m in fpfh heatmap xyz; do
  for p in center greedy; do ev "$m" "$p" "$m-$p" "$@"; done
done
ev learned center learned-center --no-facets "$@"
ev learned greedy learned-greedy --no-facets "$@"
ev learned center learned-center-facets "$@"
ev learned center ablation-none --no-facets --no-finetune --no-outlier-removal --no-smoothing "$@"
ev learned center ablation-or --no-facets --no-finetune --no-smoothing "$@"
ev learned center ablation-ss --no-facets --no-finetune --no-outlier-removal "$@"
cp results/learned-center.json results/ablation-or-ss.json
ev learned center ablation-of-or-ss --no-facets --finetune "$@"
if [ "${SCRIBBLES:-1}" = 1 ]; then   # the greedy-free scribble runs (center protocol), without and with fine-tuning
  ev learned center scribbles-center --no-facets --scribbles "$@"
  ev learned center scribbles-of-center --no-facets --scribbles --finetune "$@"
fi
./iseg3d results --dir results   # results/RESULTS.md and results/curves.png from every results/*.json
