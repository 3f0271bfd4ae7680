//! `portal-sim [--addr 127.0.0.1:8090] [--seed N]`

use portal_sim::{app, seed::DEFAULT_SEED, AppState};
use std::process::ExitCode;

const USAGE: &str = "usage: portal-sim [--addr HOST:PORT] [--seed N]\n\
  --addr  listen address (default 127.0.0.1:8090)\n\
  --seed  data seed (default 20261128); same seed, same data";

fn parse_args() -> Result<(String, u64), String> {
    let mut addr = "127.0.0.1:8090".to_string();
    let mut seed = DEFAULT_SEED;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--addr" => addr = args.next().ok_or("--addr needs a value")?,
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
    Ok((addr, seed))
}

#[tokio::main]
async fn main() -> ExitCode {
    let (addr, seed) = match parse_args() {
        Ok(x) => x,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("portal-sim: {e}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let state = AppState::new(seed);
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
        "portal-sim: seed {seed}, {} datasets",
        state.seed.datasets.len()
    );
    if let Err(e) = axum::serve(listener, app(state)).await {
        eprintln!("portal-sim: server error: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
