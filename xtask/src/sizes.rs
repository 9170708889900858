//! The size table `cargo xtask build` prints: what a first visit downloads, raw and brotli.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::Result;

/// Prints raw and brotli size of every shipped file in `dist`, plus a total line.
pub fn print_size_table(dist: &Path) -> Result<()> {
    let mut files = Vec::new();
    collect_shipped(dist, Path::new(""), &mut files)?;
    if files.is_empty() {
        return Err(format!(
            "{} holds no .wasm, .js, .css or index.html: did trunk build succeed?",
            dist.display()
        ));
    }
    files.sort();

    let mut rows = Vec::new();
    for relative in &files {
        let path = dist.join(relative);
        let bytes =
            fs::read(&path).map_err(|err| format!("could not read {}: {err}", path.display()))?;
        rows.push((
            relative.display().to_string(),
            bytes.len(),
            brotli_len(&bytes),
        ));
    }
    let total_raw = rows.iter().map(|(_, raw, _)| raw).sum();
    let total_br = rows.iter().map(|(_, _, br)| br).sum();
    let width = rows
        .iter()
        .map(|(name, _, _)| name.len())
        .max()
        .unwrap_or(0)
        .max(5);

    println!("==> shipped files in dist/ (br = brotli quality 11, window 22; 1 KB = 1000 bytes)");
    for (name, raw, br) in &rows {
        println!("{name:<width$}   {:>9} raw   {:>9} br", kb(*raw), kb(*br));
    }
    println!(
        "{:<width$}   {:>9} raw   {:>9} br",
        "total",
        kb(total_raw),
        kb(total_br)
    );
    Ok(())
}

/// Adds to `out` the shipped files under `dist/relative`, as paths relative to `dist`.
fn collect_shipped(dist: &Path, relative: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let dir = dist.join(relative);
    let entries =
        fs::read_dir(&dir).map_err(|err| format!("could not read {}: {err}", dir.display()))?;
    for entry in entries {
        let entry = entry.map_err(|err| format!("could not read {}: {err}", dir.display()))?;
        let path = relative.join(entry.file_name());
        if entry.path().is_dir() {
            collect_shipped(dist, &path, out)?;
        } else if is_shipped(&path) {
            out.push(path);
        }
    }
    Ok(())
}

/// Whether a browser downloads this file to start the app.
fn is_shipped(path: &Path) -> bool {
    let extension = path.extension().and_then(|ext| ext.to_str());
    matches!(extension, Some("wasm" | "js" | "css"))
        || path.file_name() == Some("index.html".as_ref())
}

/// Size of `bytes` after brotli at the settings a static server would use ahead of time.
fn brotli_len(bytes: &[u8]) -> usize {
    let mut compressed = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut compressed, 4096, 11, 22);
        writer
            .write_all(bytes)
            .expect("writing into a Vec cannot fail");
    } // Dropping the writer flushes the final brotli block.
    compressed.len()
}

/// `bytes` as kilobytes with one decimal.
fn kb(bytes: usize) -> String {
    format!("{:.1} KB", bytes as f64 / 1000.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_shipped_files_in_subfolders_only() {
        let dist = std::env::temp_dir().join(format!("xtask-sizes-{}", std::process::id()));
        fs::create_dir_all(dist.join("snippets/x")).unwrap();
        for file in [
            "index.html",
            "app.wasm",
            "app.js",
            "snippets/x/a.js",
            "style.css",
            "favicon.ico",
        ] {
            fs::write(dist.join(file), "hello hello hello hello").unwrap();
        }
        let mut files = Vec::new();
        collect_shipped(&dist, Path::new(""), &mut files).unwrap();
        files.sort();
        let names: Vec<_> = files
            .iter()
            .map(|f| f.to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            names,
            [
                "app.js",
                "app.wasm",
                "index.html",
                "snippets/x/a.js",
                "style.css"
            ]
        );
        print_size_table(&dist).unwrap();
        fs::remove_dir_all(&dist).unwrap();
    }

    #[test]
    fn brotli_shrinks_repetitive_text() {
        let text = "tandem ".repeat(1000);
        assert!(brotli_len(text.as_bytes()) < 100);
    }
}
