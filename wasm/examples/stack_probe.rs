//! Finds the smallest thread stack on which parsing deeply nested input works.
use threadwise_playground::engine::parser::parse_module;

fn fits(src: String, stack: usize) -> bool {
    std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || {
            let _ = parse_module(&src);
        })
        .map(|h| h.join().is_ok())
        .unwrap_or(false)
}

fn main() {
    let cases: Vec<(&str, String)> = vec![
        (
            "parens200",
            format!("x = {}1{}\n", "(".repeat(200), ")".repeat(200)),
        ),
        (
            "lists200",
            format!("x = {}1{}\n", "[".repeat(200), "]".repeat(200)),
        ),
        (
            "calls200",
            format!("x = {}1{}\n", "f(".repeat(200), ")".repeat(200)),
        ),
        (
            "indent99",
            (0..99)
                .map(|i| format!("{}if x:\n", " ".repeat(i)))
                .collect::<String>()
                + &" ".repeat(99)
                + "pass\n",
        ),
        (
            "lambda_parens",
            format!("x = {}1{}\n", "(lambda: ".repeat(150), ")".repeat(150)),
        ),
        (
            "blocks99_parens200",
            (0..99)
                .map(|i| format!("{}if x:\n", " ".repeat(i)))
                .collect::<String>()
                + &" ".repeat(99)
                + &format!("x = {}1{}\n", "(".repeat(200), ")".repeat(200)),
        ),
        (
            "fstring_nest",
            format!(
                "x = {}\n",
                "f'{".to_string()
                    + &"(".repeat(199)
                    + "f\"{"
                    + &"[".repeat(199)
                    + "1"
                    + &"]".repeat(199)
                    + "}\""
                    + &")".repeat(199)
                    + "}'"
            ),
        ),
    ];
    for (name, src) in cases {
        let mut kb = 16;
        // Grow until it fits (a failing probe aborts the process, so step in a child).
        let exe = std::env::current_exe().unwrap();
        if std::env::args().nth(1).as_deref() == Some("child") {
            let stack: usize = std::env::args().nth(2).unwrap().parse().unwrap();
            let which = std::env::args().nth(3).unwrap();
            if which == name {
                std::process::exit(if fits(src, stack) { 0 } else { 1 });
            }
            continue;
        }
        loop {
            let st = std::process::Command::new(&exe)
                .args(["child", &(kb * 1024).to_string(), name])
                .stderr(std::process::Stdio::null())
                .status()
                .unwrap();
            if st.success() {
                println!("{name}: fits in {kb} KiB");
                break;
            }
            kb += 16;
            if kb > 16384 {
                println!("{name}: > 16 MiB");
                break;
            }
        }
    }
}
