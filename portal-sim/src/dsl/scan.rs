//! The scan behind [`super::execute`] for queries the pk fast path cannot answer.
//!
//! The query is compiled once (its words normalised, its bounds parsed), then every row of the
//! interval is tested reading only the fields the query needs. `gbd_ul` rows are not generated
//! at all: its fields are pieces of a small vocabulary (`seed::gbd`), so a word test is a table
//! lookup per piece and a comparison formats one field. Sorting keeps the best `from + size`
//! rows in a bounded heap instead of sorting every match. Semantics are those of
//! [`super::eval`] and [`super::compare`], which stay the reference (tests compare both).

use super::{compare, field_words, get, number, parse_qs, text_of, Table};
use crate::rng::Rng;
use crate::seed::gbd::{self, Draws, Piece};
use crate::seed::rows::Row;
use crate::seed::RowKind;
use opendata_core::source::{Order, Query, SortSpec};
use opendata_core::text::{normalize, words};
use serde_json::Value;
use std::cmp::Ordering;
use std::collections::BinaryHeap;

/// Pages ending past this many rows (`from + size`) are deep: see `scan`.
const DEEP: u64 = 20_000;

/// Where a field reference points.
#[derive(Clone)]
enum Field {
    /// Every field of the record (`_all`).
    All,
    /// A named field; for `gbd_ul` also its column index (`None`: no such column).
    Named(String, Option<usize>),
}

/// One query word: exact, or (the last word of a `w*` term) a prefix.
struct Word {
    text: String,
    prefix: bool,
    /// Its value when it is all ASCII digits (numbers in `gbd_ul` are pieces, not text).
    digits: Option<u128>,
}

/// Up to 64 words tested together: each row's field gives a bit mask of the words it has.
struct WordSet {
    words: Vec<Word>,
    /// The words that are numbers.
    digit_words: u64,
    /// `gbd_ul` only: the mask of every vocabulary entry, computed once.
    vocab: Vec<u64>,
    /// `gbd_ul` only: per column, every word some row of it could have (a field that cannot
    /// have them all, or any, is not looked at).
    reach: Vec<u64>,
}

impl WordSet {
    fn new(words: Vec<Word>, gbd: bool) -> WordSet {
        let digit_words = words
            .iter()
            .enumerate()
            .filter(|(_, w)| w.digits.is_some())
            .fold(0, |m, (i, _)| m | 1 << i);
        let mut set = WordSet {
            words,
            digit_words,
            vocab: Vec::new(),
            reach: Vec::new(),
        };
        if gbd {
            set.vocab = (0..gbd::VOCAB_LEN as u16)
                .map(|i| set.mask_text(gbd::vocab(i)))
                .collect();
            set.reach = (0..gbd::FIELDS.len())
                .map(|f| {
                    let (voc, num) = Draws::reach(f);
                    // Any number may turn up in a column that has numbers.
                    let nums = if num { set.digit_words } else { 0 };
                    voc.iter().fold(nums, |m, &i| m | set.vocab[usize::from(i)])
                })
                .collect();
        }
        set
    }

    fn full(&self) -> u64 {
        match self.words.len() {
            0 => 0,
            n => u64::MAX >> (64 - n.min(64)),
        }
    }

    fn mask_word(&self, have: &str) -> u64 {
        let mut m = 0;
        for (i, w) in self.words.iter().enumerate() {
            let hit = if w.prefix {
                have.starts_with(w.text.as_str())
            } else {
                have == w.text
            };
            if hit {
                m |= 1 << i;
            }
        }
        m
    }

    /// The words of `text` (normalised here) that the set has.
    fn mask_text(&self, text: &str) -> u64 {
        words(&normalize_fast(text)).fold(0, |m, h| m | self.mask_word(h))
    }

    /// The mask of the single word `n` zero-padded to `width` digits, without formatting it.
    fn mask_num(&self, n: u64, width: u8) -> u64 {
        if self.digit_words == 0 {
            return 0;
        }
        let len = decimal_len(n).max(u32::from(width));
        let mut m = 0;
        for (i, w) in self.words.iter().enumerate() {
            let Some(v) = w.digits else { continue };
            let k = w.text.len() as u32;
            let hit = if w.prefix {
                // The first k of `len` digits are n / 10^(len-k), as a k-digit number.
                k <= len && u128::from(n) / 10u128.pow(len - k) == v
            } else {
                k == len && u128::from(n) == v
            };
            if hit {
                m |= 1 << i;
            }
        }
        m
    }

    fn mask_row(&self, d: &Draws, field: usize) -> u64 {
        let mut m = 0;
        d.pieces(field, |p| {
            m |= match p {
                Piece::Voc(i) => self.vocab.get(usize::from(i)).copied().unwrap_or(0),
                Piece::Num { n, width } => self.mask_num(n, width),
            }
        });
        m
    }

    /// Can field `field` of some `gbd_ul` row pass (`all`: have every word; else any)?
    fn reachable(&self, field: usize, all: bool) -> bool {
        let r = self.reach.get(field).copied().unwrap_or(0);
        if all {
            r == self.full()
        } else {
            r != 0
        }
    }
}

fn decimal_len(n: u64) -> u32 {
    n.checked_ilog10().unwrap_or(0) + 1
}

/// `normalize` with a shortcut for plain ASCII words and numbers (most generated values).
fn normalize_fast(s: &str) -> String {
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric()) {
        s.to_ascii_lowercase()
    } else {
        normalize(s)
    }
}

/// A word test: some target field has the words. `all`: every word of the sets (a
/// `query_string` term), else any word of any set (`match`).
struct Words {
    targets: Vec<Field>,
    sets: Vec<WordSet>,
    all: bool,
}

/// A bound of `term`/`terms`/`range`, with its text and number worked out once.
struct Bound {
    value: Value,
    text: String,
    num: Option<f64>,
}

impl Bound {
    fn new(v: &Value) -> Bound {
        Bound {
            value: v.clone(),
            text: text_of(v),
            num: number(v),
        }
    }
}

/// `compare(String(a), b)` without building a `Value`.
fn compare_text(a: &str, a_num: Option<f64>, b: &Bound) -> Ordering {
    match (a_num, b.num) {
        (Some(x), Some(y)) => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
        _ => a.cmp(b.text.as_str()),
    }
}

/// Which comparisons of a value with a bound pass (`Ordering::is_gt` for `gt`…).
type Accept = fn(Ordering) -> bool;

enum Pred {
    /// `term` (one value) or `terms`: equal to one of them.
    AnyOf(Vec<Bound>),
    /// `range`: the value compares to every bound as its test wants.
    Range(Vec<(Bound, Accept)>),
}

impl Pred {
    fn test(&self, cmp: impl Fn(&Bound) -> Ordering) -> bool {
        match self {
            Pred::AnyOf(vs) => vs.iter().any(|b| cmp(b) == Ordering::Equal),
            Pred::Range(bounds) => bounds.iter().all(|(b, ok)| ok(cmp(b))),
        }
    }
}

struct QsTerm {
    words: Words,
    required: bool,
    excluded: bool,
}

/// A compiled query.
enum Cq {
    True,
    False,
    Words(Words),
    Cmp(Field, Pred),
    Bool {
        all: Vec<Cq>,
        none: Vec<Cq>,
        /// `should`, only when there is no `must`/`filter` (else it does not restrict).
        any: Vec<Cq>,
    },
    Qs(Vec<QsTerm>),
}

struct Compiler<'t> {
    t: &'t Table<'t>,
    gbd: bool,
}

impl Compiler<'_> {
    fn field(&self, name: &str) -> Field {
        let name = self.t.resolve(name).to_string();
        let idx = if self.gbd {
            gbd::FIELDS.iter().position(|f| *f == name)
        } else {
            None
        };
        Field::Named(name, idx)
    }

    /// `words` in sets of at most 64 (a mask is a `u64`).
    fn sets(&self, words: Vec<Word>) -> Vec<WordSet> {
        let mut sets = Vec::new();
        let mut rest = words.into_iter().peekable();
        while rest.peek().is_some() {
            let chunk: Vec<Word> = rest.by_ref().take(64).collect();
            sets.push(WordSet::new(chunk, self.gbd));
        }
        sets
    }

    fn compile(&self, q: &Query) -> Cq {
        let word = |text: String, prefix: bool| Word {
            digits: (text.len() <= 38 && text.bytes().all(|b| b.is_ascii_digit()))
                .then(|| text.parse().ok())
                .flatten(),
            text,
            prefix,
        };
        match q {
            Query::MatchAll => Cq::True,
            Query::Match { field, value } => {
                let want: Vec<Word> = field_words(value)
                    .into_iter()
                    .map(|w| word(w, false))
                    .collect();
                if want.is_empty() {
                    return Cq::False;
                }
                let target = if field == "_all" {
                    Field::All
                } else {
                    self.field(field)
                };
                Cq::Words(Words {
                    targets: vec![target],
                    sets: self.sets(want),
                    all: false,
                })
            }
            Query::Term { field, value } => {
                Cq::Cmp(self.field(field), Pred::AnyOf(vec![Bound::new(value)]))
            }
            Query::Terms { field, values } => Cq::Cmp(
                self.field(field),
                Pred::AnyOf(values.iter().map(Bound::new).collect()),
            ),
            Query::Range {
                field,
                gt,
                gte,
                lt,
                lte,
            } => Cq::Cmp(
                self.field(field),
                Pred::Range(
                    [
                        (gt, Ordering::is_gt as Accept),
                        (gte, Ordering::is_ge),
                        (lt, Ordering::is_lt),
                        (lte, Ordering::is_le),
                    ]
                    .into_iter()
                    .filter_map(|(v, ok)| v.as_ref().map(|v| (Bound::new(v), ok)))
                    .collect(),
                ),
            ),
            Query::Bool {
                must,
                should,
                must_not,
                filter,
            } => {
                let all: Vec<Cq> = must.iter().chain(filter).map(|c| self.compile(c)).collect();
                let any = if all.is_empty() {
                    should.iter().map(|c| self.compile(c)).collect()
                } else {
                    Vec::new()
                };
                Cq::Bool {
                    all,
                    none: must_not.iter().map(|c| self.compile(c)).collect(),
                    any,
                }
            }
            Query::QueryString { query, fields } => {
                let terms = parse_qs(query);
                if terms.is_empty() {
                    return Cq::False;
                }
                Cq::Qs(
                    terms
                        .into_iter()
                        .map(|term| {
                            let targets = match (&term.field, fields) {
                                (Some(f), _) => vec![self.field(f)],
                                (None, Some(fs)) => fs
                                    .iter()
                                    .flat_map(|f| {
                                        let named = self.field(f);
                                        if f == "_all" {
                                            vec![Field::All, named]
                                        } else {
                                            vec![named]
                                        }
                                    })
                                    .collect(),
                                (None, None) => vec![Field::All],
                            };
                            let n = term.words.len();
                            let ws = term
                                .words
                                .into_iter()
                                .enumerate()
                                .map(|(i, w)| word(w, term.prefix && i + 1 == n))
                                .collect();
                            QsTerm {
                                words: Words {
                                    targets,
                                    sets: self.sets(ws),
                                    all: true,
                                },
                                required: term.required,
                                excluded: term.excluded,
                            }
                        })
                        .collect(),
                )
            }
        }
    }
}

/// One row being tested: `gbd_ul`'s choices, or a generated record.
enum RowData {
    Gbd(Draws),
    Rec(Row),
}

/// Per-scan scratch space, reused from row to row.
struct Cursor<'t> {
    t: &'t Table<'t>,
    /// `Seed::version_rng`: each row's stream is one step from it.
    base: Rng,
    row: u64,
    data: RowData,
    text: String,
}

impl Cursor<'_> {
    fn load(&mut self, row: u64, gbd: bool) {
        self.row = row;
        self.data = if gbd {
            RowData::Gbd(Draws::new(self.base.child(row), row))
        } else {
            RowData::Rec(self.t.record(row))
        };
    }

    /// Does one field have the words (per `w.all`)?
    fn field_has(&mut self, w: &Words, field: &Field) -> bool {
        let ok = |m: u64, s: &WordSet| if w.all { m == s.full() } else { m != 0 };
        let gbd_has = |d: &Draws, f: usize| {
            check(w, |s| s.reachable(f, w.all)) && check(w, |s| ok(s.mask_row(d, f), s))
        };
        match (&self.data, field) {
            (RowData::Gbd(d), Field::All) => (0..gbd::FIELDS.len()).any(|f| gbd_has(d, f)),
            (RowData::Gbd(d), Field::Named(_, idx)) => idx.is_some_and(|f| gbd_has(d, f)),
            (RowData::Rec(rec), Field::All) => rec.iter().any(|(_, v)| {
                let text = normalize_fast(&text_of(v));
                check(w, |s| ok(mask_norm(s, &text), s))
            }),
            (RowData::Rec(rec), Field::Named(name, _)) => get(self.t, self.row, rec, name)
                .is_some_and(|v| {
                    let text = normalize_fast(&text_of(&v));
                    check(w, |s| ok(mask_norm(s, &text), s))
                }),
        }
    }

    fn words(&mut self, w: &Words) -> bool {
        w.targets.iter().any(|f| self.field_has(w, f))
    }

    fn compares(&mut self, field: &Field, pred: &Pred) -> bool {
        match (&self.data, field) {
            (_, Field::All) => false,
            (RowData::Gbd(d), Field::Named(_, idx)) => idx.is_some_and(|f| {
                self.text.clear();
                d.render(f, &mut self.text);
                let num = number_str(&self.text);
                pred.test(|b| compare_text(&self.text, num, b))
            }),
            (RowData::Rec(rec), Field::Named(name, _)) => get(self.t, self.row, rec, name)
                .is_some_and(|v| pred.test(|b| compare(&v, &b.value))),
        }
    }

    fn eval(&mut self, q: &Cq) -> bool {
        match q {
            Cq::True => true,
            Cq::False => false,
            Cq::Words(w) => self.words(w),
            Cq::Cmp(f, p) => self.compares(f, p),
            Cq::Bool { all, none, any } => {
                all.iter().all(|c| self.eval(c))
                    && !none.iter().any(|c| self.eval(c))
                    && (any.is_empty() || any.iter().any(|c| self.eval(c)))
            }
            Cq::Qs(terms) => {
                let mut any_optional = false;
                let mut optional_hit = false;
                let mut has_required = false;
                for term in terms {
                    // An optional term that cannot change the outcome is not tested.
                    if !term.excluded && !term.required && optional_hit {
                        any_optional = true;
                        continue;
                    }
                    let h = self.words(&term.words);
                    if term.excluded {
                        if h {
                            return false;
                        }
                    } else if term.required {
                        has_required = true;
                        if !h {
                            return false;
                        }
                    } else {
                        any_optional = true;
                        optional_hit |= h;
                    }
                }
                !any_optional || has_required || optional_hit
            }
        }
    }

    /// The sort key of one field (`None`: missing).
    fn key(&mut self, field: &Field, out: &mut Option<Key>) {
        let mut k = out.take().unwrap_or_default();
        k.text.clear();
        let present = match (&self.data, field) {
            (_, Field::All) => false,
            (RowData::Gbd(d), Field::Named(_, idx)) => match idx {
                Some(f) => {
                    d.render(*f, &mut k.text);
                    k.num = number_str(&k.text);
                    true
                }
                None => false,
            },
            (RowData::Rec(rec), Field::Named(name, _)) => match get(self.t, self.row, rec, name) {
                Some(v) => {
                    k.num = number(&v);
                    k.text.push_str(&text_of(&v));
                    true
                }
                None => false,
            },
        };
        if present {
            *out = Some(k);
        }
    }
}

/// All words of a set (`all`) or any of any set, over its sets.
fn check(w: &Words, ok: impl Fn(&WordSet) -> bool) -> bool {
    if w.all {
        w.sets.iter().all(ok)
    } else {
        w.sets.iter().any(ok)
    }
}

fn mask_norm(s: &WordSet, normalized: &str) -> u64 {
    words(normalized).fold(0, |m, h| m | s.mask_word(h))
}

/// `number` of a string value.
fn number_str(s: &str) -> Option<f64> {
    // Most text fails at its first character, which trimming would keep: decide on the byte
    // without decoding (multi-byte whitespace starts with 0xC2, 0xE1, 0xE2 or 0xE3).
    let plausible_byte =
        |b: u8| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+' | b'e' | b'E');
    match s.as_bytes().first() {
        None => return None,
        Some(&b) if b.is_ascii() && !plausible_byte(b) && !b.is_ascii_whitespace() => return None,
        Some(&b) if !b.is_ascii() && !matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xE3) => return None,
        _ => {}
    }
    let trimmed = s.trim();
    let plausible = !trimmed.is_empty()
        && trimmed.bytes().all(plausible_byte)
        && trimmed.bytes().any(|b| b.is_ascii_digit());
    if plausible {
        trimmed.parse::<f64>().ok().filter(|f| f.is_finite())
    } else {
        None
    }
}

/// A sort value: compared as numbers when both are numbers, else as text (as `compare`).
#[derive(Clone, Default)]
struct Key {
    num: Option<f64>,
    text: String,
}

fn cmp_keys(sort: &[SortSpec], a: &[Option<Key>], b: &[Option<Key>]) -> Ordering {
    for (s, (x, y)) in sort.iter().zip(a.iter().zip(b)) {
        let o = match (x, y) {
            (None, None) => Ordering::Equal,
            // Missing last, whatever the direction.
            (None, Some(_)) => Ordering::Greater,
            (Some(_), None) => Ordering::Less,
            (Some(x), Some(y)) => {
                let o = match (x.num, y.num) {
                    (Some(p), Some(q)) => p.partial_cmp(&q).unwrap_or(Ordering::Equal),
                    _ => x.text.cmp(&y.text),
                };
                match s.order {
                    Order::Asc => o,
                    Order::Desc => o.reverse(),
                }
            }
        };
        if o != Ordering::Equal {
            return o;
        }
    }
    Ordering::Equal
}

/// A kept row, ordered by its keys, then by row number (the final tie-breaker).
struct Entry<'s> {
    sort: &'s [SortSpec],
    /// Ordered backwards (to keep the last rows of the order).
    flip: bool,
    keys: Vec<Option<Key>>,
    row: u64,
}

impl Ord for Entry<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        let o = cmp_keys(self.sort, &self.keys, &other.keys).then(self.row.cmp(&other.row));
        if self.flip {
            o.reverse()
        } else {
            o
        }
    }
}
impl PartialOrd for Entry<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl PartialEq for Entry<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Entry<'_> {}

/// What to return: the page in row order (`row_order`), or by `sort`.
pub struct Plan<'a> {
    pub query: Option<&'a Query>,
    pub sort: &'a [SortSpec],
    pub row_order: Option<Order>,
    pub lo: u64,
    pub hi: u64,
    pub from: u64,
    pub size: u64,
}

/// Scans rows `lo..hi`: the exact number of matches and the rows of the page, in order.
pub fn scan(t: &Table, p: &Plan) -> (u64, Vec<u64>) {
    let gbd = t.ds.kind == RowKind::GbdUl;
    let c = Compiler { t, gbd };
    let q = p.query.map_or(Cq::True, |q| c.compile(q));
    let mut cur = Cursor {
        t,
        base: t.seed.version_rng(t.ds, t.ver),
        row: 0,
        data: RowData::Rec(Vec::new()),
        text: String::new(),
    };
    // Rows come out in the requested direction when the sort starts descending: in row order
    // that is the answer, and for a key that grows with the row (`datereg`) the heap then
    // fills with the winners first and rejects the rest after one comparison.
    let desc = match p.row_order {
        Some(o) => o == Order::Desc,
        None => p.sort.first().is_some_and(|s| s.order == Order::Desc),
    };
    let (lo, hi) = (p.lo, p.hi);
    let rows_from = |desc: bool| -> Box<dyn Iterator<Item = u64>> {
        if desc {
            Box::new((lo..hi).rev())
        } else {
            Box::new(lo..hi)
        }
    };
    let end = p.from.saturating_add(p.size);

    if p.row_order.is_some() {
        let mut total = 0u64;
        let mut page = Vec::new();
        for r in rows_from(desc) {
            cur.load(r, gbd);
            if cur.eval(&q) {
                if (p.from..end).contains(&total) {
                    page.push(r);
                }
                total += 1;
            }
        }
        return (total, page);
    }

    // A page near the end is found from the end: keep the `total - from` last rows instead of
    // the `from + size` first (a million entries for the last page otherwise). That needs the
    // total first, so only deep pages pay for a counting pass.
    let mut keep = end;
    let mut flip = false;
    if end > DEEP {
        let total = rows_from(desc).filter(|&r| {
            cur.load(r, gbd);
            cur.eval(&q)
        });
        let total = total.count() as u64;
        if total <= p.from {
            return (total, Vec::new());
        }
        if total - p.from < end {
            keep = total - p.from;
            flip = true;
        }
    }

    let fields: Vec<Field> = p.sort.iter().map(|s| c.field(&s.field)).collect();
    let mut cand: Vec<Option<Key>> = vec![None; fields.len()];
    let mut total = 0u64;
    // Keep the `keep` best (in flipped order: worst); the heap's top is the worst kept.
    let mut heap: BinaryHeap<Entry> = BinaryHeap::new();
    for r in rows_from(desc) {
        cur.load(r, gbd);
        if !cur.eval(&q) {
            continue;
        }
        total += 1;
        let better = match heap.peek() {
            Some(top) if heap.len() as u64 >= keep => {
                // Key by key: later keys only matter on ties (and most rows lose on the first).
                let mut o = Ordering::Equal;
                let mut done = 0;
                for (i, f) in fields.iter().enumerate() {
                    cur.key(f, &mut cand[i]);
                    done = i + 1;
                    o = cmp_keys(&p.sort[i..=i], &cand[i..=i], &top.keys[i..=i]);
                    if o != Ordering::Equal {
                        break;
                    }
                }
                let o = o.then(r.cmp(&top.row));
                let o = if flip { o.reverse() } else { o };
                if o == Ordering::Less {
                    for (f, k) in fields.iter().zip(cand.iter_mut()).skip(done) {
                        cur.key(f, k);
                    }
                }
                o == Ordering::Less
            }
            _ => {
                for (f, k) in fields.iter().zip(cand.iter_mut()) {
                    cur.key(f, k);
                }
                keep > 0
            }
        };
        if better {
            if heap.len() as u64 >= keep {
                heap.pop();
            }
            heap.push(Entry {
                sort: p.sort,
                flip,
                keys: cand.clone(),
                row: r,
            });
        }
    }
    let mut sorted = heap.into_sorted_vec();
    let skip = if flip {
        sorted.reverse();
        0
    } else {
        usize::try_from(p.from).unwrap_or(usize::MAX)
    };
    let page = sorted
        .into_iter()
        .skip(skip)
        .take(usize::try_from(p.size).unwrap_or(usize::MAX))
        .map(|e| e.row)
        .collect();
    (total, page)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_str_is_number_of_a_string() {
        for s in [
            "",
            " ",
            "12",
            " 12 ",
            "\u{a0}7\u{3000}",
            "1e3",
            "-2.5",
            "+",
            "e",
            "12a",
            "abc",
            "Ликвидирован",
            "\u{2003}x",
            "2021-01-01",
            "inf",
            "NaN",
            "000140000003",
            "1.2.3",
        ] {
            assert_eq!(number_str(s), number(&Value::from(s)), "{s:?}");
        }
    }

    #[test]
    fn number_pieces_match_like_their_text() {
        let set = |w: &[(&str, bool)]| {
            let words = w
                .iter()
                .map(|(t, prefix)| Word {
                    text: t.to_string(),
                    prefix: *prefix,
                    digits: t
                        .parse()
                        .ok()
                        .filter(|_| t.bytes().all(|b| b.is_ascii_digit())),
                })
                .collect();
            WordSet::new(words, false)
        };
        let s = set(&[
            ("5", false),
            ("05", false),
            ("0", true),
            ("1", true),
            ("000140000003", false),
            ("0001", true),
            ("12345678901234567890123", false),
            ("abc", false),
        ]);
        for (n, width) in [
            (5, 0),
            (5, 2),
            (15, 0),
            (140_000_003, 12),
            (0, 4),
            (u64::MAX, 0),
        ] {
            let mut text = String::new();
            gbd::render_piece(Piece::Num { n, width }, &mut text);
            assert_eq!(s.mask_num(n, width), s.mask_text(&text), "{text}");
        }
    }
}
