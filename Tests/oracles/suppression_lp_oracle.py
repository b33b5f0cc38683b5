#!/usr/bin/env python3
"""Independent check of the public tables' suppression: can any suppressed cell be worked out from what is released?

Usage: suppression_lp_oracle.py TABLES.json
TABLES.json: a list of {"cells": [[int or null]], "rowTotals": [int], "columnTotals": [int]} (null = suppressed).
For each suppressed cell, scipy's linprog finds its least and greatest value over all non-negative tables that agree
with every released cell and total. Prints JSON: a list per table of [row, column, min, max] for suppressed cells.
A cell is protected when min < max.
"""
import json
import sys

from scipy.optimize import linprog


def bounds_of(table):
    cells, rt, ct = table["cells"], table["rowTotals"], table["columnTotals"]
    unknown = [(i, j) for i, row in enumerate(cells) for j, v in enumerate(row) if v is None]
    index = {cell: n for n, cell in enumerate(unknown)}
    A, b = [], []
    for i, row in enumerate(cells):
        A.append([1.0 if cell[0] == i else 0.0 for cell in unknown])
        b.append(rt[i] - sum(v for v in row if v is not None))
    for j in range(len(ct)):
        A.append([1.0 if cell[1] == j else 0.0 for cell in unknown])
        b.append(ct[j] - sum(row[j] for row in cells if row[j] is not None))
    out = []
    for (i, j), n in index.items():
        c = [0.0] * len(unknown)
        c[n] = 1.0
        lo = linprog(c, A_eq=A, b_eq=b, bounds=[(0, None)] * len(unknown), method="highs")
        c[n] = -1.0
        hi = linprog(c, A_eq=A, b_eq=b, bounds=[(0, None)] * len(unknown), method="highs")
        out.append([i, j, lo.fun, -hi.fun])
    return out


print(json.dumps([bounds_of(t) for t in json.load(open(sys.argv[1]))]))
