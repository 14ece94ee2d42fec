//! Splitting text into search terms. `search.js` splits queries the same
//! way, so a word matches whether it is indexed or typed.

/// Words too common to tell questions apart; queries skip them too (the
/// list ships inside the index so both sides agree).
pub const STOP_WORDS: &[&str] = &[
    "an", "and", "are", "as", "at", "be", "but", "by", "can", "do", "does", "for", "from", "has",
    "have", "if", "in", "into", "is", "it", "its", "not", "of", "on", "or", "so", "than", "that",
    "the", "their", "them", "then", "there", "these", "they", "this", "to", "was", "were", "what",
    "when", "which", "while", "who", "will", "with", "you", "your",
];

/// The terms of `text`, in order, repeats kept: lowercase runs of letters,
/// digits and `_`, with leading and trailing `_` dropped. A name such as
/// `current_thread` gives its parts and then itself, so `thread` finds it.
/// One-character words and stop words are left out.
pub fn terms(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for_each_term(text, |term| out.push(term.to_string()));
    out
}

/// Calls `f` with each term of `text`, as [`terms`] lists them, without
/// allocating per word (indexing a large site splits millions of words).
pub fn for_each_term(text: &str, mut f: impl FnMut(&str)) {
    let mut word = String::new();
    for raw in text.split(|c: char| !(c.is_alphanumeric() || c == '_')) {
        let raw = raw.trim_matches('_');
        if raw.is_empty() {
            continue;
        }
        word.clear();
        if raw.is_ascii() {
            word.push_str(raw);
            word.make_ascii_lowercase();
        } else {
            word.extend(raw.chars().flat_map(char::to_lowercase));
        }
        if word.contains('_') {
            for part in word.split('_') {
                if is_term(part) {
                    f(part);
                }
            }
        }
        if is_term(&word) {
            f(&word);
        }
    }
}

fn is_term(word: &str) -> bool {
    word.chars().nth(1).is_some() && !STOP_WORDS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercases_and_splits_on_punctuation() {
        assert_eq!(
            terms("Why does threading.local() work?"),
            ["why", "threading", "local", "work"]
        );
    }

    #[test]
    fn names_with_underscores_give_their_parts_too() {
        assert_eq!(
            terms("call __init__ or current_thread"),
            ["call", "init", "current", "thread", "current_thread"]
        );
    }

    #[test]
    fn drops_stop_words_and_single_letters() {
        assert_eq!(terms("a thread is the unit of x"), ["thread", "unit"]);
    }

    #[test]
    fn keeps_digits_and_non_ascii_letters() {
        assert_eq!(terms("Python 3.11: Ünïcode"), ["python", "11", "ünïcode"]);
    }

    #[test]
    fn stop_words_are_sorted_and_lowercase() {
        // search.js relies on neither, but a sorted list is easy to review.
        let mut sorted = STOP_WORDS.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, STOP_WORDS);
        assert!(STOP_WORDS
            .iter()
            .all(|w| w.chars().all(|c| c.is_lowercase())));
    }
}
