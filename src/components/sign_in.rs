//! What a signed-out citizen sees where a form would be: why, and a link to sign in that
//! brings them back here (their draft waits in local storage).

use crate::components::ErrorPanel;
use crate::i18n::*;
use crate::session::{sign_in_href, use_session, SessionState};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

#[component]
pub fn SignInPrompt(
    /// What signing in allows here ("Sign in to comment").
    message: String,
    /// The session ended during a send (401): say so, and that the text is kept.
    #[prop(into)]
    expired: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    // This form's send met the 401, or another request on the page did.
    let expired = Signal::derive(move || expired.get() || session.has_ended());
    view! {
        <div class="sign-in-prompt">
            {move || {
                expired
                    .get()
                    .then(|| {
                        view! {
                            <p class="notice" role="alert">
                                {t_string!(i18n, error_unauthorized)}
                            </p>
                        }
                    })
            }}
            {move || match session.get() {
                SessionState::Failed(e) => {
                    Some(
                        view! {
                            <p>{t_string!(i18n, session_unknown)}</p>
                            <ErrorPanel error=e on_retry=move |_| session.retry() />
                        },
                    )
                }
                _ => None,
            }} <p>{message}</p> <p>
                <SignInLink class="button">
                    {move || {
                        if expired.get() {
                            t_string!(i18n, sign_in_again)
                        } else {
                            t_string!(i18n, sign_in)
                        }
                    }}
                </SignInLink>
            </p>
        </div>
    }
}

/// A signed-in citizen's form (`children`); signed out, the prompt to sign in; nothing while the
/// session is asked for.
#[component]
pub fn SignInGate(
    /// What signing in allows here.
    message: String,
    /// The session ended during a send.
    expired: RwSignal<bool>,
    children: ChildrenFn,
) -> impl IntoView {
    let session = use_session();
    move || match session.get() {
        SessionState::SignedIn(_) => children().into_any(),
        SessionState::Loading => ().into_any(),
        _ => view! { <SignInPrompt message=message.clone() expired=expired /> }.into_any(),
    }
}

/// A link to the portal's sign-in page that brings the citizen back to this very page, its
/// query included (kept current as the URL changes).
#[component]
pub fn SignInLink(
    #[prop(optional)] class: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let loc = use_location();
    view! {
        <a
            class=class
            rel="external"
            href=move || {
                loc.pathname.track();
                loc.search.track();
                sign_in_href()
            }
        >
            {children()}
        </a>
    }
}
