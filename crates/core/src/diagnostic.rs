//! Problems found in authored files, reported as `file:line: message` so editors can jump to them.

use std::fmt;
use std::path::PathBuf;

/// One problem in one authored file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: PathBuf,
    /// 1-based; 0 when the problem concerns the file as a whole.
    pub line: usize,
    pub message: String,
}

impl Diagnostic {
    pub fn new(file: impl Into<PathBuf>, line: usize, message: impl Into<String>) -> Self {
        Self {
            file: file.into(),
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file.display(), self.message)
        } else {
            write!(f, "{}:{}: {}", self.file.display(), self.line, self.message)
        }
    }
}

/// The 1-based line on which byte `offset` of `text` lies (offsets past the end count as the
/// last line, so a bad offset never panics).
pub fn line_at(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

/// Every problem found in one pass, so an author fixes them all at once.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.0.push(d);
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter()
    }

    /// `Ok(value)` when nothing was found, otherwise every diagnostic as one error.
    pub fn into_result<T>(mut self, value: T) -> crate::Result<T> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            self.0
                .sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
            Err(crate::Error::InvalidContent(self))
        }
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

impl Extend<Diagnostic> for Diagnostics {
    fn extend<I: IntoIterator<Item = Diagnostic>>(&mut self, iter: I) {
        self.0.extend(iter);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_as_file_line_message() {
        let d = Diagnostic::new("content/nl/a.md", 3, "unknown track `x`");
        assert_eq!(d.to_string(), "content/nl/a.md:3: unknown track `x`");
        let whole = Diagnostic::new("content/nl/a.md", 0, "missing in en");
        assert_eq!(whole.to_string(), "content/nl/a.md: missing in en");
    }

    #[test]
    fn finds_the_line_of_an_offset() {
        let text = "a\nbc\n\nd";
        let lines: Vec<usize> = (0..=text.len() + 3).map(|i| line_at(text, i)).collect();
        assert_eq!(lines, [1, 1, 2, 2, 2, 3, 4, 4, 4, 4, 4]);
    }

    #[test]
    fn into_result_sorts_and_fails_only_when_not_empty() {
        assert!(Diagnostics::default().into_result(()).is_ok());
        let mut ds = Diagnostics::default();
        ds.push(Diagnostic::new("b.md", 1, "x"));
        ds.push(Diagnostic::new("a.md", 9, "y"));
        let err = ds.into_result(()).unwrap_err();
        assert_eq!(err.to_string(), "invalid content:\na.md:9: y\nb.md:1: x");
    }
}
