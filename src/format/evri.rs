//! Evri (formerly Hermes UK).
//!
//! Sources: Evri FAQ "How do I track my parcel?" (a 16-digit tracking number, the barcode
//! number; an eight-digit number on the calling card); Evri labels (alphanumeric barcodes
//! `H` + 2 digits + 3 letters + 10 digits). No public check digit.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, lit, upper, Layout};

/// An Evri format.
const fn evri(format: Format, confidence: Confidence, example: &'static str) -> FormatDef {
    FormatDef::new(format, Carrier::Evri, confidence, example)
}

/// 16 digits (low: a bare run).
pub(crate) const EVRI: FormatDef = evri(Format::Evri, Confidence::Low, "3401729856104372")
    .source("Evri FAQ, How do I track my parcel (16-digit barcode number)")
    .entries(&[entry(Layout::new(&[digits(16)]).group(&[4, 4, 4, 4]))]);
/// The alphanumeric barcode: `H` + 2 digits + 3 letters + 10 digits.
pub(crate) const ALPHANUMERIC: FormatDef =
    evri(Format::EvriAlphanumeric, Confidence::Medium, "H01ABC1234567890")
        .source("Evri labels (alphanumeric barcodes H + 2 digits + 3 letters + 10 digits)")
        .entries(&[entry(
            Layout::new(&[lit(b"H"), digits(2), upper(3), digits(10)]).group(&[3, 3, 10]),
        )]);
/// The 8-digit calling-card number.
pub(crate) const CALLING_CARD: FormatDef =
    evri(Format::EvriCallingCard, Confidence::Low, "40731592")
        .source("Evri FAQ, How do I track my parcel (the eight-digit calling-card number)")
        .entries(&[entry(Layout::new(&[digits(8)]))]);
