//! Search-text normalisation shared by the app (highlighting) and portal-sim (matching).

/// Lower-cases, folds `ё` to `е` and Latin diacritics to their base letter, and turns every run
/// of non-alphanumeric characters into one space. Kazakh letters (ә, ғ, қ, ң, ө, ұ, ү, һ, і) are
/// kept: they are letters of their own, not accented forms.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = true;
    for ch in s.chars().flat_map(char::to_lowercase) {
        let ch = fold(ch);
        if ch.is_alphanumeric() {
            out.push(ch);
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Splits normalised text into words.
pub fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(' ').filter(|w| !w.is_empty())
}

fn fold(ch: char) -> char {
    match ch {
        'ё' => 'е',
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => 'a',
        'ç' | 'č' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ō' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' => 'u',
        'š' | 'ş' => 's',
        'ž' => 'z',
        'ý' | 'ÿ' => 'y',
        c => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_yo_and_punctuation() {
        assert_eq!(normalize("  Ёлки, ШКОЛЫ!! "), "елки школы");
        assert_eq!(normalize("Café—Ünïted"), "cafe united");
    }

    #[test]
    fn keeps_kazakh_letters() {
        assert_eq!(normalize("Мектептің ҚҰРАМЫ"), "мектептің құрамы");
    }

    #[test]
    fn words_splits() {
        assert_eq!(
            words(&normalize("a  b,c")).collect::<Vec<_>>(),
            ["a", "b", "c"]
        );
    }
}
