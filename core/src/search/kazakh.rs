//! A small Kazakh suffix stripper (no dictionary), so «мектептерінің», «мектептің» and
//! `mektepter` all meet «мектеп».
//!
//! The suffix table is written in Cyrillic and folded with the same [`fold`] as the words, and
//! stripping runs on folded words: Cyrillic and Latin-typed Kazakh therefore get identical stems.
//! Kazakh stacks suffixes (plural, possessive, case: мектеп-тер-і-нің), so stripping repeats; and
//! since a bare word can be read two ways (облыс-ы or обл-ысы?), every reading is kept: a word
//! yields all the stems its suffixes allow, and two words match when they share one.

use super::keys::fold;
use std::sync::OnceLock;

/// What the letter before a suffix must be (folded: vowels are a e i o u). This is how Kazakh
/// picks the suffix's form, and it keeps the stripper off most word endings that only look like
/// suffixes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum After {
    Any,
    Vowel,
    Consonant,
    /// A vowel or м/н/ң (genitive -ның, ablative -нан).
    VowelOrNasal,
    /// The third-person possessive -ы/-і (dative -на, locative -нда).
    Possessive,
}

use After::*;

/// Kazakh inflection suffixes (vowel harmony gives each its back/front pair).
const SUFFIXES: &[(&str, After)] = &[
    // Plural.
    ("лар", Any),
    ("лер", Any),
    ("дар", Consonant),
    ("дер", Consonant),
    ("тар", Consonant),
    ("тер", Consonant),
    // Possessive (3rd person; 1st person singular).
    ("ы", Consonant),
    ("і", Consonant),
    ("сы", Vowel),
    ("сі", Vowel),
    ("ым", Consonant),
    ("ім", Consonant),
    // Genitive.
    ("ның", VowelOrNasal),
    ("нің", VowelOrNasal),
    ("дың", Consonant),
    ("дің", Consonant),
    ("тың", Consonant),
    ("тің", Consonant),
    // Dative.
    ("ға", Any),
    ("ге", Any),
    ("қа", Consonant),
    ("ке", Consonant),
    ("на", Possessive),
    ("не", Possessive),
    // Locative, and the adjective made from it (-дағы: «қаласындағы» = in the city).
    ("да", Any),
    ("де", Any),
    ("та", Consonant),
    ("те", Consonant),
    ("нда", Possessive),
    ("нде", Possessive),
    ("дағы", Any),
    ("дегі", Any),
    ("тағы", Consonant),
    ("тегі", Consonant),
    ("ндағы", Possessive),
    ("ндегі", Possessive),
    // Ablative.
    ("дан", Any),
    ("ден", Any),
    ("тан", Consonant),
    ("тен", Consonant),
    ("нан", VowelOrNasal),
    ("нен", VowelOrNasal),
    // Accusative.
    ("ды", Consonant),
    ("ді", Consonant),
    ("ты", Consonant),
    ("ті", Consonant),
    ("ны", Vowel),
    ("ні", Vowel),
    // Instrumental.
    ("мен", Any),
    ("бен", Any),
    ("пен", Any),
];

/// A stem keeps at least this many letters (and a vowel): «ел», «су» are never reached.
const MIN_STEM: usize = 3;
/// Suffixes stacked at most (мектеп-тер-і-нің is three).
const MAX_DEPTH: usize = 4;
/// Readings kept per word, against pathological inputs.
const MAX_STEMS: usize = 12;

/// The folded table, de-duplicated (ы and і fold alike), longest suffix first.
fn table() -> &'static [(String, After)] {
    static T: OnceLock<Vec<(String, After)>> = OnceLock::new();
    T.get_or_init(|| {
        let mut t: Vec<(String, After)> = SUFFIXES.iter().map(|&(s, a)| (fold(s), a)).collect();
        t.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        t.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
        t
    })
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

fn allowed(stem: &str, after: After) -> bool {
    if stem.chars().count() < MIN_STEM || !stem.chars().any(is_vowel) {
        return false;
    }
    let Some(last) = stem.chars().last() else {
        return false;
    };
    match after {
        Any => true,
        Vowel => is_vowel(last),
        Consonant => last.is_alphabetic() && !is_vowel(last),
        VowelOrNasal => is_vowel(last) || last == 'm' || last == 'n',
        Possessive => last == 'i',
    }
}

/// Every stem of a folded word (the word itself not included; empty if nothing strips). A stem
/// whose last consonant was voiced before a vowel suffix (мектебі → мектеб) is also given
/// devoiced (мектеп), as the bare word is written.
pub fn stems(folded: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut frontier = vec![folded.to_string()];
    for _ in 0..MAX_DEPTH {
        let mut next = Vec::new();
        for w in &frontier {
            for (suffix, after) in table() {
                let Some(stem) = w.strip_suffix(suffix.as_str()) else {
                    continue;
                };
                if allowed(stem, *after) && !out.iter().any(|s| s == stem) {
                    out.push(stem.to_string());
                    next.push(stem.to_string());
                }
            }
        }
        if next.is_empty() || out.len() >= MAX_STEMS {
            break;
        }
        frontier = next;
    }
    out.truncate(MAX_STEMS);
    let devoiced: Vec<String> = out
        .iter()
        .filter_map(|s| {
            let last = s.chars().last()?;
            let d = match last {
                'b' => 'p',
                'g' => 'k',
                _ => return None,
            };
            Some(format!("{}{d}", &s[..s.len() - 1]))
        })
        .collect();
    for d in devoiced {
        if !out.contains(&d) {
            out.push(d);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stems_of(w: &str) -> Vec<String> {
        stems(&fold(w))
    }

    /// word → a stem it must yield (both in Cyrillic; compared folded).
    const CASES: &[(&str, &str)] = &[
        ("мектептер", "мектеп"),
        ("мектептің", "мектеп"),
        ("мектептерінің", "мектеп"),
        ("мектептерде", "мектеп"),
        ("мектептерге", "мектеп"),
        ("мектептерден", "мектеп"),
        ("мектептерді", "мектеп"),
        ("мектеппен", "мектеп"),
        ("мектебі", "мектеп"),
        ("мектебінің", "мектеп"),
        ("мектепке", "мектеп"),
        ("балалар", "бала"),
        ("балаларға", "бала"),
        ("балалардың", "бала"),
        ("мұғалімдер", "мұғалім"),
        ("ауруханалары", "аурухана"),
        ("ауруханалардың", "аурухана"),
        ("қаласының", "қала"),
        ("қаласындағы", "қала"),
        ("қаласына", "қала"),
        ("облысының", "облыс"),
        ("облысындағы", "облыс"),
        ("облыстар", "облыс"),
        ("Астанада", "Астана"),
        ("Астананың", "Астана"),
        ("Астанадан", "Астана"),
        ("Қазақстанның", "Қазақстан"),
        ("ауданнан", "аудан"),
        ("дәріханалар", "дәріхана"),
        ("жолдар", "жол"),
        ("жолдарының", "жол"),
        ("кітапханалар", "кітапхана"),
        ("білімім", "білім"),
    ];

    #[test]
    fn strips_stacked_suffixes() {
        for (word, stem) in CASES {
            let got = stems_of(word);
            assert!(got.contains(&fold(stem)), "{word} → {got:?}, want {stem}");
        }
    }

    #[test]
    fn latin_kazakh_strips_the_same() {
        for (cyr, lat) in [
            ("мектептерінің", "mektepterınıñ"),
            ("мектептерінің", "mektepterinin"),
            ("ауруханалардың", "aurukhanalardyn"),
            ("денсаулығы", "densaulyğy"),
        ] {
            assert_eq!(stems_of(cyr), stems_of(lat), "{cyr} / {lat}");
        }
        assert!(stems_of("mektepter").contains(&"mektep".to_string()));
    }

    #[test]
    fn never_below_three_letters_or_without_a_vowel() {
        // ел-дің: the stem «ел» is too short, so nothing is stripped.
        assert!(stems_of("елдің").is_empty());
        assert!(stems_of("су").is_empty());
        assert!(stems_of("мен").is_empty());
        for (word, _) in CASES {
            for s in stems_of(word) {
                assert!(s.chars().count() >= MIN_STEM, "{word} → {s}");
            }
        }
    }

    #[test]
    fn leaves_bare_stems_and_unrelated_endings_alone() {
        for w in [
            "мектеп",
            "Астана",
            "Шымкент",
            "денсаулық",
            "Ақмола",
            "аурухана",
        ] {
            assert!(stems_of(w).is_empty(), "{w} → {:?}", stems_of(w));
        }
        // -на needs the possessive before it: «Астана» is not «Аста» + dative.
        assert!(!stems_of("Астана").contains(&fold("Аста")));
    }
}
