use std::io::Write;
fn main() {
    let path = std::env::args().nth(1).expect("file");
    let src = std::fs::read_to_string(&path).expect("read");
    let child = std::thread::Builder::new().stack_size(256 << 20).spawn(move || {
        let r = threadwise_playground::engine::run(&src, Default::default());
        print!("{}", r.stdout);
        eprint!("{}", r.stderr);
        std::io::stdout().flush().ok();
        r.outcome.exit_code
    }).unwrap();
    let code = child.join().unwrap();
    std::process::exit(code);
}
