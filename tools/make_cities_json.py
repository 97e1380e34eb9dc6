#!/usr/bin/env python3
"""Rebuild resources/data/cities.json from the shared reference data (tiers.csv).

Run by hand when ../shared/data/tiers.csv changes; the build does not run it, the app reads the JSON.
Usage: tools/make_cities_json.py ../shared/data/tiers.csv resources/data/cities.json
"""
import csv
import json
import sys


def main(src, dst):
    cities = []
    with open(src, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            cities.append({
                "id": row["gb_code"],
                "name_zh": row["name_zh"],
                "name_en": row["name_en"],
                "province_zh": row["province_zh"],
                "province_en": row["province_en"],
                "lat": float(row["lat"]),
                "lon": float(row["lon"]),
                "tier": int(row["tier"]),
                "smart": row["smart"] == "1",
                "evidence": row["evidence"],
                "basis": row["basis"],
            })
    doc = {
        "format": "smartcity-atlas-cities",
        "version": 1,
        "title": "Smart cities among China's tier 1-3 cities",
        "source": "Tier totals: CCID smart city report. City assignment to tiers and smart status: "
                  "reconstruction from public pilot lists (see evidence and basis per city). "
                  "City locations: GeoNames, CC BY 4.0.",
        "cities": cities,
    }
    with open(dst, "w", encoding="utf-8") as f:
        f.write("{\n")
        head = [f'  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}' for k, v in doc.items() if k != "cities"]
        f.write(",\n".join(head) + ",\n")
        f.write('  "cities": [\n')
        # One record per line keeps diffs readable and lets error messages point at a line.
        f.write(",\n".join("    " + json.dumps(c, ensure_ascii=False) for c in cities))
        f.write("\n  ]\n}\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
