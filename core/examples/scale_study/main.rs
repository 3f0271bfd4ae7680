//! What a term-split catalogue index would download (docs/scale.md).
//!
//! `cargo run --release -p opendata-core --example scale_study -- --catalogue DIR
//! [--datasets 100000[,300000]] [--out DIR] [--shard-kb 64] [--block 16]`
//!
//! Reads a harvested catalogue (DIR/manifest.json and the file it names), synthesises larger
//! ones from it ([`synth`]), lays each out as shards ([`split`]) and prints, as Markdown, the
//! sizes and what typical searches would fetch.

mod split;
mod synth;

use opendata_core::catalogue::shards::{lookups, scores};
use opendata_core::catalogue::{CatalogueFile, Manifest};
use opendata_core::search::{by_relevance, Query};
use split::{brotli_len, Layout};
use std::collections::HashSet;
use std::path::PathBuf;
use std::time::Instant;

/// Typical searches: kk, ru, en; one word, several, a prefix as typed, Latin-typed Kazakh.
const QUERIES: [&str; 10] = [
    "білім",
    "школы",
    "населения по областям",
    "transport",
    "bilim",
    "мектеп",
    "zhol",
    "денсау",
    "мектеп Алматы",
    "ka",
];

/// Results on a page.
const PAGE: usize = 20;

struct Args {
    catalogue: PathBuf,
    datasets: Vec<usize>,
    out: PathBuf,
    shard_kb: usize,
    block: usize,
}

fn args() -> Args {
    let mut a = Args {
        catalogue: PathBuf::new(),
        datasets: vec![100_000],
        out: std::env::temp_dir().join("scale_study"),
        shard_kb: 64,
        block: 16,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let value = it.next().unwrap_or_else(|| panic!("{flag} needs a value"));
        let num = |v: &str| v.parse::<usize>().expect("a whole number");
        match flag.as_str() {
            "--catalogue" => a.catalogue = value.into(),
            "--datasets" => a.datasets = value.split(',').map(num).collect(),
            "--out" => a.out = value.into(),
            "--shard-kb" => a.shard_kb = num(&value),
            "--block" => a.block = num(&value).max(1),
            _ => panic!("unknown flag {flag}"),
        }
    }
    assert!(!a.catalogue.as_os_str().is_empty(), "--catalogue DIR");
    a
}

fn main() {
    let a = args();
    let read = |p: PathBuf| std::fs::read_to_string(&p).expect("read the harvested catalogue");
    let manifest = Manifest::decode(&read(a.catalogue.join("manifest.json"))).expect("manifest");
    let json = read(a.catalogue.join(&manifest.file));
    let real = CatalogueFile::decode(&json).expect("catalogue file");
    // The whole file compresses (slowly) beside the rest.
    let whole = std::thread::scope(|s| {
        let whole = s.spawn(|| brotli_len(json.as_bytes()));
        let real = study(&real, "real", &a);
        (real, whole.join().expect("brotli thread"))
    });
    let (mut real_col, whole) = whole;
    let row = format!("{} / {}", kb(json.len()), kb(whole));
    real_col.rows.push(("whole file raw / br".into(), row));
    let mut columns = vec![real_col];
    for &n in &a.datasets {
        let t = Instant::now();
        let c = synth::synthesise(&real, n, 0x5ca1e);
        eprintln!("synthesised {n}: {:.1}s", t.elapsed().as_secs_f64());
        let mut col = study(&c, &n.to_string(), &a);
        let raw = serde_json::to_vec(&c).map_or(0, |v| v.len());
        col.rows
            .push(("whole file raw / br".into(), format!("{} / –", kb(raw))));
        columns.push(col);
    }
    print_tables(&columns);
}

/// One catalogue's figures: (label, value) rows of the layout, then the query rows.
struct Column {
    name: String,
    rows: Vec<(String, String)>,
    queries: Vec<[String; 6]>,
}

fn kb(b: usize) -> String {
    format!("{:.1} KB", b as f64 / 1000.0)
}

fn study(file: &CatalogueFile, name: &str, a: &Args) -> Column {
    let t = Instant::now();
    let out = a.out.join(name);
    let mut l = Layout::build(file, a.shard_kb * 1000, a.block, &out);
    let built = t.elapsed().as_secs_f64();
    let mut br: Vec<usize> = l.shards.iter().map(|s| s.br).collect();
    br.sort_unstable();
    let at = |q: f64| br[((br.len() - 1) as f64 * q).round() as usize];
    let sum = |v: &[split::Size]| (v.iter().map(|s| s.raw).sum(), v.iter().map(|s| s.br).sum());
    let (raw, total_br): (usize, usize) = sum(&l.shards);
    let (uri_raw, uri_br): (usize, usize) = sum(&l.uri_buckets);
    let postings: usize = l.postings.lists.iter().map(Vec::len).sum();
    let mut rows = vec![
        ("datasets".into(), file.datasets.len().to_string()),
        (
            "distinct folded words".into(),
            synth::distinct_terms(file).to_string(),
        ),
        ("distinct keys".into(), l.postings.keys.len().to_string()),
        ("postings (key, dataset)".into(), postings.to_string()),
        ("term shards".into(), l.shards.len().to_string()),
        (
            "term index raw / brotli".into(),
            format!("{} / {}", kb(raw), kb(total_br)),
        ),
        (
            "shard brotli min / median / p95 / max".into(),
            format!(
                "{} / {} / {} / {}",
                kb(br[0]),
                kb(at(0.5)),
                kb(at(0.95)),
                kb(at(1.0))
            ),
        ),
    ];
    let pair = |s: split::Size| format!("{} / {}", kb(s.raw), kb(s.br));
    rows.push(("shard directory raw / br".into(), pair(l.directory_file)));
    rows.push(("meta (names, counts) raw / br".into(), pair(l.meta)));
    rows.push(("facet table raw / br".into(), pair(l.facet_table)));
    rows.push(("views column raw / br".into(), pair(l.views)));
    rows.push(("sort table raw / br".into(), pair(l.sort_table)));
    rows.push(("name ranks (3 langs) raw / br".into(), pair(l.name_ranks)));
    let blocks_br = (l.blocks_raw as f64 * l.blocks_ratio) as usize;
    let summaries = format!("{} / ~{}", kb(l.blocks_raw), kb(blocks_br));
    rows.push((
        format!("summaries ({}-dataset blocks) raw / br", a.block),
        summaries,
    ));
    let uri = format!(
        "{} / {} ({} buckets)",
        kb(uri_raw),
        kb(uri_br),
        l.uri_buckets.len()
    );
    rows.push(("apiUri buckets raw / br".into(), uri));
    rows.push(("build + compress time".into(), format!("{built:.1} s")));

    // A visit: the queries in order, each file fetched once.
    let fixed = l.directory_file.br + l.meta.br + l.facet_table.br + l.views.br;
    let (mut seen_shards, mut seen_blocks) = (HashSet::new(), HashSet::new());
    let ranked: Vec<Vec<(usize, u32)>> = (QUERIES.iter())
        .map(|text| {
            let mut hits: Vec<(usize, u32)> = (scores(&Query::parse(text), &l.postings))
                .into_iter()
                .map(|(d, s)| (d as usize, s))
                .collect();
            by_relevance(&mut hits, |i| file.datasets[i].views);
            hits
        })
        .collect();
    let pages: Vec<usize> = (ranked.iter())
        .flat_map(|h| h.iter().take(PAGE).map(|h| h.0 / a.block))
        .collect();
    l.compress_blocks(&pages);
    let mut queries = Vec::new();
    for (text, hits) in QUERIES.iter().zip(ranked) {
        let q = Query::parse(text);
        let shards = shards_of(&l, &q);
        let shard_br: usize = shards.iter().map(|&s| l.shards[s].br).sum();
        let new_br: usize = (shards.iter().filter(|s| seen_shards.insert(**s)))
            .map(|&s| l.shards[s].br)
            .sum();
        let blocks: HashSet<usize> = hits.iter().take(PAGE).map(|h| h.0 / l.block).collect();
        let page_br: usize = blocks.iter().map(|&b| l.block_brotli(b)).sum();
        let new_page: usize = (blocks.iter().filter(|b| seen_blocks.insert(**b)))
            .map(|&b| l.block_brotli(b))
            .sum();
        // Typed a letter at a time, searching at each: every state's shards.
        let typed: HashSet<usize> = (1..=text.chars().count())
            .map(|n| text.chars().take(n).collect::<String>())
            .flat_map(|s| shards_of(&l, &Query::parse(&s)))
            .collect();
        let typed_br: usize = typed.iter().map(|&s| l.shards[s].br).sum();
        queries.push([
            format!("{text} ({} hits)", hits.len()),
            format!("{} / {}", shards.len(), kb(shard_br)),
            kb(page_br),
            kb(fixed + shard_br + page_br),
            kb(new_br + new_page),
            kb(typed_br),
        ]);
    }
    eprintln!("{name}: {:.1}s", t.elapsed().as_secs_f64());
    Column {
        name: name.to_string(),
        rows,
        queries,
    }
}

/// The shards a search fetches: each whole key's, and every shard a prefix may be in.
fn shards_of(l: &Layout, q: &Query) -> HashSet<usize> {
    let (whole, prefixes) = lookups(q);
    let mut s: HashSet<usize> = whole.iter().map(|k| l.directory.shard_of(k)).collect();
    s.extend(
        prefixes
            .iter()
            .flat_map(|p| l.directory.shards_for_prefix(p)),
    );
    s
}

fn print_tables(columns: &[Column]) {
    let names: Vec<&str> = columns.iter().map(|c| c.name.as_str()).collect();
    println!("| figure | {} |", names.join(" | "));
    println!("|---|{}", "---|".repeat(columns.len()));
    for (i, (label, _)) in columns[0].rows.iter().enumerate() {
        let cells: Vec<&str> = (columns.iter())
            .map(|c| c.rows.get(i).map_or("", |r| r.1.as_str()))
            .collect();
        println!("| {label} | {} |", cells.join(" | "));
    }
    for c in columns {
        println!(
            "\nSearches, catalogue {} (brotli bytes; a visit runs them in this order):\n",
            c.name
        );
        println!("| query | shards / bytes | result page | first search | following search | typed letter by letter: shards |");
        println!("|---|---|---|---|---|---|");
        for q in &c.queries {
            println!("| {} |", q.join(" | "));
        }
    }
}
