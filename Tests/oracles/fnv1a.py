#!/usr/bin/env python3
"""Prints the FNV-1a 64-bit hash (16 hex digits) and the byte count of a file: the golden snapshot of the demo data
(Tests/DemoDataTests/Fixtures/golden-seed2021-scale0.01.txt) is recorded with it, independently of the Swift code."""
import sys

data = open(sys.argv[1], "rb").read()
h = 0xCBF29CE484222325
for b in data:
    h ^= b
    h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
print(f"{h:016x}")
print(len(data))
