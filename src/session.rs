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
    /// The portal has no `/api/portal/…` extension (data.egov.kz as it is today): no sign-in
    /// here; comments, requests, subscriptions and votes are links to the portal's own pages.
    Unavailable,
}

#[derive(Clone, Copy)]
pub struct SessionCtx(RwSignal<SessionState>, Memo<u32>, RwSignal<bool>);

/// Who the portal sees, as far as the app knows, and how often that changed.
#[derive(Clone, Copy, PartialEq)]
struct Viewer {
    known: bool,
    user: Option<u64>,
    changes: u32,
}

impl SessionCtx {
    fn new() -> SessionCtx {
        let state = RwSignal::new(SessionState::Loading);
        let viewer = Memo::new(move |prev: Option<&Viewer>| {
            let (known, user) = state.with(|s| match s {
                SessionState::Loading => (false, None),
                SessionState::SignedIn(u) => (true, Some(u.id)),
                _ => (true, None),
            });
            match prev {
                // While loading again ("Try again") the last known citizen stands.
                Some(p) if !known => *p,
                Some(p) if p.known && p.user != user => Viewer {
                    known,
                    user,
                    changes: p.changes + 1,
                },
                Some(p) => Viewer { known, user, ..*p },
                None => Viewer {
                    known,
                    user,
                    changes: 0,
                },
            }
        });
        SessionCtx(
            state,
            Memo::new(move |_| viewer.get().changes),
            RwSignal::new(false),
        )
    }
    /// Changes when the citizen signed in changes (signs out, the session expires), not when the
    /// first answer arrives: requests made before it carried the same cookie, so their answers
    /// (`own`, `voted`) are already this citizen's. Asking again then could overwrite a vote
    /// given in between with an older answer.
    pub fn viewer(&self) -> u32 {
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
    /// Whether the portal is known to have the extension (false while that is not known yet).
    pub fn has_extension(&self) -> bool {
        self.0
            .with(|s| !matches!(s, SessionState::Loading | SessionState::Unavailable))
    }
    /// Whether the portal is known to lack the extension.
    pub fn lacks_extension(&self) -> bool {
        self.0.with(|s| *s == SessionState::Unavailable)
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
        self.2.set(true);
        self.signed_out();
    }
    /// Whether the session ended by itself (not by "Sign out"): every sign-in prompt then says
    /// so, wherever the 401 was met.
    pub fn has_ended(&self) -> bool {
        self.2.get()
    }
    /// A send answered 401 where `notice` says "your session ended": say it, and sign out.
    pub fn ended(&self, notice: RwSignal<bool>) {
        notice.set(true);
        self.expired();
    }
    pub fn signed_out(&self) {
        api::set_csrf(None);
        self.0.set(SessionState::SignedOut);
    }
}

/// The session, which is also the one probe for the extension: a portal that answers 404 (or
/// a configuration that says so) has none.
async fn load() -> SessionState {
    if config::get().extension == Some(false) {
        return SessionState::Unavailable;
    }
    match api::account::session().await {
        Ok(s) => {
            api::set_csrf(s.csrf_token.clone());
            match s.user {
                Some(u) => SessionState::SignedIn(u),
                None => SessionState::SignedOut,
            }
        }
        Err(ApiError::NotFound) => {
            api::set_csrf(None);
            SessionState::Unavailable
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
