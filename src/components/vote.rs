//! Voting for an application: instant (optimistic), rolled back with the reason if the portal
//! refuses; a second click while a vote is on its way does nothing; signed-out citizens are
//! offered sign-in and come back to the same page.

use crate::api::{applications, ApiError};
use crate::components::use_announcer;
use crate::components::SignInLink;
use crate::i18n::*;
use crate::l10n::{error_message, votes_count};
use crate::session::{use_session, SessionState};
use leptos::prelude::*;
use opendata_core::wire::ApplicationStatus;

/// Applications that no longer take votes.
pub fn voting_open(s: ApplicationStatus) -> bool {
    !matches!(
        s,
        ApplicationStatus::Published | ApplicationStatus::Rejected
    )
}

#[component]
pub fn VoteButton(
    /// The application.
    id: u64,
    /// Its vote count as loaded.
    votes: u64,
    /// Whether the citizen had voted, as loaded.
    voted: bool,
    /// Its status (published and rejected ones take no votes).
    status: ApplicationStatus,
    /// In a list: the button is described by the item's title (`id="vote-title-{id}"`), so
    /// twenty "Vote" buttons are told apart.
    #[prop(optional)]
    in_list: bool,
    /// Label the vote button "Vote for this instead" (the new-application form's suggestions).
    #[prop(optional)]
    instead: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let announcer = use_announcer();
    let count = RwSignal::new(votes);
    let mine = RwSignal::new(voted);
    let pending = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let toggle = move |ev: leptos::ev::MouseEvent| {
        // The second click of a double-click (`detail` 2) is the same intent, not a withdrawal;
        // a click while the vote is on its way likewise.
        if ev.detail() > 1 || pending.get_untracked() {
            return;
        }
        let on = !mine.get_untracked();
        let (before_count, before_mine) = (count.get_untracked(), mine.get_untracked());
        // Optimistic: show the vote at once, confirm or roll back when the portal answers.
        mine.set(on);
        count.set(if on {
            before_count + 1
        } else {
            before_count.saturating_sub(1)
        });
        pending.set(true);
        error.set(None);
        leptos::task::spawn_local(async move {
            let r = applications::vote(id, on).await;
            pending.set(false);
            match r {
                Ok(v) => {
                    count.set(v.votes);
                    mine.set(v.voted);
                    announcer.announce(if v.voted {
                        t_string!(i18n, vote_counted).to_string()
                    } else {
                        t_string!(i18n, vote_withdrawn).to_string()
                    });
                }
                Err(e) => {
                    count.set(before_count);
                    mine.set(before_mine);
                    let msg = match &e {
                        ApiError::Conflict(_) => t_string!(i18n, vote_closed).to_string(),
                        ApiError::Unauthorized => {
                            session.expired();
                            t_string!(i18n, error_unauthorized).to_string()
                        }
                        e => error_message(i18n, e),
                    };
                    let msg = format!("{} {msg}", t_string!(i18n, vote_not_counted));
                    announcer.announce(msg.clone());
                    error.set(Some(msg));
                }
            }
        });
    };
    let open = voting_open(status);
    view! {
        <div class="vote">
            <span class="vote-count">{move || votes_count(i18n, count.get())}</span>
            {move || {
                if !open {
                    return ().into_any();
                }
                match session.get() {
                    SessionState::SignedIn(_) => {
                        view! {
                            <button
                                type="button"
                                class=move || {
                                    if mine.get() { "button button-secondary" } else { "button" }
                                }
                                aria-busy=move || pending.get().then_some("true")
                                aria-describedby=in_list.then(|| format!("vote-title-{id}"))
                                on:click=toggle
                            >
                                {move || {
                                    if mine.get() {
                                        t_string!(i18n, vote_withdraw)
                                    } else if instead {
                                        t_string!(i18n, vote_instead)
                                    } else {
                                        t_string!(i18n, vote)
                                    }
                                }}
                            </button>
                        }
                            .into_any()
                    }
                    SessionState::Loading => ().into_any(),
                    _ => {
                        view! {
                            <SignInLink class="sign-in-to-vote">
                                {t_string!(i18n, vote_sign_in)}
                            </SignInLink>
                        }
                            .into_any()
                    }
                }
            }}
            {move || {
                error
                    .get()
                    .map(|m| {
                        view! {
                            <p class="field-error" role="alert">
                                {m}
                            </p>
                        }
                    })
            }}
        </div>
    }
}
