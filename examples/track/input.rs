//! Reading standard input line by line, and what every subcommand shares about errors.
//!
//! Lines are read as bytes into one reused buffer (nothing allocated per line once it has
//! grown), at most [`MAX_LINE`] bytes each; a line that is not UTF-8, or longer, is named by
//! its number (`detect` and `validate` report it and go on, `status` stops). A closed
//! standard output (`track … | head -1`) ends a subcommand quietly.

use std::error::Error;
use std::fmt;
use std::io::{self, BufRead};

/// The lines of a reader, each at most `max` bytes (a longer one is reported and skipped
/// without being held).
pub struct Lines<R> {
    reader: R,
    buf: Vec<u8>,
    number: u64,
    max: usize,
}

/// A line of standard input that cannot be read as text.
#[derive(Debug)]
pub enum BadLine {
    /// Not UTF-8: the byte offset of the first invalid byte in the line.
    NotUtf8 { line: u64, offset: usize },
    /// Longer than the limit.
    TooLong { line: u64, max: usize },
}

impl fmt::Display for BadLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BadLine::NotUtf8 { line, offset } => {
                write!(f, "stdin line {line}: invalid UTF-8 at byte {offset}")
            }
            BadLine::TooLong { line, max } => {
                write!(f, "stdin line {line}: longer than {max} bytes")
            }
        }
    }
}

impl Error for BadLine {}

/// The default limit of a line: far longer than any tracking number, event or pattern.
pub const MAX_LINE: usize = 1 << 20;

impl<R: BufRead> Lines<R> {
    pub fn new(reader: R) -> Self {
        Lines { reader, buf: Vec::new(), number: 0, max: MAX_LINE }
    }

    /// The next line without its line ending (`Err` for a line that is not text), or `None`
    /// at the end of the input. Only I/O errors are errors of the outer `Result`.
    pub fn next_any(&mut self) -> io::Result<Option<Result<&str, BadLine>>> {
        self.buf.clear();
        let mut too_long = false;
        let mut any = false;
        loop {
            let chunk = self.reader.fill_buf()?;
            if chunk.is_empty() {
                break;
            }
            any = true;
            let (take, done) = match chunk.iter().position(|&b| b == b'\n') {
                Some(i) => (i + 1, true),
                None => (chunk.len(), false),
            };
            if !too_long {
                if self.buf.len() + take > self.max + 2 {
                    too_long = true;
                    self.buf.clear();
                } else {
                    self.buf.extend_from_slice(&chunk[..take]);
                }
            }
            self.reader.consume(take);
            if done {
                break;
            }
        }
        if !any {
            return Ok(None);
        }
        self.number += 1;
        if too_long {
            return Ok(Some(Err(BadLine::TooLong { line: self.number, max: self.max })));
        }
        let mut end = self.buf.len();
        while end > 0 && matches!(self.buf[end - 1], b'\n' | b'\r') {
            end -= 1;
        }
        Ok(Some(match std::str::from_utf8(&self.buf[..end]) {
            Ok(s) => Ok(s),
            Err(e) => Err(BadLine::NotUtf8 { line: self.number, offset: e.valid_up_to() }),
        }))
    }

    /// The next line, a line that is not text being an error.
    pub fn next_line(&mut self) -> Result<Option<&str>, Box<dyn Error>> {
        match self.next_any()? {
            None => Ok(None),
            Some(Ok(s)) => Ok(Some(s)),
            Some(Err(bad)) => Err(Box::new(bad)),
        }
    }

    /// The raw bytes of the line last read (for reporting a line that is not text).
    pub fn raw(&self) -> &[u8] {
        let mut end = self.buf.len();
        while end > 0 && matches!(self.buf[end - 1], b'\n' | b'\r') {
            end -= 1;
        }
        &self.buf[..end]
    }

    /// The number of the line last returned.
    pub fn number(&self) -> u64 {
        self.number
    }
}

/// Reads the whole input as bytes (it need not be UTF-8).
pub fn read_bytes<R: BufRead>(mut reader: R) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    reader.read_to_end(&mut bytes)?;
    Ok(bytes)
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
