//! Query strings: percent-encoding, parsing and building `?a=1&b=2`, one parameter at a time.

use std::fmt::Write;

/// Percent-encodes a query component (everything but RFC 3986 unreserved characters).
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(b as char)
            }
            _ => {
                let _ = write!(out, "%{b:02X}");
            }
        }
    }
    out
}

/// Decodes a query component: `+` is a space, `%XX` a byte; invalid escapes are kept literally
/// and invalid UTF-8 is replaced, so a hand-edited link never breaks the page.
pub fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < b.len() => {
                let hex = std::str::from_utf8(&b[i + 1..i + 3])
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(v) => {
                        out.push(v);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Splits `?a=1&b=x%20y` (leading `?` optional) into decoded pairs, in order.
pub fn parse_query(q: &str) -> Vec<(String, String)> {
    q.trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (decode(k), decode(v)),
            None => (decode(p), String::new()),
        })
        .collect()
}

/// Builds `?a=1&b=x%20y` from pairs, or an empty string when there are none.
pub fn build_query<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let mut out = String::new();
    for (k, v) in pairs {
        out.push(if out.is_empty() { '?' } else { '&' });
        out.push_str(&encode(k));
        out.push('=');
        out.push_str(&encode(v));
    }
    out
}

/// The query `q` with `key` set to `value` (every earlier occurrence removed; `None` or an
/// empty value removes it), other parameters kept in order: `?…` or an empty string.
pub fn set_param(q: &str, key: &str, value: Option<&str>) -> String {
    let pairs = parse_query(q);
    let value = value.filter(|v| !v.is_empty());
    build_query(
        pairs
            .iter()
            .filter(|(k, _)| k != key)
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .chain(value.map(|v| (key, v))),
    )
}

/// The value of `key` in the query `q` (the first, if repeated).
pub fn get_param(q: &str, key: &str) -> Option<String> {
    parse_query(q)
        .into_iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v)
}

/// `?a=1` from `a=1` or `?a=1`, and nothing from nothing: the router gives the query and the
/// fragment without their marks.
pub fn with_mark(mark: char, part: &str) -> String {
    let part = part.trim_start_matches(mark);
    if part.is_empty() {
        String::new()
    } else {
        format!("{mark}{part}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_and_get_params() {
        assert_eq!(
            set_param("a=1&cpage=2&b=x%20y", "cpage", Some("3")),
            "?a=1&b=x%20y&cpage=3"
        );
        assert_eq!(set_param("?cpage=2", "cpage", None), "");
        assert_eq!(set_param("", "cpage", Some("")), "");
        assert_eq!(get_param("a=1&a=2", "a").as_deref(), Some("1"));
        assert_eq!(get_param("b=%D0%B0", "b").as_deref(), Some("а"));
        assert_eq!(get_param("b=1", "c"), None);
    }

    #[test]
    fn encode_decode_round_trip_unicode_and_reserved() {
        for s in [
            "мектеп білім",
            "a&b=c?d#e",
            "100%",
            "+plus",
            "qazaq tili: ә ғ",
        ] {
            assert_eq!(decode(&encode(s)), s);
        }
        assert_eq!(decode("a+b%20c"), "a b c");
        assert_eq!(decode("bad%zz%"), "bad%zz%");
        assert_eq!(decode("%D0"), "\u{FFFD}");
    }

    #[test]
    fn marks_are_added_once() {
        assert_eq!(with_mark('?', "a=1"), "?a=1");
        assert_eq!(with_mark('?', "?a=1"), "?a=1");
        assert_eq!(with_mark('#', ""), "");
    }
}
