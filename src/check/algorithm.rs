//! [`Algorithm`]: every built-in algorithm by stable id.

use super::{
    Alphabet, CheckChars, CheckDigit, Damm, DeutschePost, Error, Gs1, Luhn, Mod11_10, Mod11_2,
    Mod37_2, Mod37_36, Mod7, Mod97_10, Ups, Verhoeff, WeightedMod11, S10,
};
use crate::id::id_enum;

id_enum! {
    /// Every built-in algorithm, by stable id; implements [`CheckDigit`] by dispatch.
    ///
    /// Ids (`as_str()`, serde): `gs1`, `ups`, `s10`, `fedex`, `mod7`, `luhn`,
    /// `deutsche_post`, `mod11_2`, `mod11_10`, `mod37_2`, `mod37_36`, `mod97_10`, `damm`,
    /// `verhoeff`. `Display` gives the human name; `FromStr` reads either.
    ///
    /// ```
    /// use tracking_number::check::{Algorithm, CheckDigit};
    ///
    /// let alg: Algorithm = "damm".parse()?;
    /// assert_eq!(alg, Algorithm::Damm);
    /// assert_eq!(alg.compute(b"572")?, '4');
    /// assert_eq!(Algorithm::Mod37_36.to_string(), "ISO/IEC 7064 MOD 37,36");
    /// assert_eq!("ISO/IEC 7064 MOD 37,36".parse::<Algorithm>()?, Algorithm::Mod37_36);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[non_exhaustive]
    pub enum Algorithm: "check-digit algorithm", "tracking_number::check::Algorithm", example Luhn {
        /// [`Gs1`].
        Gs1 = ("gs1", "GS1 mod 10"),
        /// [`Ups`].
        Ups = ("ups", "UPS mod 10"),
        /// [`S10`].
        S10 = ("s10", "UPU S10 mod 11"),
        /// [`WeightedMod11::FEDEX`].
        FedEx = ("fedex", "FedEx mod 11"),
        /// [`Mod7`].
        Mod7 = ("mod7", "mod 7"),
        /// [`Luhn`].
        Luhn = ("luhn", "Luhn"),
        /// [`DeutschePost`].
        DeutschePost = ("deutsche_post", "Deutsche Post 4/9"),
        /// [`Mod11_2`].
        Mod11_2 = ("mod11_2", "ISO/IEC 7064 MOD 11-2"),
        /// [`Mod11_10`].
        Mod11_10 = ("mod11_10", "ISO/IEC 7064 MOD 11,10"),
        /// [`Mod37_2`].
        Mod37_2 = ("mod37_2", "ISO/IEC 7064 MOD 37-2"),
        /// [`Mod37_36`].
        Mod37_36 = ("mod37_36", "ISO/IEC 7064 MOD 37,36"),
        /// [`Mod97_10`].
        Mod97_10 = ("mod97_10", "ISO/IEC 7064 MOD 97-10"),
        /// [`Damm`].
        Damm = ("damm", "Damm"),
        /// [`Verhoeff`].
        Verhoeff = ("verhoeff", "Verhoeff"),
    }
}

impl Algorithm {
    /// Whether the algorithm detects every single-character substitution (GS1, Luhn, ISO 7064,
    /// Damm, Verhoeff). For [`Mod97_10`], which counts a letter as two digits, the guarantee
    /// holds for digit-only payloads.
    ///
    /// ```
    /// use tracking_number::check::Algorithm;
    ///
    /// assert!(Algorithm::Damm.detects_all_substitutions());
    /// assert!(!Algorithm::Mod7.detects_all_substitutions());
    /// ```
    #[must_use]
    pub const fn detects_all_substitutions(self) -> bool {
        matches!(
            self,
            Algorithm::Gs1
                | Algorithm::Luhn
                | Algorithm::Mod11_2
                | Algorithm::Mod11_10
                | Algorithm::Mod37_2
                | Algorithm::Mod37_36
                | Algorithm::Mod97_10
                | Algorithm::Damm
                | Algorithm::Verhoeff
        )
    }

    /// Whether the algorithm detects every adjacent transposition of two different characters
    /// anywhere in the number, check character included (Damm, Verhoeff, ISO 7064 MOD 11-2,
    /// 37-2 and 97-10; MOD 97-10 on digit-only payloads). The hybrid systems MOD 11,10 and
    /// 37,36 miss a few transpositions that involve the check character (e.g. `901`/`910`
    /// under MOD 37,36).
    ///
    /// ```
    /// use tracking_number::check::Algorithm;
    ///
    /// assert!(Algorithm::Verhoeff.detects_all_transpositions());
    /// assert!(!Algorithm::Luhn.detects_all_transpositions()); // 09 <-> 90
    /// ```
    #[must_use]
    pub const fn detects_all_transpositions(self) -> bool {
        matches!(
            self,
            Algorithm::Mod11_2
                | Algorithm::Mod37_2
                | Algorithm::Mod97_10
                | Algorithm::Damm
                | Algorithm::Verhoeff
        )
    }

    fn dispatch(self) -> &'static dyn CheckDigit {
        match self {
            Algorithm::Gs1 => &Gs1,
            Algorithm::Ups => &Ups,
            Algorithm::S10 => &S10,
            Algorithm::FedEx => &WeightedMod11::FEDEX,
            Algorithm::Mod7 => &Mod7,
            Algorithm::Luhn => &Luhn,
            Algorithm::DeutschePost => &DeutschePost,
            Algorithm::Mod11_2 => &Mod11_2,
            Algorithm::Mod11_10 => &Mod11_10,
            Algorithm::Mod37_2 => &Mod37_2,
            Algorithm::Mod37_36 => &Mod37_36,
            Algorithm::Mod97_10 => &Mod97_10,
            Algorithm::Damm => &Damm,
            Algorithm::Verhoeff => &Verhoeff,
        }
    }
}

impl CheckDigit for Algorithm {
    fn alphabet(&self) -> Alphabet {
        self.dispatch().alphabet()
    }
    fn check_alphabet(&self) -> Alphabet {
        self.dispatch().check_alphabet()
    }
    fn check_len(&self) -> usize {
        self.dispatch().check_len()
    }
    fn compute(&self, payload: &[u8]) -> Result<CheckChars, Error> {
        self.dispatch().compute(payload)
    }
    fn verify(&self, full: &[u8]) -> bool {
        self.dispatch().verify(full)
    }
}
