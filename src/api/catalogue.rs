//! The catalogue, searched in the browser: the harvester's static index (`manifest.json` names
//! the current `catalogue-<hash>.json`, `docs/harvest.md`) is fetched once per visit and
//! searched by the engine (`opendata_core::catalogue::Catalogue`), so typing, facets, sorts and
//! paging cost no request and work on the portal as it is today.
//!
//! The engine's code is a wasm chunk of its own (the split point below): the home page fetches
//! it with the catalogue after its first paint, the search and dataset pages beside their own
//! code.

use super::{get_json, get_static, ApiError};
use crate::config;
use futures::future::{FutureExt, LocalBoxFuture, Shared};
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use opendata_core::catalogue::{
    Catalogue, CatalogueStats, FormatError, Indexing, Manifest, Opening,
};
use opendata_core::url::CatalogueQuery;
use opendata_core::wire::{
    Agency, Category, DatasetDetail, DatasetSearchResponse, DatasetSummary, Stats, VersionInfo,
};
use opendata_core::Lang;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// The engine's entry points. Called only through these pointers, so their code stays in the
/// engine's chunk rather than in the main module.
#[derive(Clone, Copy)]
struct Engine {
    begin: fn(&str) -> Result<Opening<'_>, FormatError>,
    step: fn(&mut Opening) -> Result<bool, FormatError>,
    finish: fn(Opening) -> Result<Catalogue, FormatError>,
    indexing: fn(&Catalogue) -> Indexing<'_>,
    index_step: fn(&mut Indexing) -> bool,
    index_finish: fn(&Catalogue, Indexing),
    search: fn(&Catalogue, &CatalogueQuery, Lang, u32) -> DatasetSearchResponse,
    categories: fn(&Catalogue) -> Vec<Category>,
    agencies: fn(&Catalogue) -> Vec<Agency>,
    stats: fn(&Catalogue) -> CatalogueStats,
    dataset: fn(&Catalogue, &str) -> Option<Entry>,
}

/// Datasets decoded or indexed per step: a fraction of a millisecond here, a few on a phone.
const STEP: usize = 64;

/// Work done before the browser gets the thread back: well under the 50 ms that make a long
/// task, even on a phone four times slower than this machine.
const SLICE_MS: f64 = 8.0;

/// A dataset's catalogue entry and its versions, oldest first.
type Entry = (DatasetSummary, Vec<String>);

#[wasm_split(catalogue_engine, wasm_split_path = ::leptos::wasm_split, fallible)]
fn engine() -> Result<Engine, SplitLoaderError> {
    Ok(Engine {
        begin: |json| Opening::begin(json),
        step: |o| o.step(STEP),
        finish: |o| o.finish().map(Catalogue::new),
        indexing: |c| Indexing::begin(c),
        index_step: |i| i.step(STEP),
        index_finish: |c, i| c.set_index(i.finish()),
        search: |c, q, lang, size| c.search(q, lang, size),
        categories: Catalogue::categories,
        agencies: Catalogue::agencies,
        stats: Catalogue::stats,
        dataset: |c, api_uri| c.dataset(api_uri).map(|(s, v)| (s, v.to_vec())),
    })
}

/// The catalogue, ready to search.
pub struct Loaded {
    engine: Engine,
    catalogue: Catalogue,
    /// When the harvest that wrote it ended (RFC 3339, UTC).
    pub harvested: String,
}

type Loading = Shared<LocalBoxFuture<'static, Result<Rc<Loaded>, ApiError>>>;

thread_local! {
    /// The one load of this visit, shared by every page that asks; forgotten when it failed,
    /// so "Try again" fetches again.
    /// Global, not context: read by resource loaders, futures that run outside any reactive owner.
    static LOAD: RefCell<Option<Loading>> = const { RefCell::new(None) };
    /// The text index's build, started by the first search with text (or the home page).
    static INDEXING: RefCell<Option<Shared<LocalBoxFuture<'static, ()>>>> =
        const { RefCell::new(None) };
}

fn format_error(e: FormatError) -> ApiError {
    match e {
        FormatError::Newer(_) => ApiError::Outdated,
        FormatError::Invalid(why) => ApiError::Decode(why),
    }
}

/// The manifest, then the file it names (relative to the manifest), beside the engine's code.
async fn fetch() -> Result<Rc<Loaded>, ApiError> {
    let manifest_url = config::get().catalogue_url();
    let engine = async { engine().await.map_err(|_| ApiError::Offline) };
    let file = async {
        let manifest = Manifest::decode(&get_static(&manifest_url).await?).map_err(format_error)?;
        let dir = match manifest_url.rfind('/') {
            Some(i) => &manifest_url[..=i],
            None => "",
        };
        let text = get_static(&format!("{dir}{}", manifest.file)).await?;
        Ok::<_, ApiError>((manifest, text))
    };
    let (engine, file) = futures::join!(engine, file);
    let (engine, (manifest, text)) = (engine?, file?);
    mark("catalogue-fetched");
    let mut opening = (engine.begin)(&text).map_err(format_error)?;
    in_slices(|| (engine.step)(&mut opening))
        .await
        .map_err(format_error)?;
    let catalogue = (engine.finish)(opening).map_err(format_error)?;
    // Decoding, in the browser's performance timeline (scripts/bench reads it).
    measure("catalogue-open", "catalogue-fetched", "catalogue-ready");
    Ok(Rc::new(Loaded {
        engine,
        catalogue,
        harvested: manifest.harvested,
    }))
}

/// Builds the text index in slices (once per visit; a search with text waits for it).
pub async fn indexed() -> Result<Rc<Loaded>, ApiError> {
    let l = loaded().await?;
    if !l.catalogue.has_index() {
        let build = INDEXING.with(|b| {
            let l = l.clone();
            b.borrow_mut()
                .get_or_insert_with(|| {
                    async move {
                        mark("catalogue-indexing");
                        let mut indexing = (l.engine.indexing)(&l.catalogue);
                        let _ =
                            in_slices(|| Ok::<_, ()>((l.engine.index_step)(&mut indexing))).await;
                        (l.engine.index_finish)(&l.catalogue, indexing);
                        measure("catalogue-index", "catalogue-indexing", "catalogue-indexed");
                    }
                    .boxed_local()
                    .shared()
                })
                .clone()
        });
        build.await;
    }
    Ok(l)
}

/// Runs `step` until it says it is done, giving the browser the thread back every
/// [`SLICE_MS`], so that the page keeps answering taps and paints while the catalogue opens.
async fn in_slices<E>(mut step: impl FnMut() -> Result<bool, E>) -> Result<(), E> {
    let perf = web_sys::window().and_then(|w| w.performance());
    let now = || perf.as_ref().map_or(0.0, |p| p.now());
    loop {
        let start = now();
        while now() - start < SLICE_MS {
            if step()? {
                return Ok(());
            }
        }
        yield_to_browser().await;
    }
}

/// `scheduler.yield()` where the browser has it (the task resumes ahead of other work), else
/// a zero timeout.
async fn yield_to_browser() {
    let global = js_sys::global();
    let scheduler = js_sys::Reflect::get(&global, &"scheduler".into()).ok();
    let yield_fn = scheduler
        .as_ref()
        .filter(|s| s.is_object())
        .and_then(|s| js_sys::Reflect::get(s, &"yield".into()).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let promise = match (scheduler, yield_fn) {
        (Some(s), Some(f)) => f
            .call0(&s)
            .ok()
            .and_then(|p| p.dyn_into::<js_sys::Promise>().ok()),
        _ => None,
    };
    let promise = promise.unwrap_or_else(|| {
        js_sys::Promise::new(&mut |resolve, _| {
            if let Some(w) = web_sys::window() {
                let _ = w.set_timeout_with_callback(&resolve);
            }
        })
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Marks `end` and measures from `start` to it.
fn measure(name: &str, start: &str, end: &str) {
    mark(end);
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.measure_with_start_mark_and_end_mark(name, start, end);
    }
}

fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// The catalogue: loaded once per visit (every caller meanwhile waits for the same load).
pub async fn loaded() -> Result<Rc<Loaded>, ApiError> {
    let load = LOAD.with(|l| {
        l.borrow_mut()
            .get_or_insert_with(|| fetch().boxed_local().shared())
            .clone()
    });
    let result = load.await;
    if result.is_err() {
        LOAD.with(|l| *l.borrow_mut() = None);
    }
    result
}

impl Loaded {
    /// One page of results with the facets, as `CatalogueQuery` says (`docs/portal-api.md`
    /// §3.1 for the matching, ranking and facet rules).
    pub fn search(&self, q: &CatalogueQuery, lang: Lang, size: u32) -> DatasetSearchResponse {
        // The engine's share of a search, apart from rendering (scripts/bench observes it). Only
        // the last search's entries stay on the timeline: a long visit must not pile them up.
        let perf = web_sys::window().and_then(|w| w.performance());
        if let Some(p) = &perf {
            p.clear_marks_with_mark_name("catalogue-searching");
            p.clear_marks_with_mark_name("catalogue-searched");
            p.clear_measures_with_measure_name("catalogue-search");
        }
        mark("catalogue-searching");
        let r = (self.engine.search)(&self.catalogue, q, lang, size);
        measure(
            "catalogue-search",
            "catalogue-searching",
            "catalogue-searched",
        );
        r
    }
    pub fn stats(&self) -> CatalogueStats {
        (self.engine.stats)(&self.catalogue)
    }
}

/// One page of the catalogue with facets.
pub async fn search(
    q: &CatalogueQuery,
    lang: Lang,
    size: u32,
) -> Result<DatasetSearchResponse, ApiError> {
    let l = if q.text.trim().is_empty() {
        loaded().await?
    } else {
        indexed().await?
    };
    Ok(l.search(q, lang, size))
}

/// The categories with their dataset counts, in the portal's order.
pub async fn categories() -> Result<Vec<Category>, ApiError> {
    let l = loaded().await?;
    Ok((l.engine.categories)(&l.catalogue))
}

/// Every agency with its dataset count: central first, then akimats, then the others.
pub async fn agencies() -> Result<Vec<Agency>, ApiError> {
    let l = loaded().await?;
    Ok((l.engine.agencies)(&l.catalogue))
}

/// The home page's catalogue counters.
pub async fn stats() -> Result<CatalogueStats, ApiError> {
    Ok(loaded().await?.stats())
}

/// A dataset as the catalogue has it, with its versions (oldest first). The person responsible
/// and each version's date come from `/meta` (the datasheet asks for it).
pub async fn dataset(api_uri: &str) -> Result<DatasetDetail, ApiError> {
    let l = loaded().await?;
    let (summary, versions) =
        (l.engine.dataset)(&l.catalogue, api_uri).ok_or(ApiError::NotFound)?;
    Ok(DatasetDetail {
        summary,
        responsible: None,
        versions: versions
            .into_iter()
            .map(|version| VersionInfo {
                version,
                created_date: String::new(),
                rows_count: 0,
            })
            .collect(),
    })
}

/// `GET /api/portal/stats` (extension): the counters only the extension knows (apps, requests
/// for update, applications); its catalogue figures are the catalogue's own.
pub async fn extension_stats() -> Result<Stats, ApiError> {
    get_json("/api/portal/stats").await
}
