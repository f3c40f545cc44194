"""Type stubs of the native module (re-exported by ``tracking_number``)."""

from datetime import date as _date
from typing import List, Optional, Sequence, Union

_Carriers = Optional[Union[str, Sequence[str]]]
_Date = Optional[Union[str, _date]]

class InvalidTrackingNumber(ValueError):
    """Not a tracking number (of the carriers asked for)."""

    kind: str
    """Why: ``"check_digit"``, ``"unknown_format"``, ``"not_distinctive"``, ``"looks_like"``, ``"empty"``, ``"too_long"``, ``"invalid_char"`` or ``"other"``."""
    expected_check_digit: Optional[str]
    """The check character the rest of the number calls for, when only it is wrong."""

class TrackingNumber:
    number: str
    carrier: str
    format: str
    service: Optional[str]
    country: Optional[str]
    tracking_url: Optional[str]
    grouped: str
    was_normalized: bool
    def __str__(self) -> str: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class Reading:
    carrier: str
    format: str
    number: str
    check_digit: str
    """``"verified"``, ``"none"`` or ``"mismatch"``."""
    expected_check_digit: Optional[str]
    confidence: str
    """``"low"``, ``"medium"`` or ``"high"``."""

class Match:
    start: int
    """A ``str`` index: ``text[m.start:m.end] == m.text``."""
    end: int
    text: str
    carrier: Optional[str]
    format: Optional[str]
    number: str
    strength: str
    """``"guess"``, ``"shape"``, ``"check_digit"`` or ``"strong"``."""
    support: str
    """``"structure"``, ``"label"``, ``"url"``, ``"word"``, ``"nearby"``, ``"hint"`` or ``"eager"``."""

class CustomNumber:
    number: str
    sequence: Optional[int]
    date: Optional[str]
    random: str
    def __str__(self) -> str: ...

class CustomFormat:
    def __init__(self, pattern: str, key: Optional[int] = None) -> None: ...
    def from_sequence(self, n: int, date: _Date = None) -> str: ...
    def generate(self, date: _Date = None) -> str: ...
    def parse(self, s: str) -> CustomNumber: ...
    def is_valid(self, s: str) -> bool: ...

def parse(s: str, carrier: _Carriers = None) -> TrackingNumber: ...
def is_valid(s: str, carrier: _Carriers = None) -> bool: ...
def detect(s: str) -> List[Reading]: ...
def detect_many(items: List[str]) -> List[List[Reading]]: ...
def findall(
    text: str,
    *,
    html: bool = False,
    eager: bool = False,
    carriers: _Carriers = None,
    hint: Optional[str] = None,
    distinct: bool = False,
) -> List[Match]: ...
def findall_many(
    texts: List[str],
    *,
    html: bool = False,
    eager: bool = False,
    carriers: _Carriers = None,
    hint: Optional[str] = None,
    distinct: bool = False,
) -> List[List[Match]]: ...
def fold_json(events: List[str], now: Optional[str] = None) -> str: ...
def payload_json(vendor: str, document: str, now: Optional[str] = None) -> str: ...
