//! `cargo xtask setup` and the browser check of `cargo xtask test`.
//!
//! Only package registries are reachable, so Trunk must not download its tools from GitHub:
//! we install them at the exact versions Trunk.toml pins and put them first on PATH.

use std::fs;
use std::path::{Path, PathBuf};

use crate::{run, stdout_of, Result, Workspace};

/// The Rust target the web app compiles to.
pub const WASM_TARGET: &str = "wasm32-unknown-unknown";
/// Trunk 0.22 needs a newer rustc than we have; 0.21.14 is the last that builds.
const TRUNK_VERSION: &str = "0.21.14";
/// binaryen from npm; Debian's binaryen 108 emits wasm that fails in the browser.
const BINARYEN_VERSION: &str = "132.0.0";
/// What `wasm-opt --version` prints for [`BINARYEN_VERSION`].
const WASM_OPT_VERSION: &str = "version 132";
/// axe-core from npm for the accessibility audit of the end-to-end tests.
const AXE_CORE_VERSION: &str = "4.14.1";

/// Installs whatever is missing or at the wrong version; a no-op when all is in place.
pub fn setup(ws: &Workspace) -> Result<()> {
    ensure_wasm_target(ws)?;
    ensure_trunk(ws)?;
    let wasm_bindgen = wasm_bindgen_version(&ws.root)?;
    ensure_wasm_bindgen_cli(ws, &wasm_bindgen)?;
    ensure_wasm_opt(ws)?;
    ensure_axe_core(ws)?;
    check_trunk_toml(&ws.root, &wasm_bindgen)
}

/// `rustup target add wasm32-unknown-unknown` unless installed.
fn ensure_wasm_target(ws: &Workspace) -> Result<()> {
    let installed = stdout_of(ws.cmd("rustup").args(["target", "list", "--installed"])).ok_or(
        "`rustup target list --installed` failed: install Rust with rustup (https://rustup.rs)",
    )?;
    if installed.lines().any(|line| line.trim() == WASM_TARGET) {
        println!("==> {WASM_TARGET} target ok");
        return Ok(());
    }
    println!("==> adding the {WASM_TARGET} target with rustup");
    run(ws.cmd("rustup").args(["target", "add", WASM_TARGET]))
}

/// `cargo install trunk --locked` at [`TRUNK_VERSION`] unless that version is on PATH.
fn ensure_trunk(ws: &Workspace) -> Result<()> {
    let want = format!("trunk {TRUNK_VERSION}");
    if tool_version(ws, "trunk").as_deref() == Some(want.as_str()) {
        println!("==> {want} ok");
        return Ok(());
    }
    println!("==> installing {want} with cargo install (takes ~6 min on 2 cores)…");
    run(ws
        .cargo()
        .args(["install", "trunk", "--version", TRUNK_VERSION, "--locked"]))?;
    expect_version(ws, "trunk", &want)
}

/// `cargo install wasm-bindgen-cli` at exactly the library's version unless already there.
fn ensure_wasm_bindgen_cli(ws: &Workspace, version: &str) -> Result<()> {
    let want = format!("wasm-bindgen {version}");
    if tool_version(ws, "wasm-bindgen").as_deref() == Some(want.as_str()) {
        println!("==> {want} ok");
        return Ok(());
    }
    println!(
        "==> installing wasm-bindgen-cli {version} with cargo install (takes ~5 min on 2 cores)…"
    );
    // No --locked: the CLI's own lockfile asks for a crate version crates.io does not have.
    run(ws
        .cargo()
        .args(["install", "wasm-bindgen-cli", "--version", version]))?;
    expect_version(ws, "wasm-bindgen", &want)
}

/// binaryen's wasm-opt from npm into `<root>/.tools` unless already there.
fn ensure_wasm_opt(ws: &Workspace) -> Result<()> {
    let tools = ws.root.join(".tools");
    let wasm_opt = tools.join("node_modules/.bin/wasm-opt");
    if wasm_opt_ok(ws, &wasm_opt) {
        println!("==> wasm-opt {WASM_OPT_VERSION} ok");
        return Ok(());
    }
    let npm = ws.which("npm").ok_or(
        "npm is missing: install Node.js 20 with npm (Debian/Ubuntu: sudo apt-get install nodejs npm) and run cargo xtask setup again",
    )?;
    println!("==> installing wasm-opt (binaryen {BINARYEN_VERSION}) with npm into .tools/…");
    npm_install_tools(ws, &npm)?;
    if wasm_opt_ok(ws, &wasm_opt) {
        Ok(())
    } else {
        Err(format!(
            "npm installed binaryen but `{} --version` does not report {WASM_OPT_VERSION}",
            wasm_opt.display()
        ))
    }
}

/// axe-core into `<root>/.tools/node_modules/axe-core` unless that version is there.
fn ensure_axe_core(ws: &Workspace) -> Result<()> {
    let package = ws.root.join(".tools/node_modules/axe-core/package.json");
    let installed = || {
        fs::read_to_string(&package).is_ok_and(|text| {
            text.lines()
                .any(|line| line.trim() == format!("\"version\": \"{AXE_CORE_VERSION}\","))
        })
    };
    if installed() {
        println!("==> axe-core {AXE_CORE_VERSION} ok");
        return Ok(());
    }
    let npm = ws.which("npm").ok_or(
        "npm is missing: install Node.js 20 with npm (Debian/Ubuntu: sudo apt-get install nodejs npm) and run cargo xtask setup again",
    )?;
    println!("==> installing axe-core {AXE_CORE_VERSION} with npm into .tools/…");
    npm_install_tools(ws, &npm)?;
    if installed() {
        Ok(())
    } else {
        Err(format!(
            "npm ran but {} does not hold axe-core {AXE_CORE_VERSION}",
            package.display()
        ))
    }
}

/// Installs every npm tool into `<root>/.tools` in one go: without a package.json, an
/// `npm install` of one package removes the others it does not know about.
fn npm_install_tools(ws: &Workspace, npm: &Path) -> Result<()> {
    run(ws
        .cmd(npm)
        .arg("install")
        .arg("--prefix")
        .arg(ws.root.join(".tools"))
        .args(["--no-save", "--no-audit", "--no-fund"])
        .arg(format!("binaryen@{BINARYEN_VERSION}"))
        .arg(format!("axe-core@{AXE_CORE_VERSION}")))
}

/// Whether `wasm_opt` exists and reports [`WASM_OPT_VERSION`].
fn wasm_opt_ok(ws: &Workspace, wasm_opt: &Path) -> bool {
    wasm_opt.is_file()
        && tool_version(ws, wasm_opt).is_some_and(|version| version.contains(WASM_OPT_VERSION))
}

/// What `<tool> --version` prints, if it runs.
fn tool_version(ws: &Workspace, tool: impl AsRef<std::ffi::OsStr>) -> Option<String> {
    stdout_of(ws.cmd(tool).arg("--version"))
}

/// Confirms a fresh install is the one PATH finds.
fn expect_version(ws: &Workspace, tool: &str, want: &str) -> Result<()> {
    match tool_version(ws, tool) {
        Some(version) if version == want => Ok(()),
        other => Err(format!(
            "after installing, `{tool} --version` prints `{}` instead of `{want}`; is another {tool} first on PATH?",
            other.unwrap_or_default()
        )),
    }
}

/// The version of the `wasm-bindgen` package in `<root>/Cargo.lock`.
fn wasm_bindgen_version(root: &Path) -> Result<String> {
    let lock_path = root.join("Cargo.lock");
    let lock = fs::read_to_string(&lock_path)
        .map_err(|err| format!("could not read {}: {err}", lock_path.display()))?;
    let mut versions: Vec<String> = lock
        .split("[[package]]")
        .filter(|block| {
            block
                .lines()
                .any(|line| line.trim() == r#"name = "wasm-bindgen""#)
        })
        .filter_map(|block| block.lines().find_map(|line| quoted_value(line, "version")))
        .collect();
    versions.dedup();
    match versions.as_slice() {
        [version] => Ok(version.clone()),
        [] => Err(
            "Cargo.lock has no wasm-bindgen package; pin `wasm-bindgen = \"=X.Y.Z\"` in Cargo.toml"
                .into(),
        ),
        _ => Err(format!(
            "Cargo.lock has several wasm-bindgen versions ({}); the CLI can match only one",
            versions.join(", ")
        )),
    }
}

/// Fails unless Trunk.toml's `[tools] wasm_bindgen` equals the locked library version.
fn check_trunk_toml(root: &Path, version: &str) -> Result<()> {
    let path = root.join("Trunk.toml");
    let text = fs::read_to_string(&path)
        .map_err(|err| format!("could not read {}: {err}", path.display()))?;
    let mut section = String::new();
    let mut pinned = None;
    for line in text.lines().map(str::trim) {
        if line.starts_with('[') {
            section = line.trim_matches(['[', ']']).trim().to_string();
        } else if section == "tools" {
            pinned = pinned.or_else(|| quoted_value(line, "wasm_bindgen"));
        }
    }
    match pinned {
        Some(pinned) if pinned == version => {
            println!("==> Trunk.toml wasm_bindgen = \"{version}\" matches Cargo.lock");
            Ok(())
        }
        Some(pinned) => Err(format!(
            "Trunk.toml pins wasm_bindgen = \"{pinned}\" but Cargo.lock has wasm-bindgen {version}; set [tools] wasm_bindgen = \"{version}\""
        )),
        None => Err(format!(
            "Trunk.toml has no [tools] wasm_bindgen; add wasm_bindgen = \"{version}\" so Trunk never downloads one"
        )),
    }
}

/// The string value of `key = "value"` on `line`, if that is what the line holds.
fn quoted_value(line: &str, key: &str) -> Option<String> {
    let (name, value) = line.split_once('=')?;
    if name.trim() != key {
        return None;
    }
    let value = value.split('#').next()?.trim();
    Some(value.strip_prefix('"')?.strip_suffix('"')?.to_string())
}

/// Where the test browser and its WebDriver live.
pub struct Browser {
    /// The Chromium executable.
    pub chromium: PathBuf,
    /// The matching chromedriver executable.
    pub chromedriver: PathBuf,
}

/// Finds Chromium and chromedriver, installing them with apt-get when we are root.
pub fn ensure_browser(ws: &Workspace) -> Result<Browser> {
    if let Some(browser) = find_browser(ws) {
        println!(
            "==> chromium + chromedriver ok ({}, {})",
            browser.chromium.display(),
            browser.chromedriver.display()
        );
        return Ok(browser);
    }
    let missing = "chromium and chromedriver are missing: install them (Debian/Ubuntu: sudo apt-get install chromium chromium-driver) and run cargo xtask test again";
    let is_root = stdout_of(ws.cmd("id").arg("-u")).as_deref() == Some("0");
    if !is_root || ws.which("apt-get").is_none() {
        return Err(missing.into());
    }
    println!("==> installing chromium and chromium-driver with apt-get…");
    run(ws.cmd("apt-get").arg("update"))?;
    run(ws
        .cmd("apt-get")
        .args(["install", "-y", "chromium", "chromium-driver"])
        .env("DEBIAN_FRONTEND", "noninteractive"))?;
    find_browser(ws).ok_or_else(|| missing.into())
}

/// Chromium and chromedriver from /usr/bin, else from PATH.
fn find_browser(ws: &Workspace) -> Option<Browser> {
    let find = |name: &str| {
        let usr_bin = Path::new("/usr/bin").join(name);
        if usr_bin.is_file() {
            Some(usr_bin)
        } else {
            ws.which(name)
        }
    };
    Some(Browser {
        chromium: find("chromium")?,
        chromedriver: find("chromedriver")?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A scratch root holding the given files.
    fn root_with(name: &str, files: &[(&str, &str)]) -> PathBuf {
        let root = std::env::temp_dir().join(format!("xtask-setup-{name}-{}", std::process::id()));
        fs::create_dir_all(&root).unwrap();
        for (file, text) in files {
            fs::write(root.join(file), text).unwrap();
        }
        root
    }

    #[test]
    fn reads_wasm_bindgen_from_lockfile_not_its_neighbours() {
        let lock = r#"
[[package]]
name = "wasm-bindgen-futures"
version = "0.4.50"

[[package]]
name = "wasm-bindgen"
version = "0.2.130"
source = "registry+https://github.com/rust-lang/crates.io-index"
"#;
        let root = root_with("lock", &[("Cargo.lock", lock)]);
        assert_eq!(wasm_bindgen_version(&root).unwrap(), "0.2.130");
        fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn trunk_toml_pin_must_match() {
        let toml = "[build]\noffline = true\n\n[tools]\nwasm_bindgen = \"0.2.130\" # keep in sync\nwasm_opt = \"version_132\"\n";
        let root = root_with("trunk", &[("Trunk.toml", toml)]);
        assert!(check_trunk_toml(&root, "0.2.130").is_ok());
        assert!(check_trunk_toml(&root, "0.2.131")
            .unwrap_err()
            .contains("0.2.131"));
        fs::remove_dir_all(&root).unwrap();
    }
}
