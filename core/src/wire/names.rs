//! Texts in the three languages (`nameKk/nameRu/nameEn` and the like) and the pick of one
//! for the UI language, with the portal's fallback order.

use super::de::wire_struct;
use crate::lang::Lang;
use serde::{Deserialize, Serialize};

/// Picks the text for `lang` from three optional translations, falling back in the portal's order.
/// Returns the text and the language it is really in (so the UI can mark a fallback with `lang`).
/// Empty and whitespace-only strings count as missing.
pub fn pick<'a>(
    lang: Lang,
    kk: Option<&'a str>,
    ru: Option<&'a str>,
    en: Option<&'a str>,
) -> Option<(&'a str, Lang)> {
    lang.fallback_order().into_iter().find_map(|l| {
        let v = match l {
            Lang::Kk => kk,
            Lang::Ru => ru,
            Lang::En => en,
        };
        v.filter(|s| !s.trim().is_empty()).map(|s| (s, l))
    })
}

/// A text in the three languages, flattened into the owning object as `{prefix}Kk/Ru/En`, with
/// `pick` choosing the UI language and falling back in the portal's order.
macro_rules! trilingual {
    ($(#[$doc:meta])* $name:ident { $kk:ident, $ru:ident, $en:ident }) => {
        $(#[$doc])*
        #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
        #[serde(rename_all = "camelCase")]
        pub struct $name {
            #[serde(default, skip_serializing_if = "Option::is_none")]
            #[cfg_attr(feature = "openapi", schema(nullable = false))]
            pub $kk: Option<String>,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            #[cfg_attr(feature = "openapi", schema(nullable = false))]
            pub $ru: Option<String>,
            #[serde(default, skip_serializing_if = "Option::is_none")]
            #[cfg_attr(feature = "openapi", schema(nullable = false))]
            pub $en: Option<String>,
        }

        // Flattened into its owners (`as flatten` in `wire_struct!`).
        $crate::wire::de::wire_impl!($name {
            $kk: Option<String>,
            $ru: Option<String>,
            $en: Option<String>,
        });

        impl $name {
            pub fn pick(&self, lang: Lang) -> Option<(&str, Lang)> {
                pick(lang, self.$kk.as_deref(), self.$ru.as_deref(), self.$en.as_deref())
            }

            /// The same, trimmed, with blank translations (`""`, white space) made absent.
            pub fn without_blanks(&self) -> Self {
                let keep = |s: &Option<String>| {
                    s.as_deref()
                        .map(str::trim)
                        .filter(|t| !t.is_empty())
                        .map(str::to_string)
                };
                $name {
                    $kk: keep(&self.$kk),
                    $ru: keep(&self.$ru),
                    $en: keep(&self.$en),
                }
            }
        }
    };
}

trilingual!(
    /// The three translations of a name (`nameKk/nameRu/nameEn`).
    Names { name_kk, name_ru, name_en }
);
trilingual!(
    /// Descriptions (`descriptionKk/descriptionRu/descriptionEn`).
    Descriptions { description_kk, description_ru, description_en }
);
trilingual!(
    /// Full (official) names (`fullnameKk/fullnameRu/fullnameEn`).
    FullNames { fullname_kk, fullname_ru, fullname_en }
);
trilingual!(
    /// An agency's answer, in the languages the agency wrote it in (`answerKk/Ru/En`).
    AnswerTexts { answer_kk, answer_ru, answer_en }
);

impl Names {
    pub fn new(kk: &str, ru: &str, en: &str) -> Self {
        let some = |s: &str| (!s.is_empty()).then(|| s.to_string());
        Names {
            name_kk: some(kk),
            name_ru: some(ru),
            name_en: some(en),
        }
    }
}

wire_struct! {
    /// Keyword lists per language, flattened as `keywordsKk/keywordsRu/keywordsEn`.
    #[derive(Clone, Debug, Default, PartialEq, Serialize)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub struct Keywords {
        pub keywords_kk: Vec<String> = default,
        pub keywords_ru: Vec<String> = default,
        pub keywords_en: Vec<String> = default,
    }
}

impl Keywords {
    /// The keywords in `lang`, else in the first fallback language that has any.
    pub fn pick(&self, lang: Lang) -> (&[String], Lang) {
        for l in lang.fallback_order() {
            let v = match l {
                Lang::Kk => &self.keywords_kk,
                Lang::Ru => &self.keywords_ru,
                Lang::En => &self.keywords_en,
            };
            if !v.is_empty() {
                return (v, l);
            }
        }
        (&[], lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pick_falls_back_in_portal_order_and_skips_blank() {
        let n = Names {
            name_kk: Some(" ".into()),
            name_ru: Some("Школы".into()),
            name_en: None,
        };
        assert_eq!(n.pick(Lang::Kk), Some(("Школы", Lang::Ru)));
        assert_eq!(n.pick(Lang::En), Some(("Школы", Lang::Ru)));
        assert_eq!(Names::default().pick(Lang::Ru), None);
        let clean = n.without_blanks();
        assert_eq!(clean.name_kk, None);
        assert_eq!(clean.name_ru.as_deref(), Some("Школы"));
        let padded = Names::new(" Мектептер ", "", "x");
        assert_eq!(padded.without_blanks(), Names::new("Мектептер", "", "x"));
    }
}
