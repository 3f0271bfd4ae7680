//! The three UI languages of the portal and how one is chosen.

use serde::{Deserialize, Serialize};

/// A UI language. Order matters: it is the fallback order for names (kk, ru, en) and the order
/// in the language switcher.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Kk,
    Ru,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Kk, Lang::Ru, Lang::En];

    /// The URL prefix and BCP 47 tag.
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::Kk => "kk",
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }

    /// Parses a URL prefix exactly (`kk`, `ru`, `en`); anything else is not a language.
    pub fn from_prefix(s: &str) -> Option<Lang> {
        match s {
            "kk" => Some(Lang::Kk),
            "ru" => Some(Lang::Ru),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Parses a browser language tag loosely: `ru-RU`, `kk`, `EN-us`, `kz` (a common mistake).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        match primary.as_str() {
            "kk" | "kz" => Some(Lang::Kk),
            "ru" => Some(Lang::Ru),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Fallback order when a name is missing in this language: this language first, then the
    /// others in the portal's order (kk, ru, en).
    pub fn fallback_order(self) -> [Lang; 3] {
        match self {
            Lang::Kk => [Lang::Kk, Lang::Ru, Lang::En],
            Lang::Ru => [Lang::Ru, Lang::Kk, Lang::En],
            Lang::En => [Lang::En, Lang::Ru, Lang::Kk],
        }
    }
}

/// The language for `/`: the saved choice, else the first of the browser's preferences that the
/// portal speaks, else Kazakh (the state language).
pub fn choose_lang<'a>(saved: Option<&str>, browser: impl IntoIterator<Item = &'a str>) -> Lang {
    if let Some(l) = saved.and_then(Lang::from_prefix) {
        return l;
    }
    browser
        .into_iter()
        .find_map(Lang::from_tag)
        .unwrap_or(Lang::Kk)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saved_wins_over_browser() {
        assert_eq!(choose_lang(Some("ru"), ["en-US"]), Lang::Ru);
    }

    #[test]
    fn first_supported_browser_language() {
        assert_eq!(choose_lang(None, ["de-DE", "en-US", "ru"]), Lang::En);
        assert_eq!(choose_lang(None, ["kk-KZ"]), Lang::Kk);
    }

    #[test]
    fn garbage_saved_value_is_ignored_and_default_is_kazakh() {
        assert_eq!(choose_lang(Some("xx"), ["fr"]), Lang::Kk);
        assert_eq!(choose_lang(None, []), Lang::Kk);
    }

    #[test]
    fn prefix_is_strict_tag_is_loose() {
        assert_eq!(Lang::from_prefix("RU"), None);
        assert_eq!(Lang::from_tag("RU-ru"), Some(Lang::Ru));
        assert_eq!(Lang::from_tag("kz"), Some(Lang::Kk));
    }
}
