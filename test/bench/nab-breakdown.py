#!/usr/bin/env python3
"""Where a NAB standard-profile score loses its points, per realTweets file.

    $NAB_PYTHON test/bench/nab-breakdown.py OUT_DIR [FILE_FILTER ...]

OUT_DIR is what test/bench/nab-score.sh wrote: spike's result files under
OUT_DIR/results/spike/realTweets and the optimised standard threshold in OUT_DIR/thresholds.json
(read unrounded: the printed one moves rows across it). Uses
NAB's own Sweeper (imported from $NAB_DIR, default /tmp/NAB; NAB's code is not part of this
repository) to weigh each row as run.py does, then prints per file each window's reward (1 for
a detection at its first row, 0.86 at its middle, where the labelled point lies; MISS costs 1
plus the reward forgone) and the false-positive rows with their cost, and the totals: how much
of the gap to a perfect score is lateness, misses and false positives. With FILE_FILTER (e.g.
IBM UPS) it lists those files' rows above the threshold too.
"""
import json
import os
import sys

sys.path.insert(0, os.environ.get("NAB_DIR", "/tmp/NAB"))
import pandas as pd  # noqa: E402
from nab.sweeper import Sweeper  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = os.path.join(HERE, "..", "..", "..", "shared", "data", "nab", "labels-realTweets.json")
STANDARD = {"tpWeight": 1.0, "fpWeight": 0.11, "fnWeight": 1.0}

out_dir, listed = sys.argv[1], sys.argv[2:]
threshold = json.load(open(os.path.join(out_dir, "thresholds.json")))["spike"]["standard"]["threshold"]
results = os.path.join(out_dir, "results", "spike", "realTweets")
sweeper = Sweeper(probationPercent=0.15, costMatrix=STANDARD)
rewards = missed = fp_cost = fp_rows = 0.0
detected = windows_scored = 0
for key, windows in sorted(json.load(open(LABELS)).items()):
    name = os.path.basename(key)
    rows = pd.read_csv(os.path.join(results, "spike_" + name))
    points = sweeper.calcSweepScore(
        pd.to_datetime(rows.timestamp),
        rows.anomaly_score,
        [(pd.to_datetime(start), pd.to_datetime(end)) for start, end in windows],
        key,
    )
    best, file_fp, file_rows = {}, 0.0, 0
    for i, point in enumerate(points):
        if point.windowName == "probationary" or point.anomalyScore < threshold:
            continue
        if point.windowName is None:
            file_fp += point.sweepScore
            file_rows += 1
        else:
            best[point.windowName] = max(best.get(point.windowName, -1.0), point.sweepScore)
        if any(f in name for f in listed):
            kind = "FP" if point.windowName is None else "in"
            print(f"    {kind} {str(point.timestamp)[:16]} score {point.anomalyScore:.3f} value {rows.value[i]}")
    scored = sorted({p.windowName for p in points if p.windowName not in (None, "probationary")})
    shown = []
    windows_scored += len(scored)
    for window in scored:
        if window in best:
            detected += 1
            rewards += best[window]
            shown.append(f"{best[window]:.2f}")
        else:
            missed += 1
            shown.append("MISS")
    fp_cost += file_fp
    fp_rows += file_rows
    print(f"{name:28s} windows {' '.join(shown):28s} false-positive rows {file_rows:3d} cost {file_fp:6.2f}")
# NAB normalises between the null detector (every window missed: -1 each) and a perfect one (+1 each).
points = 100 / (2 * windows_scored)
lateness = detected - rewards
print(
    f"raw {rewards + fp_cost - missed:.2f} of a perfect {windows_scored}: normalised standard score"
    f" {points * (rewards + fp_cost - missed + windows_scored):.2f}; lost to lateness {lateness:.2f} raw"
    f" ({points * lateness:.1f} points), to {missed:.0f} misses {2 * missed:.2f} raw ({points * 2 * missed:.1f} points),"
    f" to {fp_rows:.0f} false-positive rows {-fp_cost:.2f} raw ({-points * fp_cost:.1f} points)"
)
