//! The notification-mail fixtures (`tests/fixtures/mail`): loading, the HTML-to-text views a
//! caller may hand the scanner, and recall/precision scoring. Shared by `tests/mail.rs` and
//! `benches/mail.rs`.
//!
//! Each mail has a `.txt` part (its `text/plain` alternative) and an `.html` part; `truth.tsv`
//! lists the tracking numbers of each mail with their carrier. Mails under `other/` have none.

#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use tracking_number::scan::Scanner;
use tracking_number::Carrier;

/// One fixture mail.
pub struct Mail {
    /// `tracking/001-ups-en` or `other/…`.
    pub name: String,
    pub text: String,
    pub html: String,
    /// Tracking number → carrier.
    pub truth: BTreeMap<String, Carrier>,
}

pub fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mail")
}

/// Every mail, in file order: the composed set, then the batch written by hand
/// (`written/`, made after the scanner was tuned on the composed set, to check that it
/// generalises).
pub fn load() -> Vec<Mail> {
    let mut mails = load_from(&dir(), "");
    mails.extend(load_from(&dir().join("written"), "written/"));
    mails
}

fn load_from(root: &Path, prefix: &str) -> Vec<Mail> {
    let mut truth: BTreeMap<String, BTreeMap<String, Carrier>> = BTreeMap::new();
    for line in fs::read_to_string(root.join("truth.tsv")).expect("truth.tsv").lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut f = line.split('\t');
        let (Some(name), Some(number), Some(carrier)) = (f.next(), f.next(), f.next()) else {
            panic!("bad truth line {line:?}");
        };
        let carrier: Carrier = carrier.parse().unwrap_or_else(|e| panic!("{line:?}: {e}"));
        truth.entry(name.to_string()).or_default().insert(number.to_string(), carrier);
    }
    let mut mails = Vec::new();
    for sub in ["tracking", "other"] {
        let mut names: Vec<String> = fs::read_dir(root.join(sub))
            .expect("fixture dir")
            .filter_map(|e| e.ok())
            .filter_map(|e| {
                e.file_name().to_str().and_then(|n| n.strip_suffix(".txt")).map(String::from)
            })
            .collect();
        names.sort();
        for n in names {
            let name = format!("{sub}/{n}");
            let read =
                |ext: &str| fs::read_to_string(root.join(format!("{name}.{ext}"))).expect("part");
            mails.push(Mail {
                text: read("txt"),
                html: read("html"),
                truth: truth.remove(&name).unwrap_or_default(),
                name: format!("{prefix}{name}"),
            });
        }
    }
    assert!(truth.is_empty(), "truth for missing mails: {:?}", truth.keys());
    mails
}

/// How an HTML part is turned into text by a caller that does not use the scanner's HTML mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Strip {
    /// Every tag is a line break (a DOM's text nodes joined by newlines).
    TagsAsLines,
    /// Block tags are line breaks, table cells are ` | `, inline tags nothing (the way
    /// HTML-to-text converters lay out mails).
    Layout,
    /// Every tag is nothing (a DOM's text nodes joined with no separator, as the text
    /// accessors of common HTML libraries give it by default, or a regular expression that
    /// deletes tags): the cells of a table row run together ("Tracking number1Z…").
    Glued,
    /// As [`Strip::Layout`], each cell on a line of its own padded with spaces to the width
    /// of the table (the way converters that lay tables out in columns print them).
    Columns,
}

/// `html` stripped to text the way `how` says: comments, `<script>`, `<style>`, `<title>` and
/// `<head>` dropped, entities decoded, runs of spaces collapsed.
pub fn strip(html: &str, how: Strip) -> String {
    let lower = html.to_ascii_lowercase();
    let b = html.as_bytes();
    let mut out = String::new();
    let mut i = 0;
    while i < b.len() {
        if lower[i..].starts_with("<!--") {
            i = lower[i..].find("-->").map_or(b.len(), |e| i + e + 3);
            continue;
        }
        let skipped = ["script", "style", "title", "head"].iter().find(|t| {
            lower[i..].starts_with(&format!("<{t}"))
                && !lower[i + 1 + t.len()..].starts_with(|c: char| c.is_ascii_alphanumeric())
        });
        if let Some(t) = skipped {
            let close = format!("</{t}");
            i = lower[i..].find(&close).map_or(b.len(), |e| i + e);
            i = lower[i..].find('>').map_or(b.len(), |e| i + e + 1);
            continue;
        }
        if b[i] == b'<'
            && b.get(i + 1).is_some_and(|c| c.is_ascii_alphabetic() || *c == b'/' || *c == b'!')
        {
            let end = lower[i..].find('>').map_or(b.len(), |e| i + e + 1);
            let name: String = lower[i + 1..end]
                .trim_start_matches('/')
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            out.push_str(match how {
                Strip::TagsAsLines => "\n",
                Strip::Glued => "",
                Strip::Columns => match name.as_str() {
                    "td" | "th" | "p" | "div" | "br" | "tr" | "li" | "h1" | "h2" | "h3" | "h4"
                    | "table" | "blockquote" => COLUMN_BREAK,
                    _ => "",
                },
                Strip::Layout => match name.as_str() {
                    "td" | "th" if !lower[i + 1..].starts_with('/') => " | ",
                    "p" | "div" | "br" | "tr" | "li" | "h1" | "h2" | "h3" | "h4" | "table"
                    | "blockquote" => "\n",
                    _ => "",
                },
            });
            i = end;
            continue;
        }
        if b[i] == b'&' {
            if let Some((c, n)) = entity(&html[i..]) {
                out.push_str(&c);
                i += n;
                continue;
            }
        }
        let c = html[i..].chars().next().unwrap_or(' ');
        out.push(c);
        i += c.len_utf8();
    }
    if how == Strip::Columns {
        return columns(&out);
    }
    // collapse spaces and tabs, drop blank-only lines' spaces, at most two line breaks
    let mut text = String::new();
    for line in out.lines() {
        let words: Vec<&str> = line.split([' ', '\t', '\r']).filter(|w| !w.is_empty()).collect();
        let line = words.join(" ");
        if line.is_empty() && text.ends_with("\n\n") {
            continue;
        }
        text.push_str(&line);
        text.push('\n');
    }
    text
}

/// Where [`Strip::Columns`] starts a new padded line.
const COLUMN_BREAK: &str = "\u{1}";

/// The cells of `out` (split at [`COLUMN_BREAK`]s and line breaks), spaces collapsed, each
/// on a line padded with spaces to 160 columns; a run of empty cells is one blank padded
/// line.
fn columns(out: &str) -> String {
    let mut text = String::new();
    let mut blank = false;
    for cell in out.split([COLUMN_BREAK.chars().next().unwrap_or('\u{1}'), '\n']) {
        let words: Vec<&str> = cell.split([' ', '\t', '\r']).filter(|w| !w.is_empty()).collect();
        let line = words.join(" ");
        if line.is_empty() && blank {
            continue;
        }
        blank = line.is_empty();
        let pad = 160usize.saturating_sub(line.chars().count());
        text.push_str(&line);
        text.push_str(&" ".repeat(pad));
        text.push('\n');
    }
    text
}

/// A character reference: the characters it stands for and its length.
fn entity(s: &str) -> Option<(String, usize)> {
    let end = s.find(';').filter(|&e| e < 12)?;
    let name = &s[1..end];
    let c = if let Some(num) = name.strip_prefix('#') {
        let v = match num.strip_prefix(['x', 'X']) {
            Some(h) => u32::from_str_radix(h, 16).ok()?,
            None => num.parse().ok()?,
        };
        char::from_u32(v)?
    } else {
        match name {
            "nbsp" => '\u{a0}',
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "zwnj" => '\u{200c}',
            "reg" => '®',
            "copy" => '©',
            "deg" => '°',
            "euro" => '€',
            "pound" => '£',
            "middot" => '·',
            "rarr" => '→',
            "times" => '×',
            "szlig" => 'ß',
            "auml" => 'ä',
            "ouml" => 'ö',
            "uuml" => 'ü',
            "Ouml" => 'Ö',
            "eacute" => 'é',
            "egrave" => 'è',
            "agrave" => 'à',
            "aacute" => 'á',
            "iacute" => 'í',
            "oacute" => 'ó',
            "uacute" => 'ú',
            "ntilde" => 'ñ',
            "ccedil" => 'ç',
            "atilde" => 'ã',
            "aring" => 'å',
            "ocirc" => 'ô',
            _ => return None,
        }
    };
    Some((c.to_string(), end + 1))
}

/// What a scan of the fixtures found.
#[derive(Clone, Copy, Debug, Default)]
pub struct Score {
    /// Distinct tracking numbers in the truth, and found.
    pub truth: usize,
    pub found: usize,
    /// Distinct numbers reported, and those that are tracking numbers of the mail.
    pub reported: usize,
    pub correct: usize,
    /// Correct numbers reported with another carrier.
    pub wrong_carrier: usize,
}

impl Score {
    pub fn recall(&self) -> f64 {
        self.found as f64 / self.truth.max(1) as f64
    }
    pub fn precision(&self) -> f64 {
        if self.reported == 0 {
            1.0
        } else {
            self.correct as f64 / self.reported as f64
        }
    }
    pub fn wrong_carrier_rate(&self) -> f64 {
        self.wrong_carrier as f64 / self.correct.max(1) as f64
    }
}

/// Problems seen, to print when a threshold is missed.
#[derive(Default)]
pub struct Report {
    pub missed: Vec<String>,
    pub false_hits: Vec<String>,
    pub wrong: Vec<String>,
}

/// Scores `scanner` over the mails, each read through `part`.
/// `text` without the tags of inline formatting elements (`<span …>`, `</b>`, `<wbr>`, …),
/// which a mail client shows as nothing.
fn without_inline_tags(text: &str) -> String {
    const INLINE: &[&str] = &[
        "span", "b", "strong", "i", "em", "u", "s", "small", "mark", "code", "wbr", "font", "big",
        "tt",
    ];
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        let tag = &rest[at..];
        let end = tag.find('>').filter(|&e| !tag[1..e].contains('<'));
        let name = tag[1..].trim_start_matches('/');
        let name = &name[..name.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(name.len())];
        match end {
            Some(e) if INLINE.iter().any(|t| t.eq_ignore_ascii_case(name)) => rest = &tag[e + 1..],
            _ => {
                out.push('<');
                rest = &tag[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// `text` without its character references (`&nbsp;`, `&#160;`, `&#8203;`) and inline tags
/// ([`without_inline_tags`]): what a reader of raw HTML sees between the characters of a
/// number.
fn without_references(text: &str) -> String {
    let text = without_inline_tags(text);
    let text = text.as_str();
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let tail = &rest[at + 1..];
        let name = tail.find(';').filter(|&end| {
            end <= 8 && tail[..end].chars().all(|c| c.is_ascii_alphanumeric() || c == '#')
        });
        match name {
            Some(end) if end > 0 => rest = &tail[end + 1..],
            _ => {
                out.push('&');
                rest = tail;
            }
        }
    }
    out.push_str(rest);
    out
}

pub fn score(
    mails: &[Mail],
    scanner: &Scanner<'_>,
    part: impl Fn(&Mail) -> String,
) -> (Score, Report) {
    let mut s = Score::default();
    let mut r = Report::default();
    for mail in mails {
        let text = part(mail);
        let mut reported: BTreeMap<String, Option<Carrier>> = BTreeMap::new();
        let mut buf = [0u8; tracking_number::scan::MAX_NORMALIZED];
        for m in scanner.find_iter(&text) {
            reported.entry(m.normalized(&mut buf).to_string()).or_insert(m.carrier());
        }
        // the numbers this part shows at all (a stripped HTML part loses the ones only in links),
        // as printed or as OCR misread them (`O` for 0, `I` or `l` for 1); in raw HTML, with
        // character references (`&nbsp;` between groups) and inline tags dropped
        let shown = without_references(&text);
        let squeezed: String = shown
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_uppercase();
        let misread: String = shown
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| match c {
                'O' | 'o' => '0',
                'I' | 'l' => '1',
                c => c.to_ascii_uppercase(),
            })
            .collect();
        let truth: BTreeMap<&String, &Carrier> = mail
            .truth
            .iter()
            .filter(|(n, _)| squeezed.contains(n.as_str()) || misread.contains(n.as_str()))
            .collect();
        s.truth += truth.len();
        let mut found = BTreeSet::new();
        for (n, c) in &reported {
            s.reported += 1;
            match mail.truth.get(n) {
                Some(&t) => {
                    s.correct += 1;
                    found.insert(n.clone());
                    let same = c.is_some_and(|c| c.is_part_of(t) || t.is_part_of(c));
                    if !same {
                        s.wrong_carrier += 1;
                        r.wrong.push(format!("{}: {n} read as {c:?}, is {t:?}", mail.name));
                    }
                }
                None => r.false_hits.push(format!("{}: {n} ({c:?})", mail.name)),
            }
        }
        s.found += found.len();
        for n in truth.keys().filter(|n| !found.contains(**n)) {
            r.missed.push(format!("{}: {n}", mail.name));
        }
    }
    (s, r)
}
