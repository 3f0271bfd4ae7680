//! Who is signed in, for every page: loaded once at start, refreshed after sign-out or when a
//! change answers 401 (the session expired). The CSRF token goes to `api` for every change.

use crate::api::{self, ApiError};
use crate::config;
use leptos::prelude::*;
use opendata_core::account::User;
use opendata_core::url::encode;

#[derive(Clone, Debug, PartialEq)]
pub enum SessionState {
    /// Not known yet (the first answer is on its way).
    Loading,
    SignedOut,
    SignedIn(User),
    /// The session could not be asked for; the page treats the user as signed out but says so.
    Failed(ApiError),
}

#[derive(Clone, Copy)]
pub struct SessionCtx(RwSignal<SessionState>, Memo<Option<u64>>);

impl SessionCtx {
    fn new() -> SessionCtx {
        let state = RwSignal::new(SessionState::Loading);
        let user = Memo::new(move |_| match state.get() {
            SessionState::SignedIn(u) => Some(u.id),
            _ => None,
        });
        SessionCtx(state, user)
    }
    /// Who is signed in, changing only when that changes (not on Loading → signed out): what
    /// per-citizen answers (`own`, `voted`) depend on, so they are asked for again only then.
    pub fn user_id(&self) -> Option<u64> {
        self.1.get()
    }
    pub fn get(&self) -> SessionState {
        self.0.get()
    }
    pub fn user(&self) -> Option<User> {
        match self.0.get() {
            SessionState::SignedIn(u) => Some(u),
            _ => None,
        }
    }
    pub fn is_loading(&self) -> bool {
        self.0.with(|s| *s == SessionState::Loading)
    }
    /// Asks the portal again (after sign-out, or to recover from a failed first answer).
    pub fn refresh(&self) {
        let sig = self.0;
        leptos::task::spawn_local(async move {
            sig.set(load().await);
        });
    }
    /// "Try again" after the session could not be asked for: loading until the answer.
    pub fn retry(&self) {
        self.0.set(SessionState::Loading);
        self.refresh();
    }
    /// A change answered 401: the session is gone; the page offers sign-in again.
    pub fn expired(&self) {
        api::set_csrf(None);
        self.0.set(SessionState::SignedOut);
    }
    pub fn signed_out(&self) {
        self.expired();
    }
}

async fn load() -> SessionState {
    match api::account::session().await {
        Ok(s) => {
            api::set_csrf(s.csrf_token.clone());
            match s.user {
                Some(u) => SessionState::SignedIn(u),
                None => SessionState::SignedOut,
            }
        }
        Err(e) => {
            api::set_csrf(None);
            SessionState::Failed(e)
        }
    }
}

/// Provides the session to the whole app and starts loading it.
pub fn provide_session() -> SessionCtx {
    let ctx = SessionCtx::new();
    provide_context(ctx);
    ctx.refresh();
    ctx
}

pub fn use_session() -> SessionCtx {
    use_context::<SessionCtx>().unwrap_or_else(SessionCtx::new)
}

/// The sign-in page's URL, returning to where the citizen is now. A same-origin sign-in page
/// gets a path (the stand-in only trusts paths and its allowed origins), another origin the
/// full URL.
pub fn sign_in_href() -> String {
    let cfg = config::get();
    let login = if cfg.login_url.is_empty() {
        api::api_url("/api/portal/login")
    } else {
        cfg.login_url.clone()
    };
    let loc = web_sys::window().map(|w| w.location());
    let origin = loc
        .as_ref()
        .and_then(|l| l.origin().ok())
        .unwrap_or_default();
    let here = loc
        .as_ref()
        .map(|l| {
            format!(
                "{}{}{}",
                l.pathname().unwrap_or_default(),
                l.search().unwrap_or_default(),
                l.hash().unwrap_or_default()
            )
        })
        .unwrap_or_else(|| "/".into());
    let same_origin = login.starts_with('/') && !login.starts_with("//")
        || (!origin.is_empty() && login.starts_with(&format!("{origin}/")));
    let ret = if same_origin {
        here
    } else {
        format!("{origin}{here}")
    };
    let sep = if login.contains('?') { '&' } else { '?' };
    format!("{login}{sep}return={}", encode(&ret))
}
