//! The "version for the visually impaired" (GOST R 52872 style): font, text size, letter
//! spacing, colour scheme and images, chosen in a panel opened from the header.
//!
//! The choice is kept in localStorage and shown as `data-lv-*` attributes on one root element
//! (`<html>` when the app owns the page, else the element it is mounted into), which
//! `style/low-vision.css` turns into custom properties. `public/lowvision.js` sets the same
//! attributes from the same key before the first paint; keep the two in step.

use crate::config;
use crate::i18n::*;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Where the settings are kept (also read by `public/lowvision.js`).
const KEY: &str = "opendata.lowvision";

/// One setting: its attribute and storage name, and the values other than the standard one.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Setting {
    Font,
    Size,
    Spacing,
    Scheme,
    Images,
}

impl Setting {
    const ALL: [Setting; 5] = [
        Setting::Font,
        Setting::Size,
        Setting::Spacing,
        Setting::Scheme,
        Setting::Images,
    ];

    fn name(self) -> &'static str {
        match self {
            Setting::Font => "font",
            Setting::Size => "size",
            Setting::Spacing => "spacing",
            Setting::Scheme => "scheme",
            Setting::Images => "images",
        }
    }

    /// The values besides the standard one (`""`), as in `public/lowvision.js`.
    fn values(self) -> &'static [&'static str] {
        match self {
            Setting::Font => &["arial", "times"],
            Setting::Size => &["150", "200"],
            Setting::Spacing => &["medium", "large"],
            Setting::Scheme => &["bow", "wob", "blue"],
            Setting::Images => &["off"],
        }
    }
}

/// The saved choice; an empty string is the standard look (for the colour scheme: the
/// device's own dark mode or high contrast, see `style/low-vision.css`).
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
struct Settings {
    #[serde(skip_serializing_if = "String::is_empty")]
    font: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    size: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    spacing: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    scheme: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    images: String,
}

impl Settings {
    fn get(&self, s: Setting) -> &str {
        match s {
            Setting::Font => &self.font,
            Setting::Size => &self.size,
            Setting::Spacing => &self.spacing,
            Setting::Scheme => &self.scheme,
            Setting::Images => &self.images,
        }
    }

    fn set(&mut self, s: Setting, v: &str) {
        let v = if s.values().contains(&v) {
            v.to_string()
        } else {
            String::new()
        };
        match s {
            Setting::Font => self.font = v,
            Setting::Size => self.size = v,
            Setting::Spacing => self.spacing = v,
            Setting::Scheme => self.scheme = v,
            Setting::Images => self.images = v,
        }
    }

    /// Unknown or hand-edited values fall back to the standard.
    fn sanitized(self) -> Self {
        let mut out = Settings::default();
        for s in Setting::ALL {
            out.set(s, self.get(s));
        }
        out
    }
}

fn load() -> Settings {
    crate::storage::local()
        .and_then(|s| s.get_item(KEY).ok().flatten())
        .and_then(|json| serde_json::from_str::<Settings>(&json).ok())
        .map(Settings::sanitized)
        .unwrap_or_default()
}

/// Nothing saved for the standard look, so the device's preferences apply again.
fn save(s: &Settings) {
    let Some(st) = crate::storage::local() else {
        return;
    };
    if *s == Settings::default() {
        let _ = st.remove_item(KEY);
    } else if let Ok(json) = serde_json::to_string(s) {
        let _ = st.set_item(KEY, &json);
    }
}

/// The element carrying the attributes: the mount element when the app is embedded in a host
/// page (so the host is not restyled), else `<html>` (so `rem` sizes scale too).
fn root() -> Option<(web_sys::Element, web_sys::Element)> {
    let doc = web_sys::window()?.document()?;
    let html = doc.document_element()?;
    let sel = &config::get().mount;
    let mounted = (!sel.is_empty())
        .then(|| doc.query_selector(sel).ok().flatten())
        .flatten()
        .filter(|e| e.tag_name() != "BODY" && e.tag_name() != "HTML");
    Some((mounted.unwrap_or_else(|| html.clone()), html))
}

fn apply(s: &Settings) {
    let Some((root, html)) = root() else { return };
    for setting in Setting::ALL {
        let attr = format!("data-lv-{}", setting.name());
        match s.get(setting) {
            "" => {
                let _ = root.remove_attribute(&attr);
            }
            v => {
                let _ = root.set_attribute(&attr, v);
            }
        }
        // Set by `lowvision.js` before the app knew it was embedded.
        if root != html {
            let _ = html.remove_attribute(&attr);
        }
    }
}

/// The header button and the settings panel it opens.
#[component]
pub fn LowVisionPanel() -> impl IntoView {
    let i18n = use_i18n();
    let settings = RwSignal::new(load());
    let open = RwSignal::new(false);
    let toggle = NodeRef::<leptos::html::Button>::new();

    // Applied (and saved) as soon as anything changes, and once on start.
    Effect::new(move |prev: Option<()>| {
        let s = settings.get();
        apply(&s);
        if prev.is_some() {
            save(&s);
        }
    });

    let close = move || {
        open.set(false);
        if let Some(b) = toggle.get_untracked() {
            let _ = b.focus();
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            ev.prevent_default();
            close();
        }
    };
    let reset = move |_| settings.set(Settings::default());

    let group = move |setting: Setting, legend: String, options: Vec<(&'static str, String)>| {
        let name = format!("lv-{}", setting.name());
        view! {
            <fieldset class="lv-group">
                <legend>{legend}</legend>
                {options
                    .into_iter()
                    .map(|(value, label)| {
                        let id = format!(
                            "{name}-{}",
                            if value.is_empty() { "standard" } else { value },
                        );
                        view! {
                            <div class="choice">
                                <input
                                    type="radio"
                                    id=id.clone()
                                    name=name.clone()
                                    value=value
                                    prop:checked=move || settings.with(|s| s.get(setting) == value)
                                    on:change=move |ev| {
                                        if event_target_checked(&ev) {
                                            settings.update(|s| s.set(setting, value));
                                        }
                                    }
                                />
                                <label for=id>{label}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </fieldset>
        }
    };

    let standard = move || t_string!(i18n, lv_standard).to_string();
    view! {
        <button
            type="button"
            class="lv-toggle"
            node_ref=toggle
            aria-expanded=move || open.get().to_string()
            aria-controls="lv-panel"
            on:click=move |_| open.update(|o| *o = !*o)
            on:keydown=on_key
        >
            {t_string!(i18n, lv_toggle)}
        </button>
        <section
            id="lv-panel"
            class="lv-panel"
            aria-labelledby="lv-panel-title"
            hidden=move || !open.get()
            on:keydown=on_key
        >
            <h2 id="lv-panel-title">{t_string!(i18n, lv_panel_title)}</h2>
            <div class="lv-groups">
                {group(
                    Setting::Font,
                    t_string!(i18n, lv_font).to_string(),
                    vec![
                        ("", standard()),
                        ("arial", "Arial".to_string()),
                        ("times", "Times New Roman".to_string()),
                    ],
                )}
                {group(
                    Setting::Size,
                    t_string!(i18n, lv_size).to_string(),
                    vec![
                        ("", standard()),
                        ("150", t_string!(i18n, lv_size_150).to_string()),
                        ("200", t_string!(i18n, lv_size_200).to_string()),
                    ],
                )}
                {group(
                    Setting::Spacing,
                    t_string!(i18n, lv_spacing).to_string(),
                    vec![
                        ("", standard()),
                        ("medium", t_string!(i18n, lv_spacing_medium).to_string()),
                        ("large", t_string!(i18n, lv_spacing_large).to_string()),
                    ],
                )}
                {group(
                    Setting::Scheme,
                    t_string!(i18n, lv_scheme).to_string(),
                    vec![
                        ("", standard()),
                        ("bow", t_string!(i18n, lv_scheme_bow).to_string()),
                        ("wob", t_string!(i18n, lv_scheme_wob).to_string()),
                        ("blue", t_string!(i18n, lv_scheme_blue).to_string()),
                    ],
                )}
                {group(
                    Setting::Images,
                    t_string!(i18n, lv_images).to_string(),
                    vec![
                        ("", t_string!(i18n, lv_images_on).to_string()),
                        ("off", t_string!(i18n, lv_images_off).to_string()),
                    ],
                )}
            </div>
            <p class="hint">{t_string!(i18n, lv_scheme_hint)}</p>
            <div class="button-row">
                <button type="button" class="button secondary" on:click=reset>
                    {t_string!(i18n, lv_reset)}
                </button>
                <button type="button" class="button" on:click=move |_| close()>
                    {t_string!(i18n, lv_close)}
                </button>
            </div>
        </section>
    }
}
