//! The modules a program imports, found in its syntax tree without running
//! it, so the browser can fetch standard library files before a run.

use super::ast::{Alias, Stmt, StmtKind};
use super::parser::parse_module;

/// Every module `source` may import, in first-seen order: for `import a.b`
/// both `a` and `a.b`, for `from a import b` both `a` and `a.b` (`b` may be a
/// submodule). Imports inside functions and classes count too. Relative
/// imports are skipped (a program is a single file), and a source that does
/// not parse gives an empty list.
pub fn imported_modules(source: &str) -> Vec<String> {
    let Ok(module) = parse_module(source) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    walk(&module.body, &mut found);
    found
}

fn walk(body: &[Stmt], found: &mut Vec<String>) {
    for stmt in body {
        match &stmt.kind {
            StmtKind::Import(aliases) => {
                for alias in aliases {
                    add_with_parents(&alias.name, found);
                }
            }
            StmtKind::ImportFrom {
                module: Some(module),
                names,
                level: 0,
            } => {
                add_with_parents(module, found);
                for Alias { name, .. } in names {
                    if name != "*" {
                        add(format!("{module}.{name}"), found);
                    }
                }
            }
            StmtKind::FunctionDef(f) => walk(&f.body, found),
            StmtKind::ClassDef(c) => walk(&c.body, found),
            StmtKind::For { body, orelse, .. }
            | StmtKind::While { body, orelse, .. }
            | StmtKind::If { body, orelse, .. } => {
                walk(body, found);
                walk(orelse, found);
            }
            StmtKind::With { body, .. } => walk(body, found),
            StmtKind::Match { cases, .. } => {
                for case in cases {
                    walk(&case.body, found);
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                walk(body, found);
                for handler in handlers {
                    walk(&handler.body, found);
                }
                walk(orelse, found);
                walk(finalbody, found);
            }
            _ => {}
        }
    }
}

/// Adds `a`, `a.b`, ... `a.b.c` for the dotted name `a.b.c`.
fn add_with_parents(dotted: &str, found: &mut Vec<String>) {
    for (i, c) in dotted.char_indices() {
        if c == '.' {
            add(dotted[..i].to_string(), found);
        }
    }
    add(dotted.to_string(), found);
}

fn add(name: String, found: &mut Vec<String>) {
    if !found.contains(&name) {
        found.push(name);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_imports_at_any_depth_with_their_parent_packages() {
        let source = "import threading, concurrent.futures as cf\n\
                      from queue import Queue\n\
                      from . import sibling\n\
                      def f():\n    try:\n        import textwrap\n    except ImportError:\n        pass\n\
                      class C:\n    if True:\n        from logging import handlers\n\
                      import threading\n";
        assert_eq!(
            imported_modules(source),
            [
                "threading",
                "concurrent",
                "concurrent.futures",
                "queue",
                "queue.Queue",
                "textwrap",
                "logging",
                "logging.handlers",
            ]
        );
    }

    #[test]
    fn a_source_that_does_not_parse_imports_nothing() {
        assert!(imported_modules("import threading\ndef (:\n").is_empty());
    }
}
