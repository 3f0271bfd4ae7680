//! `DIR/.harvest-state.json`: how far an unfinished harvest got (the list pages read, the items
//! they gave, the versions fetched), so that the next run goes on from there. Written every
//! half minute while harvesting and whenever a run fails; removed when a catalogue is written.

use crate::output::write_atomic;
use opendata_core::listing::ListedDataset;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

pub const STATE_FILE: &str = ".harvest-state.json";
const STATE_FORMAT: u32 = 1;
/// A state older than this is from another night: start again.
const MAX_AGE: Duration = Duration::from_secs(48 * 3600);
/// How often progress is written while all goes well (a failing run always writes it; this is
/// for a run that is killed). The file grows to about 2 KB a dataset.
const SAVE_EVERY: Duration = Duration::from_secs(30);

/// A dataset's versions as fetched, and the `modifiedDate` they belong to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Versions {
    pub modified_date: String,
    /// Oldest first; empty when the portal has no data under the apiUri (mapping 404).
    pub versions: Vec<String>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct State {
    format: u32,
    portal: String,
    /// Unix seconds when this harvest began.
    started: u64,
    /// Which read of the whole list this is (1, then 2… when the count did not match).
    pub pass: u32,
    /// List pages read in this pass.
    pub pages_done: u64,
    /// Unique by apiUri, in list order.
    pub items: Vec<ListedDataset>,
    /// By apiUri.
    pub versions: BTreeMap<String, Versions>,
    #[serde(skip)]
    seen: HashSet<String>,
    #[serde(skip)]
    saved: Option<Instant>,
}

fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

impl State {
    pub fn new(portal: &str) -> State {
        State {
            format: STATE_FORMAT,
            portal: portal.to_string(),
            started: now_secs(),
            pass: 1,
            pages_done: 0,
            items: Vec::new(),
            versions: BTreeMap::new(),
            seen: HashSet::new(),
            saved: None,
        }
    }

    fn path(dir: &Path) -> PathBuf {
        dir.join(STATE_FILE)
    }

    /// The unfinished harvest of `portal` in `dir`, if there is a usable one (another portal's,
    /// an old one or an unreadable one is ignored, with a word on stderr).
    pub fn resume(dir: &Path, portal: &str) -> Option<State> {
        let text = std::fs::read_to_string(Self::path(dir)).ok()?;
        let mut s: State = match serde_json::from_str(&text) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("harvest: ignoring an unreadable {STATE_FILE}: {e}");
                return None;
            }
        };
        let old = now_secs().saturating_sub(s.started) > MAX_AGE.as_secs();
        if s.format != STATE_FORMAT || s.portal != portal || old {
            eprintln!("harvest: ignoring {STATE_FILE} (another portal, format or day)");
            return None;
        }
        s.seen = s.items.iter().map(|d| d.api_uri.clone()).collect();
        Some(s)
    }

    /// Adds a listed dataset unless its apiUri is already there (the list may shift while it
    /// is read); whether it was new.
    pub fn add(&mut self, d: ListedDataset) -> bool {
        let new = self.seen.insert(d.api_uri.clone());
        if new {
            self.items.push(d);
        }
        new
    }

    /// Starts another read of the list (the versions fetched are kept).
    pub fn restart_list(&mut self) {
        self.pass += 1;
        self.pages_done = 0;
        self.items.clear();
        self.seen.clear();
    }

    pub fn save(&mut self, dir: &Path) -> Result<(), String> {
        let bytes = serde_json::to_vec(self).map_err(|e| e.to_string())?;
        write_atomic(&Self::path(dir), &bytes)?;
        self.saved = Some(Instant::now());
        Ok(())
    }

    /// Saves when the last save is a while ago.
    pub fn checkpoint(&mut self, dir: &Path) -> Result<(), String> {
        if self.saved.is_none_or(|t| t.elapsed() >= SAVE_EVERY) {
            self.save(dir)?;
        }
        Ok(())
    }

    pub fn remove(dir: &Path) -> Result<(), String> {
        match std::fs::remove_file(Self::path(dir)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                Err(format!("cannot remove {STATE_FILE}: {e}"))
            }
            _ => Ok(()),
        }
    }
}
