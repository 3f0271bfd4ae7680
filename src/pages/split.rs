//! Split points: every page but the home page, and each of the dataset page's tabs, are
//! compiled into their own wasm chunks, fetched the first time they are opened
//! (`scripts/split-wasm.mjs` cuts the build here), so a first visit downloads the shell, the
//! home page and what the page it lands on needs, not the whole portal.
//!
//! Declared with `components::split_points!`. Each function hands back the view's constructor rather than a built view, so the view is
//! built later under the route's reactive owner (its contexts: language, session, router).

use crate::components::split_points;
use crate::pages::dataset::{api_tab, comments, data, map_tab, passport, requests};
use leptos::prelude::*;
use opendata_core::wire::{DatasetDetail, Meta};

/// A dataset tab's arguments: the dataset, the version, its metadata (with the field list).
pub type TabArgs = (DatasetDetail, String, Meta);

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
}
