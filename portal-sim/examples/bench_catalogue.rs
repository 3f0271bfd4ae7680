//! `cargo run --release -p portal-sim --example bench_catalogue -- [N]`: how long the in-browser
//! catalogue takes on the default seed's catalogue file, on this machine: decoding the file,
//! `Catalogue::new` (building the index) and one `search` per keystroke-sized query, each the
//! median of N rounds (default 20). The release profile compiles core for size (`opt-level =
//! "z"`), as the app's wasm is; a phone is several times slower than a desktop.

use opendata_core::catalogue::{Catalogue, CatalogueFile};
use opendata_core::url::{CatalogueQuery, Sort};
use opendata_core::Lang;
use portal_sim::seed::{catalogue::catalogue_file, Seed, DEFAULT_SEED};
use std::hint::black_box;
use std::time::Instant;

/// The searches: `--bench-search`'s texts (all three languages, both scripts, several words,
/// a two-letter prefix), then the typing of one word, then filters and sorts.
const TEXTS: &[&str] = &[
    "school",
    "мектептерінің",
    "школы",
    "bilim",
    "Астана",
    "qazaqstan",
    "список школ Алматы",
    "дәріханалар Шымкент",
    "kazakhstan population",
    "ш",
    "шк",
    "шко",
    "школ",
    "ав",
    "",
];

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .map(|n| n.parse().expect("N must be a positive integer"))
        .unwrap_or(20)
        .max(1);
    let file = catalogue_file(&Seed::new(DEFAULT_SEED));
    let json = serde_json::to_string(&file).expect("serialises");
    println!(
        "{} datasets, catalogue file {:.1} MB, medians of {rounds} rounds:",
        file.datasets.len(),
        json.len() as f64 / 1e6
    );
    let mut decoded = Vec::with_capacity(rounds);
    let decode = median(rounds, || {
        decoded.push(CatalogueFile::decode(&json).expect("decodes"));
    });
    drop(decoded);
    println!("{decode:>9.2} ms  CatalogueFile::decode");
    // Clones made and results dropped outside the timed part.
    let mut files = vec![file.clone(); rounds];
    let mut built = Vec::with_capacity(rounds);
    let build = median(rounds, || {
        let c = Catalogue::new(files.pop().expect("one per round"));
        // The text index is built on the first search with text: count it here.
        c.index();
        built.push(c);
    });
    drop(built);
    println!("{build:>9.2} ms  Catalogue::new + index");

    let c = Catalogue::new(file);
    let text = |t: &str| CatalogueQuery {
        text: t.to_string(),
        page: 1,
        ..Default::default()
    };
    let mut queries: Vec<(String, CatalogueQuery)> =
        TEXTS.iter().map(|t| (format!("{t:?}"), text(t))).collect();
    let edu = c.file().categories[0].id.clone();
    let ag = c.file().agencies[0].id.clone();
    queries.push((
        "\"мектеп\" + category + agency".into(),
        CatalogueQuery {
            categories: vec![edu.clone()],
            agencies: vec![ag],
            ..text("мектеп")
        },
    ));
    queries.push((
        "\"\" + category, page 5".into(),
        CatalogueQuery {
            categories: vec![edu],
            ..text("").with_page(5)
        },
    ));
    for sort in [Sort::Name, Sort::Views] {
        queries.push((
            format!("\"\" sort={}", sort.as_str()),
            CatalogueQuery {
                sort: Some(sort),
                ..text("")
            },
        ));
    }
    let mut all = Vec::new();
    for (label, q) in &queries {
        let hits = c.search(q, Lang::Ru, 20).total_count;
        let t = median(rounds, || {
            black_box(c.search(q, Lang::Ru, 20));
        });
        println!("{t:>9.2} ms  {hits:>5} hits  {label}");
        all.push(t);
    }
    all.sort_by(f64::total_cmp);
    println!(
        "search: median {:.2} ms, slowest {:.2} ms over {} queries (page of 20 with facets)",
        all[all.len() / 2],
        all[all.len() - 1],
        all.len()
    );
}

/// The median wall time of `rounds` runs of `f`, in milliseconds.
fn median(rounds: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..rounds)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}
