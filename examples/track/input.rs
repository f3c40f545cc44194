//! Reading standard input line by line, and what every subcommand shares about errors.
//!
//! Lines are read as bytes into one reused buffer (nothing allocated per line once it has
//! grown); a line that is not UTF-8 is an error naming its number. A closed standard output
//! (`track … | head -1`) ends a subcommand quietly.

use std::error::Error;
use std::fmt;
use std::io::{self, BufRead};

/// The lines of a reader.
pub struct Lines<R> {
    reader: R,
    buf: Vec<u8>,
    number: u64,
}

/// A line of standard input that is not UTF-8.
#[derive(Debug)]
pub struct NotUtf8 {
    /// 1-based line number.
    pub line: u64,
    /// Byte offset of the first invalid byte in the line.
    pub offset: usize,
}

impl fmt::Display for NotUtf8 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "stdin line {}: invalid UTF-8 at byte {}", self.line, self.offset)
    }
}

impl Error for NotUtf8 {}

impl<R: BufRead> Lines<R> {
    pub fn new(reader: R) -> Self {
        Lines { reader, buf: Vec::new(), number: 0 }
    }

    /// The next line without its line ending, or `None` at the end of the input.
    pub fn next_line(&mut self) -> Result<Option<&str>, Box<dyn Error>> {
        self.buf.clear();
        if self.reader.read_until(b'\n', &mut self.buf)? == 0 {
            return Ok(None);
        }
        self.number += 1;
        let mut end = self.buf.len();
        while end > 0 && matches!(self.buf[end - 1], b'\n' | b'\r') {
            end -= 1;
        }
        match std::str::from_utf8(&self.buf[..end]) {
            Ok(s) => Ok(Some(s)),
            Err(e) => Err(Box::new(NotUtf8 { line: self.number, offset: e.valid_up_to() })),
        }
    }

    /// The number of the line last returned.
    pub fn number(&self) -> u64 {
        self.number
    }
}

/// Reads the whole input as one text, naming the line of the first invalid byte.
pub fn read_text<R: BufRead>(mut reader: R) -> Result<String, Box<dyn Error>> {
    let mut bytes = Vec::new();
    reader.read_to_end(&mut bytes)?;
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count() as u64;
        let start = bytes[..at].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        Box::new(NotUtf8 { line, offset: at - start }) as Box<dyn Error>
    })
}

/// Whether an error is a closed standard output (the reader of a pipe went away).
pub fn is_broken_pipe(e: &(dyn Error + 'static)) -> bool {
    let mut cur: Option<&(dyn Error + 'static)> = Some(e);
    while let Some(err) = cur {
        if let Some(io) = err.downcast_ref::<io::Error>() {
            return io.kind() == io::ErrorKind::BrokenPipe;
        }
        if let Some(json) = err.downcast_ref::<serde_json::Error>() {
            return json.io_error_kind() == Some(io::ErrorKind::BrokenPipe);
        }
        cur = err.source();
    }
    false
}

/// The value of a flag, or an error naming the flag.
pub fn value<'a>(
    it: &mut std::slice::Iter<'a, String>,
    flag: &str,
    usage: &str,
) -> Result<&'a str, String> {
    it.next().map(String::as_str).ok_or_else(|| format!("{flag} needs a value; {usage}"))
}
