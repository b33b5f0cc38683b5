#!/usr/bin/env python3
"""Independent oracle for the impact evaluation: two-way fixed-effects OLS with CR1 cluster-robust errors.

Usage: did_ols_oracle.py PANEL.csv LAUNCH_PERIOD
Reads the panel written by ImpactEvaluation.panelCSV (unit, cluster, period, month, treated, post, y), builds the
design itself with numpy (intercept, unit dummies, period dummies, then treated*post; or, for the event study,
treated x 1[period - launch = k] for every k except -1), fits by least squares (numpy.linalg.lstsq) and prints JSON:
{"did": [beta, se], "event": {"k": [beta, se], ...}}.
CR1: c * inv(X'X) (sum_g X_g' u_g u_g' X_g) inv(X'X), c = G/(G-1) * (N-1)/(N-K).
"""
import csv
import json
import sys

import numpy as np


def fit(X, y, clusters):
    n, k = X.shape
    beta, *_ = np.linalg.lstsq(X, y, rcond=None)
    u = y - X @ beta
    bread = np.linalg.inv(X.T @ X)
    meat = np.zeros((k, k))
    for g in sorted(set(clusters)):
        idx = [i for i, c in enumerate(clusters) if c == g]
        s = X[idx].T @ u[idx]
        meat += np.outer(s, s)
    G = len(set(clusters))
    c = G / (G - 1) * (n - 1) / (n - k)
    V = c * bread @ meat @ bread
    return beta, np.sqrt(np.diag(V))


def main():
    rows = list(csv.DictReader(open(sys.argv[1])))
    launch = int(sys.argv[2])
    units = sorted({r["unit"] for r in rows})
    periods = sorted({int(r["period"]) for r in rows})
    y = np.array([float(r["y"]) for r in rows])
    clusters = [r["cluster"] for r in rows]

    def fixed(r):
        return [1.0] + [1.0 if r["unit"] == u else 0.0 for u in units[1:]] + [1.0 if int(r["period"]) == p else 0.0 for p in periods[1:]]

    X = np.array([fixed(r) + [1.0 if r["treated"] == "1" and int(r["period"]) >= launch else 0.0] for r in rows])
    beta, se = fit(X, y, clusters)
    out = {"did": [beta[-1], se[-1]]}
    ks = [p - launch for p in periods if p - launch != -1]
    X = np.array([fixed(r) + [1.0 if r["treated"] == "1" and int(r["period"]) - launch == k else 0.0 for k in ks] for r in rows])
    beta, se = fit(X, y, clusters)
    first = X.shape[1] - len(ks)
    out["event"] = {str(k): [beta[first + i], se[first + i]] for i, k in enumerate(ks)}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
