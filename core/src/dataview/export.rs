//! CSV export: the chunked requests that download the filtered rows, and the CSV they become.

use super::fields::FieldInfo;
use super::state::DataView;
use crate::source::Source;
use serde_json::{Map, Value};

/// Byte order mark to put before [`csv`] output so that Excel reads it as UTF-8 (Cyrillic
/// and Kazakh text otherwise turns into mojibake).
pub const CSV_BOM: &str = "\u{FEFF}";
/// The most rows one export downloads (the UI says so when the filtered set is larger): at a
/// few hundred bytes a row that is tens of megabytes, about what a browser tab handles well.
pub const EXPORT_LIMIT: u64 = 100_000;
/// Rows per export request: big enough to need few requests, small enough for each answer
/// to arrive in seconds.
pub const EXPORT_CHUNK: u64 = 5_000;
/// The largest `size` a request may carry (portal-sim rejects more; the portal times out).
pub const MAX_CHUNK: u64 = 10_000;
/// A hard cap on what [`export_chunks`] plans, whatever its arguments: the biggest dataset.
pub const EXPORT_HARD_LIMIT: u64 = 1_000_000;

/// RFC 4180 CSV: a header of `fields`, then one line per row with the values of those fields,
/// CRLF line ends. Strings go as they are, numbers and booleans as JSON prints them, `null`
/// and missing fields as empty cells, objects and arrays as compact JSON. See [`csv_cell`].
pub fn csv(fields: &[String], rows: &[Map<String, Value>]) -> String {
    let mut out = String::new();
    push_line(&mut out, fields.iter().map(|f| csv_cell(f)));
    for row in rows {
        push_line(
            &mut out,
            fields
                .iter()
                .map(|f| csv_cell(&cell_text(row.get(f.as_str())))),
        );
    }
    out
}

fn push_line(out: &mut String, cells: impl Iterator<Item = String>) {
    for (i, c) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&c);
    }
    out.push_str("\r\n");
}

fn cell_text(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

/// One CSV cell. Guards against formula injection first: a cell starting with `=`, `+`, `-`,
/// `@`, tab or CR gets a leading `'`, so a spreadsheet shows it as text instead of running it
/// (`=HYPERLINK(…)`, `@SUM(…)`). A plain negative number (`-12`, `-0.5`) is left alone: it
/// cannot be a formula, and coordinates and balances must stay numbers. Then RFC 4180 quoting:
/// a cell with `,`, `"`, CR or LF is wrapped in `"` with `"` doubled.
pub fn csv_cell(s: &str) -> String {
    let risky = matches!(s.chars().next(), Some('=' | '+' | '-' | '@' | '\t' | '\r'))
        && !is_negative_number(s);
    let s = if risky {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// `-digits[.digits]`.
fn is_negative_number(s: &str) -> bool {
    let Some(rest) = s.strip_prefix('-') else {
        return false;
    };
    let (int, frac) = match rest.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (rest, None),
    };
    let digits = |x: &str| !x.is_empty() && x.bytes().all(|b| b.is_ascii_digit());
    digits(int) && frac.is_none_or(digits)
}

/// The `(from, size)` requests that download the first `min(total, limit)` matching rows in
/// chunks of at most `chunk` rows (clamped to 1…[`MAX_CHUNK`]), in order. The UI passes
/// [`EXPORT_LIMIT`] and [`EXPORT_CHUNK`]; whatever it passes, no more than
/// [`EXPORT_HARD_LIMIT`] rows are planned. Each chunk becomes a request through
/// `/api/detailed` with [`DataView::chunk_source`].
pub fn export_chunks(total: u64, limit: u64, chunk: u64) -> Vec<(u64, u64)> {
    let n = total.min(limit).min(EXPORT_HARD_LIMIT);
    let chunk = chunk.clamp(1, MAX_CHUNK);
    let mut out = Vec::new();
    let mut from = 0;
    while from < n {
        let size = chunk.min(n - from);
        out.push((from, size));
        from += size;
    }
    out
}

impl DataView {
    /// One chunk of an export of the filtered rows (see [`export_chunks`]), in display order.
    /// With `after` (the pk of the previous chunk's last row) and a pk sort, the chunk is read
    /// with a cursor and `from: 0`, which stays exact however deep the export goes; otherwise it
    /// is read with `from`.
    pub fn chunk_source(
        &self,
        fields: &[FieldInfo],
        from: u64,
        size: u64,
        after: Option<&str>,
    ) -> Source {
        let size = size.clamp(1, MAX_CHUNK);
        if let Some(s) = after.and_then(|a| self.cursor_source(fields, a, false, size)) {
            return s;
        }
        Source {
            from: Some(from),
            size: Some(size),
            sort: self.sort_keys(fields),
            fields: None,
            query: self.query(fields),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataview::fixtures::{gbd, json_of, view};
    use serde_json::json;

    fn row(v: Value) -> Map<String, Value> {
        match v {
            Value::Object(m) => m,
            _ => Map::new(),
        }
    }

    #[test]
    fn csv_quotes_and_formats_values() {
        let fields: Vec<String> = ["id", "name", "n", "ok", "none", "obj", "missing"]
            .map(String::from)
            .to_vec();
        let rows = [
            row(
                json!({"id":"1","name":"ТОО «Агро», \"Сервис\"","n":3.5,"ok":true,"none":null,
                       "obj":{"a":[1,"x"]}}),
            ),
            row(json!({"id":2,"name":"line\nbreak","n":-12,"ok":false,"none":"","obj":[]})),
        ];
        assert_eq!(
            csv(&fields, &rows),
            "id,name,n,ok,none,obj,missing\r\n\
             1,\"ТОО «Агро», \"\"Сервис\"\"\",3.5,true,,\"{\"\"a\"\":[1,\"\"x\"\"]}\",\r\n\
             2,\"line\nbreak\",-12,false,,[],\r\n"
        );
        assert_eq!(csv(&[], &[]), "\r\n");
        assert_eq!(CSV_BOM.as_bytes(), [0xEF, 0xBB, 0xBF]);
    }

    #[test]
    fn csv_guards_against_formula_injection() {
        for (raw, want) in [
            (
                "=HYPERLINK(\"http://x\",\"y\")",
                "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
            ),
            ("=1+1", "'=1+1"),
            ("+7 707 407 14 35", "'+7 707 407 14 35"),
            ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "\"'\rx\""),
            ("-", "'-"),
            ("-1.", "'-1."),
            // Plain negative numbers stay numbers.
            ("-12", "-12"),
            ("-0.5", "-0.5"),
            ("a=b", "a=b"),
            ("", ""),
        ] {
            assert_eq!(csv_cell(raw), want, "{raw:?}");
        }
        // Header cells too.
        assert_eq!(csv(&["=x".to_string()], &[]), "'=x\r\n");
    }

    #[test]
    fn export_chunks_cover_the_limited_set() {
        assert_eq!(export_chunks(0, EXPORT_LIMIT, EXPORT_CHUNK), []);
        assert_eq!(
            export_chunks(12, EXPORT_LIMIT, 5),
            [(0, 5), (5, 5), (10, 2)]
        );
        assert_eq!(export_chunks(10, EXPORT_LIMIT, 5), [(0, 5), (5, 5)]);
        let big = export_chunks(1_000_000, EXPORT_LIMIT, EXPORT_CHUNK);
        assert_eq!(big.len(), 20);
        assert_eq!(big.last(), Some(&(95_000, 5_000)));
        assert_eq!(big.iter().map(|c| c.1).sum::<u64>(), EXPORT_LIMIT);
        // A limit that is not a multiple of the chunk.
        assert_eq!(export_chunks(100, 7, 5), [(0, 5), (5, 2)]);
        // Chunk clamped to 1..=MAX_CHUNK.
        assert_eq!(export_chunks(3, 10, 0), [(0, 1), (1, 1), (2, 1)]);
        assert_eq!(
            export_chunks(25_000, 25_000, 1 << 40),
            [(0, 10_000), (10_000, 10_000), (20_000, 5_000)]
        );
        // Whatever the arguments, bounded.
        assert_eq!(export_chunks(u64::MAX, u64::MAX, MAX_CHUNK).len(), 100);
    }

    #[test]
    fn chunk_sources() {
        let v = view("?f.statusru=x&page=9");
        assert_eq!(
            json_of(&v.chunk_source(&gbd(), 5_000, 5_000, None)),
            json!({"from":5000,"size":5000,"sort":[{"bin":{"order":"asc"}}],"query":{"match":{"statusru":"x"}}})
        );
        assert_eq!(
            json_of(&v.chunk_source(&gbd(), 5_000, 5_000, Some("42"))),
            json!({"from":0,"size":5000,"sort":[{"bin":{"order":"asc"}}],
                   "query":{"bool":{"must":[{"match":{"statusru":"x"}},{"range":{"bin":{"gt":"42"}}}]}}})
        );
        // Non-pk sort: the cursor cannot be used.
        let s = view("?sort=nameru").chunk_source(&gbd(), 10, 0, Some("42"));
        assert_eq!((s.from, s.size, s.query), (Some(10), Some(1), None));
    }
}
