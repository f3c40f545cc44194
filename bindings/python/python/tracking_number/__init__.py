"""Tracking numbers: recognise, validate, parse and find them; order numbers; shipment status.

A thin layer over the Rust crate ``tracking-number``::

    >>> import tracking_number as tn
    >>> n = tn.parse("1z 999 aa1 01 2345 6784")
    >>> (n.carrier, n.format, str(n))
    ('ups', 'ups_1z', '1Z999AA10123456784')
    >>> [m.number for m in tn.findall("Your UPS parcel 1Z999AA10123456784 ships today")]
    ['1Z999AA10123456784']
"""

from __future__ import annotations

import json
from typing import Any, Iterable, Iterator, List, Mapping, Optional, Sequence, Union

from ._native import (
    CustomFormat,
    CustomNumber,
    InvalidTrackingNumber,
    Match,
    Reading,
    TrackingNumber,
    detect,
    detect_many,
    findall,
    findall_many,
    fold_json,
    is_valid,
    payload_json,
    parse,
)

__all__ = [
    "CustomFormat",
    "CustomNumber",
    "InvalidTrackingNumber",
    "Match",
    "Reading",
    "TrackingNumber",
    "detect",
    "detect_many",
    "finditer",
    "findall",
    "findall_many",
    "fold",
    "from_payload",
    "is_valid",
    "parse",
]


def finditer(
    text: str,
    *,
    html: bool = False,
    eager: bool = False,
    carriers: Optional[Union[str, Sequence[str]]] = None,
    hint: Optional[str] = None,
    distinct: bool = False,
) -> Iterator[Match]:
    """Yields each tracking number found in ``text``, in text order.

    ``text[m.start:m.end] == m.text`` for every match. ``html=True`` reads raw HTML as a
    mail client shows it (entities decoded, tags as separators, tracking links read);
    ``eager=True`` also reports weak readings without context; ``carriers`` limits the
    search to those carriers; ``hint`` names the carrier the text comes from (its readings
    rank first, and its formats without a check digit are reported after a label);
    ``distinct=True`` yields each number once, at its first occurrence.
    """
    return iter(
        findall(text, html=html, eager=eager, carriers=carriers, hint=hint, distinct=distinct)
    )


def fold(events: Iterable[Mapping[str, Any]], now: Optional[str] = None) -> dict:
    """Folds tracking events (dicts in the ``track status`` event shape) into the state
    ``track status`` prints, as a dict (``status``, ``milestones``, ``history``, ...).

    ``now`` (RFC 3339) adds ``status_at_now`` and decides ``delayed``. Raises
    ``ValueError`` naming the event and field at fault (unknown fields are refused).
    """
    lines = [json.dumps(e) for e in events]
    return json.loads(fold_json(lines, now))


def from_payload(
    vendor: str, document: Union[str, bytes, Mapping[str, Any], Sequence[Any]], now: Optional[str] = None
) -> List[dict]:
    """The states of the shipments in one vendor document, each the dict ``fold`` gives
    plus ``tracking_number``, ``carrier``, ``vendor`` and ``vendor_error`` (the vendor's
    ``{"code", "message"}`` for a number it cannot track, else ``None``).

    ``vendor`` is one of ``easypost``, ``aftership``, ``shippo``, ``17track``, ``ups``,
    ``fedex``, ``usps``, ``dhl``, or ``auto`` (told from the document's shape);
    ``document`` its API response or webhook body, as JSON text or already decoded. Raises
    ``ValueError`` naming the JSON path at fault.
    """
    if isinstance(document, bytes):
        document = document.decode("utf-8")
    if not isinstance(document, str):
        document = json.dumps(document)
    return json.loads(payload_json(vendor, document, now))
