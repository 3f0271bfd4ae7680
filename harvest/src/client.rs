//! A polite HTTP client for the portal: at most `rate` requests a second, a timeout per request,
//! and retries with exponential backoff (honouring `Retry-After`) on what a busy portal does:
//! 429, 5xx, timeouts, dropped connections, and an HTML page or a cut-off body where JSON was
//! expected. A JSON answer of a shape we do not know is never retried: it fails at once, naming
//! the endpoint and the field.

use serde::de::DeserializeOwned;
use std::time::{Duration, Instant};

/// What the harvest is told about its politeness and patience.
#[derive(Clone, Debug)]
pub struct ClientOptions {
    /// Requests a second at most; 0 = as fast as the portal answers.
    pub rate: f64,
    pub timeout: Duration,
    /// Retries per request after the first attempt.
    pub retries: u32,
    /// The wait before the first retry; doubled for each next one (at most [`MAX_BACKOFF`]).
    pub backoff: Duration,
}

/// The longest wait between two attempts, whatever the backoff or `Retry-After` says.
pub const MAX_BACKOFF: Duration = Duration::from_secs(300);

pub const USER_AGENT: &str = concat!(
    "opendata-harvest/",
    env!("CARGO_PKG_VERSION"),
    " (data.egov.kz catalogue mirror; at most 1 request/s by default)"
);

/// Counters for the summary.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counters {
    /// HTTP attempts, retries included.
    pub requests: u64,
    pub retries: u64,
    /// Response bytes read (after transfer decoding).
    pub bytes: u64,
}

pub struct Client {
    agent: ureq::Agent,
    portal: String,
    opts: ClientOptions,
    next_slot: Option<Instant>,
    pub counters: Counters,
}

/// One attempt's outcome.
enum Attempt<T> {
    Done(T),
    /// Worth another try; the wait the portal asked for, if it said.
    Retry(String, Option<Duration>),
    Fatal(String),
}

impl Client {
    /// `portal` is the origin (`https://data.egov.kz`), without a trailing slash.
    pub fn new(portal: &str, opts: ClientOptions) -> Client {
        let config = ureq::Agent::config_builder()
            .timeout_global(Some(opts.timeout))
            .http_status_as_error(false)
            .user_agent(USER_AGENT)
            .build();
        Client {
            agent: ureq::Agent::new_with_config(config),
            portal: portal.trim_end_matches('/').to_string(),
            opts,
            next_slot: None,
            counters: Counters::default(),
        }
    }

    /// GETs `path` (with its query) as the portal's own pages do (`X-Requested-With`) and
    /// decodes it. `None` for a 404 when `missing_ok`.
    pub fn get_json<T: DeserializeOwned>(
        &mut self,
        path: &str,
        missing_ok: bool,
    ) -> Result<Option<T>, String> {
        let url = format!("{}{path}", self.portal);
        let mut attempt = 0;
        loop {
            self.wait_for_slot();
            self.counters.requests += 1;
            let (why, asked) = match self.attempt(&url, missing_ok) {
                Attempt::Done(v) => return Ok(v),
                Attempt::Fatal(why) => return Err(format!("GET {url}: {why}")),
                Attempt::Retry(why, asked) => (why, asked),
            };
            if attempt >= self.opts.retries {
                return Err(format!(
                    "GET {url}: {why} (gave up after {} attempts)",
                    attempt + 1
                ));
            }
            let backoff = self
                .opts
                .backoff
                .saturating_mul(1u32.checked_shl(attempt).unwrap_or(u32::MAX));
            std::thread::sleep(asked.unwrap_or_default().max(backoff).min(MAX_BACKOFF));
            attempt += 1;
            self.counters.retries += 1;
        }
    }

    /// Sleeps until the next request is allowed by `rate`.
    fn wait_for_slot(&mut self) {
        if self.opts.rate <= 0.0 {
            return;
        }
        let now = Instant::now();
        if let Some(at) = self.next_slot {
            if at > now {
                std::thread::sleep(at - now);
            }
        }
        let gap = Duration::from_secs_f64(1.0 / self.opts.rate);
        self.next_slot = Some(Instant::now() + gap);
    }

    fn attempt<T: DeserializeOwned>(&mut self, url: &str, missing_ok: bool) -> Attempt<Option<T>> {
        let sent = self
            .agent
            .get(url)
            .header("X-Requested-With", "XMLHttpRequest")
            .header("Accept", "application/json")
            .call();
        let mut resp = match sent {
            Ok(r) => r,
            Err(e @ (ureq::Error::BadUri(_) | ureq::Error::Http(_))) => {
                return Attempt::Fatal(e.to_string())
            }
            // Timeouts, refused or dropped connections, DNS and TLS hiccups.
            Err(e) => return Attempt::Retry(e.to_string(), None),
        };
        let status = resp.status().as_u16();
        let html = resp
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.trim_start().starts_with("text/html"));
        let asked = resp
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
            .map(Duration::from_secs);
        let body = match resp.body_mut().read_to_vec() {
            Ok(b) => b,
            Err(e) => return Attempt::Retry(format!("reading the answer: {e}"), None),
        };
        self.counters.bytes += body.len() as u64;
        match status {
            200..=299 => {}
            404 if missing_ok => return Attempt::Done(None),
            429 | 500..=599 => return Attempt::Retry(format!("HTTP {status}"), asked),
            _ => {
                return Attempt::Fatal(format!(
                    "HTTP {status}: {}",
                    String::from_utf8_lossy(&body[..body.len().min(200)])
                ))
            }
        }
        if html || body.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'<') {
            return Attempt::Retry("an HTML page instead of JSON".into(), None);
        }
        match serde_json::from_slice::<T>(&body) {
            Ok(v) => Attempt::Done(Some(v)),
            // Cut off or not JSON at all: a broken answer, worth another try.
            Err(e) if e.is_syntax() || e.is_eof() => {
                Attempt::Retry(format!("broken JSON ({e})"), None)
            }
            // Valid JSON we do not understand: retrying will not help.
            Err(e) => Attempt::Fatal(format!("unexpected JSON shape: {e}")),
        }
    }
}
