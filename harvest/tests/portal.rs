//! The harvester against portal-sim in the today profile (default seed): complete and exact,
//! through faults, incremental, guarded against a shrunken portal, resumable.

mod common;
use common::*;
use harvest::state::STATE_FILE;
use serde_json::json;

#[test]
fn a_full_harvest_is_complete_and_exact() {
    let (dir, s) = fixture();
    let total = Sim::start().recount();
    assert_eq!(total, 4295);
    assert_eq!(s.datasets as u64, total);
    assert!(s.skipped.is_empty());
    assert_eq!((s.categories, s.agencies), (18, 43));
    // One count, ⌈4295 / 10⌉ list pages, one mapping a dataset; nothing retried.
    assert_eq!((s.list_pages, s.mappings, s.reused), (430, 4295, 0));
    assert_eq!(
        (s.http.requests, s.http.retries, s.passes),
        (1 + 430 + 4295, 0, 1)
    );
    assert!(s.http.bytes > s.file_bytes);
    assert_exact(dir);
    assert!(!dir.join(STATE_FILE).exists());
}

#[test]
fn an_unchanged_dataset_keeps_its_versions_and_the_previous_file_stays() {
    let dir = copy_of_fixture("incremental");
    let (before, _) = published(&dir);
    let older = dir.join("catalogue-00000000deadbeef.json");
    std::fs::write(&older, "{}").unwrap();
    let sim = Sim::start();
    let s = harvest::run(&fast(&sim.url, &dir)).expect("harvest");
    assert_eq!((s.list_pages, s.mappings, s.reused), (430, 0, 4295));
    assert_eq!(s.http.requests, 431);
    assert_exact(&dir);
    // The previous catalogue file is kept for clients holding the old manifest; older ones go.
    assert!(dir.join(&before.file).exists());
    assert!(!older.exists());
    // A dataset whose modifiedDate changed asks the mapping again: fake one in the old file.
    let (m, mut c) = published(&dir);
    c.datasets[5].modified_date = "2000-01-01T00:00:00".into();
    c.datasets[5].versions = vec!["v9".into()];
    std::fs::write(dir.join(&m.file), serde_json::to_vec(&c).unwrap()).unwrap();
    let mut m2 = m.clone();
    m2.bytes = std::fs::metadata(dir.join(&m.file)).unwrap().len();
    std::fs::write(dir.join("manifest.json"), serde_json::to_vec(&m2).unwrap()).unwrap();
    let s = harvest::run(&fast(&sim.url, &dir)).expect("harvest");
    assert_eq!((s.mappings, s.reused), (1, 4294));
    assert_exact(&dir);
}

#[test]
fn faults_do_not_change_the_result() {
    let sim = Sim::start();
    // Used one after another (the first-added matching fault applies): 12 failed attempts, at
    // most 5 for one request (6 retries are allowed).
    sim.fault(json!({"path": "/datasets/getdatasetsre", "status": 429, "times": 2}));
    sim.fault(json!({"path": "/datasets/getdatasetsre", "body": "html", "times": 2}));
    sim.fault(json!({"path": "/datasets/getdatasetsre", "body": "malformed", "times": 1}));
    sim.fault(json!({"path": "/api/v4/mapping/d_ats_types", "status": 502, "times": 3}));
    sim.fault(json!({"path": "/api/v4/mapping/s_ats", "body": "malformed", "times": 2}));
    sim.fault(json!({"path": "/api/v4/mapping/gbd_ul", "body": "empty", "times": 1}));
    // Slower than the timeout: a timeout, then the real answer on the retry.
    let slow = "/api/v4/mapping/valutalar_bagamdary4";
    sim.fault(json!({"path": slow, "delayMs": 1500, "times": 1}));
    let dir = temp_dir("faults");
    let mut o = fast(&sim.url, &dir);
    o.client.timeout = std::time::Duration::from_secs(1);
    let s = harvest::run(&o).expect("harvest through faults");
    assert_eq!(s.http.retries, 12);
    // Each 429 came with `Retry-After: 1`, longer than the backoff: it was honoured.
    assert!(s.elapsed >= std::time::Duration::from_secs(2));
    assert_eq!(s.http.requests, 1 + 430 + 4295 + 12);
    assert_exact(&dir);
}

/// The catalogue's first 4295 datasets plus `n` that the portal does not have.
fn with_gone(c: &mut opendata_core::catalogue::CatalogueFile, n: usize) {
    c.datasets.truncate(4295);
    let gone: Vec<_> = c.datasets[..n]
        .iter()
        .map(|d| {
            let mut d = d.clone();
            d.api_uri = format!("{}_gone", d.api_uri);
            d
        })
        .collect();
    c.datasets.extend(gone);
}

#[test]
fn losing_more_than_5_percent_needs_force() {
    let dir = copy_of_fixture("guard");
    // The current catalogue has 300 datasets more than the portal (7 % more than it now has).
    let (_, mut c) = published(&dir);
    with_gone(&mut c, 300);
    let fat = harvest::output::publish(&dir, &c, None).unwrap();
    let sim = Sim::start();
    let mut o = fast(&sim.url, &dir);
    let e = harvest::run(&o).expect_err("refused");
    assert!(
        e.contains("4595") && e.contains("4295") && e.contains("--force"),
        "{e}"
    );
    assert_eq!(published(&dir).0, fat);
    // 200 fewer (4.4 %) is fine.
    with_gone(&mut c, 200);
    harvest::output::publish(&dir, &c, None).unwrap();
    harvest::run(&o).expect("a small loss passes");
    assert_exact(&dir);
    // With --force even a big loss is published.
    with_gone(&mut c, 300);
    harvest::output::publish(&dir, &c, None).unwrap();
    o.force = true;
    let s = harvest::run(&o).expect("forced");
    assert_eq!(s.datasets, 4295);
    assert_exact(&dir);
}

fn pages_done(dir: &std::path::Path) -> u64 {
    let v: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join(STATE_FILE)).expect("state kept")).unwrap();
    v["pagesDone"].as_u64().unwrap()
}

#[test]
fn a_failed_run_goes_on_where_it_stopped() {
    let dir = copy_of_fixture("resume");
    let sim = Sim::start();
    let break_after_50 = || {
        // 50 requests pass (the count and 49 pages), then 500s until cleared.
        sim.fault(json!({"path": "/datasets/getdatasetsre", "delayMs": 0, "times": 50}));
        sim.fault(json!({"path": "/datasets/getdatasetsre", "status": 500}));
    };
    break_after_50();
    let mut o = fast(&sim.url, &dir);
    o.client.retries = 1;
    let e = harvest::run(&o).expect_err("fails part-way");
    assert!(
        e.contains("getdatasetsre?page=50") && e.contains("HTTP 500") && e.contains("2 attempts"),
        "{e}"
    );
    assert_eq!(pages_done(&dir), 49);
    sim.clear_faults();
    let s = harvest::run(&o).expect("resumed");
    assert_eq!(s.list_pages, 430 - 49);
    assert!(!dir.join(STATE_FILE).exists());
    assert_exact(&dir);
    // --fresh ignores an unfinished run's progress.
    break_after_50();
    harvest::run(&o).expect_err("fails part-way again");
    sim.clear_faults();
    o.fresh = true;
    let s = harvest::run(&o).expect("fresh");
    assert_eq!(s.list_pages, 430);
}
