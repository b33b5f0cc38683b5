#!/usr/bin/env python3
"""The same dispatch model as Staffing.DispatchSimulation, written with simpy, for the speed benchmark.

Teams on duty per hour of the week come from a 168-value schedule. A PriorityResource holds max(teams) slots;
off-duty slots are held by top-priority "blocker" requests, so a team whose shift ends finishes its call first and
then leaves (exactly the Swift model's rule). Calls are served first come, first served.

  simpy_model.py draws FILE --schedule 2            # replay Swift's exported calls and draws; print JSON stats
  simpy_model.py poisson RATES.csv --schedule 2 --replications 100 --days 365 --minutes-per-call 20 --seed 1
"""
import argparse, csv, json, sys, time
import numpy as np
import simpy

SCHEDULES = {  # Figure 13 of the Milwaukee report: (start hour, hours, teams)
    "1": [(2, 8, 4), (10, 8, 8), (18, 8, 8)],
    "2": [(6, 8, 6), (14, 8, 8), (22, 8, 6)],
}


def week_teams(spec):
    day = [0] * 24
    for start, hours, teams in SCHEDULES[spec]:
        for k in range(hours):
            day[(start + k) % 24] += teams
    return [day[h % 24] for h in range(168)]


def simulate(arrival, busy, teams, horizon):
    env = simpy.Environment()
    maxc = max(teams)
    res = simpy.PriorityResource(env, capacity=maxc)
    n = len(arrival)
    waits = np.zeros(n)
    blockers = []

    def set_blockers(target):
        while len(blockers) < target:
            blockers.append(res.request(priority=-1))
        while len(blockers) > target:
            pending = [b for b in blockers if not b.triggered]
            b = pending[-1] if pending else blockers[-1]
            blockers.remove(b)
            if b.triggered:
                res.release(b)
            else:
                b.cancel()

    def shifts():
        hour = 0
        while True:
            set_blockers(maxc - teams[hour % 168])
            yield env.timeout(60)
            hour += 1

    def customer(i):
        with res.request(priority=0) as req:
            yield req
            waits[i] = env.now - arrival[i]
            yield env.timeout(busy[i])

    def source():
        for i in range(n):
            yield env.timeout(arrival[i] - env.now)
            env.process(customer(i))

    env.process(shifts())
    env.process(source())
    env.run(until=max(horizon, arrival[-1]) + 30 * 1440)
    return waits


def stats(waits, travel, threshold=30.0):
    resp = np.sort(waits + travel)
    return {"calls": int(len(waits)), "median_response": float(np.percentile(resp, 50)),
            "p90_response": float(np.percentile(resp, 90)), "mean_wait": float(waits.mean()),
            "share_over_threshold": float((waits > threshold).mean())}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("mode", choices=["draws", "poisson"])
    p.add_argument("file")
    p.add_argument("--schedule", default="2")
    p.add_argument("--replications", type=int, default=1)
    p.add_argument("--days", type=int, default=365)
    p.add_argument("--minutes-per-call", type=float, default=40.0)
    p.add_argument("--travel", type=float, default=7.6)
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    teams = week_teams(a.schedule)
    if a.mode == "draws":
        with open(a.file) as f:
            rows = list(csv.DictReader(f))
        arrival = np.array([float(r["arrival_minute"]) for r in rows])
        busy = np.array([float(r["busy_minutes"]) for r in rows])
        travel = np.array([float(r["travel_minutes"]) for r in rows])
        horizon = (np.floor(arrival[-1] / 1440) + 1) * 1440
        t0 = time.perf_counter()
        waits = simulate(list(arrival), list(busy), teams, horizon)
        elapsed = time.perf_counter() - t0
        out = stats(waits, travel)
        out["seconds"] = elapsed
        print(json.dumps(out))
        return
    with open(a.file) as f:
        rates = [float(r["calls_per_hour"]) for r in csv.DictReader(f)]
    rng = np.random.default_rng(a.seed)
    results, t0 = [], time.perf_counter()
    for _ in range(a.replications):
        arrival = []
        for k in range(a.days * 24):
            lam = rates[k % 168]
            if lam <= 0:
                continue
            t, end = k * 60.0, (k + 1) * 60.0
            t += rng.exponential(60.0 / lam)
            while t < end:
                arrival.append(t)
                t += rng.exponential(60.0 / lam)
        busy = list(rng.exponential(a.minutes_per_call, len(arrival)))
        waits = simulate(arrival, busy, teams, a.days * 1440.0)
        results.append(stats(waits, np.full(len(arrival), a.travel)))
    elapsed = time.perf_counter() - t0
    print(json.dumps({"replications": a.replications, "seconds": elapsed,
                      "mean_calls": float(np.mean([r["calls"] for r in results])),
                      "mean_median_response": float(np.mean([r["median_response"] for r in results])),
                      "mean_p90_response": float(np.mean([r["p90_response"] for r in results])),
                      "mean_share_over_threshold": float(np.mean([r["share_over_threshold"] for r in results]))}))


if __name__ == "__main__":
    main()
