//! Split points: every page but the home page, and each of the dataset page's tabs, are
//! compiled into their own wasm chunks, fetched the first time they are opened
//! (`scripts/split-wasm.mjs` cuts the build here), so a first visit downloads the shell, the
//! home page and what the page it lands on needs, not the whole portal.
//!
//! Each function hands back the view's constructor rather than a built view, so the view is
//! built later under the route's reactive owner (its contexts: language, session, router).

use crate::api::ApiError;
use crate::components::subscribe::{self, FormArgs};
use crate::pages::dataset::{api_tab, comments, data, map_tab, passport, requests};
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use opendata_core::wire::{DatasetDetail, Meta};
use std::future::Future;
use std::pin::Pin;

/// Builds a view from its arguments (code inside the chunk).
pub type Build<A> = fn(A) -> AnyView;
/// Fetches a chunk (once; a failed fetch is tried again on the next call).
pub type Load<A> = fn() -> Pin<Box<dyn Future<Output = Result<Build<A>, ApiError>>>>;
/// A dataset tab's arguments: the dataset, the version, its metadata (with the field list).
pub type TabArgs = (DatasetDetail, String, Meta);

/// Declares split points, `name in chunk: Args => |args| view`, and a loader for each in
/// [`load`]. Split points named with the same chunk share it: a page with the parts the
/// citizen will likely open next, since every distinct set of chunks that shares code costs a
/// further shared chunk (a request, and bytes that compress apart).
macro_rules! split_points {
    ($($name:ident in $chunk:ident: $ty:ty => |$args:pat_param| $view:expr;)+) => {
        $(
            #[wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
            fn $name() -> Result<Build<$ty>, SplitLoaderError> {
                Ok(|$args: $ty| $view.into_any())
            }
        )+
        /// The loaders, one per split point.
        pub mod load {
            use super::*;
            $(
                pub fn $name() -> Pin<Box<dyn Future<Output = Result<Build<$ty>, ApiError>>>> {
                    // A chunk that cannot be fetched is, to the citizen, the network failing.
                    Box::pin(async { super::$name().await.map_err(|_| ApiError::Offline) })
                }
            )+
        }
    };
}

split_points! {
    catalogue in catalogue: () => |_| view! { <crate::pages::catalogue::Catalogue /> };
    dataset in dataset: () => |_| view! { <crate::pages::dataset::DatasetPage /> };
    applications in applications: () => |_| view! { <crate::pages::applications::Applications /> };
    application_new in applications: () => |_| view! { <crate::pages::application_new::NewApplicationPage /> };
    application in applications: () => |_| view! { <crate::pages::application::ApplicationPage /> };
    apps in apps: () => |_| view! { <crate::pages::apps::Apps /> };
    app_detail in apps: () => |_| view! { <crate::pages::app_detail::AppPage /> };
    account in account: () => |_| view! { <crate::pages::account::AccountPage /> };
    passport_tab in dataset_passport: TabArgs => |(d, v, m)| view! { <passport::Passport d=d version=v meta=m /> };
    data_tab in dataset_data: TabArgs => |(d, v, m)| view! { <data::DataTab d=d version=v meta=m /> };
    api_tab in dataset_api: TabArgs => |(d, v, m)| view! { <api_tab::ApiTab d=d version=v meta=m /> };
    map_tab in dataset_map: TabArgs => |(d, v, m)| view! { <map_tab::MapTab d=d version=v meta=m /> };
    comments_tab in dataset_community: DatasetDetail => |d| view! { <comments::CommentsTab d=d /> };
    requests_tab in dataset_community: DatasetDetail => |d| view! { <requests::RequestsTab d=d /> };
    subscribe_form in subscribe: FormArgs => |a| subscribe::subscribe_form(a);
}
