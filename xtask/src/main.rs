//! Tandem's developer tasks, run as `cargo xtask <command>`.
//!
//! Everything here shells out to the real tools (rustup, cargo, trunk, npm, apt-get) so that a
//! fresh machine with only Rust and Node can build, serve and test the app with one command.

mod setup;
mod sizes;

use std::env;
use std::ffi::{OsStr, OsString};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

use setup::Browser;

/// Every failure is reported as one line and ends the task with a non-zero exit code.
type Result<T> = std::result::Result<T, String>;

const USAGE: &str = "\
Tandem developer tasks

usage: cargo xtask <command>

commands:
  setup                          install the pinned tools (wasm target, trunk, wasm-bindgen-cli, wasm-opt)
  build                          setup, `trunk build --release` into dist/, print shipped sizes
  serve [--port N] [--no-simulate]
                                 build, then run the release server on http://127.0.0.1:N (default 8080)
  test [-- <cargo test args>]    build, then run unit, API, end-to-end and wasm component tests
  bench [name]                   run tests/bench_<name>.rs against release builds; no name lists benches
  help                           show this text
";

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let ws = Workspace::new();
    let result = match args.first().map(String::as_str) {
        None | Some("help" | "--help" | "-h") => {
            print!("{USAGE}");
            Ok(())
        }
        Some("setup") => setup::setup(&ws),
        Some("build") => build(&ws),
        Some("serve") => serve(&ws, &args[1..]),
        Some("test") => test(&ws, &args[1..]),
        Some("bench") => bench(&ws, &args[1..]),
        Some(other) => Err(format!("unknown command `{other}`; run `cargo xtask help`")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Where things live, and the environment every child process gets.
pub struct Workspace {
    /// The workspace root (parent of `xtask/`); every command runs here.
    pub root: PathBuf,
    /// Cargo's target directory: `$CARGO_TARGET_DIR` or `<root>/target`.
    pub target_dir: PathBuf,
    /// The cargo that runs us (`$CARGO`), so nested builds use the same toolchain.
    pub cargo: OsString,
    /// PATH for children: `.tools/node_modules/.bin`, the cargo bin dir, then the inherited PATH.
    pub path: OsString,
}

impl Workspace {
    /// Works out the paths from the build-time manifest dir and the current environment.
    fn new() -> Self {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .expect("xtask lives inside the workspace")
            .to_path_buf();
        let target_dir = match env::var_os("CARGO_TARGET_DIR") {
            Some(dir) => root.join(dir),
            None => root.join("target"),
        };
        let cargo = env::var_os("CARGO").unwrap_or_else(|| "cargo".into());

        // Tools installed by `setup` must win over any other copy on PATH, or Trunk would
        // reject them (it only uses a tool whose `--version` matches its pin exactly).
        let mut dirs = vec![root.join(".tools/node_modules/.bin"), cargo_bin_dir()];
        dirs.extend(env::split_paths(&env::var_os("PATH").unwrap_or_default()));
        let path = env::join_paths(dirs).expect("PATH entries contain no separator");

        Workspace {
            root,
            target_dir,
            cargo,
            path,
        }
    }

    /// A command for `program` that runs at the root with our PATH.
    pub fn cmd(&self, program: impl AsRef<OsStr>) -> Command {
        // Resolve against our PATH ourselves rather than rely on how the OS searches it.
        let program = self
            .which(program.as_ref())
            .map(PathBuf::into_os_string)
            .unwrap_or_else(|| program.as_ref().to_os_string());
        let mut cmd = Command::new(program);
        cmd.current_dir(&self.root).env("PATH", &self.path);
        cmd
    }

    /// A `cargo` command (see [`Workspace::cmd`]).
    pub fn cargo(&self) -> Command {
        self.cmd(&self.cargo)
    }

    /// The first file called `name` in our PATH (or `name` itself when it is a path).
    pub fn which(&self, name: impl AsRef<OsStr>) -> Option<PathBuf> {
        env::split_paths(&self.path)
            .map(|dir| dir.join(name.as_ref()))
            .find(|candidate| candidate.is_file())
    }

    /// Where `trunk build` writes the app.
    fn dist(&self) -> PathBuf {
        self.root.join("dist")
    }
}

/// `$CARGO_HOME/bin`, else `~/.cargo/bin`: where `cargo install` puts tools.
fn cargo_bin_dir() -> PathBuf {
    match env::var_os("CARGO_HOME") {
        Some(home) => PathBuf::from(home).join("bin"),
        None => PathBuf::from(env::var_os("HOME").unwrap_or_default()).join(".cargo/bin"),
    }
}

/// Runs `cmd` with its output streaming to our terminal; fails unless it exits with success.
pub fn run(cmd: &mut Command) -> Result<()> {
    let status = cmd
        .status()
        .map_err(|err| format!("could not start `{}`: {err}", describe(cmd)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` failed ({status})", describe(cmd)))
    }
}

/// The trimmed stdout of `cmd`, or `None` when it cannot start or fails (used for probes).
pub fn stdout_of(cmd: &mut Command) -> Option<String> {
    let output = cmd.stderr(Stdio::null()).output().ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_string())
}

/// The command line as a user would type it, for messages.
fn describe(cmd: &Command) -> String {
    let program = Path::new(cmd.get_program());
    let name = program.file_name().unwrap_or(program.as_os_str());
    std::iter::once(name)
        .chain(cmd.get_args())
        .map(|part| part.to_string_lossy())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `cargo xtask build`: setup, release build with Trunk, size table.
fn build(ws: &Workspace) -> Result<()> {
    setup::setup(ws)?;
    println!("==> trunk build --release");
    run(ws.cmd("trunk").args(["build", "--release"]))?;
    sizes::print_size_table(&ws.dist())
}

/// `cargo xtask serve`: build, then run the release server in the foreground.
fn serve(ws: &Workspace, args: &[String]) -> Result<()> {
    let mut port: u16 = 8080;
    let mut simulate = true;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--no-simulate" => simulate = false,
            "--port" => {
                let value = args.next().ok_or("--port needs a number")?;
                port = parse_port(value)?;
            }
            other => match other.strip_prefix("--port=") {
                Some(value) => port = parse_port(value)?,
                None => {
                    return Err(format!(
                        "unknown serve option `{other}`; usage: cargo xtask serve [--port N] [--no-simulate]"
                    ))
                }
            },
        }
    }

    build(ws)?;
    let data_dir = ws.root.join("data");
    fs::create_dir_all(&data_dir)
        .map_err(|err| format!("could not create {}: {err}", data_dir.display()))?;

    println!("Tandem is starting on http://127.0.0.1:{port}");
    let mut cmd = ws.cargo();
    cmd.args(["run", "--release", "-p", "tandem-server", "--", "--port"])
        .arg(port.to_string())
        .arg("--data-dir")
        .arg(&data_dir)
        .arg("--dist")
        .arg(ws.dist());
    if simulate {
        cmd.arg("--simulate");
    }
    // The server shares our terminal and process group, so Ctrl-C reaches it directly.
    run(&mut cmd)
}

/// Parses a `--port` value.
fn parse_port(value: &str) -> Result<u16> {
    value
        .parse()
        .map_err(|_| format!("`{value}` is not a port number"))
}

/// `cargo xtask test`: prepare everything, run the native and the wasm tests, summarise.
fn test(ws: &Workspace, extra_args: &[String]) -> Result<()> {
    let mut summary = Summary::default();
    let Ok(browser) = prepare_tests(ws, &mut summary) else {
        summary.print(true);
        return Err("tests not run: a preparation step failed (see above)".into());
    };

    let mut native = ws.cargo();
    native
        .args(["test", "--workspace", "--exclude", "xtask"])
        .args(extra_args);
    test_env(&mut native, ws, &browser, &server_bin(ws, "debug"));
    println!("==> cargo test --workspace (unit, API route and end-to-end tests)");
    summary
        .step("cargo test --workspace", run(&mut native))
        .ok();

    let mut wasm = ws.cargo();
    wasm.args([
        "test",
        "-p",
        "tandem-web",
        "--target",
        setup::WASM_TARGET,
        "--test",
        "component",
    ])
    .env(
        "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
        "wasm-bindgen-test-runner",
    )
    .env("CHROMEDRIVER", &browser.chromedriver)
    .env("WASM_BINDGEN_TEST_TIMEOUT", "120");
    println!("==> wasm component tests in headless Chromium");
    summary.step("wasm component tests", run(&mut wasm)).ok();

    summary.print(false);
    match summary.failures() {
        0 => Ok(()),
        n => Err(format!("{n} test step(s) failed")),
    }
}

/// Steps a–c of `test`; each feeds the next, so the first failure stops them.
fn prepare_tests(ws: &Workspace, summary: &mut Summary) -> Result<Browser> {
    summary.step("setup", setup::setup(ws))?;
    let browser = summary.step("chromium + chromedriver", setup::ensure_browser(ws))?;
    summary.step("build", build(ws))?;
    summary.step("server build (debug)", build_server(ws, false))?;
    Ok(browser)
}

/// `cargo build -p tandem-server`, in release when asked.
fn build_server(ws: &Workspace, release: bool) -> Result<()> {
    let mut cmd = ws.cargo();
    cmd.args(["build", "-p", "tandem-server"]);
    if release {
        cmd.arg("--release");
    }
    println!("==> {}", describe(&cmd));
    run(&mut cmd)
}

/// The server binary built in `profile_dir` ("debug" or "release").
fn server_bin(ws: &Workspace, profile_dir: &str) -> PathBuf {
    ws.target_dir.join(profile_dir).join("tandem-server")
}

/// The environment the native tests and benches read to find the app, server and browser.
fn test_env(cmd: &mut Command, ws: &Workspace, browser: &Browser, server: &Path) {
    cmd.env("TANDEM_DIST", ws.dist())
        .env("TANDEM_SERVER_BIN", server)
        .env("CHROMEDRIVER", &browser.chromedriver)
        .env("CHROMIUM", &browser.chromium);
}

/// The ok/failed line per step that `test` ends with.
#[derive(Default)]
struct Summary {
    steps: Vec<(&'static str, bool)>,
}

impl Summary {
    /// Records how step `name` went and passes its result on; failures are shown right away.
    fn step<T>(&mut self, name: &'static str, result: Result<T>) -> Result<T> {
        if let Err(message) = &result {
            eprintln!("error: {message}");
        }
        self.steps.push((name, result.is_ok()));
        result
    }

    /// Number of failed steps.
    fn failures(&self) -> usize {
        self.steps.iter().filter(|(_, ok)| !ok).count()
    }

    /// Prints one line per step; `stopped_early` notes that later steps did not run.
    fn print(&self, stopped_early: bool) {
        println!("==> test summary");
        for (name, ok) in &self.steps {
            println!("  {name:<26} {}", if *ok { "ok" } else { "failed" });
        }
        if stopped_early {
            println!("  {:<26} skipped", "remaining steps");
        }
    }
}

/// `cargo xtask bench [name]`: one bench against release builds, or the list of benches.
fn bench(ws: &Workspace, args: &[String]) -> Result<()> {
    let available = list_benches(&ws.root)?;
    let name = match args {
        [] => {
            if available.is_empty() {
                println!("no benches yet: add tests/bench_<name>.rs");
            } else {
                println!("benches (run with `cargo xtask bench <name>`):");
                for bench in &available {
                    println!("  {bench}");
                }
            }
            return Ok(());
        }
        [name] => name.strip_prefix("bench_").unwrap_or(name),
        _ => return Err("usage: cargo xtask bench [name]".into()),
    };
    if !available.iter().any(|bench| bench == name) {
        return Err(format!(
            "no bench `{name}`: tests/bench_{name}.rs does not exist (available: {})",
            if available.is_empty() {
                "none".to_string()
            } else {
                available.join(", ")
            }
        ));
    }

    let browser = setup::ensure_browser(ws)?;
    build(ws)?;
    build_server(ws, true)?;

    let mut cmd = ws.cargo();
    cmd.args(["test", "--release", "-p", "tandem-web", "--test"])
        .arg(format!("bench_{name}"))
        .args(["--", "--ignored", "--nocapture", "--test-threads=1"]);
    test_env(&mut cmd, ws, &browser, &server_bin(ws, "release"));
    println!("==> bench {name}");
    run(&mut cmd)
}

/// Names of `tests/bench_*.rs`, without prefix and extension, sorted.
fn list_benches(root: &Path) -> Result<Vec<String>> {
    let tests = root.join("tests");
    let entries = match fs::read_dir(&tests) {
        Ok(entries) => entries,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(err) => return Err(format!("could not read {}: {err}", tests.display())),
    };
    let mut names: Vec<String> = entries
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter_map(|file| {
            let name = file.strip_prefix("bench_")?.strip_suffix(".rs")?;
            Some(name.to_string())
        })
        .collect();
    names.sort();
    Ok(names)
}
