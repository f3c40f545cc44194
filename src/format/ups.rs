//! UPS: `1Z`, waybills and freight numbers, InfoNotice and Mail Innovations.
//!
//! Sources: UPS, "Tracking help: tracking numbers" (formats `1Z9999999999999999`,
//! `999999999999`, `T9999999999`, `999999999`; InfoNotice 12-digit references; house air
//! waybills and PRO numbers of 7 to 20 characters); UPS's published sample
//! `1Z999AA10123456784`; the 1Z check digit ("modified mod 10": letters mapped, odd positions
//! plus twice the even ones, complement to 10) as UPS describes it to developers; UPS Mail
//! Innovations label guide (`MI` + 6-digit mailer id + up to 22 package-id characters).

use crate::carrier::Carrier;
use crate::check::Algorithm;
use crate::format::{entry, Confidence, Format, FormatDef, Services};
use crate::layout::{alnum, alnum_var, digits, field, lit, one_of, FieldKind as F, Layout, END};

/// A UPS format.
const fn ups(format: Format, confidence: Confidence, example: &'static str) -> FormatDef {
    FormatDef::new(format, Carrier::Ups, confidence, example)
}

/// `1Z` + 6 shipper + 2 service + 7 package + check over positions 3–17.
pub(crate) const UPS_1Z: FormatDef = ups(Format::Ups1Z, Confidence::High, "1Z999AA10123456784")
    .services(Services::Codes(&[
        ("01", "Next Day Air"),
        ("02", "2nd Day Air"),
        ("03", "Ground"),
        ("12", "3 Day Select"),
        ("13", "Next Day Air Saver"),
        ("15", "Next Day Air Early A.M."),
        ("22", "Ground Returns Plus (3 pickup attempts)"),
        ("32", "Next Day Air Early COD"),
        ("33", "Next Day Air Early Saturday COD"),
        ("41", "Next Day Air Early Saturday"),
        ("42", "Ground Signature Required"),
        ("44", "Next Day Air Saturday"),
        ("66", "Worldwide Express"),
        ("72", "Ground COD"),
        ("78", "Ground Returns Plus (1 pickup attempt)"),
        ("90", "Ground Returns"),
        ("A0", "Adult signature required"),
        ("A1", "Adult signature required"),
        ("A2", "Adult signature required"),
        ("A8", "Adult signature required"),
        ("A9", "Adult signature required"),
        ("AA", "Adult signature required"),
        ("YW", "SurePost (delivered by USPS)"),
    ]))
    .source("UPS tracking help (number formats); UPS developer description of the 1Z check digit")
    .entries(&[entry(
        Layout::new(&[lit(b"1Z"), alnum(6), alnum(2), alnum(7), digits(1)])
            .check(Algorithm::Ups, (2, 17), 17)
            .fields(&[field(F::Shipper, 2, 8), field(F::Service, 8, 10), field(F::Package, 10, 17)])
            .group(&[2, 3, 3, 2, 4, 4]),
    )]);

/// Waybills: `T` or `H` + 10 digits.
pub(crate) const WAYBILL: FormatDef = ups(Format::UpsWaybill, Confidence::Medium, "T1234567890")
    .source("UPS tracking help (T + 10 digits; house air waybills)")
    .entries(&[entry(
        Layout::new(&[one_of(b"TH"), digits(10)])
            .fields(&[field(F::Serial, 1, END)])
            .group(&[1, 10]),
    )]);

/// Worldwide waybills: `J`/`K`/`V` + 9 digits + the UPS check over them.
pub(crate) const WORLDWIDE_WAYBILL: FormatDef = ups(
    Format::UpsWorldwideWaybill,
    Confidence::Medium,
    "V1234567895",
)
.source("UPS tracking help (house air waybills of UPS Worldwide services: a letter + 10 digits)")
.entries(&[entry(
    Layout::new(&[one_of(b"JKV"), digits(9), digits(1)])
        .check(Algorithm::Ups, (1, 10), 10)
        .fields(&[field(F::Serial, 1, 10)])
        .group(&[1, 10]),
)]);

/// The 12-digit reference of a UPS InfoNotice (no public check digit).
pub(crate) const INFONOTICE: FormatDef =
    ups(Format::UpsInfoNotice, Confidence::Low, "860041235071")
        .source("UPS tracking help (InfoNotice: a 12-digit reference number)")
        .entries(&[entry(Layout::new(&[digits(12)]))]);

/// UPS freight PRO numbers: 9 digits (no public check digit).
pub(crate) const FREIGHT: FormatDef = ups(Format::UpsFreight, Confidence::Low, "574031268")
    .source("UPS tracking help (format 999999999)")
    .entries(&[entry(Layout::new(&[digits(9)]))]);

/// Mail Innovations: `MI` + 6-digit mailer id + 1–22 shipper-assigned characters.
pub(crate) const MAIL_INNOVATIONS: FormatDef =
    ups(Format::UpsMailInnovations, Confidence::Medium, "MI123456ABCD1234567890")
        .source("UPS Mail Innovations label guide (MI + mailer id + package id)")
        .entries(&[entry(
            Layout::new(&[lit(b"MI"), digits(6), alnum_var(1, 22)])
                .fields(&[field(F::Shipper, 2, 8), field(F::Package, 8, END)])
                .group(&[2, 6, 22]),
        )]);
