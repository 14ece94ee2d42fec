//! The highlighter on complete and on broken code. Spans are rendered as
//! `class:text` words so expectations read like the code they describe.

mod common;

use threadwise_playground::engine::highlight::{highlight, HighlightSpan, TokenClass};

fn render(src: &str) -> String {
    check_invariants(src, &highlight(src));
    highlight(src)
        .iter()
        .map(|s| format!("{}:{}", s.class.css_class(), &src[s.start..s.end]))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Sorted, disjoint, non-empty, inside the source and on character boundaries.
fn check_invariants(src: &str, spans: &[HighlightSpan]) {
    let mut last_end = 0;
    for s in spans {
        assert!(s.start < s.end, "{s:?}");
        assert!(s.start >= last_end, "overlapping or unsorted at {s:?}");
        assert!(s.end <= src.len());
        assert!(src.is_char_boundary(s.start) && src.is_char_boundary(s.end));
        last_end = s.end;
    }
}

#[test]
fn classes_have_their_css_names() {
    let all = [
        (TokenClass::Keyword, "hl-k"),
        (TokenClass::Builtin, "hl-b"),
        (TokenClass::String, "hl-s"),
        (TokenClass::Number, "hl-n"),
        (TokenClass::Comment, "hl-c"),
        (TokenClass::DefName, "hl-d"),
        (TokenClass::Decorator, "hl-at"),
        (TokenClass::Operator, "hl-o"),
    ];
    for (class, css) in all {
        assert_eq!(class.css_class(), css);
    }
}

#[test]
fn complete_program() {
    let src = "import threading\n\
               @dataclass.field(x)\n\
               class Worker(threading.Thread):\n    \
                   def run(self, n=10):\n        \
                       self.print = None  # not the builtin\n        \
                       return n ** 2 >= 3.5e-2 and not True\n";
    assert_eq!(
        render(src),
        "hl-k:import hl-at:@dataclass.field hl-k:class hl-d:Worker hl-k:def hl-d:run \
         hl-o:= hl-n:10 hl-o:= hl-k:None hl-c:# not the builtin hl-k:return hl-o:** hl-n:2 \
         hl-o:>= hl-n:3.5e-2 hl-k:and hl-k:not hl-k:True"
    );
}

#[test]
fn builtins_and_exceptions() {
    assert_eq!(
        render("print(len(range(3)), ValueError, obj.len, NotImplemented)\n"),
        "hl-b:print hl-b:len hl-b:range hl-n:3 hl-b:ValueError hl-b:NotImplemented"
    );
}

#[test]
fn strings_of_every_prefix() {
    assert_eq!(
        render("a = r'\\d' + b\"x\" + '''t\nq''' + Rb'z'\n"),
        "hl-o:= hl-s:r'\\d' hl-o:+ hl-s:b\"x\" hl-o:+ hl-s:'''t\nq''' hl-o:+ hl-s:Rb'z'"
    );
}

#[test]
fn fstring_fields_are_code() {
    assert_eq!(
        render("f\"got {n!r:>{width}} {{ok}} {len(x) + 1}\"\n"),
        "hl-s:f\"got { hl-s:!r:>{ hl-s:}} {{ok}} { hl-b:len hl-o:+ hl-n:1 hl-s:}\""
    );
    // A nested f-string inside a field.
    assert_eq!(render("f'{f\"{x:>3}\"}'\n"), "hl-s:f'{f\"{ hl-s::>3}\"}'");
}

#[test]
fn soft_keywords_only_in_statement_position() {
    let src = "match command:\n    case [x, *rest] if x: pass\n    case _:\n        pass\n\
               match = 1\nmatch.x = case\nprint(match)\nmatch(x)\n";
    assert_eq!(
        render(src),
        "hl-k:match hl-k:case hl-o:* hl-k:if hl-k:pass hl-k:case hl-k:pass \
         hl-o:= hl-n:1 hl-o:= hl-b:print"
    );
}

#[test]
fn unterminated_strings_while_typing() {
    assert_eq!(
        render("x = \"unterminated\ny = 1\n"),
        "hl-o:= hl-s:\"unterminated hl-o:= hl-n:1"
    );
    assert_eq!(
        render("doc = '''never\nends\n"),
        "hl-o:= hl-s:'''never\nends\n"
    );
    assert_eq!(render("s = f\"{a + "), "hl-o:= hl-s:f\"{ hl-o:+");
    assert_eq!(render("s = f'{'"), "hl-o:= hl-s:f'{'");
}

#[test]
fn bad_indentation_and_stray_characters() {
    assert_eq!(
        render("if x:\n  y = 1\n z = $ 2 ? \u{20ac}\n\tw = 0x\n"),
        "hl-k:if hl-o:= hl-n:1 hl-o:= hl-n:2 hl-o:= hl-n:0x"
    );
    assert_eq!(
        render("def (:\n  return 1)]\n"),
        "hl-k:def hl-k:return hl-n:1"
    );
    assert_eq!(
        render("x = 1 +\\ 2 # c"),
        "hl-o:= hl-n:1 hl-o:+ hl-n:2 hl-c:# c"
    );
}

#[test]
fn every_fixture_highlights_cleanly() {
    let mut n = 0;
    for folder in ["invalid", "shapes"] {
        let dir = common::syntax_dir().join(folder);
        for entry in std::fs::read_dir(dir).expect("fixtures") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|x| x == "py") {
                let src = std::fs::read_to_string(&path).expect("read");
                let spans = highlight(&src);
                check_invariants(&src, &spans);
                // Every keyword the lexer sees is classed as one.
                for word in ["def ", "class ", "return ", "import "] {
                    if let Some(i) = src.find(word) {
                        let in_string = spans
                            .iter()
                            .any(|s| s.start <= i && i < s.end && s.class != TokenClass::Keyword);
                        let covered = spans
                            .iter()
                            .any(|s| s.start == i && s.class == TokenClass::Keyword);
                        assert!(in_string || covered, "{path:?}: {word:?} at {i}");
                    }
                }
                n += 1;
            }
        }
    }
    assert!(n > 150);
}
