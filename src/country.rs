//! ISO 3166-1 country codes: which two-letter codes are assigned, and the numeric codes.
//!
//! Source: ISO 3166-1 (the ISO 3166 Maintenance Agency's list of officially assigned alpha-2
//! codes, with their numeric codes), 249 countries and territories. `AC` (Ascension Island)
//! and `TA` (Tristan da Cunha) are not assigned but *exceptionally reserved* by ISO 3166/MA
//! at the request of the Universal Postal Union, whose members' operators use them; UPU
//! S10 identifiers may carry them, so [`is_s10_code`] accepts them too.

/// One row of ISO 3166-1: alpha-2 code, numeric code, short English name.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Country {
    pub(crate) alpha2: [u8; 2],
    pub(crate) numeric: u16,
    pub(crate) name: &'static str,
}

const fn c(alpha2: &[u8; 2], numeric: u16, name: &'static str) -> Country {
    Country { alpha2: *alpha2, numeric, name }
}

/// Every officially assigned alpha-2 code, in alphabetical order.
pub(crate) const COUNTRIES: &[Country] = &[
    c(b"AD", 20, "Andorra"),
    c(b"AE", 784, "United Arab Emirates"),
    c(b"AF", 4, "Afghanistan"),
    c(b"AG", 28, "Antigua and Barbuda"),
    c(b"AI", 660, "Anguilla"),
    c(b"AL", 8, "Albania"),
    c(b"AM", 51, "Armenia"),
    c(b"AO", 24, "Angola"),
    c(b"AQ", 10, "Antarctica"),
    c(b"AR", 32, "Argentina"),
    c(b"AS", 16, "American Samoa"),
    c(b"AT", 40, "Austria"),
    c(b"AU", 36, "Australia"),
    c(b"AW", 533, "Aruba"),
    c(b"AX", 248, "Åland Islands"),
    c(b"AZ", 31, "Azerbaijan"),
    c(b"BA", 70, "Bosnia and Herzegovina"),
    c(b"BB", 52, "Barbados"),
    c(b"BD", 50, "Bangladesh"),
    c(b"BE", 56, "Belgium"),
    c(b"BF", 854, "Burkina Faso"),
    c(b"BG", 100, "Bulgaria"),
    c(b"BH", 48, "Bahrain"),
    c(b"BI", 108, "Burundi"),
    c(b"BJ", 204, "Benin"),
    c(b"BL", 652, "Saint Barthélemy"),
    c(b"BM", 60, "Bermuda"),
    c(b"BN", 96, "Brunei Darussalam"),
    c(b"BO", 68, "Bolivia"),
    c(b"BQ", 535, "Bonaire, Sint Eustatius and Saba"),
    c(b"BR", 76, "Brazil"),
    c(b"BS", 44, "Bahamas"),
    c(b"BT", 64, "Bhutan"),
    c(b"BV", 74, "Bouvet Island"),
    c(b"BW", 72, "Botswana"),
    c(b"BY", 112, "Belarus"),
    c(b"BZ", 84, "Belize"),
    c(b"CA", 124, "Canada"),
    c(b"CC", 166, "Cocos (Keeling) Islands"),
    c(b"CD", 180, "Congo, Democratic Republic of the"),
    c(b"CF", 140, "Central African Republic"),
    c(b"CG", 178, "Congo"),
    c(b"CH", 756, "Switzerland"),
    c(b"CI", 384, "Côte d'Ivoire"),
    c(b"CK", 184, "Cook Islands"),
    c(b"CL", 152, "Chile"),
    c(b"CM", 120, "Cameroon"),
    c(b"CN", 156, "China"),
    c(b"CO", 170, "Colombia"),
    c(b"CR", 188, "Costa Rica"),
    c(b"CU", 192, "Cuba"),
    c(b"CV", 132, "Cabo Verde"),
    c(b"CW", 531, "Curaçao"),
    c(b"CX", 162, "Christmas Island"),
    c(b"CY", 196, "Cyprus"),
    c(b"CZ", 203, "Czechia"),
    c(b"DE", 276, "Germany"),
    c(b"DJ", 262, "Djibouti"),
    c(b"DK", 208, "Denmark"),
    c(b"DM", 212, "Dominica"),
    c(b"DO", 214, "Dominican Republic"),
    c(b"DZ", 12, "Algeria"),
    c(b"EC", 218, "Ecuador"),
    c(b"EE", 233, "Estonia"),
    c(b"EG", 818, "Egypt"),
    c(b"EH", 732, "Western Sahara"),
    c(b"ER", 232, "Eritrea"),
    c(b"ES", 724, "Spain"),
    c(b"ET", 231, "Ethiopia"),
    c(b"FI", 246, "Finland"),
    c(b"FJ", 242, "Fiji"),
    c(b"FK", 238, "Falkland Islands (Malvinas)"),
    c(b"FM", 583, "Micronesia"),
    c(b"FO", 234, "Faroe Islands"),
    c(b"FR", 250, "France"),
    c(b"GA", 266, "Gabon"),
    c(b"GB", 826, "United Kingdom"),
    c(b"GD", 308, "Grenada"),
    c(b"GE", 268, "Georgia"),
    c(b"GF", 254, "French Guiana"),
    c(b"GG", 831, "Guernsey"),
    c(b"GH", 288, "Ghana"),
    c(b"GI", 292, "Gibraltar"),
    c(b"GL", 304, "Greenland"),
    c(b"GM", 270, "Gambia"),
    c(b"GN", 324, "Guinea"),
    c(b"GP", 312, "Guadeloupe"),
    c(b"GQ", 226, "Equatorial Guinea"),
    c(b"GR", 300, "Greece"),
    c(b"GS", 239, "South Georgia and the South Sandwich Islands"),
    c(b"GT", 320, "Guatemala"),
    c(b"GU", 316, "Guam"),
    c(b"GW", 624, "Guinea-Bissau"),
    c(b"GY", 328, "Guyana"),
    c(b"HK", 344, "Hong Kong"),
    c(b"HM", 334, "Heard Island and McDonald Islands"),
    c(b"HN", 340, "Honduras"),
    c(b"HR", 191, "Croatia"),
    c(b"HT", 332, "Haiti"),
    c(b"HU", 348, "Hungary"),
    c(b"ID", 360, "Indonesia"),
    c(b"IE", 372, "Ireland"),
    c(b"IL", 376, "Israel"),
    c(b"IM", 833, "Isle of Man"),
    c(b"IN", 356, "India"),
    c(b"IO", 86, "British Indian Ocean Territory"),
    c(b"IQ", 368, "Iraq"),
    c(b"IR", 364, "Iran"),
    c(b"IS", 352, "Iceland"),
    c(b"IT", 380, "Italy"),
    c(b"JE", 832, "Jersey"),
    c(b"JM", 388, "Jamaica"),
    c(b"JO", 400, "Jordan"),
    c(b"JP", 392, "Japan"),
    c(b"KE", 404, "Kenya"),
    c(b"KG", 417, "Kyrgyzstan"),
    c(b"KH", 116, "Cambodia"),
    c(b"KI", 296, "Kiribati"),
    c(b"KM", 174, "Comoros"),
    c(b"KN", 659, "Saint Kitts and Nevis"),
    c(b"KP", 408, "Korea, Democratic People's Republic of"),
    c(b"KR", 410, "Korea, Republic of"),
    c(b"KW", 414, "Kuwait"),
    c(b"KY", 136, "Cayman Islands"),
    c(b"KZ", 398, "Kazakhstan"),
    c(b"LA", 418, "Lao People's Democratic Republic"),
    c(b"LB", 422, "Lebanon"),
    c(b"LC", 662, "Saint Lucia"),
    c(b"LI", 438, "Liechtenstein"),
    c(b"LK", 144, "Sri Lanka"),
    c(b"LR", 430, "Liberia"),
    c(b"LS", 426, "Lesotho"),
    c(b"LT", 440, "Lithuania"),
    c(b"LU", 442, "Luxembourg"),
    c(b"LV", 428, "Latvia"),
    c(b"LY", 434, "Libya"),
    c(b"MA", 504, "Morocco"),
    c(b"MC", 492, "Monaco"),
    c(b"MD", 498, "Moldova"),
    c(b"ME", 499, "Montenegro"),
    c(b"MF", 663, "Saint Martin (French part)"),
    c(b"MG", 450, "Madagascar"),
    c(b"MH", 584, "Marshall Islands"),
    c(b"MK", 807, "North Macedonia"),
    c(b"ML", 466, "Mali"),
    c(b"MM", 104, "Myanmar"),
    c(b"MN", 496, "Mongolia"),
    c(b"MO", 446, "Macao"),
    c(b"MP", 580, "Northern Mariana Islands"),
    c(b"MQ", 474, "Martinique"),
    c(b"MR", 478, "Mauritania"),
    c(b"MS", 500, "Montserrat"),
    c(b"MT", 470, "Malta"),
    c(b"MU", 480, "Mauritius"),
    c(b"MV", 462, "Maldives"),
    c(b"MW", 454, "Malawi"),
    c(b"MX", 484, "Mexico"),
    c(b"MY", 458, "Malaysia"),
    c(b"MZ", 508, "Mozambique"),
    c(b"NA", 516, "Namibia"),
    c(b"NC", 540, "New Caledonia"),
    c(b"NE", 562, "Niger"),
    c(b"NF", 574, "Norfolk Island"),
    c(b"NG", 566, "Nigeria"),
    c(b"NI", 558, "Nicaragua"),
    c(b"NL", 528, "Netherlands"),
    c(b"NO", 578, "Norway"),
    c(b"NP", 524, "Nepal"),
    c(b"NR", 520, "Nauru"),
    c(b"NU", 570, "Niue"),
    c(b"NZ", 554, "New Zealand"),
    c(b"OM", 512, "Oman"),
    c(b"PA", 591, "Panama"),
    c(b"PE", 604, "Peru"),
    c(b"PF", 258, "French Polynesia"),
    c(b"PG", 598, "Papua New Guinea"),
    c(b"PH", 608, "Philippines"),
    c(b"PK", 586, "Pakistan"),
    c(b"PL", 616, "Poland"),
    c(b"PM", 666, "Saint Pierre and Miquelon"),
    c(b"PN", 612, "Pitcairn"),
    c(b"PR", 630, "Puerto Rico"),
    c(b"PS", 275, "Palestine, State of"),
    c(b"PT", 620, "Portugal"),
    c(b"PW", 585, "Palau"),
    c(b"PY", 600, "Paraguay"),
    c(b"QA", 634, "Qatar"),
    c(b"RE", 638, "Réunion"),
    c(b"RO", 642, "Romania"),
    c(b"RS", 688, "Serbia"),
    c(b"RU", 643, "Russian Federation"),
    c(b"RW", 646, "Rwanda"),
    c(b"SA", 682, "Saudi Arabia"),
    c(b"SB", 90, "Solomon Islands"),
    c(b"SC", 690, "Seychelles"),
    c(b"SD", 729, "Sudan"),
    c(b"SE", 752, "Sweden"),
    c(b"SG", 702, "Singapore"),
    c(b"SH", 654, "Saint Helena, Ascension and Tristan da Cunha"),
    c(b"SI", 705, "Slovenia"),
    c(b"SJ", 744, "Svalbard and Jan Mayen"),
    c(b"SK", 703, "Slovakia"),
    c(b"SL", 694, "Sierra Leone"),
    c(b"SM", 674, "San Marino"),
    c(b"SN", 686, "Senegal"),
    c(b"SO", 706, "Somalia"),
    c(b"SR", 740, "Suriname"),
    c(b"SS", 728, "South Sudan"),
    c(b"ST", 678, "Sao Tome and Principe"),
    c(b"SV", 222, "El Salvador"),
    c(b"SX", 534, "Sint Maarten (Dutch part)"),
    c(b"SY", 760, "Syrian Arab Republic"),
    c(b"SZ", 748, "Eswatini"),
    c(b"TC", 796, "Turks and Caicos Islands"),
    c(b"TD", 148, "Chad"),
    c(b"TF", 260, "French Southern Territories"),
    c(b"TG", 768, "Togo"),
    c(b"TH", 764, "Thailand"),
    c(b"TJ", 762, "Tajikistan"),
    c(b"TK", 772, "Tokelau"),
    c(b"TL", 626, "Timor-Leste"),
    c(b"TM", 795, "Turkmenistan"),
    c(b"TN", 788, "Tunisia"),
    c(b"TO", 776, "Tonga"),
    c(b"TR", 792, "Türkiye"),
    c(b"TT", 780, "Trinidad and Tobago"),
    c(b"TV", 798, "Tuvalu"),
    c(b"TW", 158, "Taiwan"),
    c(b"TZ", 834, "Tanzania"),
    c(b"UA", 804, "Ukraine"),
    c(b"UG", 800, "Uganda"),
    c(b"UM", 581, "United States Minor Outlying Islands"),
    c(b"US", 840, "United States of America"),
    c(b"UY", 858, "Uruguay"),
    c(b"UZ", 860, "Uzbekistan"),
    c(b"VA", 336, "Holy See"),
    c(b"VC", 670, "Saint Vincent and the Grenadines"),
    c(b"VE", 862, "Venezuela"),
    c(b"VG", 92, "Virgin Islands (British)"),
    c(b"VI", 850, "Virgin Islands (U.S.)"),
    c(b"VN", 704, "Viet Nam"),
    c(b"VU", 548, "Vanuatu"),
    c(b"WF", 876, "Wallis and Futuna"),
    c(b"WS", 882, "Samoa"),
    c(b"YE", 887, "Yemen"),
    c(b"YT", 175, "Mayotte"),
    c(b"ZA", 710, "South Africa"),
    c(b"ZM", 894, "Zambia"),
    c(b"ZW", 716, "Zimbabwe"),
];

/// The codes reserved for the UPU (see the module docs), usable in S10 identifiers.
const UPU_RESERVED: [[u8; 2]; 2] = [*b"AC", *b"TA"];

/// Bit `26 * a + b` set for each assigned code `(a, b)` (letters as 0–25).
const ASSIGNED: [u64; 11] = {
    let mut bits = [0u64; 11];
    let mut i = 0;
    while i < COUNTRIES.len() {
        let k = index(COUNTRIES[i].alpha2);
        bits[k / 64] |= 1 << (k % 64);
        i += 1;
    }
    bits
};

const fn index(code: [u8; 2]) -> usize {
    (code[0] - b'A') as usize * 26 + (code[1] - b'A') as usize
}

/// Whether `code` is an officially assigned ISO 3166-1 alpha-2 code (upper case).
#[inline]
pub(crate) fn is_assigned(code: &[u8]) -> bool {
    match *code {
        [a @ b'A'..=b'Z', b @ b'A'..=b'Z'] => {
            let k = index([a, b]);
            ASSIGNED.get(k / 64).is_some_and(|w| w >> (k % 64) & 1 == 1)
        }
        _ => false,
    }
}

/// Whether `code` may end a UPU S10 identifier: an assigned code or one reserved for the UPU.
#[inline]
pub(crate) fn is_s10_code(code: &[u8]) -> bool {
    is_assigned(code) || UPU_RESERVED.iter().any(|r| r.as_slice() == code)
}

/// The row of an assigned alpha-2 code.
pub(crate) fn by_alpha2(code: &[u8]) -> Option<&'static Country> {
    COUNTRIES.iter().find(|c| c.alpha2.as_slice() == code)
}

/// The row of a three-digit numeric code (`"276"` → Germany).
pub(crate) fn by_numeric(code: &[u8]) -> Option<&'static Country> {
    let [a, b, c] = *code else { return None };
    let digit = |d: u8| d.is_ascii_digit().then(|| u16::from(d - b'0'));
    let n = digit(a)? * 100 + digit(b)? * 10 + digit(c)?;
    COUNTRIES.iter().find(|c| c.numeric == n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_unique_and_complete() {
        assert_eq!(COUNTRIES.len(), 249);
        assert!(COUNTRIES.windows(2).all(|w| w[0].alpha2 < w[1].alpha2));
        let mut numerics: std::vec::Vec<u16> = COUNTRIES.iter().map(|c| c.numeric).collect();
        numerics.sort_unstable();
        numerics.dedup();
        assert_eq!(numerics.len(), 249);
    }

    #[test]
    fn lookups() {
        for c in COUNTRIES {
            assert!(is_assigned(&c.alpha2));
            assert!(is_s10_code(&c.alpha2));
        }
        let assigned = (0..26 * 26)
            .filter(|k| is_assigned(&[b'A' + (k / 26) as u8, b'A' + (k % 26) as u8]))
            .count();
        assert_eq!(assigned, 249);
        for bad in [&b"QQ"[..], b"XX", b"UK", b"EU", b"ZZ", b"gb", b"G", b"GBR", b""] {
            assert!(!is_assigned(bad), "{bad:?}");
        }
        assert!(is_s10_code(b"AC") && is_s10_code(b"TA") && !is_assigned(b"AC"));
        assert_eq!(by_numeric(b"276").map(|c| c.alpha2), Some(*b"DE"));
        assert_eq!(by_numeric(b"999").map(|c| c.alpha2), None);
        assert_eq!(by_alpha2(b"CH").map(|c| c.numeric), Some(756));
    }
}
