#!/usr/bin/env python3
"""The 168-hour shift-scheduling problem solved with OR-Tools CP-SAT, to check Staffing's exact optimiser.

Reads `requirement-week-hour.csv` written by `reroute staff --out DIR` (column teams_required) and prints the
optimal cost (team-hours per week) and the solve time as JSON. Same model: every start hour 0..167, shift
lengths 8, 10, 12, coverage wraps from Sunday to Monday, cost = paid team-hours.
"""
import csv, json, sys, time
from ortools.sat.python import cp_model


def main(path, lengths=(8, 10, 12)):
    with open(path) as f:
        req = [int(r["teams_required"]) for r in csv.DictReader(f)]
    period, top = len(req), max(req)
    m = cp_model.CpModel()
    x = {(s, L): m.NewIntVar(0, top, f"x_{s}_{L}") for s in range(period) for L in lengths}
    for h in range(period):
        m.Add(sum(x[(s, L)] for (s, L) in x if (h - s) % period < L) >= req[h])
    m.Minimize(sum(L * v for (s, L), v in x.items()))
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    t0 = time.perf_counter()
    status = solver.Solve(m)
    elapsed = time.perf_counter() - t0
    print(json.dumps({"status": solver.StatusName(status), "cost": solver.ObjectiveValue(),
                      "bound": solver.BestObjectiveBound(), "seconds": elapsed}))


if __name__ == "__main__":
    main(sys.argv[1])
