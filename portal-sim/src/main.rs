//! `portal-sim [--addr 127.0.0.1:8090] [--seed N] [--profile today|extended] [--db PATH]
//! [--catalogue DIR] [--allow-origin ORIGIN]... [--bench-search N] [--bench-data N]
//! [--print-openapi]`

use portal_sim::{app, seed::DEFAULT_SEED, AppState, Profile};
use std::process::ExitCode;
use std::time::Instant;

const USAGE: &str = "usage: portal-sim [--addr HOST:PORT] [--seed N] [--profile today|extended] \
[--db PATH] [--catalogue DIR] [--allow-origin ORIGIN]... [--bench-search N] [--bench-data N]\n\
  [--print-openapi]\n\
  --addr          listen address (default 127.0.0.1:8090)\n\
  --seed          data seed (default 20261128); same seed, same data\n\
  --profile       `today`: only what data.egov.kz serves today (every /api/portal/... path is\n\
                  a 404); `extended` (default): today's endpoints plus our /api/portal/...\n\
  --db            SQLite file for sessions, comments, requests, subscriptions, contacts,\n\
                  votes and new applications (created if missing; kept across restarts).\n\
                  Without it they live in memory and are gone at exit\n\
  --catalogue     serve the harvested catalogue (harvest --out DIR) at /catalogue/{file}, as the\n\
                  portal's web server would serve it beside the app\n\
  --allow-origin  an origin allowed to call with cookies (CORS), e.g. http://localhost:3000;\n\
                  repeatable\n\
  --bench-search  run a fixed set of catalogue searches N times each in-process, print the\n\
                  median query time and exit (build with --release for meaningful figures)\n\
  --bench-data    the same for a fixed set of `source` queries on gbd_ul (1,000,000 rows)\n\
  --print-openapi print the OpenAPI 3.1 document of the extension (docs/openapi.json; served\n\
                  at /api/portal/openapi.json) and exit";

struct Args {
    addr: String,
    seed: u64,
    profile: Profile,
    db: Option<std::path::PathBuf>,
    catalogue: Option<std::path::PathBuf>,
    origins: Vec<String>,
    bench: Option<u32>,
    bench_data: Option<u32>,
    print_openapi: bool,
}

fn parse_args() -> Result<Args, String> {
    let mut addr = "127.0.0.1:8090".to_string();
    let mut seed = DEFAULT_SEED;
    let mut profile = Profile::default();
    let mut bench = None;
    let mut bench_data = None;
    let mut print_openapi = false;
    let mut db = None;
    let mut catalogue = None;
    let mut origins = Vec::new();
    let mut args = std::env::args().skip(1);
    let rounds = |args: &mut dyn Iterator<Item = String>, name: &str| {
        let v = args.next().ok_or(format!("{name} needs a value"))?;
        v.parse()
            .ok()
            .filter(|&n| n >= 1)
            .ok_or_else(|| format!("{name} must be a positive integer, got {v:?}"))
    };
    while let Some(a) = args.next() {
        match a.as_str() {
            "--addr" => addr = args.next().ok_or("--addr needs a value")?,
            "--db" => db = Some(args.next().ok_or("--db needs a path")?.into()),
            "--catalogue" => {
                catalogue = Some(args.next().ok_or("--catalogue needs a directory")?.into())
            }
            "--profile" => {
                let v = args.next().ok_or("--profile needs a value")?;
                profile = Profile::parse(&v)
                    .ok_or_else(|| format!("--profile must be today or extended, got {v:?}"))?;
            }
            "--allow-origin" => {
                let v = args.next().ok_or("--allow-origin needs an origin")?;
                // Browsers send `scheme://host[:port]`, nothing more; compare with that.
                let o = v.trim_end_matches('/');
                let ok = (o.starts_with("http://") || o.starts_with("https://"))
                    && !o
                        .split_once("://")
                        .is_some_and(|(_, rest)| rest.is_empty() || rest.contains('/'));
                if !ok {
                    return Err(format!(
                        "--allow-origin must look like http://host:port, got {v:?}"
                    ));
                }
                origins.push(o.to_string());
            }
            "--bench-search" => bench = Some(rounds(&mut args, "--bench-search")?),
            "--bench-data" => bench_data = Some(rounds(&mut args, "--bench-data")?),
            "--print-openapi" => print_openapi = true,
            "--seed" => {
                let v = args.next().ok_or("--seed needs a value")?;
                seed = v
                    .parse()
                    .map_err(|_| format!("--seed must be a non-negative integer, got {v:?}"))?;
            }
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    Ok(Args {
        addr,
        seed,
        profile,
        db,
        catalogue,
        origins,
        bench,
        bench_data,
        print_openapi,
    })
}

/// The `--bench-search` queries: the issue's examples in all three languages and both scripts,
/// multi-word, and a two-letter prefix (the widest lookup).
const BENCH_QUERIES: &[&str] = &[
    "school",
    "schools",
    "мектеп",
    "мектептерінің",
    "школы",
    "bilim",
    "аурухана",
    "Астана",
    "transport",
    "qazaqstan",
    "densaulyq",
    "список школ Алматы",
    "public schools of Akmola",
    "дәріханалар Шымкент",
    "ав",
    "kazakhstan population",
];

/// Times whole searches (match, facets, sort, first page's matched words; no HTTP or JSON).
fn bench(state: &AppState, rounds: u32) {
    use opendata_core::url::Sort;
    use portal_sim::search::{self, Params, Query};
    let mut all = Vec::new();
    for text in BENCH_QUERIES {
        let mut times = Vec::new();
        let mut total = 0;
        for _ in 0..rounds {
            let t = Instant::now();
            let p = Params {
                query: Query::parse(text),
                categories: Vec::new(),
                agencies: Vec::new(),
                sort: Sort::Relevance,
                lang: opendata_core::Lang::Kk,
            };
            let out = search::run(&state.seed, &state.docs, &p);
            if let Some(m) = &out.matcher {
                for &i in out.results.iter().take(20) {
                    std::hint::black_box(state.docs.matched_words(i, m));
                }
            }
            total = out.results.len();
            times.push(t.elapsed().as_secs_f64() * 1e3);
        }
        times.sort_by(f64::total_cmp);
        let med = times[times.len() / 2];
        println!("{med:>9.3} ms  {total:>5} hits  {text}");
        all.extend(times);
    }
    all.sort_by(f64::total_cmp);
    println!(
        "median {:.3} ms, p90 {:.3} ms over {} searches",
        all[all.len() / 2],
        all[all.len() * 9 / 10],
        all.len()
    );
}

/// The `--bench-data` queries on gbd_ul: what the app's data table sends (a filter, a non-pk
/// sort with the pk as tie-breaker, free text, the tail read backwards), and the pk fast paths.
const BENCH_SOURCES: &[&str] = &[
    r#"{"from":0,"size":20,"query":{"match":{"statusru":"Ликвидирован"}},"sort":[{"datereg":{"order":"desc"}},{"bin":{"order":"asc"}}]}"#,
    r#"{"from":0,"size":20,"sort":[{"datereg":{"order":"desc"}},{"bin":{"order":"asc"}}]}"#,
    r#"{"from":9980,"size":20,"sort":[{"datereg":{"order":"asc"}},{"bin":{"order":"desc"}}]}"#,
    r#"{"from":0,"size":20,"query":{"bool":{"must":[{"query_string":{"query":"Агро AND Сервис"}}]}},"sort":[{"nameru":{"order":"asc"}},{"bin":{"order":"asc"}}]}"#,
    r#"{"from":0,"size":20,"query":{"query_string":{"query":"113 AND 166"}}}"#,
    r#"{"from":0,"size":20,"query":{"range":{"datereg":{"gte":"2015-01-01","lte":"2015-06-30"}}}}"#,
    r#"{"from":0,"size":20,"query":{"term":{"okedru":"Оптовая торговля"}}}"#,
    r#"{"from":9980,"size":20,"sort":[{"addressru":{"order":"desc"}},{"bin":{"order":"asc"}}]}"#,
    r#"{"from":999980,"size":20,"sort":[{"nameru":{"order":"asc"}},{"bin":{"order":"asc"}}]}"#,
    r#"{"from":0,"size":20,"sort":[{"bin":{"order":"asc"}}]}"#,
    r#"{"from":0,"size":20,"sort":[{"id":{"order":"desc"}}],"query":{"range":{"id":{"gt":"999950"}}}}"#,
];

/// Times `dsl::execute` on gbd_ul (evaluation and the page's records; no HTTP or JSON).
fn bench_data(state: &AppState, rounds: u32) -> Result<(), String> {
    use opendata_core::source::Source;
    use portal_sim::dsl::{self, Table};
    let ds = state
        .seed
        .dataset("gbd_ul")
        .ok_or("no gbd_ul in this seed")?;
    let t = Table {
        seed: &state.seed,
        ds,
        ver: ds.last_version(),
    };
    for text in BENCH_SOURCES {
        let src = Source::parse_str(text)?;
        let mut times = Vec::new();
        let mut total = 0;
        for _ in 0..rounds {
            let started = Instant::now();
            total = dsl::execute(&t, &src)?.total;
            times.push(started.elapsed().as_secs_f64() * 1e3);
        }
        times.sort_by(f64::total_cmp);
        let med = times[times.len() / 2];
        println!("{med:>9.1} ms  {total:>7} hits  {text}");
    }
    Ok(())
}

#[tokio::main]
async fn main() -> ExitCode {
    let Args {
        addr,
        seed,
        profile,
        db,
        catalogue,
        origins,
        bench: rounds,
        bench_data: data_rounds,
        print_openapi,
    } = match parse_args() {
        Ok(x) => x,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("portal-sim: {e}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    if print_openapi {
        print!("{}", portal_sim::openapi::pretty_json());
        return ExitCode::SUCCESS;
    }
    let started = Instant::now();
    let state = match AppState::open(seed, db.as_deref(), origins, profile) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("portal-sim: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Some(dir) = catalogue {
        let _ = state.catalogue_dir.set(dir);
    }
    if let Some(n) = rounds {
        println!(
            "portal-sim: seed {seed}, {} datasets, ready in {:.0} ms",
            state.seed.datasets.len(),
            started.elapsed().as_secs_f64() * 1e3
        );
        bench(&state, n);
        return ExitCode::SUCCESS;
    }
    if let Some(n) = data_rounds {
        println!(
            "portal-sim: seed {seed}, ready in {:.0} ms",
            started.elapsed().as_secs_f64() * 1e3
        );
        return match bench_data(&state, n) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("portal-sim: {e}");
                ExitCode::FAILURE
            }
        };
    }
    let listener = match tokio::net::TcpListener::bind(&addr).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("portal-sim: cannot listen on {addr}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let local = listener.local_addr().map_or(addr, |a| a.to_string());
    println!("portal-sim: listening on http://{local}");
    println!("portal-sim: demo apiKey {}", state.seed.demo_api_key);
    println!(
        "portal-sim: seed {seed}, {} datasets, profile {}",
        state.seed.datasets.len(),
        profile.as_str()
    );
    match &db {
        Some(p) => println!("portal-sim: store {}", p.display()),
        None => println!("portal-sim: store in memory (use --db PATH to keep it)"),
    }
    if profile == Profile::Extended {
        println!("portal-sim: sign in at http://{local}/api/portal/login");
    }
    if let Err(e) = axum::serve(listener, app(state)).await {
        eprintln!("portal-sim: server error: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
