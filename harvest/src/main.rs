//! `harvest --portal URL --out DIR [options]`: see `USAGE` and docs/harvest.md.

use harvest::{run, Options};
use std::process::ExitCode;
use std::time::Duration;

const USAGE: &str =
    "usage: harvest --portal URL --out DIR [--rate REQS_PER_SEC] [--timeout-secs N] \
[--retries N] [--backoff-ms N] [--fresh] [--force] [--quiet]\n\
  --portal        the portal's origin, e.g. https://data.egov.kz\n\
  --out           the output directory: manifest.json and catalogue-<hash>.json\n\
  --rate          requests a second at most (default 1; 0 = as fast as the portal answers)\n\
  --timeout-secs  per request (default 30)\n\
  --retries       retries per request on 429, 5xx, timeouts, dropped connections and HTML or\n\
                  broken JSON answers (default 6)\n\
  --backoff-ms    the wait before the first retry, doubled for each next one (default 1000);\n\
                  a longer Retry-After wins\n\
  --fresh         ignore DIR/.harvest-state.json (an unfinished run's progress)\n\
  --force         replace the catalogue even if the harvest lost more than 5 % of its datasets\n\
  --quiet         no progress lines (the summary and errors are still printed)";

fn parse_args() -> Result<Options, String> {
    let mut portal = None;
    let mut out = None;
    let mut rest = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
        match a.as_str() {
            "--portal" => portal = Some(value("--portal")?),
            "--out" => out = Some(value("--out")?),
            "--rate" | "--timeout-secs" | "--retries" | "--backoff-ms" => {
                let v = value(&a)?;
                rest.push((a, v));
            }
            "--fresh" | "--force" | "--quiet" => rest.push((a, String::new())),
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    let portal = portal.ok_or("--portal is required")?;
    if !(portal.starts_with("http://") || portal.starts_with("https://")) {
        return Err(format!("--portal must be an http(s) URL, got {portal:?}"));
    }
    let mut o = Options::new(&portal, out.ok_or("--out is required")?);
    o.progress = true;
    let number = |name: &str, v: &str| -> Result<f64, String> {
        v.parse::<f64>()
            .ok()
            .filter(|n| n.is_finite() && *n >= 0.0)
            .ok_or_else(|| format!("{name} must be a non-negative number, got {v:?}"))
    };
    for (name, v) in rest {
        match name.as_str() {
            "--rate" => o.client.rate = number(&name, &v)?,
            "--timeout-secs" => {
                o.client.timeout = Duration::from_secs_f64(number(&name, &v)?.max(0.001))
            }
            "--retries" => o.client.retries = number(&name, &v)?.min(100.0) as u32,
            "--backoff-ms" => o.client.backoff = Duration::from_millis(number(&name, &v)? as u64),
            "--fresh" => o.fresh = true,
            "--force" => o.force = true,
            _ => o.progress = false,
        }
    }
    Ok(o)
}

fn main() -> ExitCode {
    let opts = match parse_args() {
        Ok(o) => o,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("harvest: {e}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&opts) {
        Ok(summary) => {
            print!("{summary}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("harvest: failed: {e}");
            ExitCode::FAILURE
        }
    }
}
