//! A synthetic catalogue of any size from a harvested one, deterministic (fixed seed).
//!
//! Dataset `j` of `n` follows real dataset `j * real / n` (so agencies, categories, versions and
//! their order are distributed as in the real file), with its words recombined: each word of its
//! names and descriptions, and each keyword, is with some probability replaced by one drawn from
//! the same language, field and category of the real file (so word frequencies stay
//! category-like). Recombination adds no word, so new rare terms are added too, as many as keep
//! the distinct folded words at `V_real * (j / real)^BETA` (Heaps' law): place names made of
//! Kazakh syllables with numbered plots, written in the three languages, and a few registry
//! codes.

use opendata_core::catalogue::{CatalogueFile, DatasetEntry};
use opendata_core::search::dataset_parts;
use opendata_core::search::keys::{fold, tokenize, H_OR_K};
use std::collections::{HashMap, HashSet};

/// Heaps' law exponent of the distinct terms (typical of text collections: 0.4–0.6).
pub const BETA: f64 = 0.55;
/// Chance that a word or keyword is replaced by one of its category.
const SWAP: f64 = 0.25;
/// Share of the new terms that are registry codes rather than places.
const CODE: f64 = 0.1;

/// splitmix64: small, fast, and the same sequence on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, v: &'a [T]) -> Option<&'a T> {
        v.get(self.below(v.len()))
    }
}

/// Words of one (category, language, field): 0..3 names kk/ru/en, 3..6 descriptions, 6..9
/// keywords.
type Pools = HashMap<u32, [Vec<String>; 9]>;

fn texts(d: &mut DatasetEntry) -> [&mut Option<String>; 6] {
    let (n, s) = (&mut d.names, &mut d.descriptions);
    [
        &mut n.name_kk,
        &mut n.name_ru,
        &mut n.name_en,
        &mut s.description_kk,
        &mut s.description_ru,
        &mut s.description_en,
    ]
}

fn keywords(d: &mut DatasetEntry) -> [&mut Vec<String>; 3] {
    let k = &mut d.keywords;
    [&mut k.keywords_kk, &mut k.keywords_ru, &mut k.keywords_en]
}

fn pools(real: &CatalogueFile) -> Pools {
    let mut p: Pools = HashMap::new();
    for d in &real.datasets {
        let mut d = d.clone();
        let pool = p.entry(category(&d)).or_default();
        for (i, t) in texts(&mut d).into_iter().enumerate() {
            let words = t.iter().flat_map(|t| t.split_whitespace());
            pool[i].extend(words.map(str::to_string));
        }
        for (i, k) in keywords(&mut d).into_iter().enumerate() {
            pool[6 + i].extend(k.iter().cloned());
        }
    }
    p
}

fn category(d: &DatasetEntry) -> u32 {
    d.categories.first().copied().unwrap_or(u32::MAX)
}

/// Distinct folded words of a catalogue (what Heaps' law is applied to).
pub fn distinct_terms(c: &CatalogueFile) -> usize {
    let mut seen = HashSet::new();
    for d in &c.datasets {
        for part in dataset_parts(&d.names, &d.descriptions, &d.keywords) {
            seen.extend(tokenize(part.text).map(|(_, w)| fold(w)));
        }
    }
    seen.len()
}

const SYLLABLES: [&str; 40] = [
    "қара",
    "ақ",
    "бұ",
    "лақ",
    "су",
    "тал",
    "көл",
    "бай",
    "тау",
    "жар",
    "сай",
    "құм",
    "өзен",
    "шы",
    "ен",
    "ал",
    "тас",
    "кен",
    "бел",
    "ой",
    "мұ",
    "най",
    "ар",
    "ат",
    "қо",
    "ға",
    "та",
    "жол",
    "ке",
    "сары",
    "көк",
    "терек",
    "бұлақ",
    "дала",
    "құс",
    "жиде",
    "шо",
    "ман",
    "ту",
    "рат",
];

/// A new place name (not made before), in Kazakh, Russian and English spelling.
fn place(rng: &mut Rng, made: &mut HashSet<String>) -> [String; 3] {
    let kk = loop {
        let n = 2 + rng.below(3);
        let s: String = (0..n)
            .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
            .collect();
        if made.insert(s.clone()) || made.len() > 4_000_000 {
            break s;
        }
    };
    let ru: String = kk
        .chars()
        .map(|c| match c {
            'ә' => 'а',
            'ғ' => 'г',
            'қ' => 'к',
            'ң' => 'н',
            'ө' => 'о',
            'ұ' | 'ү' => 'у',
            'і' => 'и',
            c => c,
        })
        .collect();
    let en = fold(&ru).replace(H_OR_K, "kh");
    [kk, ru, en].map(|s| {
        let mut c = s.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect())
            .unwrap_or_default()
    })
}

/// `n` datasets made from `real` (see the module comment).
pub fn synthesise(real: &CatalogueFile, n: usize, seed: u64) -> CatalogueFile {
    let mut rng = Rng::new(seed);
    let pools = pools(real);
    let r = real.datasets.len().max(1);
    let v_real = distinct_terms(real) as f64;
    let mut made = HashSet::new();
    let mut places: Vec<[String; 3]> = Vec::new();
    let mut datasets = Vec::with_capacity(n);
    for j in 0..n {
        let mut d = real.datasets[j * r / n.max(1)].clone();
        let pool = &pools[&category(&d)];
        for (i, t) in texts(&mut d).into_iter().enumerate() {
            if let Some(t) = t {
                let words = t.split_whitespace().map(|w| match rng.unit() < SWAP {
                    true => rng.pick(&pool[i]).map_or(w, String::as_str),
                    false => w,
                });
                *t = words.collect::<Vec<_>>().join(" ");
            }
        }
        for (i, k) in keywords(&mut d).into_iter().enumerate() {
            for k in k.iter_mut() {
                if rng.unit() < SWAP {
                    *k = rng.pick(&pool[6 + i]).cloned().unwrap_or_default();
                }
            }
        }
        // New places while below the Heaps curve; otherwise a known one, the early (older)
        // ones more often.
        let target = v_real * (((j + 1) as f64 / r as f64).powf(BETA) - 1.0);
        let mut here = Vec::new();
        while (places.len() as f64) < target {
            let code = rng.unit() < CODE;
            places.push(match code {
                true => {
                    let c = 100_000_000 + rng.below(900_000_000);
                    ["ӘАОЖ", "КАТО", "KATO"].map(|w| format!("{w} {c}"))
                }
                false => place(&mut rng, &mut made),
            });
            here.push(places.len() - 1);
        }
        if here.is_empty() && !places.is_empty() && rng.unit() < 0.5 {
            here.push((rng.unit().powi(3) * places.len() as f64) as usize);
        }
        for p in here {
            let plot = 1 + rng.below(40);
            let [kk, ru, en] = &places[p];
            // A code is a keyword only; a place is in the names too.
            if !kk.contains(' ') {
                let phrases = [
                    format!("{kk} ауылы, {plot}-учаске"),
                    format!("село {ru}, участок {plot}"),
                    format!("{en} village, plot {plot}"),
                ];
                for (t, ph) in texts(&mut d).into_iter().zip(phrases) {
                    let t = t.get_or_insert_with(String::new);
                    *t = format!("{t} — {ph}");
                }
            }
            for (k, name) in keywords(&mut d).into_iter().zip([kk, ru, en]) {
                k.push(name.clone());
            }
        }
        d.id = 1_000_000 + j as u64;
        d.api_uri = format!("{}_{j}", d.api_uri);
        let scale = |x: u64, rng: &mut Rng| (x as f64 * (0.3 + 1.4 * rng.unit())) as u64;
        d.views = scale(d.views, &mut rng);
        d.downloads = scale(d.downloads, &mut rng);
        datasets.push(d);
    }
    CatalogueFile {
        format: real.format,
        harvested: real.harvested.clone(),
        categories: real.categories.clone(),
        agencies: real.agencies.clone(),
        datasets,
    }
}
