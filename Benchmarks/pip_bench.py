#!/usr/bin/env python3
"""Shapely side of the point-in-polygon benchmark (the Swift side is the `geography-bench` executable).

Draws the same N points as geography-bench (SplitMix64, same seed, longitude then latitude per point, uniform in
the bounding box of city-limit.geojson) and assigns them to the 190 neighbourhoods with
`shapely.STRtree.query(points, predicate="within")`. Reports the best of R runs of the query alone, and the
STRtree build and point creation separately.

    pip install shapely numpy
    python3 Benchmarks/pip_bench.py [--points 1000000] [--seed 20180501] [--repeats 3]
"""
import argparse
import json
import os
import time

import numpy as np
import shapely
from shapely.geometry import shape

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BOUNDARIES = os.path.join(ROOT, "..", "shared", "data", "milwaukee", "boundaries")
GAMMA = np.uint64(0x9E3779B97F4A7C15)


def splitmix64(seed, count):
    """Outputs 1..count of SplitMix64 from `seed`, vectorised: z_k = mix(seed + k * gamma)."""
    with np.errstate(over="ignore"):
        z = np.uint64(seed) + np.arange(1, count + 1, dtype=np.uint64) * GAMMA
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return z ^ (z >> np.uint64(31))


def load(name):
    with open(os.path.join(BOUNDARIES, name)) as handle:
        return [shape(f["geometry"]) for f in json.load(handle)["features"]]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=1_000_000, help="number of random points")
    parser.add_argument("--seed", type=int, default=20180501, help="SplitMix64 seed (same as geography-bench)")
    parser.add_argument("--repeats", type=int, default=3, help="timed repetitions; the best is reported")
    args = parser.parse_args()

    min_x, min_y, max_x, max_y = shapely.total_bounds(load("city-limit.geojson"))
    units = (splitmix64(args.seed, 2 * args.points) >> np.uint64(11)).astype(np.float64) * 2.0 ** -53
    xs = min_x + (max_x - min_x) * units[0::2]
    ys = min_y + (max_y - min_y) * units[1::2]

    geometries = load("neighborhoods.geojson")
    start = time.perf_counter()
    points = shapely.points(np.column_stack([xs, ys]))
    make_points = time.perf_counter() - start
    start = time.perf_counter()
    tree = shapely.STRtree(geometries)
    build = time.perf_counter() - start

    best = float("inf")
    for _ in range(args.repeats):
        start = time.perf_counter()
        point_index, geometry_index = tree.query(points, predicate="within")
        best = min(best, time.perf_counter() - start)
    region = np.full(args.points, -1, dtype=np.int64)
    region[point_index[::-1]] = geometry_index[::-1]  # first polygon in file order wins on overlaps
    inside = int(np.count_nonzero(region >= 0))
    print(json.dumps({
        "points": args.points, "seed": args.seed, "regions": len(geometries),
        "make_points_s": round(make_points, 4), "strtree_build_s": round(build, 4),
        "query_within_s": round(best, 4), "inside": inside, "checksum": int(region.sum()),
        "weighted_checksum": int(((region + 1) * (np.arange(args.points) % 1009 + 1)).sum()),
        "shapely": shapely.__version__, "geos": shapely.geos_version_string,
    }))


if __name__ == "__main__":
    main()
