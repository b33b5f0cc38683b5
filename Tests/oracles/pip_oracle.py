#!/usr/bin/env python3
"""Independent point-in-polygon oracle for the Geography module.

Assigns every Milwaukee call that has coordinates to a neighbourhood (neighborhoods.geojson, property `name`)
and to a police district (police-districts.geojson, property `POLICE`) with shapely 2 (GEOS):
`STRtree.query(points, predicate="within")`. A point on a polygon boundary is *within* no polygon, so GEOS
leaves it unassigned; the Swift test allows a difference only for points within 1e-9 degrees of an edge.

Usage (from the package root, shapely >= 2 installed with `pip install shapely`):
    python3 Tests/oracles/pip_oracle.py > Tests/GeographyTests/Fixtures/milwaukee-pip-oracle.csv
Output: CSV `id,neighbourhood,district`; an empty field means the point is in no polygon of that layer.
Counts go to stderr.
"""
import csv
import json
import os
import sys

import numpy as np
import shapely
from shapely.geometry import shape

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(ROOT, "..", "shared", "data", "milwaukee")


def load_layer(name, prop):
    with open(os.path.join(DATA, "boundaries", name)) as handle:
        collection = json.load(handle)
    geometries, labels = [], []
    for feature in collection["features"]:
        geometries.append(shape(feature["geometry"]))
        value = feature["properties"][prop]
        labels.append(str(int(value)) if isinstance(value, (int, float)) and float(value).is_integer() else str(value))
    return geometries, labels


def assign(points, geometries, labels):
    tree = shapely.STRtree(geometries)
    point_index, geometry_index = tree.query(points, predicate="within")
    result = [""] * len(points)
    first = {}
    for p, g in zip(point_index.tolist(), geometry_index.tolist()):
        if p not in first or g < first[p]:  # overlapping polygons: first in file order, as in Swift
            first[p] = g
    for p, g in first.items():
        result[p] = labels[g]
    on_edge = int(np.count_nonzero([
        any(geometries[g].boundary.distance(points[p]) == 0 for g in tree.query(points[p]))
        for p in range(len(points)) if result[p] == ""
    ]))
    return result, on_edge


def main():
    ids, xy = [], []
    with open(os.path.join(DATA, "mpd-calls-2018-05.csv"), newline="") as handle:
        for row in csv.DictReader(handle):
            if row["latitude"].strip() and row["longitude"].strip():
                ids.append(row["id"])
                xy.append((float(row["longitude"]), float(row["latitude"])))
    points = shapely.points(np.array(xy))
    neighbourhoods, n_edge = assign(points, *load_layer("neighborhoods.geojson", "name"))
    districts, d_edge = assign(points, *load_layer("police-districts.geojson", "POLICE"))
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["id", "neighbourhood", "district"])
    for row in zip(ids, neighbourhoods, districts):
        writer.writerow(row)
    print(f"points {len(ids)}; outside neighbourhoods {neighbourhoods.count('')} "
          f"(on an edge {n_edge}); outside districts {districts.count('')} (on an edge {d_edge}); "
          f"shapely {shapely.__version__}, GEOS {shapely.geos_version_string}", file=sys.stderr)


if __name__ == "__main__":
    main()
