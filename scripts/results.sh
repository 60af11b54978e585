#!/usr/bin/env bash
# Every number of the README's Results section, one run each on one machine, then the tables and the curves:
#   fpfh, heatmap, xyz, learned under the center and greedy protocols (defaults: α 0.35, OR + SS, no online
#   fine-tuning), the refinement ablation (scripts/ablation.sh's five rows; its OR+SS row is the learned center run
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
  ./iseg3d eval --method "$m" --protocol "$p" --json "results/$j.json" "$@" "$BENCH" | tee "results/$j.txt"
}
for m in fpfh heatmap xyz; do
  for p in center greedy; do ev "$m" "$p" "$m-$p" "$@"; done
done
ev learned center learned-center "$@"
ev learned greedy learned-greedy "$@"
ev learned center ablation-none --no-finetune --no-outlier-removal --no-smoothing "$@"
ev learned center ablation-or --no-finetune --no-smoothing "$@"
ev learned center ablation-ss --no-finetune --no-outlier-removal "$@"
cp results/learned-center.json results/ablation-or-ss.json; cp results/learned-center.txt results/ablation-or-ss.txt
ev learned center ablation-of-or-ss --finetune "$@"
if [ "${SCRIBBLES:-1}" = 1 ]; then   # the greedy-free scribble runs (center protocol), without and with fine-tuning
  ev learned center scribbles-center --scribbles "$@"
  ev learned center scribbles-of-center --scribbles --finetune "$@"
fi
runs=()
for m in learned fpfh heatmap xyz; do runs+=("results/$m-center.json" "results/$m-greedy.json"); done
./iseg3d report --readme README.md --plot results/curves.png "${runs[@]}"
./iseg3d report --ablation --readme README.md \
  results/ablation-none.json results/ablation-or.json results/ablation-ss.json results/ablation-or-ss.json \
  results/ablation-of-or-ss.json
