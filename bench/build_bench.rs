//! Benchmark: generate 10,000 synthetic questions, time `threadwise build`
//! on them, and time mdBook on the same Markdown in the same run.
//!
//! Run with `cargo run --release --bin bench-build [-- PAGES [RUNS] [--skip-mdbook] [--mdbook-runs=N]]`
//! (defaults: 10,000 pages, 3 runs of ours, 1 of mdBook, which takes minutes).
//! mdBook is timed when `mdbook` is on PATH (`cargo install mdbook`).

use std::fmt::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use threadwise::assets::{Assets, ThemeSource};
use threadwise::render::render_site;
use threadwise::site::{Site, SiteSource};

const TAGS: &[&str] = &[
    "basics",
    "thread-local",
    "synchronization",
    "lifecycle",
    "patterns",
    "processes",
    "internals",
    "async",
];

const WORDS: &[&str] = &[
    "thread",
    "lock",
    "value",
    "local",
    "queue",
    "worker",
    "event",
    "shared",
    "state",
    "join",
    "start",
    "daemon",
    "pool",
    "result",
    "timeout",
    "barrier",
    "condition",
    "interpreter",
    "scheduler",
    "switch",
    "memory",
    "object",
    "attribute",
    "counter",
    "race",
    "safe",
    "wait",
];

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let skip_mdbook = args.iter().any(|a| a == "--skip-mdbook");
    // mdBook takes minutes at 10,000 pages, so it runs once unless asked.
    let mdbook_runs: usize = args
        .iter()
        .find_map(|a| a.strip_prefix("--mdbook-runs="))
        .map(str::parse)
        .transpose()?
        .unwrap_or(1);
    let mut numbers = args.iter().filter(|a| !a.starts_with("--"));
    let pages: usize = numbers
        .next()
        .map(|a| a.parse())
        .transpose()?
        .unwrap_or(10_000);
    let runs: usize = numbers.next().map(|a| a.parse()).transpose()?.unwrap_or(3);
    // Under target/: the same disk a real build writes to, cleaned up after.
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| "target".into(), std::path::PathBuf::from);
    std::fs::create_dir_all(&target)?;
    let work = tempfile::Builder::new()
        .prefix("bench-build-")
        .tempdir_in(&target)?;
    println!(
        "Generating {pages} synthetic questions in {}",
        work.path().display()
    );
    let site_root = work.path().join("site");
    let book_root = work.path().join("book");
    generate(&site_root, &book_root, pages)?;

    let mut ours = Vec::new();
    for run in 1..=runs {
        let out = work.path().join(format!("dist-{run}"));
        let cpu_before = process_cpu();
        let started = Instant::now();
        let source = SiteSource {
            content_dir: site_root.join("content"),
            base_url: Some("https://example.org/threadwise/".to_string()),
        };
        let site = Site::load(&source).map_err(|e| anyhow::anyhow!("{e}"))?;
        let loaded = started.elapsed();
        let assets = Assets::prepare(&ThemeSource::Embedded)?;
        let files = render_site(&site, &assets).map_err(|e| anyhow::anyhow!("{e}"))?;
        let rendered = started.elapsed();
        files.write(&out)?;
        let took = started.elapsed();
        let cpu = process_cpu()
            .zip(cpu_before)
            .map(|(after, before)| after - before);
        println!(
            "threadwise build, run {run}: {:.3} s ({} files; load+Markdown {:.3} s, templates {:.3} s, write {:.3} s; CPU {})",
            took.as_secs_f64(),
            files.len(),
            loaded.as_secs_f64(),
            (rendered - loaded).as_secs_f64(),
            (took - rendered).as_secs_f64(),
            cpu.map_or("unknown".to_string(), |c| format!("{c:.2} s user+system"))
        );
        // render_site builds the search index as part of "templates"; built
        // again here, alone, to show what it adds.
        let index_started = Instant::now();
        let index = threadwise::search::index_site(&site);
        let indexed = index_started.elapsed();
        let json = index.to_json();
        println!(
            "  the search index alone (included above): {:.3} s ({:.3} s indexing, {:.3} s JSON), {} terms, {} bytes of JSON",
            index_started.elapsed().as_secs_f64(),
            indexed.as_secs_f64(),
            (index_started.elapsed() - indexed).as_secs_f64(),
            index.terms.len(),
            json.len()
        );
        ours.push(took);
        // Outputs are removed at the end: deleting 10,000 files between runs
        // loads the disk while the next run writes.
    }

    let mdbook = match Command::new("mdbook").arg("--version").output() {
        _ if skip_mdbook => None,
        Ok(out) if out.status.success() => {
            let version = String::from_utf8_lossy(&out.stdout).trim().to_string();
            let mut times = Vec::new();
            for run in 1..=mdbook_runs {
                let out = work.path().join(format!("book-out-{run}"));
                let started = Instant::now();
                let status = Command::new("mdbook")
                    .arg("build")
                    .arg("--dest-dir")
                    .arg(&out)
                    .arg(&book_root)
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .status()?;
                let took = started.elapsed();
                anyhow::ensure!(status.success(), "mdbook build failed ({status})");
                println!("{version}, run {run}: {:.3} s", took.as_secs_f64());
                times.push(took);
            }
            Some((version, times))
        }
        _ => {
            println!("skipped mdBook: `mdbook` is not on PATH (cargo install mdbook)");
            None
        }
    };

    let ours = median(&mut ours);
    println!();
    println!(
        "threadwise build, {pages} pages: median {:.3} s",
        ours.as_secs_f64()
    );
    if let Some((version, mut times)) = mdbook {
        let theirs = median(&mut times);
        println!(
            "{version}, {pages} pages: median {:.3} s",
            theirs.as_secs_f64()
        );
        println!(
            "ratio: threadwise / mdBook = {:.4} (mdBook takes {:.1}x as long)",
            ours.as_secs_f64() / theirs.as_secs_f64(),
            theirs.as_secs_f64() / ours.as_secs_f64()
        );
    }
    Ok(())
}

/// This process's user+system CPU seconds so far (Linux), to tell a slow
/// build from a busy machine.
fn process_cpu() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name, which is in parentheses: utime is the
    // 12th and stime the 13th of them, in clock ticks (100 per second).
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

fn median(times: &mut [Duration]) -> Duration {
    times.sort();
    times.get(times.len() / 2).copied().unwrap_or_default()
}

/// A small deterministic generator, so every run builds the same content.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.next() % items.len()]
    }

    fn sentence(&mut self, words: usize) -> String {
        let mut s = String::new();
        for i in 0..words {
            if i > 0 {
                s.push(' ');
            }
            s.push_str(self.pick(WORDS));
        }
        let mut chars = s.chars();
        match chars.next() {
            Some(first) => format!("{}{}.", first.to_ascii_uppercase(), chars.as_str()),
            None => s,
        }
    }
}

fn slug(i: usize) -> String {
    format!("question-{i:05}")
}

fn body(rng: &mut Lcg, i: usize, pages: usize) -> String {
    let mut md = String::new();
    let other = slug((i * 7 + 3) % pages);
    for section in 0..3 {
        let _ = writeln!(
            md,
            "## {} {section}\n",
            rng.sentence(4).trim_end_matches('.')
        );
        for _ in 0..2 {
            let _ = writeln!(md, "{} {}\n", rng.sentence(14), rng.sentence(10));
        }
        let _ = writeln!(
            md,
            "- {}\n- {} with `threading.local()`\n- see [a related question]({other}.md)\n",
            rng.sentence(6),
            rng.sentence(5)
        );
        let _ = writeln!(md, "### Details {section}\n");
        let _ = writeln!(md, "{}\n", rng.sentence(18));
    }
    let _ = writeln!(
        md,
        "```python run\nimport threading\n\nlocal = threading.local()\n\ndef work(n):\n    local.n = n\n    print(n, local.n)\n\nt = threading.Thread(target=work, args=({i},))\nt.start()\nt.join()\n```\n```output\n{i} {i}\n```\n"
    );
    let _ = writeln!(md, "```python\nwith lock:\n    counter += {i}\n```\n");
    md
}

fn generate(site_root: &Path, book_root: &Path, pages: usize) -> anyhow::Result<()> {
    let content = site_root.join("content");
    let book_src = book_root.join("src");
    std::fs::create_dir_all(&content)?;
    std::fs::create_dir_all(&book_src)?;
    let mut config = String::from("title = \"Benchmark\"\nbase_url = \"https://example.org/\"\n");
    for tag in TAGS {
        let _ = writeln!(config, "\n[[tags]]\nslug = \"{tag}\"\nname = \"{tag}\"");
    }
    std::fs::write(site_root.join("threadwise.toml"), config)?;
    std::fs::write(
        book_root.join("book.toml"),
        "[book]\ntitle = \"Benchmark\"\n\n# Our build has no search index or print page yet; compare like with like.\n[output.html.search]\nenable = false\n\n[output.html.print]\nenable = false\n",
    )?;
    let mut summary = String::from("# Summary\n\n");
    let mut rng = Lcg(42);
    for i in 0..pages {
        let title = format!(
            "How does {} {} work? ({i})",
            rng.pick(WORDS),
            rng.pick(WORDS)
        );
        let body = body(&mut rng, i, pages);
        let tags = format!(
            "\"{}\", \"{}\"",
            TAGS[i % TAGS.len()],
            TAGS[(i / 3) % TAGS.len()]
        );
        let related = format!("\"{}\"", slug((i + 1) % pages));
        let front = format!(
            "+++\ntitle = \"{title}\"\nsummary = \"{}\"\ntags = [{tags}]\nrelated = [{related}]\nweight = {i}\n+++\n\n",
            rng.sentence(12)
        );
        std::fs::write(
            content.join(format!("{}.md", slug(i))),
            format!("{front}{body}"),
        )?;
        // mdBook reads no front matter: the same body under the title.
        std::fs::write(
            book_src.join(format!("{}.md", slug(i))),
            format!("# {title}\n\n{body}"),
        )?;
        let _ = writeln!(summary, "- [{title}]({}.md)", slug(i));
    }
    std::fs::write(book_src.join("SUMMARY.md"), summary)?;
    Ok(())
}
