"""Per-call speed of ``tracking_number.parse`` next to the Python peer ``tracking-numbers``
(``get_tracking_number``), in the same process on the same strings, and the batch forms.

Run from ``bindings/python`` after ``maturin develop --release``::

    pip install tracking-numbers
    python bench/peer.py

Prints one JSON object: calls per second of each, and their ratios.
"""

import json
import time

import tracking_number as tn

STRINGS = [
    "1Z999AA10123456784",
    "1z 999 aa1 01 2345 6784",
    "986578788855",
    "9400111206206406260787",
    "RB123456785GB",
    "00340434161094042557",
    "JJD000390007825673",
    "hello world",
    "4111111111111111",
    "12345678",
]


def best_rate(fn, rounds=7, reps=2000):
    best = 0.0
    for _ in range(rounds):
        t = time.perf_counter()
        for _ in range(reps):
            for s in STRINGS:
                fn(s)
        dt = time.perf_counter() - t
        best = max(best, reps * len(STRINGS) / dt)
    return best


def ours(s):
    try:
        return tn.parse(s)
    except ValueError:
        return None


def main():
    out = {"strings": len(STRINGS)}
    out["tracking_number.parse_per_s"] = round(best_rate(ours))
    out["tracking_number.is_valid_per_s"] = round(best_rate(tn.is_valid))
    batch = STRINGS * 10_000
    t = time.perf_counter()
    tn.detect_many(batch)
    out["tracking_number.detect_many_per_s"] = round(len(batch) / (time.perf_counter() - t))
    texts = [f"Your parcel {s} is on its way." for s in STRINGS] * 10_000
    t = time.perf_counter()
    tn.findall_many(texts)
    out["tracking_number.findall_many_texts_per_s"] = round(len(texts) / (time.perf_counter() - t))
    try:
        from tracking_numbers import get_tracking_number
    except ImportError:
        out["peer"] = "tracking-numbers not installed"
    else:
        out["tracking_numbers.get_tracking_number_per_s"] = round(best_rate(get_tracking_number, reps=200))
        out["parse_vs_peer"] = round(
            out["tracking_number.parse_per_s"] / out["tracking_numbers.get_tracking_number_per_s"], 1
        )
    print(json.dumps(out))


if __name__ == "__main__":
    main()
