//! Locale-aware number and date formatting without ICU (the app ships no formatting data).

use crate::lang::Lang;

/// Groups thousands the way each language writes them: a narrow no-break space in Kazakh and
/// Russian (`1 234 567`), a comma in English (`1,234,567`).
pub fn format_int(n: u64, lang: Lang) -> String {
    let sep = match lang {
        Lang::Kk | Lang::Ru => '\u{202F}',
        Lang::En => ',',
    };
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

/// A calendar date read from the portal's date strings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// Reads the date part of `2024-03-05`, `2024-03-05T10:20:00`, `2016-03-29+06:00` or
    /// `2021-01-01 12:00:00`; `None` for anything else (never panics on odd data).
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.trim().as_bytes();
        if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            std::str::from_utf8(&b[r]).ok()?.parse().ok()
        };
        let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
        if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            return None;
        }
        Some(Date {
            year: year as i32,
            month,
            day,
        })
    }

    /// `05.03.2024` in Kazakh and Russian (as the portal's passport shows dates), ISO
    /// `2024-03-05` in English (unambiguous for every English reader).
    pub fn format(self, lang: Lang) -> String {
        match lang {
            Lang::Kk | Lang::Ru => format!("{:02}.{:02}.{:04}", self.day, self.month, self.year),
            Lang::En => self.iso(),
        }
    }

    /// `2024-03-05`, for `<time datetime>`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands_per_language() {
        assert_eq!(format_int(0, Lang::En), "0");
        assert_eq!(format_int(999, Lang::Ru), "999");
        assert_eq!(format_int(1000, Lang::En), "1,000");
        assert_eq!(format_int(1234567, Lang::Kk), "1\u{202F}234\u{202F}567");
    }

    #[test]
    fn parses_portal_date_shapes() {
        let d = Date {
            year: 2016,
            month: 3,
            day: 29,
        };
        assert_eq!(Date::parse("2016-03-29+06:00"), Some(d));
        assert_eq!(Date::parse("2016-03-29T10:00:00"), Some(d));
        assert_eq!(Date::parse("2016-03-29 10:00:00"), Some(d));
        assert_eq!(d.format(Lang::Ru), "29.03.2016");
        assert_eq!(d.format(Lang::En), "2016-03-29");
    }

    #[test]
    fn rejects_garbage_dates() {
        for s in [
            "",
            "46181",
            "2016-13-01",
            "2016-02-00",
            "абвгд-еж-зи",
            "2016/03/29",
        ] {
            assert_eq!(Date::parse(s), None, "{s}");
        }
    }
}
