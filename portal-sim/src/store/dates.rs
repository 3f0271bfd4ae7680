//! Time as the portal writes it: ISO local Astana date-times without a zone.

use crate::seed::{civil_from_days, days_from_civil};
use std::time::{SystemTime, UNIX_EPOCH};

/// Astana is UTC+5 all year.
const ASTANA_OFFSET_SECS: i64 = 5 * 3600;

/// Seconds since 1970 in Astana local time.
fn now_local_secs() -> i64 {
    let utc = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    utc + ASTANA_OFFSET_SECS
}

fn iso_secs(secs: i64) -> String {
    let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
    let s = secs.rem_euclid(86_400);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}",
        s / 3600,
        s % 3600 / 60,
        s % 60
    )
}

/// Seconds of an ISO local date-time (`2026-11-29T10:20:30`).
fn secs_of(iso: &str) -> Option<i64> {
    let num = |a: usize, b: usize| iso.get(a..b)?.parse::<i64>().ok();
    let days = days_from_civil(
        num(0, 4)?,
        u32::try_from(num(5, 7)?).ok()?,
        u32::try_from(num(8, 10)?).ok()?,
    );
    Some(days * 86_400 + num(11, 13)? * 3600 + num(14, 16)? * 60 + num(17, 19).unwrap_or(0))
}

/// Now, as the portal writes dates: ISO local Astana time without a zone.
pub fn now_iso() -> String {
    iso_secs(now_local_secs())
}

/// Now, but at least a second after `prev`, so a history's dates strictly increase even when
/// a test moves a record twice within a second.
pub fn now_after(prev: &str) -> String {
    let now = now_local_secs();
    iso_secs(secs_of(prev).map_or(now, |p| now.max(p + 1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip_and_increase() {
        let s = "2026-11-29T10:20:30";
        assert_eq!(secs_of(s).map(iso_secs).as_deref(), Some(s));
        let later = now_after("2999-01-01T00:00:00");
        assert_eq!(later, "2999-01-01T00:00:01");
        assert_eq!(now_iso().len(), 19);
    }
}
