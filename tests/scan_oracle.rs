//! The fast scanner against a deliberately simple reference implementation.
//!
//! The reference splits the whole text into alphanumeric runs, tries **every** sequence of
//! joined runs as a span, applies the documented rules one by one on owned `Vec`s and
//! `String`s, and resolves overlaps exactly as documented. It is slow (quadratic in places) and
//! shares no code with the scanner except the carrier table (`detect`).

use proptest::prelude::*;
use tracking_number::check::{CheckDigit, Gs1};
use tracking_number::scan::{Scanner, Strength};
use tracking_number::{detect, Carrier, Confidence, Evidence, Format};

const MAX_GROUPS: usize = 12;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Sep {
    Space,
    Newline,
    Dash,
    Dot,
    /// A zero-width space, non-joiner, joiner, word joiner, byte order mark or soft hyphen.
    Invisible,
}

#[derive(Clone, Debug)]
struct Run {
    start: usize,
    end: usize,
    text: String,
}

impl Run {
    fn len(&self) -> usize {
        self.end - self.start
    }
    fn digit(&self) -> bool {
        self.text.bytes().any(|b| b.is_ascii_digit())
    }
    fn affix(&self) -> bool {
        self.len() <= 4 && self.text.bytes().all(|b| b.is_ascii_uppercase())
    }
}

fn runs(text: &str) -> Vec<Run> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        // a separator written as markup (`&nbsp;`, `&#8203;`, `<wbr>`) is no run of letters,
        // nor are inline tags right between two alphanumeric characters
        if let Some((m, _)) = markup_at(&b[i..]) {
            i += m.len();
            continue;
        }
        if let Some((n, _)) = inline_tags_between(b, i) {
            i += n;
            continue;
        }
        if b[i].is_ascii_alphanumeric() {
            let s = i;
            while i < b.len() && b[i].is_ascii_alphanumeric() {
                i += 1;
                // a capitalised word glued after a digit or a capital starts a run of its own
                let glued = b[i - 1].is_ascii_digit() || b[i - 1].is_ascii_uppercase();
                let word = b.get(i).is_some_and(u8::is_ascii_uppercase)
                    && b.get(i + 1).is_some_and(u8::is_ascii_lowercase)
                    && (b.get(i + 2).is_some_and(u8::is_ascii_lowercase)
                        || !matches!(b[i + 1], b'l' | b'o')
                            && !b.get(i + 2).is_some_and(u8::is_ascii_alphanumeric));
                if glued && word {
                    break;
                }
            }
            out.push(Run { start: s, end: i, text: text[s..i].to_string() });
        } else {
            i += 1;
        }
    }
    out
}

/// The separators of printed numbers as raw HTML writes them, restated: the references of a
/// no-break space, the thin and narrow ones, the non-breaking hyphen and the characters not
/// shown, and the `<wbr>` element, in any ASCII case.
const MARKUP: &[(&str, Sep)] = &[
    ("&nbsp;", Sep::Space),
    ("&#160;", Sep::Space),
    ("&#xa0;", Sep::Space),
    ("&shy;", Sep::Invisible),
    ("&#173;", Sep::Invisible),
    ("&#xad;", Sep::Invisible),
    ("&zerowidthspace;", Sep::Invisible),
    ("&#8203;", Sep::Invisible),
    ("&#x200b;", Sep::Invisible),
    ("&zwnj;", Sep::Invisible),
    ("&#8204;", Sep::Invisible),
    ("&#x200c;", Sep::Invisible),
    ("&zwj;", Sep::Invisible),
    ("&#8205;", Sep::Invisible),
    ("&#x200d;", Sep::Invisible),
    ("&nobreak;", Sep::Invisible),
    ("&#8288;", Sep::Invisible),
    ("&#x2060;", Sep::Invisible),
    ("&#65279;", Sep::Invisible),
    ("&#xfeff;", Sep::Invisible),
    ("&thinsp;", Sep::Space),
    ("&#8201;", Sep::Space),
    ("&#x2009;", Sep::Space),
    ("&#8239;", Sep::Space),
    ("&#x202f;", Sep::Space),
    ("&#8209;", Sep::Dash),
    ("&#x2011;", Sep::Dash),
    ("<wbr>", Sep::Invisible),
    ("<wbr/>", Sep::Invisible),
    ("<wbr />", Sep::Invisible),
];

/// The entry of [`MARKUP`] that `s` starts with.
fn markup_at(s: &[u8]) -> Option<(&'static str, Sep)> {
    MARKUP
        .iter()
        .copied()
        .find(|(m, _)| s.get(..m.len()).is_some_and(|h| h.eq_ignore_ascii_case(m.as_bytes())))
}

/// The inline elements whose tags, right between two alphanumeric characters, join them as a
/// separator not shown, restated (at most four tags in a row, each of at most 256 bytes, with
/// no `<` inside and its quotes balanced; names in any ASCII case). One tag of a line break,
/// `br`, may be among them: they then join the two as a line break.
const INLINE: &[&str] = &[
    "span", "b", "strong", "i", "em", "u", "s", "small", "mark", "code", "wbr", "font", "big", "tt",
];

/// The length of the tag of [`INLINE`] (or of `br`) `s` starts with, and whether it is `br`.
fn inline_tag(s: &[u8]) -> Option<(usize, bool)> {
    if s.first() != Some(&b'<') {
        return None;
    }
    let close = s.iter().position(|&b| b == b'>')?;
    let inner = &s[1..close];
    if close + 1 > 256 || inner.contains(&b'<') {
        return None;
    }
    let body = inner.strip_prefix(b"/").unwrap_or(inner);
    let name: Vec<u8> = body.iter().copied().take_while(u8::is_ascii_alphanumeric).collect();
    let rest = &body[name.len()..];
    let br = name.eq_ignore_ascii_case(b"br");
    let known = br || INLINE.iter().any(|t| t.as_bytes().eq_ignore_ascii_case(&name));
    let ends = rest.first().is_none_or(|&b| b == b'/' || b.is_ascii_whitespace());
    let even = |q: u8| rest.iter().filter(|&&b| b == q).count() % 2 == 0;
    (known && ends && even(b'"') && even(b'\'')).then_some((close + 1, br))
}

/// The length of the run of tags of [`INLINE`] at `i` (with at most one piece of white space,
/// a space or a line break of the source, among them or beside them, and at most one `br`)
/// when it stands right between two alphanumeric characters, and the separator it reads as:
/// a line break if it holds a `br`, else a space if it holds white space, else one not
/// shown.
fn inline_tags_between(b: &[u8], i: usize) -> Option<(usize, Sep)> {
    if i == 0 || !b[i - 1].is_ascii_alphanumeric() {
        return None;
    }
    let (mut n, mut tags, mut spaces, mut breaks) = (0, 0, 0, 0);
    while let Some(&c) = b.get(i + n) {
        if c == b' ' || c == b'\n' {
            spaces += 1;
            n += 1;
        } else if c == b'\r' && b.get(i + n + 1) == Some(&b'\n') {
            spaces += 1;
            n += 2;
        } else if let Some((len, br)) = inline_tag(&b[i + n..]) {
            tags += 1;
            breaks += usize::from(br);
            n += len;
        } else {
            break;
        }
    }
    let sep = match (breaks, spaces) {
        (1, _) => Sep::Newline,
        (_, 1) => Sep::Space,
        _ => Sep::Invisible,
    };
    let joins = (1..=4).contains(&tags) && spaces <= 1 && breaks <= 1;
    (joins && b.get(i + n).is_some_and(u8::is_ascii_alphanumeric)).then_some((n, sep))
}

/// `s` with every separator written as markup read as a space: the characters a reader sees.
fn without_markup(s: &str) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < s.len() {
        if let Some((m, _)) = markup_at(&s.as_bytes()[i..]) {
            out.push(' ');
            i += m.len();
        } else if let Some((n, _)) = inline_tags_between(s.as_bytes(), i) {
            out.push(' ');
            i += n;
        } else {
            let c = s[i..].chars().next().unwrap();
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

/// Whether run `a` is the application identifier of an SSCC, `(00)`.
fn sscc_ai(text: &str, a: &Run) -> bool {
    a.text == "00" && text[..a.start].ends_with('(') && text[a.end..].starts_with(')')
}

/// The separator between two consecutive runs, if exactly one.
fn joined(text: &str, a: &Run, b: &Run) -> Option<Sep> {
    if sscc_ai(text, a) && matches!(&text[a.end..b.start], ")" | ") ") {
        return Some(Sep::Space);
    }
    let between = &text[a.end..b.start];
    if let Some((n, sep)) = inline_tags_between(text.as_bytes(), a.end) {
        return (n == between.len()).then_some(sep);
    }
    if let Some((m, sep)) = markup_at(between.as_bytes()) {
        return (m.len() == between.len()).then_some(sep);
    }
    match between {
        " " | "\u{a0}" | "\u{2009}" | "\u{202f}" | "\u{3000}" => Some(Sep::Space),
        "\n" | "\r\n" => Some(Sep::Newline),
        "-" | "\u{2010}" | "\u{2011}" => Some(Sep::Dash),
        "." => Some(Sep::Dot),
        "\u{200b}" | "\u{200c}" | "\u{200d}" | "\u{2060}" | "\u{feff}" | "\u{ad}" | "=\n"
        | "=\r\n" | "**" | "****" | "__" | "____" => Some(Sep::Invisible),
        _ => None,
    }
}

/// The separator between run `k` and the next one, if exactly one.
fn joined_after(text: &str, rs: &[Run], k: usize) -> Option<Sep> {
    rs.get(k + 1).and_then(|next| joined(text, &rs[k], next))
}

fn max_len() -> usize {
    Format::ALL.iter().map(|f| f.max_len()).max().unwrap()
}

/// The documented strength table, restated.
fn strength(c: &tracking_number::Candidate, norm: &str) -> Strength {
    let letters = norm.bytes().any(|b| b.is_ascii_uppercase());
    let low = c.confidence() == Confidence::Low;
    if c.evidence() == Evidence::Verified {
        let strong = if letters {
            !low && (c.format() != Format::S10 || c.carrier() != Carrier::Upu)
        } else {
            norm.len() >= 20 && c.confidence() == Confidence::High
        };
        return if strong { Strength::Strong } else { Strength::CheckDigit };
    }
    let lead = norm.bytes().take(3).filter(|b| b.is_ascii_uppercase()).count();
    if low {
        Strength::Guess
    } else if norm.len() >= 13 && lead >= 2 {
        Strength::Strong
    } else {
        Strength::Shape
    }
}

fn luhn(n: &str) -> bool {
    luhn::valid(n)
}

fn is_card(n: &str) -> bool {
    let p = |k: usize| n[..k].parse::<u32>().unwrap();
    let len = n.len();
    if !(13..=19).contains(&len) || !n.bytes().all(|b| b.is_ascii_digit()) || !luhn(n) {
        return false;
    }
    let networks: [(bool, &[usize]); 7] = [
        (n.starts_with('4'), &[13, 16, 19]),
        ((51..=55).contains(&p(2)) || (2221..=2720).contains(&p(4)), &[16]),
        ([34, 37].contains(&p(2)), &[15]),
        (p(4) == 6011 || (644..=649).contains(&p(3)) || p(2) == 65, &[16, 17, 18, 19]),
        ((3528..=3589).contains(&p(4)), &[16, 17, 18, 19]),
        ([30, 36, 38].contains(&p(2)), &[14, 16]),
        (p(2) == 62, &[16, 17, 18, 19]),
    ];
    networks.iter().any(|(prefix, lens)| *prefix && lens.contains(&len))
}

/// Eight digits that read as a date (`YYYYMMDD`, `DDMMYYYY`, `MMDDYYYY`, years 1900–2099).
fn is_date(n: &str) -> bool {
    let p = |a: usize, b: usize| n[a..b].parse::<u32>().unwrap_or(0);
    let leap = |y: u32| y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let valid = |y: u32, m: u32, d: u32| {
        let days = [31, if leap(y) { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
        (1900..=2099).contains(&y) && (1..=12).contains(&m) && d >= 1 && d <= days[m as usize - 1]
    };
    n.len() == 8
        && n.bytes().all(|b| b.is_ascii_digit())
        && (valid(p(0, 4), p(4, 6), p(6, 8))
            || valid(p(4, 8), p(2, 4), p(0, 2))
            || valid(p(4, 8), p(0, 2), p(2, 4)))
}

fn is_ean(n: &str) -> bool {
    (n.len() == 8 || n.len() == 13)
        && n.bytes().all(|b| b.is_ascii_digit())
        && Gs1.verify(n.as_bytes())
}

/// IBAN lengths by country, restated from SWIFT's IBAN Registry.
const IBAN: &str = "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 \
    CZ24 DE22 DJ27 DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 \
    HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 \
    MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 \
    RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30";

fn is_iban(n: &str) -> bool {
    let b = n.as_bytes();
    if b.len() < 15
        || b.len() > 34
        || !b[..2].iter().all(u8::is_ascii_uppercase)
        || !b[2..4].iter().all(u8::is_ascii_digit)
        || !IBAN.split_whitespace().any(|e| e[..2] == n[..2] && e[2..].parse() == Ok(b.len()))
    {
        return false;
    }
    let moved = format!("{}{}", &n[4..], &n[..4]);
    let mut r = 0u64;
    for c in moved.chars() {
        let v = c.to_digit(36).unwrap() as u64;
        r = if v < 10 { (r * 10 + v) % 97 } else { (r * 100 + v) % 97 };
    }
    r == 1
}

fn iban_start(r: &Run) -> bool {
    let b = r.text.as_bytes();
    b.len() == 4
        && b[..2].iter().all(u8::is_ascii_uppercase)
        && b[2..].iter().all(u8::is_ascii_digit)
}

#[derive(Clone, Debug, PartialEq)]
struct Hit {
    start: usize,
    end: usize,
    len: usize,
    strength: Strength,
    number: String,
    /// Whether the reading's check digit verified.
    verified: bool,
}

/// The reference scanner. `eager`: report weak readings (no context needed); otherwise only
/// strong ones (which need no context either).
fn reference(text: &str, eager: bool) -> Vec<(usize, usize, String)> {
    let rs = runs(text);
    // best per anchor (every span whose first run with a digit it is): stronger, then
    // longer; the first one considered on ties
    let mut best: Vec<Hit> = Vec::new();
    for a in (0..rs.len()).filter(|&a| rs[a].digit()) {
        let mut top: Option<Hit> = None;
        for h in anchor_hits(text, &rs, a, eager) {
            if top.as_ref().is_none_or(|t| (h.strength, h.len) > (t.strength, t.len)) {
                top = Some(h);
            }
        }
        best.extend(top);
    }

    // left to right; an overlapping candidate replaces the kept one only if it is better
    let mut out = Vec::new();
    let mut kept: Option<Hit> = None;
    for h in best {
        match &kept {
            Some(k) if h.start < k.end => {
                if (h.strength, h.len) > (k.strength, k.len) {
                    kept = Some(h);
                }
            }
            _ => {
                out.extend(kept.take());
                kept = Some(h);
            }
        }
    }
    out.extend(kept);
    out.into_iter().map(|h| (h.start, h.end, h.number)).collect()
}

/// The runs from `rs[a]` that spans of its anchor may hold: joined one after another, each
/// with a digit or an affix, at most 12, as long together as the longest format.
fn chain(text: &str, rs: &[Run], a: usize, max: usize) -> usize {
    let mut total = rs[a].len();
    let mut n = 1;
    while n < MAX_GROUPS && a + n < rs.len() {
        let r = &rs[a + n];
        let fits = joined(text, &rs[a + n - 1], r).is_some()
            && (r.digit() || r.affix())
            && total + r.len() <= max;
        if !fits {
            break;
        }
        total += r.len();
        n += 1;
    }
    n
}

/// The glued-words rule, restated: text stripped of its tags runs table cells together. If
/// `run` ends with three capitals or more after a digit, where its digits end.
fn caps_tail(run: &Run) -> Option<usize> {
    let t = run.text.as_bytes();
    let caps = t.iter().rev().take_while(|c| c.is_ascii_uppercase()).count();
    (caps >= 3 && caps < t.len() && t[t.len() - caps - 1].is_ascii_digit()).then(|| run.end - caps)
}

/// If `run` is a word of two letters or more, one of them lower case, glued before a digit or
/// a capital that a number with a digit follows, where the number starts.
fn word_before_number(run: &Run) -> Option<usize> {
    let t = run.text.as_bytes();
    let word = t.iter().rposition(u8::is_ascii_lowercase)? + 1;
    let number = &t[word..];
    (word >= 2
        && t[..word].iter().all(u8::is_ascii_alphabetic)
        && number.first().is_some_and(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
        && number.iter().any(u8::is_ascii_digit))
    .then(|| run.start + word)
}

/// The hits of every span whose first run with a digit is `rs[a]`, in the order the scanner
/// considers them. Spans start at the letter prefix (an affix joined before) or at the
/// anchor. The first run of the anchor's chain that ends with a word in capitals
/// ([`caps_tail`]) is also read cut before the word, keeping none, one or two of its letters
/// so that three are left (the span then ends there); an anchor that is a word glued before a
/// number ([`word_before_number`]) is also read from the number, after the spans from the
/// anchor, with the same cuts. No span read so is read again for OCR.
fn anchor_hits(text: &str, rs: &[Run], a: usize, eager: bool) -> Vec<Hit> {
    let b = text.as_bytes();
    let max = max_len();
    let join = |k: usize| joined_after(text, rs, k);
    // a run longer than any number holds none, nor is one read apart from its words
    if rs[a].len() > max {
        return Vec::new();
    }
    let prefixed = a > 0 && join(a - 1).is_some() && rs[a - 1].affix();
    let starts: Vec<usize> = if prefixed { vec![a - 1, a] } else { vec![a] };
    // the run of the chain with a word in capitals, and its cuts (none where the scanner's
    // 48-byte buffer would cut it short)
    let n = chain(text, rs, a, max);
    let plen = if prefixed { rs[a - 1].len() } else { 0 };
    let glued = (a..a + n).find_map(|k| caps_tail(&rs[k]).map(|digits_end| (k, digits_end)));
    let glued = glued.filter(|&(k, _)| plen + rs[a..=k].iter().map(Run::len).sum::<usize>() < 48);
    let with = |rs: &[Run], k: usize, start: usize, end: usize| {
        let mut v = rs.to_vec();
        v[k] = Run { start, end, text: text[start..end].to_string() };
        v
    };
    let cuts = |rs: &[Run]| -> Vec<Vec<Run>> {
        let Some((k, digits_end)) = glued else { return Vec::new() };
        let (start, whole_end) = (rs[k].start, rs[k].end);
        (0..=2)
            .map(|keep| digits_end + keep)
            .take_while(|&end| whole_end - end >= 3 && end > start)
            .map(|end| with(rs, k, start, end))
            .collect()
    };
    let in_iban = |rs: &[Run], i: usize| {
        let mut k = i;
        for _ in 0..9 {
            if rs[k].len() != 4 {
                return false;
            }
            if iban_start(&rs[k]) {
                return true;
            }
            if k > 0 && joined(text, &rs[k - 1], &rs[k]) == Some(Sep::Space) {
                k -= 1;
            } else {
                return false;
            }
        }
        false
    };
    let norm_of =
        |group: &[Run]| -> String { group.iter().map(|r| r.text.to_ascii_uppercase()).collect() };
    let mut hits = Vec::new();
    for &i in &starts {
        // inside an IBAN printed in groups of four
        if in_iban(rs, i) {
            continue;
        }
        for j in a..rs.len().min(a + MAX_GROUPS) {
            if j > a && join(j - 1).is_none() {
                break;
            }
            let group = &rs[i..=j];
            if !group[group.len() - 1].digit() && !group[group.len() - 1].affix() {
                break;
            }
            let norm = norm_of(group);
            // cut before a word in capitals glued after it (shorter: read even where the
            // whole run makes the span too long)
            let mut cut_hits = Vec::new();
            if glued.is_some_and(|(k, _)| k == j) {
                for cut in cuts(rs) {
                    let norm = norm_of(&cut[i..=j]);
                    if norm.len() <= max {
                        cut_hits.extend(judge(text, b, &cut, i, j, false, &norm, eager));
                    }
                }
            }
            if norm.len() > max {
                hits.extend(cut_hits);
                break;
            }
            if let Some(h) = judge(text, b, rs, i, j, false, &norm, eager) {
                hits.push(h);
            }
            hits.extend(cut_hits);
            // OCR output: read again with letters taken for digits, if its check digit
            // then verifies
            if let Some(fixed) = (i == a).then(|| ocr_repaired(group)).flatten() {
                let h = judge(text, b, rs, i, j, true, &fixed, eager);
                hits.extend(h.filter(|h| h.strength >= Strength::CheckDigit && h.verified));
            }
            // and among other letters, if it then has a strong reading with its check digit
            // (a letter prefix must keep a letter)
            let prefix_kept = i == a
                || ocr_mixed(&rs[i..=i]).is_none_or(|p| p.bytes().any(|b| b.is_ascii_uppercase()));
            if let Some(fixed) = ocr_mixed(group).filter(|_| prefix_kept) {
                let h = judge(text, b, rs, i, j, true, &fixed, eager);
                hits.extend(h.filter(|h| h.strength == Strength::Strong && h.verified));
            }
        }
    }
    // from the number after a word glued before it, the anchor's spans without the word
    if let Some(start) = word_before_number(&rs[a]) {
        let shifted = with(rs, a, start, rs[a].end);
        if !in_iban(&shifted, a) {
            for j in a..a + n {
                let norm = norm_of(&shifted[a..=j]);
                hits.extend(judge(text, b, &shifted, a, j, false, &norm, eager));
                if glued.is_some_and(|(k, _)| k == j) {
                    for cut in cuts(&shifted) {
                        let norm = norm_of(&cut[a..=j]);
                        hits.extend(judge(text, b, &cut, a, j, false, &norm, eager));
                    }
                }
            }
        }
    }
    hits
}

#[allow(clippy::too_many_arguments)]
fn judge(
    text: &str,
    b: &[u8],
    rs: &[Run],
    i: usize,
    j: usize,
    repaired: bool,
    norm: &str,
    eager: bool,
) -> Option<Hit> {
    let max = max_len();
    let join = |k: usize| joined_after(text, rs, k);
    let group = &rs[i..=j];
    let numeric = norm.bytes().all(|c| c.is_ascii_digit());
    if numeric {
        // the groups a reader sees: runs joined by a separator not shown read as one
        let mut lens: Vec<usize> = vec![group[0].len()];
        for k in i..j {
            let len = rs[k + 1].len();
            match join(k) {
                Some(Sep::Invisible) => *lens.last_mut().unwrap() += len,
                _ => lens.push(len),
            }
        }
        let multi = lens.len() > 1;
        let before = if i > 0 { join(i - 1).map(|s| (s, &rs[i - 1])) } else { None };
        let after = join(j).map(|s| (s, &rs[j + 1]));
        // a neighbour on another line than a span printed on one line is another number
        let one_line = (i..j).all(|k| join(k) != Some(Sep::Newline));
        // the characters of the runs on the neighbour's line, joined by other separators
        let min_len = Format::ALL.iter().map(|f| f.min_len()).min().unwrap_or(0);
        let line_len = |side_after: bool| {
            let mut total = 0;
            if side_after {
                let mut k = j + 1;
                total += rs[k].len();
                while k + 1 < rs.len() && !matches!(join(k), None | Some(Sep::Newline)) {
                    k += 1;
                    total += rs[k].len();
                }
            } else {
                let mut k = i - 1;
                total += rs[k].len();
                while k > 0 && !matches!(join(k - 1), None | Some(Sep::Newline)) {
                    k -= 1;
                    total += rs[k].len();
                }
            }
            total
        };
        for (side_after, (sep, r)) in
            [(false, before), (true, after)].into_iter().filter_map(|(a, n)| Some((a, n?)))
        {
            // (unless the span is printed in blocks of one length and that line is too short
            // to hold a number: the rest of this one, wrapped)
            let in_blocks = multi && lens.windows(2).all(|w| w[0] == w[1]);
            if sep == Sep::Newline && one_line && (!in_blocks || line_len(side_after) >= min_len) {
                continue;
            }
            if (r.digit() || r.len() > max) && (multi || !matches!(sep, Sep::Space | Sep::Newline))
            {
                if multi && sep == Sep::Space && sibling(text, rs, i, j, norm, side_after) {
                    continue;
                }
                return None;
            }
        }
        // several lines printed alike (each line's run lengths the same), each of a
        // possible length: a list, one number a line
        if !one_line {
            let mut lines: Vec<Vec<usize>> = vec![vec![group[0].len()]];
            for k in i..j {
                if join(k) == Some(Sep::Newline) {
                    lines.push(Vec::new());
                }
                lines.last_mut().unwrap().push(rs[k + 1].len());
            }
            let first = &lines[0];
            let possible =
                |n: usize| Format::ALL.iter().any(|f| (f.min_len()..=f.max_len()).contains(&n));
            if lines.iter().all(|l| l == first) && possible(first.iter().sum()) {
                return None;
            }
        }
        let plus = |at: usize| at > 0 && b[at - 1] == b'+';
        if plus(group[0].start) || before.is_some_and(|(_, r)| r.digit() && plus(r.start)) {
            return None;
        }
        if multi && norm.len() < 20 {
            let last = lens.len() - 1;
            let blocks = lens[0] <= 4 && lens[last] <= 4 && lens[1..last].iter().all(|&l| l == 4);
            if !blocks && lens != [3, 2, 5, 1] {
                return None;
            }
        }
        if placeholder(norm) {
            return None;
        }
        if is_card(norm) || is_ean(norm) || is_date(norm) {
            return None;
        }
    } else if is_iban(norm) {
        return None;
    }
    // a span read with letters taken for digits is read as its verified readings only
    let (strength, number, verified) = top_reading(norm, repaired)?;
    if !eager && strength < Strength::Strong {
        return None;
    }
    Some(Hit {
        start: group[0].start - usize::from(sscc_ai(text, &group[0])),
        end: group[group.len() - 1].end,
        len: norm.len(),
        strength,
        number,
        verified,
    })
}

/// One digit repeated, or 8 digits or more counting up or down: a placeholder.
fn placeholder(norm: &str) -> bool {
    let steps: Vec<u8> = norm.as_bytes().windows(2).map(|w| (w[1] + 10 - w[0]) % 10).collect();
    let steady = steps.iter().all(|&s| Some(&s) == steps.first());
    let counting = norm.len() >= 8 && matches!(steps.first(), Some(1 | 9));
    steady && (steps.first().is_none_or(|&s| s == 0) || counting)
}

/// The format of the first reading `detect` ranks (check digit not contradicted).
fn first_format(norm: &str) -> Option<Format> {
    detect(norm)
        .find(|c| !matches!(c.evidence(), Evidence::Mismatch { .. }) && c.number().is_some())
        .map(|c| c.format())
}

/// The strongest reading of `norm` and its number.
fn top_reading(norm: &str, verified_only: bool) -> Option<(Strength, String, bool)> {
    let mut top: Option<(Strength, String, bool)> = None;
    for c in detect(norm) {
        let Some(n) = c.number() else { continue };
        if verified_only && c.evidence() != Evidence::Verified {
            continue;
        }
        let s = strength(&c, norm);
        if top.as_ref().is_none_or(|t| s > t.0) {
            top = Some((s, n.to_string(), c.evidence() == Evidence::Verified));
        }
    }
    top
}

/// The sibling rule, restated: the runs on one side of the span `rs[i..=j]` (after it if
/// `after`) are as many as its runs, joined to it by one space, of its run lengths in
/// order, digits only, joined among themselves as its runs are, no placeholder, read with a
/// verified check digit and first read in the format the span (as read: `norm`, OCR letters
/// taken for digits) is first read in. A span with a separator not shown inside has none.
fn sibling(text: &str, rs: &[Run], i: usize, j: usize, norm: &str, after: bool) -> bool {
    let join = |a: usize| if a + 1 < rs.len() { joined(text, &rs[a], &rs[a + 1]) } else { None };
    let k = j - i + 1;
    if (i..j).any(|a| join(a) == Some(Sep::Invisible)) {
        return false;
    }
    let lo = if after {
        j + 1
    } else if i >= k {
        i - k
    } else {
        return false;
    };
    if lo + k > rs.len() {
        return false;
    }
    let link = if after { join(j) } else { join(i - 1) };
    if link != Some(Sep::Space) {
        return false;
    }
    for m in 0..k {
        let r = &rs[lo + m];
        if r.len() != rs[i + m].len() || !r.text.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        if m > 0 && join(lo + m - 1) != join(i + m - 1) {
            return false;
        }
    }
    let digits: String = rs[lo..lo + k].iter().map(|r| r.text.as_str()).collect();
    !placeholder(&digits)
        && top_reading(&digits, false).is_some_and(|(s, ..)| s >= Strength::CheckDigit)
        && first_format(&digits).is_some_and(|f| first_format(norm) == Some(f))
}

fn fast(text: &str, eager: bool) -> Vec<(usize, usize, String)> {
    let s = if eager {
        Scanner::builder().eager(true).build().unwrap()
    } else {
        Scanner::builder().min_strength(Strength::Strong).build().unwrap()
    };
    s.find_iter(text).map(|m| (m.start(), m.end(), m.number().unwrap().to_string())).collect()
}

/// `s` with the 0s and 1s at the positions `at` (taken modulo the length) read as OCR might:
/// `O`, `I` or `l`.
fn ocr_misread(s: &str, at: &[usize]) -> String {
    let mut b = s.as_bytes().to_vec();
    for (k, &i) in at.iter().enumerate() {
        let i = i % b.len().max(1);
        match b.get(i) {
            Some(b'0') => b[i] = b'O',
            Some(b'1') => b[i] = if k % 2 == 0 { b'I' } else { b'l' },
            Some(b'5') => b[i] = b'S',
            Some(b'8') => b[i] = b'B',
            Some(b'2') => b[i] = b'Z',
            _ => {}
        }
    }
    String::from_utf8(b).unwrap()
}

/// Digits OCR may read as letters: the span's text with them as digits, when it is digits and
/// at most two such letters, at least one (the scanner's repaired reading). Among digits `S`,
/// `B` and `Z` are 5, 8 and 2 too.
fn ocr_repaired(group: &[Run]) -> Option<String> {
    let text: String = group.iter().map(|r| r.text.as_str()).collect();
    let letters = text.bytes().filter(|b| b"OoIlSBZ".contains(b)).count();
    // (`S`, `B` and `Z` open no repaired span: a letter prefix)
    let ok = text.bytes().all(|b| b.is_ascii_digit() || b"OoIlSBZ".contains(&b))
        && !text.starts_with(['S', 'B', 'Z']);
    (ok && (1..=2).contains(&letters)).then(|| {
        text.bytes()
            .map(|b| match b {
                b'O' | b'o' => '0',
                b'I' | b'l' => '1',
                b'S' => '5',
                b'B' => '8',
                b'Z' => '2',
                _ => b as char,
            })
            .collect()
    })
}

/// Digits OCR may read as letters among other letters: the span's text upper-cased with them
/// as digits, when it holds one or two such letters (the scanner's reading of mixed groups).
fn ocr_mixed(group: &[Run]) -> Option<String> {
    let text: String = group.iter().map(|r| r.text.as_str()).collect();
    let letters = text.bytes().filter(|b| b"OoIl".contains(b)).count();
    // lower-case letters but `l` make a word
    let word = text.bytes().any(|b| b.is_ascii_lowercase() && b != b'l');
    (!word && (1..=2).contains(&letters)).then(|| {
        text.bytes()
            .map(|b| match b {
                b'O' | b'o' => '0',
                b'I' | b'l' => '1',
                _ => b.to_ascii_uppercase() as char,
            })
            .collect()
    })
}

/// Random text mixing numbers in printed forms, separators, affixes and junk.
/// Whether `word` is a carrier's name as the scanner looks for them near a number (one word,
/// any case), or a label or context word that lets a weak reading after it through. The
/// reference models neither (a name near a weak reading chooses among the carriers that
/// read it), so the texts have none.
fn context_word(word: &str) -> bool {
    carrier_name(word) || Scanner::new().is_match(&format!("{word} 986578788855"))
}

/// Whether `run` opens with a label or a carrier's name glued to digits (after digits, for a
/// name: "3UPS1Z…"), which the scanner reads as the start of a number. The reference models
/// neither (see [`context_word`]), so the texts have none.
fn glued(run: &str) -> bool {
    let letters = run.trim_start_matches(|c: char| c.is_ascii_digit());
    let word: String = letters.chars().take_while(char::is_ascii_alphabetic).collect();
    word.len() < letters.len()
        && (1..=word.len())
            .any(|n| context_word(&word[..n]) || word[..n].to_ascii_lowercase().ends_with("nummer"))
}

fn carrier_name(word: &str) -> bool {
    const NAMES: &str = "ups fedex usps dhl dpd gls hermes myhermes evri parcelforce yodel \
        postnl colissimo chronopost correos brt bartolini inpost paczkomat ctt correios postnord \
        posten yamato sagawa cainiao yunexpress purolator canpar auspost startrack ontrac \
        lasership aramex tnt packeta omniva bpost estafeta delhivery bluedart yanwen cdek \
        ukrposhta speedx uniuni xpo yrc gofo sda posti";
    NAMES.split_whitespace().any(|n| n.eq_ignore_ascii_case(word))
}

/// An SSCC printed with its application identifier, as under a GS1-128 barcode, and the
/// identifier alone.
const SSCC_PRINTED: &[&str] =
    &["(00)", "(00) 340433836442636597", "(00) 3 4043383 644263659 7", "(00)340433836442636597"];

/// Every format's example, as the registry gives it and in its printed grouping.
fn examples_as_printed() -> Vec<String> {
    Format::ALL
        .iter()
        .flat_map(|f| {
            let e = f.example().to_string();
            let grouped = detect(&e)
                .find_map(|c| c.number())
                .map(|n| n.grouped().to_string())
                .unwrap_or_else(|| e.clone());
            [e, grouped]
        })
        .collect()
}

fn text_strategy() -> impl Strategy<Value = String> {
    let examples = examples_as_printed();
    let example = prop::sample::select(examples.clone());
    let sep = prop::sample::select(vec![
        " ",
        " ",
        " ",
        "  ",
        "-",
        ".",
        "\n",
        "\r\n",
        "\u{a0}",
        "\u{202f}",
        "\u{2011}",
        "**",
        "****",
        "*",
        "***",
        "__",
        "\u{2013}",
        "\u{3000}",
        ", ",
        "+",
        "(",
        ")",
        "/",
        "=",
        "é",
        "\u{200b}",
        "\u{ad}",
        "\u{feff}",
        "\u{200e}",
        "=\n",
        "=\r\n",
        "&nbsp;",
        "&amp;",
        "&#8203;",
        "&#8239;",
        "&thinsp;",
        "&#X200B;",
        "&shy;",
        "&#160;",
        "<wbr>",
        "<WBR/>",
        "&#8203",
        "<wbr",
        "</span><span>",
        "<b>",
        "</B>",
        "<span style=\"x\">",
        "</td><td>",
        "<i></i><em><u>",
        "<b><b><b><b><b>",
        "<span title='>",
        "<bdi>",
        " <b>",
        "</b> ",
        "</b> <b>",
        " </b> ",
        "<b> <i>  ",
        "<br>",
        "<BR />",
        "</br>",
        "<br>\n",
        "\n<br>",
        "<br>\r\n",
        "</b><br><b>",
        "<br><br>",
        "</p><p>",
        "</b>\n",
        "\n<b>",
        "\n\n<b>",
    ]);
    // an example as OCR may read it: some of its 0s and 1s read as letters
    let ocr = (prop::sample::select(examples), proptest::collection::vec(0usize..40, 1..4))
        .prop_map(|(e, at)| ocr_misread(&e, &at));
    let piece = prop_oneof![
        3 => example.prop_map(|s| s.to_string()),
        2 => ocr,
        2 => "[0-9]{1,14}",
        1 => "[0-9]{4}",
        2 => "[0-9]{1,5}([ -][0-9]{3,5}){1,4}[ -][0-9]{1,5}",
        1 => "[0-9]{3}-[0-9]{2}-[0-9]{5}-[0-9]",
        // runs of short groups (spaced-out digits, numbers printed alike in a line)
        1 => "([0-9]{1,2} ){3,16}[0-9]{1,2}",
        1 => "([0-9]{1,4}[ .-]){6,14}[0-9]{1,4}",
        1 => "[A-Z]{2}[0-9]{2}( [0-9A-Z]{4}){2,5}"
            .prop_filter("no glued name", |p: &String| !p.split(' ').any(glued)),
        1 => "[A-Z]{1,4}".prop_filter("no context word", |w| !context_word(w)),
        1 => "[a-z]{1,7}".prop_filter("no context word", |w| !context_word(w)),
        1 => "[A-Z0-9]{2,20}".prop_filter("no context word", |w| !context_word(w) && !glued(w)),
        1 => Just("1Z".to_string()),
        1 => Just("TBA".to_string()),
        1 => prop::sample::select(SSCC_PRINTED).prop_map(String::from),
    ];
    prop::collection::vec((piece, sep), 0..24)
        .prop_map(|v| v.into_iter().map(|(p, s)| format!("{p}{s}")).collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(768))]

    #[test]
    fn eager_scanner_agrees_with_the_reference(text in text_strategy()) {
        prop_assert_eq!(fast(&text, true), reference(&text, true), "{:?}", text);
    }

    #[test]
    fn strong_only_scanner_agrees_with_the_reference(text in text_strategy()) {
        prop_assert_eq!(fast(&text, false), reference(&text, false), "{:?}", text);
    }

    /// With no carrier named, a match is read as the default answer reads its number, when
    /// there is one (a repaired span: as the repaired number reads, among its readings whose
    /// check digit verified).
    #[test]
    fn readings_are_the_default_answer(text in text_strategy()) {
        let eager = Scanner::builder().eager(true).build().unwrap();
        for m in eager.find_iter(&text) {
            let n = m.number().unwrap();
            let printed: String =
                without_markup(m.as_str()).chars().filter(char::is_ascii_alphanumeric).collect();
            if !printed.eq_ignore_ascii_case(n.as_str()) {
                let verified: Vec<_> =
                    detect(n.as_str()).filter(|c| c.evidence() == Evidence::Verified).collect();
                let answer = verified
                    .iter()
                    .find(|c| c.confidence() != Confidence::Low)
                    .or(verified.first());
                prop_assert_eq!(Some(n.format()), answer.map(|c| c.format()), "{:?}", m.as_str());
            } else if let Ok(answer) = tracking_number::TrackingNumber::parse(n.as_str()) {
                prop_assert_eq!(n.format(), answer.format(), "{:?} in {:?}", m.as_str(), text);
            }
        }
    }
}

#[test]
fn reference_sanity() {
    assert_eq!(
        reference("see 1Z999AA10123456784 today", false),
        [(4, 22, "1Z999AA10123456784".to_string())]
    );
    assert_eq!(reference("EA 123 456 785 US", false), [(0, 17, "EA123456785US".to_string())]);
    assert!(reference("986578788855", false).is_empty());
    assert_eq!(reference("986578788855", true).len(), 1);
    assert!(reference("+44 20 7946 0958", true).is_empty());
}

/// The scanner and the reference agree on `text`, eager or not.
#[track_caller]
fn assert_agree(text: &str) {
    for eager in [true, false] {
        assert_eq!(fast(text, eager), reference(text, eager), "{text:?} eager={eager}");
    }
}

#[test]
fn handpicked_texts_agree() {
    for text in [
        "EA 123 456 785 US 1Z999AA10123456784",
        "LX 1Z999AA10123456784",
        "1Z ZPM 2FV 91 7210 8301 and 9400 1112 0620 6406 2607 87",
        "GB82 WEST 1234 5698 7654 32",
        "33 1881 0025 12",
        "0998 0000 0200 33 F",
        "TBA 0000 0000 0000 TBA000000000000",
        "1 00192133425000 10003 00 779017972697",
        "9400 1112 O620 6406 2607 87 and 94001112O620640626O787",
        "0034O433836442636597 RB 123 456 785 GB lOl 1O1",
        "1Z999AA1\u{200b}0123456784 9400\u{ad}1112\u{ad}0620\u{ad}6406\u{ad}2607\u{ad}87",
        "3318810025\u{200b}12 EA\u{2060}123456785\u{feff}US",
        "9400 1118 9922 3100 0123 48 9400 1118 9922 3100 0123 55",
        "7749 8563 2143 7749 8563 2154 7749 8563 2143 1234",
        "4111 1111 1111 1111 7749 8563 2143",
        "33 1881 0025 33 1881 0025",
    ] {
        assert_agree(text);
    }
}

#[test]
fn numbers_with_glued_words_agree() {
    // (table cells run together: the number, then a word in capitals; a word before it)
    for (text, want) in [
        ("9400111201080805483016SHIPPED", "9400111201080805483016"),
        ("RB123456785GBROYAL MAIL", "RB123456785GB"),
        ("Delivery By9405 5453 3314 7893 2880 49BLUE APRON", "9405545333147893288049"),
        ("order1Z999AA10123456784WED", "1Z999AA10123456784"),
        ("deliveryRB123456785GB", "RB123456785GB"),
    ] {
        assert_agree(text);
        for eager in [true, false] {
            let found: Vec<_> = fast(text, eager).into_iter().map(|f| f.2).collect();
            assert_eq!(found, [want], "{text:?} eager={eager}");
        }
    }
    // a number's own letters stay: a match of the whole run is never cut; a span too long
    // with the whole run is read cut (with its letter prefix)
    for text in [
        "1Z999AA10123456784",
        "RB123456785GB",
        "EA 123 456 785 US",
        "MI 123456 ABCD1234567890A aXHAX4HDAAAAAAAAA ",
    ] {
        assert_agree(text);
    }
}

/// Long sequences of short digit groups joined by single separators, with letter groups and
/// whole numbers among them: the scanner skips digit groups that cannot start a span, and
/// must not skip one that a later letter group or number could still complete.
fn joined_groups_strategy() -> impl Strategy<Value = String> {
    let examples: Vec<String> = Format::ALL.iter().map(|f| f.example().to_string()).collect();
    let piece = prop_oneof![
        8 => "[0-9]{1,7}",
        2 => "[0-9]{4}",
        1 => "[A-Z]{1,4}".prop_filter("no context word", |w| !context_word(w)),
        1 => "[a-z]{1,5}".prop_filter("no context word", |w| !context_word(w)),
        1 => "[0-9][A-Z][0-9]{1,3}",
        1 => "[A-Z]{3,8}[0-9]{1,3}".prop_filter("no glued label", |w| !glued(w)),
        1 => "[a-z]{1,3}[0-9]{1,2}".prop_filter("no glued label", |w| !glued(w)),
        1 => "[A-Z]{5,7}|[A-Z][a-z]{2,6}".prop_filter("no context word", |w| !context_word(w)),
        1 => prop::sample::select(examples),
        1 => "[0-9]{8,20}",
    ];
    let sep = prop::sample::select(vec![
        " ", " ", "-", ".", "\n", "\r\n", "\u{a0}", "  ", ", ", ":", "(", "\u{200b}", "\u{2060}",
        "=\n", "=\r\n",
    ]);
    prop::collection::vec((piece, sep), 0..40)
        .prop_map(|v| v.into_iter().map(|(p, s)| format!("{p}{s}")).collect())
}

/// Numbers printed in their grouping one after another on a line (siblings), among digit
/// groups of the same shapes that read as nothing: the neighbour rule lets a number next to
/// its sibling through, and the scanner's shortcuts must not skip the second one.
fn sibling_strategy() -> impl Strategy<Value = String> {
    let grouped: Vec<String> = Format::ALL
        .iter()
        .filter_map(|f| {
            let e = f.example();
            let n = detect(e).find_map(|c| c.number())?;
            let g = n.grouped().to_string();
            (e.bytes().all(|b| b.is_ascii_digit()) && g.contains(' ')).then_some(g)
        })
        .collect();
    let piece = prop_oneof![
        6 => prop::sample::select(grouped),
        2 => "[0-9]{4}( [0-9]{4}){1,5}( [0-9]{1,3})?",
        1 => "[0-9]{1,4}",
        1 => "[0-9]{2}( [0-9]{3,4}){1,3}",
        1 => Just("and".to_string()),
    ];
    let sep = prop::sample::select(vec![" ", " ", " ", " ", "\n", ", ", "  ", "-", "\u{200b}"]);
    prop::collection::vec((piece, sep), 1..8)
        .prop_map(|v| v.into_iter().map(|(p, s)| format!("{p}{s}")).collect())
}

/// Numbers with words glued to them, as text stripped of its tags runs table cells together:
/// a word in capitals after the number (or after its last group), a word with a lower-case
/// letter before it, among digit groups and words.
fn glued_words_strategy() -> impl Strategy<Value = String> {
    let examples = examples_as_printed();
    let example = prop::sample::select(examples);
    let caps = "[A-Z]{1,8}".prop_filter("no context word", |w| !context_word(w));
    let lower = "[a-z]{1,4}|[A-Z][a-z]{1,5}".prop_filter("no context word", |w| !context_word(w));
    let piece = prop_oneof![
        3 => (example.clone(), caps.clone()).prop_map(|(e, w)| format!("{e}{w}")),
        2 => (lower.clone(), example.clone())
            .prop_map(|(w, e)| format!("{w}{e}"))
            .prop_filter("no glued label or name", |p| !glued(p)),
        2 => (lower, example, caps.clone())
            .prop_map(|(a, e, b)| format!("{a}{e}{b}"))
            .prop_filter("no glued label or name", |p| !glued(p)),
        2 => ("[0-9]{4,22}", caps).prop_map(|(d, w)| format!("{d}{w}")),
        1 => "[0-9]{1,5}( [0-9]{2,5}){0,4}",
        1 => "[A-Z]{1,4}".prop_filter("no context word", |w| !context_word(w)),
        1 => "[a-z]{1,6}".prop_filter("no context word", |w| !context_word(w)),
    ];
    let sep = prop::sample::select(vec![" ", " ", " ", "\n", "-", "\u{a0}", "\u{200b}", ", "]);
    prop::collection::vec((piece, sep), 1..10)
        .prop_map(|v| v.into_iter().map(|(p, s)| format!("{p}{s}")).collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn glued_words_agree_with_the_reference(text in glued_words_strategy()) {
        prop_assert_eq!(fast(&text, true), reference(&text, true), "{:?}", text);
        prop_assert_eq!(fast(&text, false), reference(&text, false), "{:?}", text);
    }

    #[test]
    fn siblings_agree_with_the_reference(text in sibling_strategy()) {
        prop_assert_eq!(fast(&text, true), reference(&text, true), "{:?}", text);
        prop_assert_eq!(fast(&text, false), reference(&text, false), "{:?}", text);
    }

    #[test]
    fn long_joined_digit_sequences_agree_with_the_reference(text in joined_groups_strategy()) {
        prop_assert_eq!(fast(&text, true), reference(&text, true), "{:?}", text);
        prop_assert_eq!(fast(&text, false), reference(&text, false), "{:?}", text);
    }
}

#[test]
fn digit_sequences_next_to_letters_agree() {
    for text in [
        "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 EA 123 456 785 US",
        "1 2 3 4 5 6 7 8 9 10 11 12 13 14 1Z999AA10123456784",
        "5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 RB123456785GB",
        "12 34 56 78 90 12 34 56 78 90 12 34 56 78 0998 0000 0200 33 F",
        "2024-01-15 10 3318810025",
        "000-00-00000-0 AAAAA00 ",
        "1234 1234 1234 1234 1234 1234 1234 1234 1234 1234 1234 1234 1234 1234 9400 1112 0620 6406 2607 87",
    ] {
        assert_agree(text);
    }
}
