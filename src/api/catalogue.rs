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
use opendata_core::catalogue::{Catalogue, CatalogueStats, FormatError, Manifest};
use opendata_core::url::CatalogueQuery;
use opendata_core::wire::{
    Agency, Category, DatasetDetail, DatasetSearchResponse, DatasetSummary, Stats, VersionInfo,
};
use opendata_core::Lang;
use std::cell::RefCell;
use std::rc::Rc;

/// The engine's entry points. Called only through these pointers, so their code stays in the
/// engine's chunk rather than in the main module.
#[derive(Clone, Copy)]
struct Engine {
    open: fn(&str) -> Result<Catalogue, FormatError>,
    search: fn(&Catalogue, &CatalogueQuery, Lang, u32) -> DatasetSearchResponse,
    categories: fn(&Catalogue) -> Vec<Category>,
    agencies: fn(&Catalogue) -> Vec<Agency>,
    stats: fn(&Catalogue) -> CatalogueStats,
    dataset: fn(&Catalogue, &str) -> Option<Entry>,
}

/// A dataset's catalogue entry and its versions, oldest first.
type Entry = (DatasetSummary, Vec<String>);

#[wasm_split(catalogue_engine, wasm_split_path = ::leptos::wasm_split, fallible)]
fn engine() -> Result<Engine, SplitLoaderError> {
    Ok(Engine {
        open: |json| opendata_core::catalogue::CatalogueFile::decode(json).map(Catalogue::new),
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
    static LOAD: RefCell<Option<Loading>> = const { RefCell::new(None) };
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
    let catalogue = (engine.open)(&text).map_err(format_error)?;
    // Decoding and indexing, in the browser's performance timeline (scripts/bench reads it).
    mark("catalogue-ready");
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.measure_with_start_mark_and_end_mark(
            "catalogue-open",
            "catalogue-fetched",
            "catalogue-ready",
        );
    }
    Ok(Rc::new(Loaded {
        engine,
        catalogue,
        harvested: manifest.harvested,
    }))
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
        (self.engine.search)(&self.catalogue, q, lang, size)
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
    Ok(loaded().await?.search(q, lang, size))
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
