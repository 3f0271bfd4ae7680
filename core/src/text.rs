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

/// Splits `text` into runs, marking (`true`) every case-insensitive occurrence of one of
/// `words` (the longest at each place). The app renders marked runs in `<mark>`, as text: the
/// API's words never become markup. Words under two letters are ignored.
pub fn highlight(text: &str, words: &[String]) -> Vec<(String, bool)> {
    let lower = |c: char| c.to_lowercase().next().unwrap_or(c);
    let chars: Vec<char> = text.chars().collect();
    let folded: Vec<char> = chars.iter().map(|c| lower(*c)).collect();
    let needles: Vec<Vec<char>> = words
        .iter()
        .map(|w| w.chars().map(lower).collect::<Vec<_>>())
        .filter(|w| w.len() >= 2)
        .collect();
    let mut out: Vec<(String, bool)> = Vec::new();
    let mut push = |s: &[char], marked: bool| {
        if s.is_empty() {
            return;
        }
        match out.last_mut() {
            Some((prev, m)) if *m == marked => prev.extend(s),
            _ => out.push((s.iter().collect(), marked)),
        }
    };
    let mut i = 0;
    let mut plain_from = 0;
    while i < chars.len() {
        let best = needles
            .iter()
            .filter(|n| folded[i..].starts_with(n))
            .map(|n| n.len())
            .max();
        match best {
            Some(len) => {
                push(&chars[plain_from..i], false);
                push(&chars[i..i + len], true);
                i += len;
                plain_from = i;
            }
            None => i += 1,
        }
    }
    push(&chars[plain_from..], false);
    out
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
    fn highlight_marks_case_insensitively_and_keeps_the_text() {
        let h = highlight("Школы и ШКОЛЬНИКИ Астаны", &["школ".into(), "x".into()]);
        assert_eq!(
            h,
            vec![
                ("Школ".to_string(), true),
                ("ы и ".to_string(), false),
                ("ШКОЛ".to_string(), true),
                ("ЬНИКИ Астаны".to_string(), false),
            ]
        );
        let joined: String = h.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(joined, "Школы и ШКОЛЬНИКИ Астаны");
    }

    #[test]
    fn highlight_prefers_the_longest_word_and_handles_no_match() {
        let h = highlight("мектептер", &["мектеп".into(), "мектептер".into()]);
        assert_eq!(h, vec![("мектептер".to_string(), true)]);
        assert_eq!(highlight("abc", &[]), vec![("abc".to_string(), false)]);
        assert!(highlight("", &["ab".into()]).is_empty());
    }

    #[test]
    fn words_splits() {
        assert_eq!(
            words(&normalize("a  b,c")).collect::<Vec<_>>(),
            ["a", "b", "c"]
        );
    }
}
