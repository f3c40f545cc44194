//! La Poste (France) tracked letters and domestic items (international items are S10 `…FR`;
//! Colissimo parcels are in `colissimo.rs`).
//!
//! Source: universcolis.fr, "Numéro de suivi ou numéro de commande" (tracked letters and
//! parcels in France carry 2 letters + 11 digits, S10 numbers ending `FR`, or 14 digits).
//! No public check digit; a shape ordinary references share: low.

use crate::carrier::Carrier;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, upper, Layout};

/// 2 letters + 11 digits.
pub(crate) const SUIVI: FormatDef =
    FormatDef::new(Format::LaPosteSuivi, Carrier::LaPoste, Confidence::Low, "LK12345678901")
        .source("universcolis.fr, Numero de suivi ou numero de commande (2 letters + 11 digits)")
        .entries(&[entry(Layout::new(&[upper(2), digits(11)]).group(&[2, 11]))]);
