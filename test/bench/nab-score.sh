#!/usr/bin/env bash
# The NAB realTweets score of `spike nab`, from a clean state, with NAB's own Python scorer:
#   test/bench/nab-score.sh [OUT_DIR]
# Needs a built repository (npm ci), NAB's code at $NAB_DIR (default /tmp/NAB: git clone
# https://github.com/numenta/NAB, commit ea702d7) and a Python with pandas < 3 and simplejson at
# $NAB_PYTHON (default /tmp/nab-venv/bin/python: python3 -m venv /tmp/nab-venv &&
# /tmp/nab-venv/bin/pip install 'pandas<3' simplejson; NAB's labeller writes into a pandas
# array, which pandas 3's copy-on-write makes read-only). Extra `spike nab` flags go in
# $SPIKE_NAB_ARGS, split on spaces, e.g. SPIKE_NAB_ARGS='--scorer {"holdHalfLifeMs":0}'.
# Writes spike's result files, the null detector's and NAB's scores under OUT_DIR (default a
# fresh temporary directory) and prints, per profile, the normalised score, the optimised
# threshold, the labelled windows with a row above it and the scored rows above it.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DATA=$(cd "$ROOT/../shared/data/nab" && pwd)
NAB_DIR=${NAB_DIR:-/tmp/NAB}
NAB_PYTHON=${NAB_PYTHON:-/tmp/nab-venv/bin/python}
OUT=${1:-$(mktemp -d /tmp/nab-score.XXXXXX)}

[ -f "$NAB_DIR/run.py" ] || { echo "no NAB at $NAB_DIR (set NAB_DIR)" >&2; exit 1; }
"$NAB_PYTHON" -c 'import pandas, simplejson' || { echo "$NAB_PYTHON lacks pandas or simplejson (set NAB_PYTHON)" >&2; exit 1; }

rm -rf "$OUT/results" "$OUT/spike-out"
mkdir -p "$OUT/results/spike" "$OUT/results/null/realTweets"
# shellcheck disable=SC2086 # SPIKE_NAB_ARGS is a list of flags
node "$ROOT/services/cli/bin/spike.js" nab --data "$DATA" --out "$OUT/spike-out" ${SPIKE_NAB_ARGS:-} 2>"$OUT/spike-nab.log"
cp -r "$OUT/spike-out/realTweets" "$OUT/results/spike/"

# NAB normalises against its null detector, which scores every row 0.5.
for f in "$DATA"/realTweets/*.csv; do
  awk -F, 'NR==1{print "timestamp,value,anomaly_score,label";next}{print $1","$2",0.5,0"}' "$f" \
    >"$OUT/results/null/realTweets/null_$(basename "$f")"
done
echo '{}' >"$OUT/thresholds.json"

# --optimize picks each profile's threshold on these ten files alone (column B of the
# published table in ../shared/data/nab/README.md).
(cd "$NAB_DIR" && "$NAB_PYTHON" run.py --optimize --score --normalize --skipConfirmation \
  -d spike,null --dataDir "$DATA" --windowsFile "$DATA/labels-realTweets.json" \
  --resultsDir "$OUT/results" --thresholdsFile "$OUT/thresholds.json" \
  --profilesFile "$NAB_DIR/config/profiles.json" >"$OUT/nab.log" 2>&1) || { cat "$OUT/nab.log" >&2; exit 1; }

"$NAB_PYTHON" - "$OUT" <<'EOF'
import csv, glob, json, os, sys
out = sys.argv[1]
final = json.load(open(os.path.join(out, "results", "final_results.json")))["spike"]
thresholds = json.load(open(os.path.join(out, "thresholds.json")))["spike"]
files = [list(csv.DictReader(open(path))) for path in sorted(glob.glob(os.path.join(out, "spike-out", "realTweets", "*.csv")))]

def windows_found(threshold):
    """Labelled windows (runs of label 1) with a row at or above the threshold, and all windows."""
    found = total = 0
    for rows in files:
        hit, inside = False, False
        for row in rows + [{"label": "0", "anomaly_score": "0"}]:
            if row["label"] == "1":
                inside, hit = True, hit or float(row["anomaly_score"]) >= threshold
            elif inside:
                found, total, inside, hit = found + hit, total + 1, False, False
    return found, total

for profile in ("standard", "reward_low_FP_rate", "reward_low_FN_rate"):
    rows = list(csv.DictReader(open(os.path.join(out, "results", "spike", f"spike_{profile}_scores.csv"))))
    total = next(r for r in rows if r["Detector"] == "Totals")
    threshold = thresholds[profile]["threshold"]
    found, windows = windows_found(threshold)
    print(f"{profile:20s} {final[profile]:6.2f}  threshold {threshold:.4f}  windows found {found}/{windows}"
          f"  rows above threshold: in windows {int(float(total['TP']))}, outside {int(float(total['FP']))}")
EOF
echo "files in $OUT" >&2
