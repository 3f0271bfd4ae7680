//! One polite live region in the layout; pages post short messages to it (result counts,
//! "sent", "saved") instead of each keeping its own.

use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Announcer(RwSignal<String>);

impl Announcer {
    /// Says `msg` to screen-reader users. The same text twice is announced twice.
    pub fn announce(&self, msg: impl Into<String>) {
        let msg = msg.into();
        let sig = self.0;
        if sig.get_untracked() == msg {
            sig.set(String::new());
            request_animation_frame(move || sig.set(msg));
        } else {
            sig.set(msg);
        }
    }
}

pub fn use_announcer() -> Announcer {
    use_context::<Announcer>().unwrap_or_else(|| Announcer(RwSignal::new(String::new())))
}

/// Provides the [`Announcer`] to the layout and everything in it (the header too, which
/// comes before the region in the page).
pub fn provide_announcer() {
    provide_context(Announcer(RwSignal::new(String::new())));
}

/// The region itself; rendered once by the layout, after [`provide_announcer`].
#[component]
pub fn LiveRegion() -> impl IntoView {
    let a = use_announcer();
    view! {
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
            {move || a.0.get()}
        </div>
    }
}
