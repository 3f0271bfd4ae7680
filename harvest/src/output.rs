//! The output directory: `catalogue-<hash>.json` (immutable, named by the first 16 hex digits of
//! its SHA-256) and `manifest.json` naming it, each written to a temporary file and renamed into
//! place, the manifest last, so a reader never sees a half-written file or a manifest naming a
//! missing one. The previous catalogue file stays (a client holding the old manifest can still
//! fetch it); older ones are deleted.

use opendata_core::catalogue::{CatalogueFile, Manifest, FORMAT};
use sha2::{Digest, Sha256};
use std::fmt::Write as _;
use std::fs;
use std::io::Write as _;
use std::path::Path;

pub const MANIFEST: &str = "manifest.json";

/// Writes `bytes` to `path` through a temporary file beside it and a rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| format!("bad output path {}", path.display()))?;
    let tmp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let written = fs::File::create(&tmp)
        .and_then(|mut f| f.write_all(bytes).and_then(|()| f.sync_all()))
        .and_then(|()| fs::rename(&tmp, path));
    written.map_err(|e| {
        let _ = fs::remove_file(&tmp);
        format!("cannot write {}: {e}", path.display())
    })
}

/// The catalogue currently published in `dir`: its manifest, and the file when it is readable.
pub struct Current {
    pub manifest: Manifest,
    pub catalogue: Option<CatalogueFile>,
}

/// Reads `dir/manifest.json` and the file it names. No manifest: `None`. A manifest that cannot
/// be read is an error (a newer harvester's output must not be overwritten by accident).
pub fn current(dir: &Path) -> Result<Option<Current>, String> {
    let path = dir.join(MANIFEST);
    let text = match fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
    };
    let manifest = Manifest::decode(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let catalogue = match fs::read_to_string(dir.join(&manifest.file)) {
        Ok(t) => match CatalogueFile::decode(&t) {
            Ok(c) => Some(c),
            Err(e) => {
                eprintln!(
                    "harvest: {} is unusable ({e}); fetching every version",
                    manifest.file
                );
                None
            }
        },
        Err(e) => {
            eprintln!(
                "harvest: cannot read {} ({e}); fetching every version",
                manifest.file
            );
            None
        }
    };
    Ok(Some(Current {
        manifest,
        catalogue,
    }))
}

/// The catalogue file's name for these bytes.
pub fn file_name(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut hex = String::with_capacity(16);
    for b in &digest[..8] {
        let _ = write!(hex, "{b:02x}");
    }
    format!("catalogue-{hex}.json")
}

/// Publishes `catalogue` in `dir`: the file, then the manifest, then the clean-up (every other
/// `catalogue-*.json` but `keep`, the one the previous manifest named). The new manifest.
pub fn publish(
    dir: &Path,
    catalogue: &CatalogueFile,
    keep: Option<&str>,
) -> Result<Manifest, String> {
    let bytes = serde_json::to_vec(catalogue).map_err(|e| e.to_string())?;
    let file = file_name(&bytes);
    write_atomic(&dir.join(&file), &bytes)?;
    let manifest = Manifest {
        format: FORMAT,
        harvested: catalogue.harvested.clone(),
        file: file.clone(),
        bytes: bytes.len() as u64,
        datasets: catalogue.datasets.len() as u64,
        categories: catalogue.categories.len() as u64,
        agencies: catalogue.agencies.len() as u64,
    };
    let mut text = serde_json::to_vec_pretty(&manifest).map_err(|e| e.to_string())?;
    text.push(b'\n');
    write_atomic(&dir.join(MANIFEST), &text)?;
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let stale = name.starts_with("catalogue-")
            && name.ends_with(".json")
            && name != file
            && Some(name) != keep;
        if stale {
            fs::remove_file(entry.path())
                .map_err(|e| format!("cannot remove the old {name}: {e}"))?;
        }
    }
    Ok(manifest)
}
