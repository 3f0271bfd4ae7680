//! On a portal without our extension (data.egov.kz as it is today), an action the app cannot
//! do itself is a link to the same action on the portal's own pages (`docs/portal-api.md`
//! §1.10): never an error panel, never a sign-in that could not work.

use crate::components::Load;
use crate::components::{Chunk, Loading};
use crate::config;
use crate::i18n::*;
use crate::l10n::use_title;
use crate::session::use_session;
use leptos::prelude::*;
use opendata_core::url::encode;

/// What the citizen came to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PortalAction {
    Comments,
    Requests,
    Subscribe,
    Applications,
    Apps,
    Subscriptions,
}

/// The portal's own page for a dataset, where its comments, requests for update and
/// subscriptions are.
pub fn portal_dataset_href(api_uri: &str) -> String {
    format!(
        "{}/datasets/view?index={}",
        config::get().portal_url(),
        encode(api_uri)
    )
}

/// The portal's home page (for what has no page of its own that we know of).
pub fn portal_home_href() -> String {
    format!("{}/", config::get().portal_url())
}

/// Why this is on the portal's page, and the link there.
#[component]
pub fn OnPortal(
    /// What the citizen came to do.
    action: PortalAction,
    /// The portal's page for it.
    href: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let message = move || match action {
        PortalAction::Comments => t_string!(i18n, on_portal_comments),
        PortalAction::Requests => t_string!(i18n, on_portal_requests),
        PortalAction::Subscribe => t_string!(i18n, on_portal_subscribe),
        PortalAction::Applications => t_string!(i18n, on_portal_applications),
        PortalAction::Apps => t_string!(i18n, on_portal_apps),
        PortalAction::Subscriptions => t_string!(i18n, on_portal_subscriptions),
    };
    view! {
        <div class="on-portal">
            <p>{message}</p>
            <p>
                <a href=href rel="external">
                    {t_string!(i18n, on_portal_link)}
                </a>
            </p>
        </div>
    }
}

/// A route whose page is the extension's (applications, apps, subscriptions): its chunk where
/// the portal has the extension, else a page that says where the same is on the portal.
pub fn extension_page(
    load: Load<()>,
    action: PortalAction,
) -> impl Fn() -> AnyView + Clone + Send + Sync + 'static {
    move || view! { <ExtensionPage load=load action=action /> }.into_any()
}

#[component]
fn ExtensionPage(load: Load<()>, action: PortalAction) -> impl IntoView {
    let session = use_session();
    move || {
        if session.is_loading() {
            view! { <Loading /> }.into_any()
        } else if session.lacks_extension() {
            view! { <OnPortalPage action=action /> }.into_any()
        } else {
            view! { <Chunk load=load args=() focus_heading=true /> }.into_any()
        }
    }
}

/// The page's heading and title, and where to go on the portal.
#[component]
fn OnPortalPage(action: PortalAction) -> impl IntoView {
    let i18n = use_i18n();
    let heading = move || match action {
        PortalAction::Applications => t_string!(i18n, nav_applications),
        PortalAction::Apps => t_string!(i18n, nav_apps),
        _ => t_string!(i18n, nav_subscriptions),
    };
    use_title(move || heading().to_string());
    // The navigation's focus move may have come before this heading existed.
    Effect::new(move |_| crate::focus::focus_heading_after_load());
    view! {
        <h1>{heading}</h1>
        <OnPortal action=action href=portal_home_href() />
    }
}
