//! Yamato Transport (Kuroneko).
//!
//! Source: nanoappli.com, "ヤマト伝票番号の最終桁を求める計算式" (Yamato waybills are 12
//! digits; the last is the first 11 modulo 7, the "7DR" check). A weak check on a bare
//! 12-digit run: low.

use crate::carrier::Carrier;
use crate::check::Algorithm;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, Layout};

/// 12 digits, the last the first 11 modulo 7.
pub(crate) const YAMATO: FormatDef =
    FormatDef::new(Format::Yamato, Carrier::Yamato, Confidence::Low, "123456789013")
        .source("nanoappli.com on Yamato waybill check digits (12 digits, mod 7)")
        .entries(&[entry(
            Layout::new(&[digits(12)]).check(Algorithm::Mod7, (0, -1), -1).group(&[4, 4, 4]),
        )]);
