//! Search-text normalisation shared by the app (highlighting) and portal-sim (matching).

/// Lower-cases, folds `ё` to `е` and Latin diacritics to their base letter, and turns every run
/// of non-alphanumeric characters into one space. Kazakh letters (ә, ғ, қ, ң, ө, ұ, ү, һ, і) are
/// kept: they are letters of their own, not accented forms.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = true;
    for c in s.chars() {
        lower(c, |ch| {
            let ch = fold(ch);
            if is_alphanumeric(ch) {
                out.push(ch);
                space = false;
            } else if !space {
                out.push(' ');
                space = true;
            }
        });
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Calls `f` with the lower case of `c` (one character, or more: `İ` is `i` and a dot), as
/// `char::to_lowercase` gives it, with fast paths for ASCII and the Russian alphabet (the general
/// case is a table search, and sorting the catalogue by name lower-cases every name).
fn lower(c: char, mut f: impl FnMut(char)) {
    let shifted = |by: u32| char::from_u32(c as u32 + by).unwrap_or(c);
    match c {
        'A'..='Z' | 'А'..='Я' => f(shifted(0x20)),
        'Ѐ'..='Џ' => f(shifted(0x50)),
        _ if c.is_ascii() || ('а'..='џ').contains(&c) => f(c),
        _ => c.to_lowercase().for_each(f),
    }
}

/// `char::is_alphanumeric`, with fast paths for the catalogue's own scripts: the general test
/// is a table search, and indexing and sorting read every character of every text. ASCII, and
/// the Cyrillic block's letters (all of it but U+0482–U+0489: a sign and combining marks).
pub fn is_alphanumeric(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphanumeric(),
        '\u{400}'..='\u{481}' | '\u{48a}'..='\u{4ff}' => true,
        _ => c.is_alphanumeric(),
    }
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
    fn lower_case_fast_paths_agree_with_unicode() {
        for c in ('\0'..='\u{52f}').chain(['İ', 'Ә', 'Қ', 'Ω']) {
            let mut got = String::new();
            lower(c, |l| got.push(l));
            assert_eq!(got, c.to_lowercase().to_string(), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn alphanumeric_fast_paths_agree_with_unicode() {
        for c in ('\0'..='\u{52f}').chain(['\u{1f642}', '\u{202e}', '北']) {
            assert_eq!(
                is_alphanumeric(c),
                c.is_alphanumeric(),
                "U+{:04X}",
                c as u32
            );
        }
    }

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
