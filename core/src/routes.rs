//! The app's pages as a type: every in-app link is a [`Route`], and [`Route::path`] writes its
//! path after the language prefix (`/datasets/s_ats/data?page=2`), so each URL shape is written
//! once. The web app puts the base path and the language in front (`routing::href` in `src/`).
//!
//! Two other places spell the same shapes and cannot use this type:
//! - the router's patterns, in `src/app.rs`: leptos_router's `path!` macro needs literals. They
//!   are listed again in [`Route::PATTERNS`], and a test (`core/tests/routes.rs`) reads
//!   `src/app.rs` and fails when the two lists differ;
//! - the landing pages' regexes in `scripts/split-manifest.mjs` (the chunks a first visit
//!   loads), which end2end/tests/chunks.spec.ts checks in the browser.

use crate::dataview::DataView;
use crate::url::{build_query, encode, with_mark, CatalogueQuery, ListQuery};

/// The dataset page's tabs, in the order they are shown, each with its URL segment.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Tab {
    Passport,
    Data,
    Api,
    Map,
    Comments,
    Requests,
}

impl Tab {
    pub const ALL: [Tab; 6] = [
        Tab::Passport,
        Tab::Data,
        Tab::Api,
        Tab::Map,
        Tab::Comments,
        Tab::Requests,
    ];

    /// The `:tab` segment of the URL.
    pub fn segment(self) -> &'static str {
        match self {
            Tab::Passport => "passport",
            Tab::Data => "data",
            Tab::Api => "api",
            Tab::Map => "map",
            Tab::Comments => "comments",
            Tab::Requests => "requests",
        }
    }

    /// The tab a URL names: none (or an empty segment) is the datasheet, an unknown one `None`.
    pub fn parse(s: Option<&str>) -> Option<Tab> {
        match s {
            None | Some("") => Some(Tab::Passport),
            Some(s) => Tab::ALL.into_iter().find(|t| t.segment() == s),
        }
    }
}

/// A dataset page's query. The tabs share it: the version, and the Data tab's view (which the
/// API tab shows as a call and the map tab links back to).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DatasetQuery {
    /// None: the latest version, the Data tab's defaults.
    Latest,
    /// `?version=…`, and nothing else.
    Version(String),
    /// The Data tab's state, version included, as [`DataView::to_query`] writes it.
    View(DataView),
    /// The page's query as the router gives it (with or without its `?`), carried unchanged to
    /// another tab.
    Current(String),
}

impl DatasetQuery {
    fn to_query(&self) -> String {
        match self {
            DatasetQuery::Latest => String::new(),
            DatasetQuery::Version(v) => build_query([("version", v.as_str())]),
            DatasetQuery::View(v) => v.to_query(),
            DatasetQuery::Current(q) => with_mark('?', q),
        }
    }
}

/// A page of the app, with the state its URL carries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `/`
    Home,
    /// `/datasets?text=…&category=…`
    Catalogue(CatalogueQuery),
    /// `/datasets/{index}[/{tab}]?…`, the index percent-encoded. No tab: the datasheet at the
    /// dataset's own address.
    Dataset {
        index: String,
        tab: Option<Tab>,
        query: DatasetQuery,
    },
    /// `/applications?status=…`
    Applications(ListQuery),
    /// `/applications/new`
    NewApplication,
    /// `/applications/{id}`
    Application(u64),
    /// `/apps?category=…`
    Apps(ListQuery),
    /// `/apps/{id}`
    App(u64),
    /// `/account/subscriptions`
    Subscriptions,
}

impl Route {
    /// The router's patterns under `/:lang`, as `path!(…)` spells them in `src/app.rs` (beside
    /// those of the shell: `/`, `/:lang` and the not-found `*any`).
    pub const PATTERNS: [&'static str; 10] = [
        "",
        "datasets",
        "datasets/:index",
        "datasets/:index/:tab",
        "applications",
        "applications/new",
        "applications/:id",
        "apps",
        "apps/:id",
        "account/subscriptions",
    ];

    /// The catalogue, unfiltered.
    pub fn catalogue() -> Route {
        Route::Catalogue(CatalogueQuery::default())
    }

    /// A dataset's own address: its datasheet, latest version.
    pub fn dataset(index: impl Into<String>) -> Route {
        Route::Dataset {
            index: index.into(),
            tab: None,
            query: DatasetQuery::Latest,
        }
    }

    /// A dataset's Data tab showing `view`.
    pub fn data(index: impl Into<String>, view: DataView) -> Route {
        Route::Dataset {
            index: index.into(),
            tab: Some(Tab::Data),
            query: DatasetQuery::View(view),
        }
    }

    /// The applications, unfiltered.
    pub fn applications() -> Route {
        Route::Applications(ListQuery::default())
    }

    /// The apps, unfiltered.
    pub fn apps() -> Route {
        Route::Apps(ListQuery::default())
    }

    /// The path after the language prefix: `/`, `/datasets?agency=a1`, `/apps/7`.
    pub fn path(&self) -> String {
        match self {
            Route::Home => "/".to_string(),
            Route::Catalogue(q) => format!("/datasets{}", q.to_query()),
            Route::Dataset { index, tab, query } => {
                let tab = tab.map(|t| format!("/{}", t.segment())).unwrap_or_default();
                format!("/datasets/{}{tab}{}", encode(index), query.to_query())
            }
            Route::Applications(q) => format!("/applications{}", q.to_query()),
            Route::NewApplication => "/applications/new".to_string(),
            Route::Application(id) => format!("/applications/{id}"),
            Route::Apps(q) => format!("/apps{}", q.to_query()),
            Route::App(id) => format!("/apps/{id}"),
            Route::Subscriptions => "/account/subscriptions".to_string(),
        }
    }

    /// The router pattern (one of [`Route::PATTERNS`]) the path is matched by.
    pub fn pattern(&self) -> &'static str {
        match self {
            Route::Home => "",
            Route::Catalogue(_) => "datasets",
            Route::Dataset { tab: None, .. } => "datasets/:index",
            Route::Dataset { tab: Some(_), .. } => "datasets/:index/:tab",
            Route::Applications(_) => "applications",
            Route::NewApplication => "applications/new",
            Route::Application(_) => "applications/:id",
            Route::Apps(_) => "apps",
            Route::App(_) => "apps/:id",
            Route::Subscriptions => "account/subscriptions",
        }
    }
}
