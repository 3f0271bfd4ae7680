//! Form input rules: text limits, phone and e-mail checks, and a contact's display form.

/// Longest comment / request text / application description, in characters.
pub const MAX_TEXT: usize = 2_000;
/// Longest application title, in characters.
pub const MAX_TITLE: usize = 200;

/// Counts characters as the server does (Unicode scalar values), for the limits above.
pub fn too_long(s: &str, max: usize) -> bool {
    s.chars().count() > max
}

/// `+7XXXXXXXXXX` from the usual ways of writing a Kazakh number (`+7 701 123 45 67`,
/// `87011234567`, `8 (701) 123-45-67`): the form the portal stores and the app checks before
/// sending.
pub fn normalize_phone(s: &str) -> Option<String> {
    let s = s.trim();
    let (plus, rest) = match s.strip_prefix('+') {
        Some(r) => (true, r),
        None => (false, s),
    };
    let mut digits = String::new();
    for c in rest.chars() {
        match c {
            '0'..='9' => digits.push(c),
            ' ' | '\u{a0}' | '-' | '(' | ')' => {}
            _ => return None,
        }
    }
    match (plus, digits.len(), digits.chars().next()) {
        (true, 11, Some('7')) | (false, 11, Some('7' | '8')) => Some(format!("+7{}", &digits[1..])),
        _ => None,
    }
}

/// A plain `local@domain.tld` check: no spaces, one `@`, a dot inside the domain.
pub fn valid_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && !s.chars().any(char::is_whitespace)
        && domain.split('.').count() >= 2
        && domain.split('.').all(|p| !p.is_empty())
}

/// `+77011234567` as `+7 701 123 45 67`; anything else as it is.
pub fn display_contact(v: &str) -> String {
    match v.strip_prefix("+7") {
        Some(d) if d.len() == 10 && d.bytes().all(|b| b.is_ascii_digit()) => {
            format!("+7 {} {} {} {}", &d[..3], &d[3..6], &d[6..8], &d[8..])
        }
        _ => v.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_count_characters() {
        assert!(!too_long(&"ә".repeat(MAX_TEXT), MAX_TEXT));
        assert!(too_long(&"ә".repeat(MAX_TEXT + 1), MAX_TEXT));
    }

    #[test]
    fn phones_normalise() {
        for s in [
            "+7 701 123 45 67",
            "87011234567",
            "8 (701) 123-45-67",
            "+77011234567",
            "77011234567",
        ] {
            assert_eq!(normalize_phone(s).as_deref(), Some("+77011234567"), "{s}");
        }
        for s in [
            "+1 701 123 45 67",
            "8701123456",
            "phone",
            "+7 701 123 45 67 8",
            "8701a234567",
        ] {
            assert_eq!(normalize_phone(s), None, "{s}");
        }
        assert_eq!(display_contact("+77011234567"), "+7 701 123 45 67");
        assert_eq!(display_contact("a@b.kz"), "a@b.kz");
    }

    #[test]
    fn emails() {
        assert!(valid_email("a.b@mail.kz") && valid_email("a@b.kz"));
        for s in ["a@b", "@b.kz", "a b@c.kz", "a@@b.kz", "a@b..kz", "plain"] {
            assert!(!valid_email(s), "{s}");
        }
    }
}
