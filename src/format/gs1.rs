//! GS1 identifiers printed as tracking numbers: the SSCC and the GSIN.
//!
//! Source: GS1 General Specifications (SSCC: extension digit, GS1 company prefix, serial
//! reference, GS1 mod 10 check, application identifier `00`; GSIN: 16 digits + check,
//! application identifier `402`).

use crate::carrier::Carrier;
use crate::check::Algorithm;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, lit, Layout, END};

/// SSCC-18, alone (medium: any 18 digits with a GS1 check) or after AI `00` (20 digits).
pub(crate) const SSCC: FormatDef =
    FormatDef::new(Format::Sscc, Carrier::Gs1, Confidence::High, "00340433836442636597")
        .source("GS1 General Specifications (SSCC, AI 00, GS1 check digit)")
        .entries(&[
            entry(
                Layout::new(&[lit(b"00"), digits(18)])
                    .check(Algorithm::Gs1, (2, -1), -1)
                    .display(2, END)
                    .group(&[2, 1, 7, 9, 1]),
            ),
            entry(
                Layout::new(&[digits(18)]).check(Algorithm::Gs1, (0, -1), -1).group(&[1, 7, 9, 1]),
            )
            .confidence(Confidence::Medium),
        ]);

/// GSIN: 17 digits with a GS1 check. Rarely a consumer's tracking number and shaped like any
/// 17-digit reference, so listed, never the default answer.
pub(crate) const GSIN: FormatDef =
    FormatDef::new(Format::Gsin, Carrier::Gs1, Confidence::Low, "06141411234567890")
        .source("GS1 General Specifications (GSIN, AI 402)")
        .entries(&[entry(Layout::new(&[digits(17)]).check(Algorithm::Gs1, (0, -1), -1))]);
