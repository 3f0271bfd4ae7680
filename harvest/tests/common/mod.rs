//! Shared by the harvest tests: routers served on 127.0.0.1:0 in a background thread, a
//! portal-sim (today profile, default seed) per test with its own faults, fast options, and a
//! field-by-field comparison of a harvested catalogue with the seed.
#![allow(dead_code)] // each test binary uses a different subset

use harvest::{output, Options};
use opendata_core::catalogue::{CatalogueFile, Manifest};
use opendata_core::wire::AgencyKind;
use portal_sim::seed::{Seed, DEFAULT_SEED};
use portal_sim::store::Store;
use portal_sim::AppState;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

/// Serves `router` on a free loopback port; its base URL.
pub fn serve(router: axum::Router) -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.set_nonblocking(true).expect("nonblocking");
    let addr = listener.local_addr().expect("addr");
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("runtime");
        rt.block_on(async move {
            let l = tokio::net::TcpListener::from_std(listener).expect("listener");
            axum::serve(l, router).await.expect("serve");
        });
    });
    format!("http://{addr}")
}

/// The default-seed stand-in in the today profile, seeded once per test binary.
pub fn today() -> Arc<AppState> {
    static S: OnceLock<Arc<AppState>> = OnceLock::new();
    S.get_or_init(|| AppState::new_today(DEFAULT_SEED)).clone()
}

pub fn seed() -> Arc<Seed> {
    today().seed.clone()
}

/// A stand-in of its own (its own faults) on the shared catalogue.
pub struct Sim {
    pub url: String,
}

impl Sim {
    pub fn start() -> Sim {
        let state = today()
            .fork(Store::memory().expect("store"), Vec::new())
            .expect("fork");
        Sim {
            url: serve(portal_sim::app(state)),
        }
    }

    /// `POST /__sim/faults`
    pub fn fault(&self, spec: serde_json::Value) {
        let resp = ureq::post(&format!("{}/__sim/faults", self.url))
            .header("content-type", "application/json")
            .send(spec.to_string())
            .expect("fault added");
        assert_eq!(resp.status(), 201);
    }

    /// `DELETE /__sim/faults`
    pub fn clear_faults(&self) {
        ureq::delete(&format!("{}/__sim/faults", self.url))
            .call()
            .expect("faults cleared");
    }

    /// `getdatasetsrecount` as the portal's pages ask it.
    pub fn recount(&self) -> u64 {
        let mut resp = ureq::get(&format!(
            "{}/datasets/getdatasetsrecount?status=PUBLISHED",
            self.url
        ))
        .header("X-Requested-With", "XMLHttpRequest")
        .call()
        .expect("recount");
        let v: serde_json::Value =
            serde_json::from_str(&resp.body_mut().read_to_string().unwrap()).unwrap();
        v["totalCount"].as_u64().expect("totalCount")
    }
}

/// An empty directory of the system's temporary directory for one test.
pub fn temp_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("harvest-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("temp dir");
    d
}

/// The harvest's options at full speed, with a short backoff and timeout.
pub fn fast(url: &str, out: &Path) -> Options {
    let mut o = Options::new(url, out);
    o.client.rate = 0.0;
    o.client.backoff = Duration::from_millis(5);
    o.client.timeout = Duration::from_secs(5);
    o
}

/// A clean full harvest of the default seed, done once per test binary: its directory and the
/// summary. Tests copy the directory ([`copy_of_fixture`]) to start from a good catalogue.
pub fn fixture() -> &'static (PathBuf, harvest::Summary) {
    static F: OnceLock<(PathBuf, harvest::Summary)> = OnceLock::new();
    F.get_or_init(|| {
        let sim = Sim::start();
        let dir = temp_dir("fixture");
        let summary = harvest::run(&fast(&sim.url, &dir)).expect("a clean harvest");
        (dir, summary)
    })
}

pub fn copy_of_fixture(name: &str) -> PathBuf {
    let (from, _) = fixture();
    let to = temp_dir(name);
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
    }
    to
}

/// The published manifest and catalogue of `dir`, checked: the file is named by its hash and
/// the manifest's counts are the file's.
pub fn published(dir: &Path) -> (Manifest, CatalogueFile) {
    let m = Manifest::decode(&std::fs::read_to_string(dir.join("manifest.json")).unwrap())
        .expect("manifest");
    let bytes = std::fs::read(dir.join(&m.file)).expect("catalogue file");
    assert_eq!(output::file_name(&bytes), m.file);
    assert_eq!(m.bytes, bytes.len() as u64);
    let c = CatalogueFile::decode(std::str::from_utf8(&bytes).unwrap()).expect("catalogue");
    assert_eq!(m.harvested, c.harvested);
    assert_eq!(
        (m.datasets, m.categories, m.agencies),
        (
            c.datasets.len() as u64,
            c.categories.len() as u64,
            c.agencies.len() as u64
        )
    );
    (m, c)
}

fn rank(k: AgencyKind) -> u8 {
    match k {
        AgencyKind::Central => 0,
        AgencyKind::Regional => 1,
        AgencyKind::Other => 2,
    }
}

/// `dir`'s catalogue holds exactly the seed: every dataset in catalogue order, field by field;
/// the agencies and categories the datasets use, in the documented order.
pub fn assert_exact(dir: &Path) {
    let seed = seed();
    let (_, c) = published(dir);
    assert_eq!(c.datasets.len(), seed.datasets.len());
    for (e, ds) in c.datasets.iter().zip(&seed.datasets) {
        let at = &ds.api_uri;
        assert_eq!(e.api_uri, ds.api_uri);
        assert_eq!(e.id, ds.id, "{at}");
        assert_eq!(e.names, ds.names, "{at}");
        assert_eq!(e.descriptions, ds.descriptions, "{at}");
        assert_eq!(e.keywords, ds.keywords, "{at}");
        let (ea, sa) = (&c.agencies[e.agency as usize], &seed.agencies[ds.agency]);
        assert_eq!(
            (&ea.id, &ea.names, &ea.fullnames, ea.kind),
            (&sa.id, &sa.names, &sa.fullnames, sa.kind),
            "{at}"
        );
        let cats: Vec<_> = e
            .categories
            .iter()
            .map(|&i| {
                (
                    &c.categories[i as usize].id,
                    &c.categories[i as usize].names,
                )
            })
            .collect();
        let want: Vec<_> = ds
            .categories
            .iter()
            .map(|&i| (&seed.categories[i].id, &seed.categories[i].names))
            .collect();
        assert_eq!(cats, want, "{at}");
        assert_eq!(e.created_date, ds.created_date, "{at}");
        assert_eq!(e.modified_date, ds.modified_date, "{at}");
        assert_eq!((e.views, e.downloads), (ds.views, ds.downloads), "{at}");
        assert_eq!(
            (e.actualize_type, e.actual),
            (ds.actualize_type, ds.actual),
            "{at}"
        );
        let versions: Vec<&str> = ds.versions.iter().map(|v| v.name.as_str()).collect();
        assert_eq!(e.versions, versions, "{at}");
    }
    // Agencies: those the datasets use, central, then regional, then other, each group in order
    // of first appearance; categories in order of first appearance.
    let mut agencies: Vec<usize> = Vec::new();
    let mut categories: Vec<usize> = Vec::new();
    for ds in &seed.datasets {
        if !agencies.contains(&ds.agency) {
            agencies.push(ds.agency);
        }
        for &k in &ds.categories {
            if !categories.contains(&k) {
                categories.push(k);
            }
        }
    }
    agencies.sort_by_key(|&a| rank(seed.agencies[a].kind));
    let ids: Vec<&str> = c.agencies.iter().map(|a| a.id.as_str()).collect();
    let want: Vec<&str> = agencies
        .iter()
        .map(|&a| seed.agencies[a].id.as_str())
        .collect();
    assert_eq!(ids, want);
    let ids: Vec<&str> = c.categories.iter().map(|a| a.id.as_str()).collect();
    let want: Vec<&str> = categories
        .iter()
        .map(|&k| seed.categories[k].id.as_str())
        .collect();
    assert_eq!(ids, want);
}
