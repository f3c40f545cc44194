//! The native part of the Python package `tracking_number`: a thin layer over the Rust crate.
//! The package's `__init__.py` re-exports these items (and adds `fold`, which goes through
//! JSON); see `python/tracking_number/_native.pyi` for their documented signatures.

use pyo3::create_exception;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pyclass::CompareOp;
use pyo3::types::PyString;

use tracking_number::custom::{Date, ParsedNumber};
use tracking_number::scan::{Match as ScanMatch, Scanner};
use tracking_number::status::{ExpiryPolicy, Shipment};
use tracking_number::{Candidate, Carrier, Evidence, ParseError};

create_exception!(
    tracking_number,
    InvalidTrackingNumber,
    PyValueError,
    "A string that is not a tracking number (of the carriers asked for). `kind` names why \
     (`\"check_digit\"`, `\"unknown_format\"`, ...); `expected_check_digit` is the check \
     character the rest of the number calls for when only the check digit is wrong."
);

/// A parsed tracking number (fields computed when read).
#[pyclass(frozen, module = "tracking_number", name = "TrackingNumber")]
struct PyTrackingNumber {
    n: tracking_number::TrackingNumber,
    normalized: bool,
}

impl PyTrackingNumber {
    fn new(n: &tracking_number::TrackingNumber, was_normalized: bool) -> Self {
        PyTrackingNumber { n: *n, normalized: was_normalized }
    }
}

#[pymethods]
impl PyTrackingNumber {
    /// The canonical number (upper case, no spaces).
    #[getter]
    fn number(&self) -> &str {
        self.n.as_str()
    }

    /// The carrier's id (`"ups"`, `"fedex"`, `"royal_mail"`, ...).
    #[getter]
    fn carrier(&self) -> &'static str {
        self.n.carrier().as_str()
    }

    /// The format's id (`"ups_1z"`, `"s10"`, ...).
    #[getter]
    fn format(&self) -> &'static str {
        self.n.format().as_str()
    }

    /// The service the number encodes, when it encodes one.
    #[getter]
    fn service(&self) -> Option<String> {
        self.n.service().map(|s| s.name().unwrap_or(s.code()).to_owned())
    }

    /// The ISO 3166-1 alpha-2 country code the number names, if any.
    #[getter]
    fn country(&self) -> Option<&str> {
        self.n.country()
    }

    /// The carrier's public tracking page for this number, if it has one.
    #[getter]
    fn tracking_url(&self) -> Option<String> {
        self.n.tracking_url().map(|u| u.to_string())
    }

    /// The number as the carrier prints it (`"1Z 999 AA1 01 2345 678 4"`).
    #[getter]
    fn grouped(&self) -> String {
        self.n.grouped().to_string()
    }

    /// Whether the input was not in canonical form (case, spaces, dashes).
    #[getter]
    fn was_normalized(&self) -> bool {
        self.normalized
    }

    fn __str__(&self) -> &str {
        self.n.as_str()
    }

    /// Equal when the same number reads as the same format (however it was printed).
    fn __richcmp__(&self, other: &Bound<'_, PyAny>, op: CompareOp) -> PyResult<bool> {
        let same = other.cast::<PyTrackingNumber>().is_ok_and(|o| {
            o.get().n.as_str() == self.n.as_str() && o.get().n.format() == self.n.format()
        });
        match op {
            CompareOp::Eq => Ok(same),
            CompareOp::Ne => Ok(!same),
            _ => Err(PyTypeError::new_err("tracking numbers are not ordered")),
        }
    }

    fn __hash__(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        (self.n.as_str(), self.n.format().as_str()).hash(&mut h);
        h.finish()
    }

    fn __repr__(&self) -> String {
        format!(
            "TrackingNumber({:?}, carrier={:?}, format={:?})",
            self.n.as_str(),
            self.n.carrier().as_str(),
            self.n.format().as_str()
        )
    }
}

/// One reading of a string by `detect`.
#[pyclass(frozen, module = "tracking_number", name = "Reading")]
struct PyReading {
    /// The carrier's id.
    #[pyo3(get)]
    carrier: &'static str,
    /// The format's id.
    #[pyo3(get)]
    format: &'static str,
    /// The normalised number read.
    #[pyo3(get)]
    number: String,
    /// `"verified"`, `"none"` (the format has no check digit) or `"mismatch"`.
    #[pyo3(get)]
    check_digit: &'static str,
    /// On a mismatch, the check character the rest of the number calls for.
    #[pyo3(get)]
    expected_check_digit: Option<char>,
    /// `"low"`, `"medium"` or `"high"`: how distinctive the format is.
    #[pyo3(get)]
    confidence: &'static str,
}

impl PyReading {
    fn new(c: &Candidate) -> Self {
        let evidence = c.evidence();
        PyReading {
            carrier: c.carrier().as_str(),
            format: c.format().as_str(),
            number: c.as_str().to_owned(),
            check_digit: evidence.as_str(),
            expected_check_digit: match evidence {
                Evidence::Mismatch { .. } => c.expected_check(),
                _ => None,
            },
            confidence: c.confidence().as_str(),
        }
    }
}

#[pymethods]
impl PyReading {
    fn __repr__(&self) -> String {
        format!(
            "Reading(carrier={:?}, format={:?}, number={:?}, check_digit={:?}, confidence={:?})",
            self.carrier, self.format, self.number, self.check_digit, self.confidence
        )
    }
}

/// A tracking number found in a text.
#[pyclass(frozen, module = "tracking_number", name = "Match")]
struct PyMatch {
    /// Index of the first character in the text (a `str` index).
    #[pyo3(get)]
    start: usize,
    /// Index just past the last character: `text[m.start:m.end] == m.text`.
    #[pyo3(get)]
    end: usize,
    /// The text matched, as printed.
    #[pyo3(get)]
    text: String,
    /// The carrier's id, `None` for a custom format.
    #[pyo3(get)]
    carrier: Option<&'static str>,
    /// The format's id, `None` for a custom format.
    #[pyo3(get)]
    format: Option<&'static str>,
    /// The normalised number.
    #[pyo3(get)]
    number: String,
    /// How much the match's own characters prove: `"guess"`, `"shape"`, `"check_digit"`
    /// or `"strong"`.
    #[pyo3(get)]
    strength: &'static str,
    /// Why it was reported: `"structure"`, `"label"`, `"url"`, `"word"`, `"nearby"`,
    /// `"hint"` or `"eager"`.
    #[pyo3(get)]
    support: &'static str,
}

#[pymethods]
impl PyMatch {
    fn __repr__(&self) -> String {
        format!(
            "Match(start={}, end={}, text={:?}, carrier={}, number={:?}, strength={:?})",
            self.start,
            self.end,
            self.text,
            repr_opt(self.carrier),
            self.number,
            self.strength
        )
    }
}

/// A Python-looking `repr` of an optional string.
fn repr_opt(s: Option<&str>) -> String {
    s.map_or_else(|| "None".to_owned(), |s| format!("{s:?}"))
}

/// Byte offsets to `str` (code point) indices, walking forward once for a text's matches.
struct CharIndex<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl CharIndex<'_> {
    fn at(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += self.text.get(self.byte..byte).map_or(0, |s| s.chars().count());
        self.byte = byte;
        self.chars
    }
}

fn to_match(m: &ScanMatch<'_>, index: &mut CharIndex<'_>) -> PyMatch {
    let mut buf = [0u8; tracking_number::scan::MAX_NORMALIZED];
    PyMatch {
        start: index.at(m.start()),
        end: index.at(m.end()),
        text: m.as_str().to_owned(),
        carrier: m.carrier().map(Carrier::as_str),
        format: m.format().map(|f| f.as_str()),
        number: m.normalized(&mut buf).to_owned(),
        strength: m.strength().as_str(),
        support: m.support().as_str(),
    }
}

/// Carriers from `None`, one id or a list of ids.
fn carriers_of(arg: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Vec<Carrier>>> {
    let Some(arg) = arg else { return Ok(None) };
    if arg.is_none() {
        return Ok(None);
    }
    let ids: Vec<String> = if let Ok(s) = arg.cast::<PyString>() {
        vec![s.to_cow()?.into_owned()]
    } else {
        arg.extract()
            .map_err(|_| PyTypeError::new_err("carrier: expected a carrier id or a list of ids"))?
    };
    ids.iter()
        .map(|id| id.parse::<Carrier>().map_err(|e| PyValueError::new_err(e.to_string())))
        .collect::<PyResult<Vec<_>>>()
        .map(Some)
}

fn invalid(e: &ParseError) -> PyErr {
    let err = InvalidTrackingNumber::new_err(e.to_string());
    Python::attach(|py| {
        let value = err.value(py);
        let kind = tracking_number_json::parse_error_kind(e);
        let _ = value.setattr("kind", kind);
        let _ = value.setattr("expected_check_digit", e.expected_check().map(String::from));
    });
    err
}

/// Parses `s` as a tracking number: printed forms are accepted (case, spaces, dashes). With
/// `carrier` (an id or a list), every format of those carriers is accepted, low-confidence
/// ones included; without, only readings with evidence that sets them apart from ordinary
/// numbers.
#[pyfunction]
#[pyo3(signature = (s, carrier = None))]
fn parse(s: &str, carrier: Option<&Bound<'_, PyAny>>) -> PyResult<PyTrackingNumber> {
    let parsed = match carriers_of(carrier)? {
        Some(c) => tracking_number::TrackingNumber::parse_for(s, &c),
        None => tracking_number::TrackingNumber::parse_lenient(s),
    };
    match parsed {
        Ok(l) => Ok(PyTrackingNumber::new(&l.number(), l.was_normalized())),
        Err(e) => Err(invalid(&e)),
    }
}

/// Whether `parse(s, carrier)` would succeed.
#[pyfunction]
#[pyo3(signature = (s, carrier = None))]
fn is_valid(s: &str, carrier: Option<&Bound<'_, PyAny>>) -> PyResult<bool> {
    Ok(match carriers_of(carrier)? {
        Some(c) => tracking_number::TrackingNumber::parse_for(s, &c).is_ok(),
        None => tracking_number::TrackingNumber::parse_lenient(s).is_ok(),
    })
}

/// Every reading of `s`, best first (failing check digits included, marked "mismatch").
#[pyfunction]
fn detect(s: &str) -> Vec<PyReading> {
    tracking_number::detect(s).map(|c| PyReading::new(&c)).collect()
}

/// `detect` over many strings, without holding the GIL.
#[pyfunction]
fn detect_many(py: Python<'_>, items: Vec<String>) -> Vec<Vec<PyReading>> {
    py.detach(|| {
        items
            .iter()
            .map(|s| tracking_number::detect(s).map(|c| PyReading::new(&c)).collect())
            .collect()
    })
}

/// How `findall` and `findall_many` scan, from their keyword arguments.
struct Find {
    scanner: Scanner<'static>,
    distinct: bool,
}

impl Find {
    fn new(
        html: bool,
        eager: bool,
        carriers: Option<&Bound<'_, PyAny>>,
        hint: Option<&str>,
        distinct: bool,
    ) -> PyResult<Find> {
        let mut b = Scanner::builder().html(html).eager(eager);
        if let Some(c) = carriers_of(carriers)? {
            b = b.carriers(&c);
        }
        if let Some(hint) = hint {
            b = b.hint(hint.parse::<Carrier>().map_err(|e| PyValueError::new_err(e.to_string()))?);
        }
        let scanner = b.build().map_err(|e| PyValueError::new_err(e.to_string()))?;
        Ok(Find { scanner, distinct })
    }

    fn find_in(&self, text: &str) -> Vec<PyMatch> {
        let mut index = CharIndex { text, byte: 0, chars: 0 };
        let found = self.scanner.find_iter(text);
        if self.distinct {
            found.distinct().map(|m| to_match(&m, &mut index)).collect()
        } else {
            found.map(|m| to_match(&m, &mut index)).collect()
        }
    }
}

/// Every tracking number in `text` (plain text, or raw HTML with `html=True`); with
/// `hint`, the carrier the text comes from ranks first; with `distinct=True`, each number
/// once, at its first occurrence.
#[pyfunction]
#[pyo3(signature = (text, *, html = false, eager = false, carriers = None, hint = None, distinct = false))]
fn findall(
    text: &str,
    html: bool,
    eager: bool,
    carriers: Option<&Bound<'_, PyAny>>,
    hint: Option<&str>,
    distinct: bool,
) -> PyResult<Vec<PyMatch>> {
    Ok(Find::new(html, eager, carriers, hint, distinct)?.find_in(text))
}

/// `findall` over many texts, without holding the GIL.
#[pyfunction]
#[pyo3(signature = (texts, *, html = false, eager = false, carriers = None, hint = None, distinct = false))]
fn findall_many(
    py: Python<'_>,
    texts: Vec<String>,
    html: bool,
    eager: bool,
    carriers: Option<&Bound<'_, PyAny>>,
    hint: Option<&str>,
    distinct: bool,
) -> PyResult<Vec<Vec<PyMatch>>> {
    let find = Find::new(html, eager, carriers, hint, distinct)?;
    Ok(py.detach(|| texts.iter().map(|t| find.find_in(t)).collect()))
}

/// A number read by `CustomFormat.parse`.
#[pyclass(frozen, module = "tracking_number", name = "CustomNumber")]
struct PyCustomNumber {
    /// The number, canonical.
    #[pyo3(get)]
    number: String,
    /// The sequence number it encodes (un-permuted), if the pattern has one.
    #[pyo3(get)]
    sequence: Option<u64>,
    /// Its date as `YYYY-MM-DD`, if the pattern has a full date.
    #[pyo3(get)]
    date: Option<String>,
    /// Its random characters (empty when the pattern has none).
    #[pyo3(get)]
    random: String,
}

impl PyCustomNumber {
    fn new(p: &ParsedNumber) -> Self {
        PyCustomNumber {
            number: p.number().as_str().to_owned(),
            sequence: p.sequence(),
            date: p.full_date().map(|d| d.to_string()),
            random: p.random().to_owned(),
        }
    }
}

#[pymethods]
impl PyCustomNumber {
    fn __str__(&self) -> &str {
        &self.number
    }

    fn __repr__(&self) -> String {
        format!(
            "CustomNumber({:?}, sequence={})",
            self.number,
            self.sequence.map_or_else(|| "None".to_owned(), |n| n.to_string())
        )
    }
}

/// A declarative order/reference number format (`"ORD-{date:YYMMDD}-{seq:6}{check:luhn}"`).
#[pyclass(frozen, module = "tracking_number", name = "CustomFormat")]
struct PyCustomFormat(tracking_number::CustomFormat);

/// A date from `None`, a `datetime.date` or a `"YYYY-MM-DD"` string.
fn date_of(arg: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Date>> {
    let Some(arg) = arg else { return Ok(None) };
    if arg.is_none() {
        return Ok(None);
    }
    let text: String = if let Ok(s) = arg.cast::<PyString>() {
        s.to_cow()?.into_owned()
    } else {
        arg.call_method0("isoformat")
            .and_then(|s| s.extract())
            .map_err(|_| PyTypeError::new_err("date: expected a datetime.date or \"YYYY-MM-DD\""))?
    };
    let text = text.get(..10).unwrap_or(&text);
    text.parse::<Date>().map(Some).map_err(|e| PyValueError::new_err(e.to_string()))
}

#[pymethods]
impl PyCustomFormat {
    #[new]
    #[pyo3(signature = (pattern, key = None))]
    fn new(pattern: &str, key: Option<u64>) -> PyResult<Self> {
        let f: tracking_number::CustomFormat =
            pattern.parse().map_err(|e: tracking_number::custom::PatternError| {
                PyValueError::new_err(e.to_string())
            })?;
        Ok(PyCustomFormat(match key {
            Some(k) => f.with_key(k),
            None => f,
        }))
    }

    /// The number for sequence number `n` (and `date`, when the pattern has one).
    #[pyo3(signature = (n, date = None))]
    // the crate's name for it (`CustomFormat::from_sequence`), kept across languages
    #[allow(clippy::wrong_self_convention)]
    fn from_sequence(&self, n: u64, date: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
        let date = date_of(date)?;
        self.0
            .from_sequence(n, date)
            .map(|c| c.as_str().to_owned())
            .map_err(|e| PyValueError::new_err(e.to_string()))
    }

    /// A number with random characters from the operating system's generator.
    #[pyo3(signature = (date = None))]
    fn generate(&self, date: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
        let mut parts = tracking_number::custom::Parts::new();
        if let Some(d) = date_of(date)? {
            parts = parts.date(d);
        }
        let mut rng = rand::rng();
        self.0
            .generate_with(&mut rng, &parts)
            .map(|c| c.as_str().to_owned())
            .map_err(|e| PyValueError::new_err(e.to_string()))
    }

    /// Reads `s` (canonical form); raises `ValueError` naming what is wrong.
    fn parse(&self, s: &str) -> PyResult<PyCustomNumber> {
        self.0
            .parse(s)
            .map(|p| PyCustomNumber::new(&p))
            .map_err(|e| PyValueError::new_err(e.to_string()))
    }

    /// Whether `s` is a number of this format.
    fn is_valid(&self, s: &str) -> bool {
        self.0.is_valid(s)
    }

    fn __str__(&self) -> String {
        self.0.to_string()
    }

    fn __repr__(&self) -> String {
        format!("CustomFormat({:?})", self.0.to_string())
    }
}

/// Folds event lines (JSON objects, the `track status` shape) into the state `track status`
/// prints, as a JSON string.
#[pyfunction]
#[pyo3(signature = (events, now = None))]
fn fold_json(py: Python<'_>, events: Vec<String>, now: Option<&str>) -> PyResult<String> {
    let now = tracking_number_json::optional_now(now)
        .map_err(|e| PyValueError::new_err(e.to_string()))?;
    py.detach(|| {
        let mut shipment = Shipment::new(None);
        for (i, line) in events.iter().enumerate() {
            let event = tracking_number_json::parse_event(line)
                .map_err(|e| PyValueError::new_err(format!("event {i}: {e}")))?;
            shipment.apply(event);
        }
        let expiry = ExpiryPolicy::default();
        serde_json::to_string(&tracking_number_json::Report::new(&shipment, now, &expiry))
            .map_err(|e| PyValueError::new_err(e.to_string()))
    })
}

/// The states of the shipments in one vendor document, as a JSON array (see
/// `tracking_number.from_payload`).
#[pyfunction]
#[pyo3(signature = (vendor, document, now = None))]
fn payload_json(
    py: Python<'_>,
    vendor: &str,
    document: &str,
    now: Option<&str>,
) -> PyResult<String> {
    let now = tracking_number_json::optional_now(now)
        .map_err(|e| PyValueError::new_err(e.to_string()))?;
    py.detach(|| {
        let states = tracking_number_json::payload_states(vendor, document, now)
            .map_err(|e| PyValueError::new_err(e.to_string()))?;
        serde_json::to_string(&states).map_err(|e| PyValueError::new_err(e.to_string()))
    })
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("InvalidTrackingNumber", m.py().get_type::<InvalidTrackingNumber>())?;
    m.add_class::<PyTrackingNumber>()?;
    m.add_class::<PyReading>()?;
    m.add_class::<PyMatch>()?;
    m.add_class::<PyCustomFormat>()?;
    m.add_class::<PyCustomNumber>()?;
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(is_valid, m)?)?;
    m.add_function(wrap_pyfunction!(detect, m)?)?;
    m.add_function(wrap_pyfunction!(detect_many, m)?)?;
    m.add_function(wrap_pyfunction!(findall, m)?)?;
    m.add_function(wrap_pyfunction!(findall_many, m)?)?;
    m.add_function(wrap_pyfunction!(fold_json, m)?)?;
    m.add_function(wrap_pyfunction!(payload_json, m)?)?;
    Ok(())
}
