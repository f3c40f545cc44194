//! CDEK (Russia and the Eurasian Economic Union).
//!
//! Source: deshmany.ru, "Как выглядит трек номер DPD" (CDEK order numbers: 10 or 11 digits,
//! e.g. `14987654321`). No public check digit: low.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits_var, Layout};

/// 10 or 11 digits.
pub(crate) const CDEK: FormatDef =
    FormatDef::new(Format::Cdek, Carrier::Cdek, Confidence::Low, "14987654321")
        .source("deshmany.ru, Kak vyglyadit trek nomer (CDEK: 10 or 11 digits, e.g. 14987654321)")
        .entries(&[entry(Layout::new(&[digits_var(10, 11)]))]);
