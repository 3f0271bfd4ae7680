//! Result orders (docs/portal-api.md §3.1 `sort`). Every order breaks ties by catalogue order,
//! so a page boundary never moves between two identical requests.

use super::catalog::Record;
use crate::text::normalize;
use crate::url::Sort;
use crate::Lang;
use std::cmp::Reverse;

/// Kazakh alphabet order (Russian is a subsequence of it), for sorting names A–Я.
const KK_ALPHABET: [char; 42] = [
    'а', 'ә', 'б', 'в', 'г', 'ғ', 'д', 'е', 'ё', 'ж', 'з', 'и', 'й', 'к', 'қ', 'л', 'м', 'н', 'ң',
    'о', 'ө', 'п', 'р', 'с', 'т', 'у', 'ұ', 'ү', 'ф', 'х', 'һ', 'ц', 'ч', 'ш', 'щ', 'ъ', 'ы', 'і',
    'ь', 'э', 'ю', 'я',
];

/// Each Cyrillic-block character's place in [`KK_ALPHABET`] plus one (0: not in it), so a name
/// sort of the whole catalogue looks letters up instead of searching the alphabet.
const KK_RANK: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < KK_ALPHABET.len() {
        t[KK_ALPHABET[i] as usize - 0x400] = i as u8 + 1;
        i += 1;
    }
    t
};

/// A sort key for a name: digits, then Latin, then Cyrillic in Kazakh alphabet order.
pub fn collation_key(name: &str) -> Vec<u32> {
    let rank = |c: char| match c as u32 {
        u @ 0x400..=0x4ff if KK_RANK[u as usize - 0x400] > 0 => {
            0x1_0000 + u32::from(KK_RANK[u as usize - 0x400]) - 1
        }
        u => u,
    };
    normalize(name).chars().map(rank).collect()
}

/// Score desc, then views desc, then catalogue order.
pub fn by_relevance(r: &mut [(usize, u32)], views: impl Fn(usize) -> u64) {
    r.sort_by(|a, b| {
        b.1.cmp(&a.1)
            .then_with(|| views(b.0).cmp(&views(a.0)))
            .then(a.0.cmp(&b.0))
    });
}

/// Sorts (record position, relevance score) hits in `sort` order; `lang` is the language of the
/// names `Sort::Name` compares (falling back kk → ru → en as the pages show them).
pub fn sort_hits<R: Record>(records: &[R], r: &mut [(usize, u32)], sort: Sort, lang: Lang) {
    let rec = |i: usize| &records[i];
    match sort {
        Sort::Relevance => by_relevance(r, |i| rec(i).views()),
        Sort::Newest => r.sort_by_key(|&(i, _)| (Reverse(rec(i).created_date()), i)),
        Sort::Updated => r.sort_by_key(|&(i, _)| (Reverse(rec(i).modified_date()), i)),
        Sort::Views => r.sort_by_key(|&(i, _)| (Reverse(rec(i).views()), i)),
        Sort::Downloads => r.sort_by_key(|&(i, _)| (Reverse(rec(i).downloads()), i)),
        Sort::Name => r.sort_by_cached_key(|&(i, _)| {
            let name = rec(i).names().pick(lang).map(|(s, _)| s);
            (name.map(collation_key).unwrap_or_default(), i)
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::{Field, Index, Part, Query};

    #[test]
    fn collation_puts_kazakh_letters_in_alphabet_order() {
        // ә comes right after а, і after ы, in the Kazakh alphabet.
        assert!(collation_key("ақ") < collation_key("әже"));
        assert!(collation_key("әже") < collation_key("бала"));
        assert!(collation_key("ыдыс") < collation_key("іні"));
        assert!(collation_key("abc") < collation_key("абв"));
        assert!(collation_key("9") < collation_key("abc"));
        // Every letter in place, after everything else (ё sorts as е: `normalize` folds it).
        for w in KK_ALPHABET.windows(2) {
            let (a, b) = (
                collation_key(&w[0].to_string()),
                collation_key(&w[1].to_string()),
            );
            assert!(a <= b && a[0] > 0xffff, "{w:?}");
        }
    }

    #[test]
    fn relevance_ties_break_by_views_then_catalogue_order() {
        let idx = Index::build([
            vec![part(Field::Name, Lang::Ru, "Школы Астаны")],
            vec![part(Field::Keyword, Lang::Ru, "школа")],
            vec![part(Field::Name, Lang::Ru, "Школы Алматы")],
            vec![part(Field::Name, Lang::Ru, "Школы Шымкента")],
            vec![part(Field::Name, Lang::Ru, "Больницы")],
        ]);
        let views = [10u64, 1_000, 50, 10];
        let mut r = idx.scores(&idx.matcher(&Query::parse("школы")));
        by_relevance(&mut r, |i| views[i]);
        let order: Vec<usize> = r.iter().map(|x| x.0).collect();
        // Name hits first (most viewed first, then catalogue order), the keyword hit last
        // despite its views.
        assert_eq!(order, [2, 0, 3, 1]);
    }

    fn part(field: Field, lang: Lang, text: &str) -> Part<'_> {
        Part { field, lang, text }
    }
}
