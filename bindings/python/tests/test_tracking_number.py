"""Tests of the Python package over the Rust engine: numbers, errors, offsets, custom
formats, status folding and the batch forms."""

import datetime
import threading

import pytest

import tracking_number as tn

UPS = "1Z999AA10123456784"


def test_parse_accepts_printed_forms():
    for s in [UPS, "1z999aa10123456784", "1Z 999 AA1 01 2345 6784", "1Z-999-AA1-01-2345-6784"]:
        n = tn.parse(s)
        assert str(n) == UPS
        assert n.number == UPS
        assert n.carrier == "ups"
        assert n.format == "ups_1z"
        assert n.grouped.replace(" ", "") == UPS
        assert n.tracking_url is not None and UPS in n.tracking_url
    assert tn.parse(UPS) == tn.parse("1z 999 aa1 01 2345 6784")
    assert len({tn.parse(UPS), tn.parse("1z999aa10123456784")}) == 1


def test_parse_fields():
    n = tn.parse("RB123456785GB")
    assert n.carrier == "royal_mail"
    assert n.format == "s10"
    assert n.country == "GB"
    assert tn.parse(UPS).service == "Next Day Air"


def test_check_digit_error_carries_the_expected_digit():
    with pytest.raises(tn.InvalidTrackingNumber) as e:
        tn.parse("1Z999AA10123456785")
    assert isinstance(e.value, ValueError)
    assert e.value.kind == "check_digit"
    assert e.value.expected_check_digit == "4"
    assert str(e.value) == "check digit mismatch: expected '4', found '5'"


def test_ordinary_numbers_are_not_tracking_numbers():
    for s in ["", "hello", "4111111111111111", "2024-01-15", "12345"]:
        assert not tn.is_valid(s)
        with pytest.raises(tn.InvalidTrackingNumber) as e:
            tn.parse(s)
        assert e.value.expected_check_digit is None


def test_carrier_hint():
    inpost = "520000014433330021832563"
    assert not tn.is_valid(inpost)
    assert tn.is_valid(inpost, carrier="inpost")
    assert tn.is_valid(inpost, carrier=["dpd", "inpost"])
    assert tn.parse(inpost, carrier="inpost").carrier == "inpost"
    with pytest.raises(ValueError):
        tn.parse(UPS, carrier="no_such_carrier")
    with pytest.raises(TypeError):
        tn.parse(UPS, carrier=42)


def test_detect_lists_every_reading_best_first():
    readings = tn.detect("986578788855")
    assert readings[0].carrier == "fedex"
    assert readings[0].check_digit == "verified"
    assert readings[0].confidence == "high"
    assert {r.check_digit for r in readings} <= {"verified", "none", "mismatch"}
    bad = tn.detect("986578788856")
    fedex = [r for r in bad if r.format == "fedex_express"][0]
    assert fedex.check_digit == "mismatch"
    assert fedex.expected_check_digit == "5"
    assert tn.detect("hello") == []


def test_find_offsets_are_str_indices():
    text = "Grüße 📦 — Ihre Sendung: 1Z 999 AA1 01 2345 6784, und RB123456785GB."
    found = tn.findall(text)
    assert [m.number for m in found] == [UPS, "RB123456785GB"]
    for m in found:
        assert text[m.start : m.end] == m.text
    assert [m.number for m in tn.finditer(text)] == [UPS, "RB123456785GB"]
    assert [m.carrier for m in tn.findall(text, carriers="royal_mail")] == ["royal_mail"]


def test_find_with_a_hint_and_each_number_once():
    text = "Your shipment 774985632143 is on its way"
    assert [m.carrier for m in tn.findall(text, hint="fedex")] == ["fedex"]
    assert [m.carrier for m in tn.findall(text, hint="UPS")] == ["ups"]
    assert [m.carrier for m in tn.findall_many([text], hint="ups")[0]] == ["ups"]
    with pytest.raises(ValueError):
        tn.findall(text, hint="no such carrier")
    mail = "Your parcel 1Z 999 AA1 01 2345 6784 has shipped. Again: 1Z999AA10123456784, RB123456785GB"
    assert [m.number for m in tn.findall(mail)] == [UPS, UPS, "RB123456785GB"]
    once = tn.findall(mail, distinct=True)
    assert [m.number for m in once] == [UPS, "RB123456785GB"]
    assert mail[once[0].start : once[0].end] == "1Z 999 AA1 01 2345 6784"
    assert [m.number for m in tn.finditer(mail, distinct=True)] == [UPS, "RB123456785GB"]


def test_match_strength_and_support():
    (m,) = tn.findall("Tracking number: 61018324775")
    assert (m.carrier, m.strength, m.support) == ("gls", "guess", "label")
    (m,) = tn.findall("Your parcel RB123456785GB")
    assert (m.strength, m.support) == ("strong", "structure")
    assert "strength='strong'" in repr(m) or 'strength="strong"' in repr(m)


def test_find_in_html():
    html = '<p>Tracking&nbsp;number:</p><td><a href="https://www.ups.com/track?tracknum=1Z999AA10123456784">1Z999AA1&#8203;0123456784</a></td>'
    found = tn.findall(html, html=True)
    assert found and found[0].number == UPS
    assert html[found[0].start : found[0].end] == found[0].text
    assert tn.findall("<style>.x{}</style><p>No numbers here</p>", html=True) == []


def test_custom_format():
    f = tn.CustomFormat("ORD-{date:YYMMDD}-{seq:6}{check:luhn}")
    s = f.from_sequence(42, date="2026-12-06")
    assert s.startswith("ORD-261206-000042")
    assert f.from_sequence(42, date=datetime.date(2026, 12, 6)) == s
    p = f.parse(s)
    assert p.sequence == 42
    assert p.date == "2026-12-06"
    assert f.is_valid(s)
    assert not f.is_valid(s[:-1] + ("0" if s[-1] != "0" else "1"))
    with pytest.raises(ValueError):
        f.parse("ORD-nope")
    with pytest.raises(ValueError):
        tn.CustomFormat("{seq:0")
    r = tn.CustomFormat("SHOP{rand:10:crockford}{check:mod37_36}")
    a, b = r.generate(), r.generate()
    assert r.is_valid(a) and r.is_valid(b) and a != b
    keyed = tn.CustomFormat("{seq:8:perm}", key=7)
    assert keyed.parse(keyed.from_sequence(5)).sequence == 5


def test_fold():
    state = tn.fold(
        [
            {"at": "2026-11-19T14:03:00-05:00", "status": "delivered", "pod": {"signed_by": "J SMITH"}},
            {"at": "2026-11-18T09:12:00-05:00", "vocabulary": "fedex", "code": "PU"},
        ],
        now="2026-11-20T00:00:00Z",
    )
    assert state["status"] == "delivered"
    assert state["status_at_now"] == "delivered"
    assert state["proof_of_delivery"]["signed_by"] == "J SMITH"
    assert state["milestones"]["picked_up_at"] is not None
    assert len(state["history"]) == 2
    with pytest.raises(ValueError, match='unknown field "stauts"'):
        tn.fold([{"at": "2026-11-18T09:12:00Z", "stauts": "delivered"}])


def test_batch_forms_match_single_calls_and_release_the_gil():
    items = [UPS, "986578788855", "hello", "RB123456785GB"] * 50
    many = tn.detect_many(items)
    assert [[r.format for r in rs] for rs in many] == [[r.format for r in tn.detect(s)] for s in items]
    texts = [f"parcel {s} sent" for s in items]
    found = tn.findall_many(texts)
    assert [[m.number for m in ms] for ms in found] == [[m.number for m in tn.findall(t)] for t in texts]
    results = []
    threads = [threading.Thread(target=lambda: results.append(len(tn.detect_many(items)))) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [len(items)] * 4


def test_never_raises_anything_but_value_errors_on_junk():
    for s in ["\x00", "\ud7ff" * 100, "1Z" * 10_000, "📦" * 1000, "<" * 5000]:
        assert isinstance(tn.is_valid(s), bool)
        tn.detect(s)
        tn.findall(s)
        tn.findall(s, html=True)
        with pytest.raises(ValueError):
            tn.parse(s)


def test_module_docstring_examples():
    import doctest

    result = doctest.testmod(tn)
    assert result.attempted > 0
    assert result.failed == 0


def test_from_payload():
    import json
    import pathlib

    doc = (pathlib.Path(__file__).parents[3] / "tests" / "payloads" / "ups-track.json").read_text()
    states = tn.from_payload("ups", doc)
    assert len(states) == 1
    assert states[0]["tracking_number"] == "1Z999AA10123456784"
    assert states[0]["carrier"] == "UPS"
    assert states[0]["status"] == "delivered"
    assert states[0]["milestones"]["attempt_count"] == 1
    assert tn.from_payload("ups", json.loads(doc))[0]["status"] == "delivered"
    assert states[0]["vendor_error"] is None
    missing = {"trackResponse": {"shipment": [{"inquiryNumber": "1Z999AA10123456784", "package": [],
               "warnings": [{"code": "TW0001", "message": "Tracking Information Not Found"}]}]}}
    (state,) = tn.from_payload("ups", missing)
    assert state["vendor_error"] == {"code": "TW0001", "message": "Tracking Information Not Found"}
    assert state["status"] == "unknown"
    assert states[0]["vendor"] == "ups"
    # the vendor told from the document's shape
    (auto,) = tn.from_payload("auto", doc)
    assert auto == states[0]
    with pytest.raises(ValueError, match="not a tracking document of EasyPost"):
        tn.from_payload("auto", {"id": 1})
    with pytest.raises(ValueError, match="unknown vendor"):
        tn.from_payload("pony", doc)
    with pytest.raises(ValueError, match=r"\$\.shipments\[0\]\.events\[0\]\.timestamp"):
        tn.from_payload("dhl", {"shipments": [{"events": [{"timestamp": 7}]}]})
