//! OnTrac (United States).
//!
//! Sources: OnTrac FAQ ("tracking numbers begin with C or D"; LaserShip numbers `1LS`,
//! `LS`, `LX`, `BN` are tracked too, see `lasership.rs`); the OnTrac check digit is the UPS
//! mod 10 applied to the first 14 characters, the letter included (C counts 4, D 5 under
//! the UPS letter values), verified on OnTrac's published samples.

use crate::carrier::Carrier;
use crate::check::Algorithm;
use crate::format::{entry, Confidence, Format, FormatDef};
use crate::layout::{digits, one_of, Layout};

/// `C`/`D` + 13 digits + check.
pub(crate) const ONTRAC: FormatDef =
    FormatDef::new(Format::Ontrac, Carrier::Ontrac, Confidence::Medium, "C11031500001879")
        .source("OnTrac FAQ (C/D + 14 digits); UPS mod 10 over the first 14 characters")
        .entries(&[entry(
            Layout::new(&[one_of(b"CD"), digits(14)])
                .check(Algorithm::Ups, (0, 14), 14)
                .group(&[1, 14]),
        )]);
