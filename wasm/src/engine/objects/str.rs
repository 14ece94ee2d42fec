//! The `str` object: immutable UTF-8 text with a cached hash and character count.

use std::cell::{Cell, OnceCell};

/// Characters between two entries of a non-ASCII string's offset index.
const INDEX_STEP: usize = 64;

/// A Python string.
pub struct PyStr {
    text: Box<str>,
    /// Number of characters (code points).
    chars: usize,
    /// Cached hash; `None` until first computed.
    hash: Cell<Option<i64>>,
    /// Byte offset of every `INDEX_STEP`-th character, built on the first positional
    /// access to non-ASCII text so indexing and `find(sub, start)` stay cheap.
    offsets: OnceCell<Box<[usize]>>,
}

impl PyStr {
    /// A string from Rust text.
    pub fn new(s: &str) -> PyStr {
        PyStr::from_string(s.to_string())
    }

    /// A string taking ownership of a `String`.
    pub fn from_string(s: String) -> PyStr {
        let chars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        super::super::heap::charge(s.len());
        PyStr {
            text: s.into_boxed_str(),
            chars,
            hash: Cell::new(None),
            offsets: OnceCell::new(),
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
        } else if index >= self.chars {
            None
        } else {
            self.text
                .get(self.byte_offset(index)..)
                .and_then(|r| r.chars().next())
        }
    }

    fn offsets(&self) -> &[usize] {
        self.offsets.get_or_init(|| {
            self.text
                .char_indices()
                .step_by(INDEX_STEP)
                .map(|(i, _)| i)
                .collect()
        })
    }

    /// The byte offset of a character index (clamped to the end).
    pub fn byte_offset(&self, char_index: usize) -> usize {
        if self.is_ascii() {
            return char_index.min(self.text.len());
        }
        if char_index >= self.chars {
            return self.text.len();
        }
        let start = self
            .offsets()
            .get(char_index / INDEX_STEP)
            .copied()
            .unwrap_or(0);
        self.text
            .get(start..)
            .and_then(|r| r.char_indices().nth(char_index % INDEX_STEP))
            .map_or(self.text.len(), |(i, _)| start + i)
    }

    /// The character index of a byte offset (which must be a character boundary).
    pub fn char_index(&self, byte_offset: usize) -> usize {
        if self.is_ascii() {
            return byte_offset.min(self.text.len());
        }
        let offsets = self.offsets();
        let k = offsets
            .partition_point(|&b| b <= byte_offset)
            .saturating_sub(1);
        let start = offsets.get(k).copied().unwrap_or(0);
        let tail = self
            .text
            .get(start..byte_offset.min(self.text.len()))
            .unwrap_or("");
        k * INDEX_STEP + tail.chars().count()
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
