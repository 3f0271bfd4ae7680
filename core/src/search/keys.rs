//! Words and their script-free match keys.
//!
//! Every word, whichever script it is written in, is folded into one ASCII *key*: Cyrillic is
//! transliterated, Kazakh Latin (2021 spelling) and typed-without-diacritics Latin are brought to
//! the same letters, so «Шымкент», `Şymkent` and `shymkent` share the key `shimkent`. Stems are
//! computed before folding (Russian and English Snowball stemmers need their own script), the
//! Kazakh suffix stripper after it (so Cyrillic and Latin Kazakh get the same stems).

use super::kazakh;
use crate::text::is_alphanumeric;
use crate::Lang;
use rust_stemmers::{Algorithm, Stemmer};

/// The words of a text: (byte offset, surface as written). A word is a run of letters and digits
/// (combining accents stay inside it); everything else separates words.
pub fn tokenize(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut at = 0;
    std::iter::from_fn(move || {
        let start = scan(text, at, true)?;
        let end = scan(text, start, false).unwrap_or(text.len());
        at = end;
        Some((start, &text[start..end]))
    })
}

/// The offset of the first character from `from` on that is (`word`) or is not a word
/// character. A plain loop over bytes, ASCII decided without decoding: indexing the catalogue
/// reads every character of it, and the app's size-optimised build inlines few iterator layers.
fn scan(text: &str, from: usize, word: bool) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = from;
    while let Some(&b) = bytes.get(i) {
        let c = match b {
            0..=0x7f => char::from(b),
            _ => text.get(i..)?.chars().next()?,
        };
        if is_word_char(c) == word {
            return Some(i);
        }
        i += c.len_utf8();
    }
    None
}

fn is_word_char(c: char) -> bool {
    is_alphanumeric(c) || is_combining(c)
}

/// Combining diacritics (a stress mark, or the dot `İ` leaves after lower-casing): part of the
/// word, dropped from its key.
fn is_combining(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// `х` and Latin `kh`: written `h` in Kazakh Latin (тарих → tarih) but `kh` (read: k) in the
/// Russian-style spelling (Казахстан → Kazakhstan ~ Қазақстан). Folding marks it with this
/// placeholder; [`expand`] turns it into both readings.
pub const H_OR_K: char = 'H';

/// Folds one word to its key form: lower case, Cyrillic → Latin, Latin diacritics and digraphs
/// unified (`q`→k, `y`/`ı`/`і`/`ы`→i, `ş`/`ш`→sh, `ç`/`ч`→ch, `ж`/`zh`/`j`→j, `ә`/`ä`→a …).
/// May contain [`H_OR_K`]; [`expand`] gives the final keys.
pub fn fold(word: &str) -> String {
    let chars: Vec<char> = word.chars().flat_map(char::to_lowercase).collect();
    let mut out = String::with_capacity(word.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        // Latin digraphs typed for single Kazakh/Russian letters.
        match (c, next) {
            ('k', Some('h')) => {
                out.push(H_OR_K);
                i += 2;
                continue;
            }
            ('z', Some('h')) => {
                out.push('j');
                i += 2;
                continue;
            }
            _ => {}
        }
        match fold_char(c) {
            Some(s) => out.push_str(s),
            None if c.is_alphanumeric() => out.push(c),
            None => {}
        }
        i += 1;
    }
    out
}

/// One letter's key spelling; `None` keeps the letter as it is (digits, other scripts).
fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        // Kazakh and Russian Cyrillic.
        'а' | 'ә' => "a",
        'б' => "b",
        'в' => "v",
        'г' | 'ғ' | 'ґ' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' | 'є' => "e",
        'ж' => "j",
        'з' => "z",
        'и' | 'й' | 'і' | 'ы' | 'ї' => "i",
        'к' | 'қ' => "k",
        'л' => "l",
        'м' => "m",
        'н' | 'ң' => "n",
        'о' | 'ө' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' | 'ұ' | 'ү' | 'ў' => "u",
        'ф' => "f",
        'х' => "H",
        'һ' => "h",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' | 'ь' => "",
        'ю' => "iu",
        'я' => "ia",
        // Kazakh Latin (2021) and how it is typed without diacritics.
        'q' => "k",
        'y' | 'ı' | 'ý' | 'ÿ' => "i",
        'ä' | 'à' | 'á' | 'â' | 'ã' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'ğ' => "g",
        'ñ' | 'ń' | 'ň' => "n",
        'ö' | 'ò' | 'ó' | 'ô' | 'õ' | 'ō' | 'ő' | 'ø' => "o",
        'ü' | 'ū' | 'ù' | 'ú' | 'û' | 'ů' | 'ű' => "u",
        'ş' | 'š' | 'ș' => "sh",
        'ç' | 'č' => "ch",
        'ž' => "j",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ė' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' => "i",
        'ć' => "c",
        'ś' => "s",
        'ź' | 'ż' => "z",
        'ł' => "l",
        'ß' => "ss",
        'ď' => "d",
        'ť' | 'ţ' | 'ț' => "t",
        'ř' => "r",
        c if is_combining(c) => "",
        _ => return None,
    })
}

/// The final keys of a folded form: one, or two when it has [`H_OR_K`] (the `h` and the `k`
/// reading).
pub fn expand(folded: &str) -> Vec<String> {
    if folded.contains(H_OR_K) {
        vec![folded.replace(H_OR_K, "h"), folded.replace(H_OR_K, "k")]
    } else {
        vec![folded.to_string()]
    }
}

/// The exact keys of a word.
pub fn exact_keys(word: &str) -> Vec<String> {
    expand(&fold(word))
}

fn is_cyrillic(word: &str) -> bool {
    word.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
}

fn is_latin(word: &str) -> bool {
    word.chars()
        .any(|c| c.is_ascii_alphabetic() || ('\u{c0}'..='\u{24f}').contains(&c))
}

/// Russian Snowball stem of a word (lower case, ё → е as the stemmer expects).
pub fn russian_stem(word: &str) -> String {
    let lower: String = word
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'ё' { 'е' } else { c })
        .collect();
    Stemmer::create(Algorithm::Russian)
        .stem(&lower)
        .into_owned()
}

/// English Snowball (Porter 2) stem of a word.
pub fn english_stem(word: &str) -> String {
    let lower = word.to_lowercase();
    Stemmer::create(Algorithm::English)
        .stem(&lower)
        .into_owned()
}

/// The stem keys of a word. A word of a text in `Some(lang)` gets that language's stemmer (by
/// script: Russian for Cyrillic, English for Latin, the Kazakh stripper for Kazakh in either
/// script); a query word, `None`, gets every stemmer its script allows, since we cannot tell its
/// language. The word's exact keys are always included, so a bare query word finds inflected
/// text and the reverse.
pub fn stem_keys(word: &str, lang: Option<Lang>) -> Vec<String> {
    let folded = fold(word);
    let mut forms: Vec<String> = vec![folded.clone()];
    let kazakh = matches!(lang, None | Some(Lang::Kk));
    let other = lang != Some(Lang::Kk);
    if kazakh {
        forms.extend(kazakh::stems(&folded));
    }
    if other && is_cyrillic(word) {
        forms.push(fold(&russian_stem(word)));
    }
    if other && is_latin(word) {
        forms.push(fold(&english_stem(word)));
    }
    let mut keys: Vec<String> = forms.iter().flat_map(|f| expand(f)).collect();
    keys.retain(|k| !k.is_empty());
    keys.sort();
    keys.dedup();
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokenizer_splits_on_punctuation_and_keeps_offsets() {
        let t = "«Мектеп-лицей» №5, Şymkent: café";
        let words: Vec<(usize, &str)> = tokenize(t).collect();
        let surfaces: Vec<&str> = words.iter().map(|w| w.1).collect();
        assert_eq!(surfaces, ["Мектеп", "лицей", "5", "Şymkent", "café"]);
        for (start, w) in words {
            assert_eq!(&t[start..start + w.len()], w);
        }
        assert_eq!(tokenize("  ,;  ").count(), 0);
        // A combining accent stays inside its word.
        assert_eq!(tokenize("шко\u{301}лы").count(), 1);
    }

    /// (Cyrillic, Latin spellings people use): each pair must share a key.
    const TRANSLIT: &[(&str, &[&str])] = &[
        ("мектеп", &["mektep"]),
        ("білім", &["bilim", "bılım"]),
        ("денсаулық", &["densaulyq", "densaulyk"]),
        ("Шымкент", &["shymkent", "Şymkent", "Shimkent"]),
        (
            "Қазақстан",
            &["qazaqstan", "Qazaqstan", "kazakstan", "kazakhstan"],
        ),
        ("Казахстан", &["kazakhstan", "kazahstan"]),
        ("Жамбыл", &["Jambyl", "Zhambyl"]),
        ("тарих", &["tarih", "tarikh"]),
        ("аурухана", &["auruhana", "aurukhana"]),
        ("Өскемен", &["Öskemen", "Oskemen"]),
        ("Түркістан", &["Türkıstan", "Turkistan"]),
        ("ағаш", &["ağaş", "agash"]),
        ("шаңғы", &["şañğy", "shangy"]),
        ("мәдениет", &["mädeniet", "madeniet"]),
        ("Ёлка", &["elka"]),
        ("чай", &["çai", "chai", "chay"]),
        ("İstanbul", &["istanbul"]),
    ];

    #[test]
    fn cyrillic_and_latin_spellings_share_a_key() {
        for (cyr, latins) in TRANSLIT {
            let a = exact_keys(cyr);
            for lat in *latins {
                let b = exact_keys(lat);
                assert!(
                    a.iter().any(|k| b.contains(k)),
                    "{cyr} {a:?} vs {lat} {b:?}"
                );
            }
        }
    }

    #[test]
    fn fold_table_examples() {
        assert_eq!(exact_keys("Мектеп"), ["mektep"]);
        assert_eq!(exact_keys("ЩУКА"), ["shchuka"]);
        assert_eq!(exact_keys("объём"), ["obem"]);
        assert_eq!(exact_keys("Kazakhstan"), ["kazahstan", "kazakstan"]);
        assert_eq!(exact_keys("2024"), ["2024"]);
        assert_eq!(exact_keys("北京"), ["北京"]);
        // Different words stay apart.
        assert_ne!(exact_keys("мектеп"), exact_keys("мектептер"));
    }

    #[test]
    fn russian_and_english_stemmers() {
        assert_eq!(russian_stem("Школы"), "школ");
        assert_eq!(russian_stem("школ"), "школ");
        assert_eq!(russian_stem("школа"), "школ");
        assert_eq!(russian_stem("ёлки"), russian_stem("елка"));
        assert_eq!(english_stem("Schools"), "school");
        assert_eq!(english_stem("hospitals"), english_stem("hospital"));
    }

    #[test]
    fn stem_keys_by_language() {
        let k = |w, l| stem_keys(w, l);
        // A Russian text word and the query word meet on the Russian stem.
        assert!(k("школы", None).contains(&"shkol".to_string()));
        assert!(k("школ", Some(Lang::Ru)).contains(&"shkol".to_string()));
        // Kazakh text: the stripper, never the Russian stemmer.
        assert!(k("мектептерінің", Some(Lang::Kk)).contains(&"mektep".to_string()));
        assert!(k("mektepterinin", None).contains(&"mektep".to_string()));
        // English text: the English stemmer.
        assert!(k("schools", Some(Lang::En)).contains(&"school".to_string()));
        // Exact keys are always there.
        assert!(k("Astana", Some(Lang::En)).contains(&"astana".to_string()));
    }
}
