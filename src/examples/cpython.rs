//! Running examples under CPython (`python3` on PATH), the reference.

use std::io::Read;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use wait_timeout::ChildExt;

use super::{ExampleRunner, Outcome, RunError, RunResult};

/// Output past this many bytes is dropped; an example printing more is broken.
const OUTPUT_CAP: u64 = 1 << 20;

/// `python3`, found on PATH.
#[derive(Debug, Clone)]
pub struct CPython {
    name: String,
    timeout: Duration,
}

impl CPython {
    /// Finds `python3`; `None` when it is missing or does not run.
    pub fn detect() -> Option<CPython> {
        let output = Command::new("python3")
            .arg("--version")
            .stdin(Stdio::null())
            .output()
            .ok()?;
        if !output.status.success() {
            return None;
        }
        let version = String::from_utf8_lossy(&output.stdout);
        let version = version.trim().strip_prefix("Python ")?.to_string();
        Some(CPython {
            name: format!("CPython {version}"),
            timeout: Duration::from_secs(20),
        })
    }

    /// The same runner with another time limit per example.
    pub fn with_timeout(mut self, timeout: Duration) -> CPython {
        self.timeout = timeout;
        self
    }

    fn error(&self, message: impl Into<String>) -> RunError {
        RunError {
            runner: self.name.clone(),
            message: message.into(),
        }
    }
}

impl ExampleRunner for CPython {
    fn name(&self) -> &str {
        &self.name
    }

    fn run(&self, source: &str) -> Result<RunResult, RunError> {
        let dir = tempfile::tempdir().map_err(|e| self.error(format!("temp dir: {e}")))?;
        std::fs::write(dir.path().join("main.py"), source)
            .map_err(|e| self.error(format!("writing main.py: {e}")))?;
        // One pipe for both streams keeps their interleaving as a terminal
        // would show it.
        let (mut reader, writer) = std::io::pipe().map_err(|e| self.error(format!("pipe: {e}")))?;
        let writer_err = writer
            .try_clone()
            .map_err(|e| self.error(format!("pipe: {e}")))?;
        let mut command = Command::new("python3");
        command
            .args(["-u", "main.py"])
            .current_dir(dir.path())
            .stdin(Stdio::null())
            .stdout(writer)
            .stderr(writer_err)
            .env("PYTHONHASHSEED", "0")
            .env("PYTHONDONTWRITEBYTECODE", "1")
            .env("PYTHONIOENCODING", "utf-8");
        own_process_group(&mut command);
        let mut child = command
            .spawn()
            .map_err(|e| self.error(format!("cannot start python3: {e}")))?;
        // Our copies of the write ends must close, or the read never ends.
        drop(command);

        let collector = std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = (&mut reader).take(OUTPUT_CAP).read_to_end(&mut bytes);
            let _ = std::io::copy(&mut reader, &mut std::io::sink());
            bytes
        });
        let outcome = match child.wait_timeout(self.timeout) {
            Ok(Some(status)) => Outcome::Exited(status.code()),
            Ok(None) => {
                kill_tree(&mut child);
                Outcome::TimedOut(self.timeout)
            }
            Err(e) => {
                kill_tree(&mut child);
                return Err(self.error(format!("waiting for python3: {e}")));
            }
        };
        let bytes = collector
            .join()
            .map_err(|_| self.error("the output reader stopped unexpectedly"))?;
        let output = normalise_paths(&String::from_utf8_lossy(&bytes), dir.path());
        Ok(RunResult { output, outcome })
    }
}

/// Tracebacks name the script by its absolute path; readers see `main.py`.
fn normalise_paths(output: &str, dir: &Path) -> String {
    let mut output = output.to_string();
    let mut dirs = vec![dir.to_path_buf()];
    if let Ok(real) = dir.canonicalize() {
        dirs.push(real);
    }
    for d in dirs {
        let prefix = format!("{}/", d.display());
        output = output.replace(&prefix, "");
    }
    output
}

#[cfg(unix)]
fn own_process_group(command: &mut Command) {
    use std::os::unix::process::CommandExt;
    // So a timeout can stop the processes an example started, too.
    command.process_group(0);
}

#[cfg(not(unix))]
fn own_process_group(_command: &mut Command) {}

fn kill_tree(child: &mut Child) {
    #[cfg(unix)]
    {
        let group = format!("-{}", child.id());
        let _ = Command::new("kill")
            .args(["-KILL", "--", &group])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
    let _ = child.kill();
    let _ = child.wait();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_in_tracebacks_become_main_py() {
        let out = normalise_paths(
            "  File \"/tmp/abc/main.py\", line 1\n",
            Path::new("/tmp/abc"),
        );
        assert_eq!(out, "  File \"main.py\", line 1\n");
    }
}
