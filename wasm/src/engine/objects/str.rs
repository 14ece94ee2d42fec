//! The `str` object: immutable UTF-8 text with a cached hash and character count.

use std::cell::Cell;

/// A Python string.
pub struct PyStr {
    text: Box<str>,
    /// Number of characters (code points).
    chars: usize,
    /// Cached hash; `None` until first computed.
    hash: Cell<Option<i64>>,
}

impl PyStr {
    /// A string from Rust text.
    pub fn new(s: &str) -> PyStr {
        PyStr::from_string(s.to_string())
    }

    /// A string taking ownership of a `String`.
    pub fn from_string(s: String) -> PyStr {
        let chars = if s.is_ascii() { s.len() } else { s.chars().count() };
        super::super::heap::charge(s.len());
        PyStr {
            text: s.into_boxed_str(),
            chars,
            hash: Cell::new(None),
        }
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length in characters, as `len()` reports it.
    pub fn char_len(&self) -> usize {
        self.chars
    }

    /// Length in bytes.
    pub fn len_bytes(&self) -> usize {
        self.text.len()
    }

    /// True when every character is ASCII (so byte and character indexes agree).
    pub fn is_ascii(&self) -> bool {
        self.chars == self.text.len()
    }

    /// The character at a character index.
    pub fn char_at(&self, index: usize) -> Option<char> {
        if self.is_ascii() {
            self.text.as_bytes().get(index).map(|&b| b as char)
        } else {
            self.text.chars().nth(index)
        }
    }

    /// The byte offset of a character index (clamped to the end).
    pub fn byte_offset(&self, char_index: usize) -> usize {
        if self.is_ascii() {
            char_index.min(self.text.len())
        } else {
            self.text
                .char_indices()
                .nth(char_index)
                .map_or(self.text.len(), |(i, _)| i)
        }
    }

    /// The substring between two character indexes.
    pub fn char_slice(&self, start: usize, end: usize) -> &str {
        let a = self.byte_offset(start);
        let b = self.byte_offset(end.max(start));
        &self.text[a..b]
    }

    /// The string's hash: deterministic (CPython randomises str hashes per run, so
    /// no program can depend on the exact values).
    pub fn hash(&self) -> i64 {
        if let Some(h) = self.hash.get() {
            return h;
        }
        // FNV-1a, folded so it never equals -1 (reserved by CPython for errors).
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in self.text.bytes() {
            h ^= b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        let mut h = (h >> 1) as i64;
        if h == -1 {
            h = -2;
        }
        self.hash.set(Some(h));
        h
    }
}

impl Drop for PyStr {
    fn drop(&mut self) {
        super::super::heap::release(self.text.len());
    }
}

impl PartialEq for PyStr {
    fn eq(&self, other: &PyStr) -> bool {
        self.text == other.text
    }
}
