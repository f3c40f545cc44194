//! Figures the README quotes, checked against the crate (its code examples are doctests
//! through `lib.rs`).

use tracking_number::{Carrier, Format};

/// The number before `word` in `**N formats of M carriers**`.
fn quoted(readme: &str, word: &str) -> usize {
    let at = readme.find("**").and_then(|_| {
        readme
            .match_indices("**")
            .map(|(i, _)| i)
            .find(|&i| readme[i + 2..].split_whitespace().nth(1) == Some("formats"))
    });
    let text = &readme[at.expect("the README quotes the format count") + 2..];
    let words: Vec<&str> = text.split_whitespace().take(5).collect();
    let i = words.iter().position(|w| w.trim_end_matches("**") == word).expect(word);
    words[i - 1].parse().expect("a number")
}

#[test]
fn format_and_carrier_counts_in_the_readme() {
    let readme = include_str!("../README.md");
    let mut carriers: Vec<Carrier> = Format::ALL.iter().map(|f| f.carrier()).collect();
    carriers.sort();
    carriers.dedup();
    assert_eq!(quoted(readme, "formats"), Format::ALL.len());
    assert_eq!(quoted(readme, "carriers"), carriers.len());
}
