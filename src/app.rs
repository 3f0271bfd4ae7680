//! The router, the providers and the layout (skip link, header, main, footer, live region),
//! plus what follows every navigation: `<html lang>`, the saved language, focus on the `<h1>`.

use crate::components::SignInLink;
use crate::components::{extension_page, lazy_page, PortalAction};
use crate::components::{LangSwitcher, LiveRegion, LowVisionPanel};
use crate::config;
use crate::i18n::*;
use crate::l10n::use_lang;
use crate::pages::split::load;
use crate::pages::{home::Home, not_found::NotFound};
use crate::routing::href;
use crate::session::{provide_session, use_session, SessionState};
use leptos::prelude::*;
use leptos_router::components::{Outlet, ParentRoute, Redirect, Route, Router, Routes};
use leptos_router::hooks::{use_location, use_params_map};
use leptos_router::path;
use opendata_core::lang::choose_lang;
use opendata_core::routes;
use opendata_core::Lang;
use wasm_bindgen::JsCast;

/// Where the citizen's language choice is kept between visits.
const LANG_KEY: &str = "opendata.lang";

/// The language for a URL without one: saved, else the browser's, else Kazakh.
fn preferred_lang() -> Lang {
    let saved = crate::storage::local().and_then(|s| s.get_item(LANG_KEY).ok().flatten());
    let browser: Vec<String> = web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default();
    choose_lang(saved.as_deref(), browser.iter().map(String::as_str))
}

#[component]
pub fn App() -> impl IntoView {
    let base = config::get().base_path.clone();
    provide_session();
    view! {
        // The root every style is scoped to (style/main.css): nothing leaks into a host page.
        <div class="od-app">
            // `lang` on `<html>` (screen readers choose their voice by it); `dir` left to the host page.
            <I18nContextProvider set_dir_attr_on_html=false>
                <Router base=base>
                    <crate::focus::FocusOnNavigation />
                    <Routes fallback=|| view! { <AddLangPrefix /> }>
                        <Route path=path!("/") view=AddLangPrefix />
                        <ParentRoute path=path!("/:lang") view=Layout>
                            <Route path=path!("") view=Home />
                            <Route path=path!("datasets") view=lazy_page(load::catalogue) />
                            <Route path=path!("datasets/:index") view=lazy_page(load::dataset) />
                            <Route
                                path=path!("datasets/:index/:tab")
                                view=lazy_page(load::dataset)
                            />
                            <Route
                                path=path!("applications")
                                view=extension_page(load::applications, PortalAction::Applications)
                            />
                            <Route
                                path=path!("applications/new")
                                view=extension_page(
                                    load::application_new,
                                    PortalAction::Applications,
                                )
                            />
                            <Route
                                path=path!("applications/:id")
                                view=extension_page(load::application, PortalAction::Applications)
                            />
                            <Route
                                path=path!("apps")
                                view=extension_page(load::apps, PortalAction::Apps)
                            />
                            <Route
                                path=path!("apps/:id")
                                view=extension_page(load::app_detail, PortalAction::Apps)
                            />
                            <Route
                                path=path!("account/subscriptions")
                                view=extension_page(load::account, PortalAction::Subscriptions)
                            />
                            <Route path=path!("*any") view=NotFound />
                        </ParentRoute>
                    </Routes>
                </Router>
            </I18nContextProvider>
        </div>
    }
}

/// A path without a language prefix (`/`, or an old `/datasets` link) goes to the same path in
/// the preferred language.
#[component]
fn AddLangPrefix() -> impl IntoView {
    let loc = use_location();
    let target = format!(
        "{}{}{}",
        opendata_core::url::switch_lang(
            crate::routing::strip_base(&loc.pathname.get_untracked()),
            preferred_lang()
        ),
        opendata_core::url::with_mark('?', &loc.search.get_untracked()),
        opendata_core::url::with_mark('#', &loc.hash.get_untracked())
    );
    view! { <Redirect path=target /> }
}

#[component]
fn Layout() -> impl IntoView {
    let params = use_params_map();
    let lang = Memo::new(move |_| {
        params
            .read()
            .get("lang")
            .and_then(|l| Lang::from_prefix(&l))
    });
    let i18n = use_i18n();
    let shell = move || match lang.get() {
        Some(l) if l == i18n.lang() => view! { <LangShell lang=l /> }.into_any(),
        // Another language: the old shell goes first, then the locale changes and this runs
        // again. Changed while the old shell is being replaced, the locale would reach its
        // views' effects after their owner was cleaned up (a panic under a `Transition`).
        Some(l) => {
            queue_microtask(move || i18n.set_lang(l));
            ().into_any()
        }
        None => view! { <AddLangPrefix /> }.into_any(),
    };
    view! { {shell} }
}

#[component]
fn LangShell(lang: Lang) -> impl IntoView {
    let i18n = use_i18n();
    crate::components::form::provide_error_title();
    crate::components::live_region::provide_announcer();
    // The URL's language (already the locale, see `Layout`), remembered for `/`.
    if let Some(s) = crate::storage::local() {
        let _ = s.set_item(LANG_KEY, lang.as_str());
    }
    view! {
        // The router would treat `#main` as a navigation; focus the main region directly.
        <a class="skip-link" href="#main" on:click=skip_to_main>
            {t_string!(i18n, skip_link)}
        </a>
        <Header />
        <main id="main" tabindex="-1">
            <Outlet />
        </main>
        <Footer />
        <LiveRegion />
    }
}

fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    let main = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("main"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(m) = main {
        let _ = m.focus();
        m.scroll_into_view();
    }
}

#[component]
fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    view! {
        <header class="site-header">
            <div class="header-inner">
                <a class="brand" href=move || href(lang.get(), &routes::Route::Home)>
                    <span class="brand-name">{t_string!(i18n, portal_name)}</span>
                    <span class="brand-tagline">{t_string!(i18n, portal_tagline)}</span>
                </a>
                <LowVisionPanel />
                <LangSwitcher />
            </div>
            <nav class="main-nav" aria-label=move || t_string!(i18n, nav_label).to_string()>
                <ul>
                    <li>
                        <NavLink href=move || href(lang.get(), &routes::Route::Home) exact=true>
                            {t_string!(i18n, nav_home)}
                        </NavLink>
                    </li>
                    <li>
                        <NavLink
                            href=move || href(lang.get(), &routes::Route::catalogue())
                            exact=false
                        >
                            {t_string!(i18n, nav_datasets)}
                        </NavLink>
                    </li>
                    <li>
                        <NavLink
                            href=move || href(lang.get(), &routes::Route::applications())
                            exact=false
                        >
                            {t_string!(i18n, nav_applications)}
                        </NavLink>
                    </li>
                    <li>
                        <NavLink href=move || href(lang.get(), &routes::Route::apps()) exact=false>
                            {t_string!(i18n, nav_apps)}
                        </NavLink>
                    </li>
                </ul>
                <AccountMenu />
            </nav>
        </header>
    }
}

/// Sign in (to the portal's sign-in page, coming back here), or who is signed in, their
/// subscriptions and sign out.
#[component]
fn AccountMenu() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let session = use_session();
    let announcer = crate::components::use_announcer();
    let sign_out = move |_| {
        leptos::task::spawn_local(async move {
            // Signed out locally even if the portal could not be told (the cookie expires).
            let _ = crate::api::account::logout().await;
            session.signed_out();
            announcer.announce(t_string!(i18n, signed_out).to_string());
        });
    };
    view! {
        <div class="account-menu">
            {move || match session.get() {
                SessionState::Loading => {
                    // Most visitors are signed out: keep the sign-in link's room so its arrival
                    // does not move the page (the nav would wrap on a phone).
                    view! {
                        <span class="account-pending" aria-hidden="true">
                            {t_string!(i18n, sign_in)}
                        </span>
                    }
                        .into_any()
                }
                SessionState::SignedIn(u) => {
                    view! {
                        <span class="account-name">
                            <span class="visually-hidden">{t_string!(i18n, signed_in_as)}" "</span>
                            {u.name}
                        </span>
                        <a href=move || {
                            href(lang.get(), &routes::Route::Subscriptions)
                        }>{t_string!(i18n, nav_subscriptions)}</a>
                        <button type="button" class="link-button" on:click=sign_out>
                            {t_string!(i18n, sign_out)}
                        </button>
                    }
                        .into_any()
                }
                SessionState::SignedOut | SessionState::Failed(_) => {
                    view! { <SignInLink class="sign-in">{t_string!(i18n, sign_in)}</SignInLink> }
                        .into_any()
                }
                SessionState::Unavailable => ().into_any(),
            }}
        </div>
    }
}

/// A main-menu link marked `aria-current="page"` on its own section.
#[component]
fn NavLink(
    /// The target path.
    href: impl Fn() -> String + Send + Sync + Copy + 'static,
    /// Only the exact path counts as current (home), not its sub-pages.
    exact: bool,
    children: Children,
) -> impl IntoView {
    let loc = use_location();
    let current = move || {
        let p = loc.pathname.get();
        let h = href();
        let on = if exact {
            p.trim_end_matches('/') == h.trim_end_matches('/')
        } else {
            p == h || p.starts_with(&format!("{h}/"))
        };
        on.then_some("page")
    };
    view! {
        <a href=href aria-current=current>
            {children()}
        </a>
    }
}

#[component]
fn Footer() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="site-footer">
            <h2 class="visually-hidden">{t_string!(i18n, footer_label)}</h2>
            <p>{t_string!(i18n, footer_operator)}</p>
            <p>{t_string!(i18n, footer_licence)}</p>
        </footer>
    }
}
