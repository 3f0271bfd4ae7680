//! The harvester: builds the static catalogue file (`opendata_core::catalogue`) from the
//! portal's existing endpoints, every published dataset from `/datasets/getdatasetsre` (counted
//! by `/datasets/getdatasetsrecount`) and each one's versions from `/api/v4/mapping/{apiUri}`
//! (docs/portal-api.md §1.3, §1.6; docs/harvest.md).
//!
//! Polite (a request a second by default), patient (retries with backoff), resumable (progress
//! in `DIR/.harvest-state.json`), incremental (a dataset whose `modifiedDate` is unchanged keeps
//! the versions the current catalogue has), and loud about anything it does not understand.

pub mod assemble;
pub mod client;
pub mod output;
pub mod state;

use client::{Client, ClientOptions, Counters};
use opendata_core::listing::{ListCount, ListPage};
use opendata_core::wire::Mapping;
use state::{State, Versions};
use std::collections::HashMap;
use std::fmt;
use std::path::PathBuf;
use std::time::{Duration, Instant, SystemTime};

/// Datasets a list page is asked for (the portal never gives more).
pub const PAGE_SIZE: u64 = 10;
/// Reads of the whole list before a count that will not match is an error.
pub const MAX_PASSES: u32 = 3;
/// A harvest may lose at most this share of the current catalogue's datasets without `force`.
pub const MAX_LOSS: f64 = 0.05;

#[derive(Clone, Debug)]
pub struct Options {
    /// The portal's origin, e.g. `https://data.egov.kz`.
    pub portal: String,
    pub out: PathBuf,
    pub client: ClientOptions,
    /// Ignore `.harvest-state.json` (start the list from page 1).
    pub fresh: bool,
    /// Replace the catalogue even when the harvest lost more than [`MAX_LOSS`] of it.
    pub force: bool,
    /// Progress lines on stderr.
    pub progress: bool,
}

impl Options {
    /// The defaults of the command line: 1 request a second, 30 s timeout, 6 retries from 1 s.
    pub fn new(portal: &str, out: impl Into<PathBuf>) -> Options {
        Options {
            portal: portal.trim_end_matches('/').to_string(),
            out: out.into(),
            client: ClientOptions {
                rate: 1.0,
                timeout: Duration::from_secs(30),
                retries: 6,
                backoff: Duration::from_secs(1),
            },
            fresh: false,
            force: false,
            progress: false,
        }
    }
}

/// What a finished harvest did.
#[derive(Clone, Debug)]
pub struct Summary {
    pub datasets: usize,
    pub categories: usize,
    pub agencies: usize,
    /// Listed datasets left out because the portal has no data under their apiUri.
    pub skipped: Vec<String>,
    /// List pages read by this run (a resumed run reads only the rest).
    pub list_pages: u64,
    /// Mapping requests made by this run.
    pub mappings: u64,
    /// Datasets whose versions came from the current catalogue (unchanged `modifiedDate`).
    pub reused: u64,
    /// Reads of the whole list (1 unless the count did not match).
    pub passes: u32,
    pub http: Counters,
    /// The catalogue file written and its size.
    pub file: String,
    pub file_bytes: u64,
    pub elapsed: Duration,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "harvest: {} datasets, {} categories, {} agencies -> {} ({} bytes)",
            self.datasets, self.categories, self.agencies, self.file, self.file_bytes
        )?;
        writeln!(
            f,
            "harvest: {} requests ({} list pages, {} mappings, {} versions reused), {} retries, \
{} bytes read, {:.1} s",
            self.http.requests,
            self.list_pages,
            self.mappings,
            self.reused,
            self.http.retries,
            self.http.bytes,
            self.elapsed.as_secs_f64()
        )?;
        if !self.skipped.is_empty() {
            writeln!(
                f,
                "harvest: left out {} listed datasets without data: {}",
                self.skipped.len(),
                self.skipped.join(", ")
            )?;
        }
        Ok(())
    }
}

/// One run's work in progress.
struct Run<'a> {
    opts: &'a Options,
    client: Client,
    state: State,
    list_pages: u64,
    mappings: u64,
    reused: u64,
}

impl Run<'_> {
    fn note(&self, line: impl FnOnce() -> String) {
        if self.opts.progress {
            eprintln!("harvest: {}", line());
        }
    }

    fn count(&mut self) -> Result<u64, String> {
        let c: ListCount = self
            .client
            .get_json("/datasets/getdatasetsrecount?status=PUBLISHED", false)?
            .ok_or("no answer")?;
        Ok(c.total_count)
    }

    /// Reads list pages until the state holds `total` datasets, or a page brings nothing new.
    fn read_list(&mut self, total: u64) -> Result<(), String> {
        while (self.state.items.len() as u64) < total {
            let page = self.state.pages_done + 1;
            let path =
                format!("/datasets/getdatasetsre?page={page}&count={PAGE_SIZE}&status=PUBLISHED");
            let got: ListPage = self.client.get_json(&path, false)?.ok_or("no answer")?;
            self.list_pages += 1;
            let mut new = 0;
            for d in got.datasets {
                new += u64::from(self.state.add(d));
            }
            self.state.pages_done = page;
            self.state.checkpoint(&self.opts.out)?;
            if page.is_multiple_of(100) {
                self.note(|| format!("list page {page}, {} datasets", self.state.items.len()));
            }
            if new == 0 {
                break;
            }
        }
        Ok(())
    }

    /// The whole list, read again (at most [`MAX_PASSES`] times) until it has as many datasets
    /// as the portal counts.
    fn list(&mut self) -> Result<(), String> {
        loop {
            let total = self.count()?;
            self.read_list(total)?;
            let have = self.state.items.len() as u64;
            if have == total {
                return Ok(());
            }
            if self.state.pass >= MAX_PASSES {
                return Err(format!(
                    "/datasets/getdatasetsre listed {have} datasets but /datasets/getdatasetsrecount \
says {total}, after {} reads of the whole list",
                    self.state.pass
                ));
            }
            self.note(|| format!("listed {have} of {total}: reading the list again"));
            self.state.restart_list();
        }
    }

    /// Each listed dataset's versions: kept from this harvest's state or the current catalogue
    /// when its `modifiedDate` is the same, else asked of the mapping endpoint.
    fn versions(&mut self, known: &HashMap<String, Versions>) -> Result<(), String> {
        for i in 0..self.state.items.len() {
            let d = &self.state.items[i];
            let (uri, modified) = (d.api_uri.clone(), d.modified_date.clone());
            let fresh = |v: &Versions| v.modified_date == modified;
            if self.state.versions.get(&uri).is_some_and(fresh) {
                continue;
            }
            if let Some(v) = known.get(&uri).filter(|v| fresh(v)) {
                self.state.versions.insert(uri, v.clone());
                self.reused += 1;
                continue;
            }
            let path = format!("/api/v4/mapping/{}", opendata_core::url::encode(&uri));
            // The app reads the same answer with the same type (`wire::Mapping`).
            let answer: Option<Mapping> = self.client.get_json(&path, true)?;
            self.mappings += 1;
            let versions = match answer.map(|m| m.versions()) {
                None => Vec::new(),
                Some(v) if v.is_empty() => {
                    return Err(format!("GET {path}: unexpected JSON shape: no versions"))
                }
                Some(v) => v,
            };
            self.state.versions.insert(
                uri,
                Versions {
                    modified_date: modified,
                    versions,
                },
            );
            self.state.checkpoint(&self.opts.out)?;
            if self.mappings.is_multiple_of(500) {
                self.note(|| format!("{} mappings read", self.mappings));
            }
        }
        Ok(())
    }
}

/// Harvests `opts.portal` into `opts.out`. On failure the progress is saved for the next run
/// and the error names the endpoint (and the field, for a shape it does not know).
pub fn run(opts: &Options) -> Result<Summary, String> {
    let started = Instant::now();
    let out = &opts.out;
    std::fs::create_dir_all(out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let current = output::current(out)?;
    let known: HashMap<String, Versions> = current
        .iter()
        .flat_map(|c| c.catalogue.iter())
        .flat_map(|c| c.datasets.iter())
        .map(|d| {
            let v = Versions {
                modified_date: d.modified_date.clone(),
                versions: d.versions.clone(),
            };
            (d.api_uri.clone(), v)
        })
        .collect();
    let resumed = (!opts.fresh)
        .then(|| State::resume(out, &opts.portal))
        .flatten();
    let mut run = Run {
        opts,
        client: Client::new(&opts.portal, opts.client.clone()),
        state: resumed.unwrap_or_else(|| State::new(&opts.portal)),
        list_pages: 0,
        mappings: 0,
        reused: 0,
    };
    if run.state.pages_done > 0 {
        run.note(|| format!("resuming after list page {}", run.state.pages_done));
    }
    let harvested = run.list().and_then(|()| run.versions(&known));
    if let Err(e) = harvested {
        // Keep what was fetched for the next run; the harvest's own error comes first.
        if let Err(save) = run.state.save(out) {
            return Err(format!(
                "{e}\nharvest: and the progress was not saved: {save}"
            ));
        }
        return Err(e);
    }
    let stamp = humantime::format_rfc3339_seconds(SystemTime::now()).to_string();
    let (catalogue, skipped) = assemble::assemble(&run.state.items, &run.state.versions, stamp);
    if catalogue.datasets.is_empty() && !opts.force {
        return Err("the portal lists no datasets; run again with --force to publish that".into());
    }
    if let Some(c) = &current {
        let before = c.manifest.datasets;
        let now = catalogue.datasets.len() as u64;
        if (now as f64) < before as f64 * (1.0 - MAX_LOSS) && !opts.force {
            run.state.save(out)?;
            return Err(format!(
                "refusing to replace the catalogue of {before} datasets with one of {now} (more than \
{:.0} % lost); check the portal, or run again with --force",
                MAX_LOSS * 100.0
            ));
        }
    }
    let keep = current.as_ref().map(|c| c.manifest.file.as_str());
    let manifest = output::publish(out, &catalogue, keep)?;
    State::remove(out)?;
    Ok(Summary {
        datasets: catalogue.datasets.len(),
        categories: catalogue.categories.len(),
        agencies: catalogue.agencies.len(),
        skipped,
        list_pages: run.list_pages,
        mappings: run.mappings,
        reused: run.reused,
        passes: run.state.pass,
        http: run.client.counters,
        file: manifest.file,
        file_bytes: manifest.bytes,
        elapsed: started.elapsed(),
    })
}
