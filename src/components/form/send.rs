//! A form's send cycle over a Leptos [`Action`]: the action sends and says whether a send is on
//! its way; this adds what a GOV.UK form needs around it — errors, attempts, a failed send to
//! retry — and turns the portal's answer into them.

use super::FormError;
use crate::api::ApiError;
use leptos::prelude::*;
use opendata_core::account::FieldError as WireFieldError;
use std::future::Future;

/// What a send gives back: the input it sent (so the portal's field errors can be worded like
/// the client's own, from the same text) and the portal's answer.
type Sent<I, T> = (I, Result<T, ApiError>);

/// A form's send cycle: its errors (and a count of submits, so the same errors twice take focus
/// again), the [`Action`] that sends, and a failed send to offer "Try again" for.
pub struct FormSend<I: 'static, T: 'static> {
    pub errors: RwSignal<Vec<FormError>>,
    pub attempt: RwSignal<u32>,
    pub failed: RwSignal<Option<ApiError>>,
    action: Action<I, Sent<I, T>>,
}

impl<I, T> Clone for FormSend<I, T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<I, T> Copy for FormSend<I, T> {}

impl<I: Clone + 'static, T: Clone + 'static> FormSend<I, T> {
    /// A form that sends with `request`. What follows an answer: `done` gets the portal's
    /// acceptance, `invalid` maps the portal's field errors onto the form, `expired` is told of
    /// a 401; any other failure stays for the retry.
    pub fn new<Fu>(
        request: impl Fn(&I) -> Fu + 'static,
        done: impl Fn(T) + 'static,
        invalid: impl Fn(&I, &[WireFieldError]) -> Vec<FormError> + 'static,
        expired: impl Fn() + 'static,
    ) -> Self
    where
        Fu: Future<Output = Result<T, ApiError>> + 'static,
    {
        let action = Action::new_local(move |input: &I| {
            let (input, answer) = (input.clone(), request(input));
            async move { (input, answer.await) }
        });
        let form = FormSend {
            errors: RwSignal::new(Vec::new()),
            attempt: RwSignal::new(0),
            failed: RwSignal::new(None),
            action,
        };
        // The action's value changes once per answer; a form gone meanwhile takes none.
        Effect::new(move |_| match action.value().get() {
            Some((_, Ok(v))) => done(v),
            Some((input, Err(ApiError::Invalid(f)))) => {
                form.errors.set(invalid(&input, &f));
                form.attempt.update(|n| *n += 1);
            }
            Some((_, Err(ApiError::Unauthorized))) => expired(),
            Some((_, Err(e))) => form.failed.set(Some(e)),
            None => {}
        });
        form
    }

    /// Whether a send is on its way.
    pub fn sending(&self) -> Signal<bool> {
        self.action.pending().into()
    }

    /// A submit: shows `errors` (none clears them) and, when there are none, sends `input`. A
    /// submit while a send is on its way is the same one, so it does nothing.
    pub fn submit(&self, errors: Vec<FormError>, input: Option<I>) {
        if self.action.pending().get_untracked() {
            return;
        }
        self.attempt.update(|n| *n += 1);
        self.failed.set(None);
        let send = input.filter(|_| errors.is_empty());
        self.errors.set(errors);
        if let Some(input) = send {
            self.action.dispatch_local(input);
        }
    }
}
