//! The split layout of one catalogue (docs/scale.md): term shards, the shard directory, the doc
//! tables, the summary blocks and the apiUri buckets, with their sizes raw and brotli.

use opendata_core::catalogue::shards::{encode_shard, partition, put, Directory, Postings};
use opendata_core::catalogue::CatalogueFile;
use opendata_core::search::{dataset_parts, sort_hits};
use opendata_core::url::Sort;
use opendata_core::Lang;
use std::collections::HashMap;
use std::path::Path;

/// Brotli as the deploy compresses: quality 11, 4 MiB window.
pub fn brotli_len(raw: &[u8]) -> usize {
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    let mut out = Vec::new();
    brotli::BrotliCompress(&mut &raw[..], &mut out, &params).expect("brotli into memory");
    out.len()
}

/// [`brotli_len`] of many, on every core.
pub fn brotli_all(parts: &[Vec<u8>]) -> Vec<usize> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut out = vec![0; parts.len()];
    std::thread::scope(|s| {
        let chunks = out.chunks_mut(parts.len().div_ceil(threads).max(1));
        for (t, chunk) in chunks.enumerate() {
            let from = t * parts.len().div_ceil(threads).max(1);
            s.spawn(move || {
                for (i, o) in chunk.iter_mut().enumerate() {
                    *o = brotli_len(&parts[from + i]);
                }
            });
        }
    });
    out
}

/// FNV-1a, for content-hashed file names in this study (the harvester names by SHA-256).
pub fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

/// Sizes (raw, brotli) of a file.
#[derive(Clone, Copy, Default)]
pub struct Size {
    pub raw: usize,
    pub br: usize,
}

pub struct Layout<'a> {
    pub file: &'a CatalogueFile,
    pub postings: Postings,
    pub directory: Directory,
    pub shards: Vec<Size>,
    pub directory_file: Size,
    /// Category and agency names with their dataset counts (home page, facet labels).
    pub meta: Size,
    /// Per dataset: agency, category bitmask (facet counts).
    pub facet_table: Size,
    /// Per dataset: views (relevance ties, sort by views).
    pub views: Size,
    /// Per dataset: created and modified day, downloads (the other sorts).
    pub sort_table: Size,
    /// Per dataset and language: its place in name order (sort by name).
    pub name_ranks: Size,
    /// apiUri → dataset buckets (a dataset page opened by URL).
    pub uri_buckets: Vec<Size>,
    pub block: usize,
    block_br: HashMap<usize, usize>,
    /// Brotli/raw of sampled summary blocks, and the raw total of all.
    pub blocks_raw: usize,
    pub blocks_ratio: f64,
}

impl<'a> Layout<'a> {
    /// Builds the layout, shards of about `shard_raw` bytes raw, summaries in blocks of `block`
    /// datasets; writes the shards and the directory to `out`.
    pub fn build(file: &'a CatalogueFile, shard_raw: usize, block: usize, out: &Path) -> Self {
        let ds = &file.datasets;
        let postings = Postings::build(
            ds.iter()
                .map(|d| dataset_parts(&d.names, &d.descriptions, &d.keywords)),
        );
        let sizes: Vec<usize> = (postings.keys.iter().zip(&postings.lists))
            .map(|(k, l)| k.len() + 3 + l.len() * 2)
            .collect();
        let ranges = partition(&sizes, shard_raw);
        let files: Vec<Vec<u8>> = (ranges.iter())
            .map(|r| encode_shard(&postings.keys[r.clone()], &postings.lists[r.clone()]))
            .collect();
        let brs = brotli_all(&files);
        std::fs::create_dir_all(out).expect("create --out directory");
        let mut dir_text = String::new();
        for (r, f) in ranges.iter().zip(&files) {
            let name = format!("t-{:016x}.bin", fnv(f));
            std::fs::write(out.join(&name), f).expect("write a shard");
            dir_text += &format!("{}\t{name}\n", postings.keys[r.start]);
        }
        std::fs::write(out.join("directory.tsv"), &dir_text).expect("write the directory");
        let directory = Directory {
            firsts: ranges
                .iter()
                .map(|r| postings.keys[r.start].clone())
                .collect(),
        };
        let shards = files
            .iter()
            .zip(brs)
            .map(|(f, br)| Size { raw: f.len(), br });

        let (mut facet, mut views, mut sort) = (Vec::new(), Vec::new(), Vec::new());
        for d in ds {
            put(&mut facet, u64::from(d.agency));
            put(&mut facet, d.categories.iter().fold(0, |m, &c| m | 1 << c));
            put(&mut views, d.views);
            put(&mut sort, days(&d.created_date));
            put(&mut sort, days(&d.modified_date));
            put(&mut sort, d.downloads);
        }
        let mut ranks = Vec::new();
        for lang in [Lang::Kk, Lang::Ru, Lang::En] {
            let mut all: Vec<(usize, u32)> = (0..ds.len()).map(|i| (i, 0)).collect();
            sort_hits(ds, &mut all, Sort::Name, lang);
            let mut rank = vec![0u32; ds.len()];
            all.iter()
                .enumerate()
                .for_each(|(r, &(i, _))| rank[i] = r as u32);
            rank.iter().for_each(|&r| put(&mut ranks, u64::from(r)));
        }
        let meta = serde_json::json!({
            "categories": file.categories, "agencies": file.agencies, "datasets": ds.len(),
        });

        // apiUri buckets of about 1,000 datasets, by a hash a client computes alike.
        let nb = ds.len().div_ceil(1000);
        let mut buckets = vec![String::new(); nb];
        for (i, d) in ds.iter().enumerate() {
            let b = (fnv(d.api_uri.as_bytes()) % nb as u64) as usize;
            buckets[b] += &format!("{}\t{i}\n", d.api_uri);
        }
        let buckets: Vec<Vec<u8>> = buckets.into_iter().map(String::into_bytes).collect();
        // Brotli of about 16 spread buckets stands for all (they are alike).
        let step = nb.div_ceil(16);
        let sampled: Vec<Vec<u8>> = buckets.iter().step_by(step).cloned().collect();
        let ratio = brotli_all(&sampled).iter().sum::<usize>() as f64
            / sampled.iter().map(Vec::len).sum::<usize>().max(1) as f64;
        let uri_buckets = (buckets.iter())
            .map(|b| Size {
                raw: b.len(),
                br: (b.len() as f64 * ratio) as usize,
            })
            .collect();
        let meta = meta.to_string().into_bytes();
        let tables = [dir_text.into_bytes(), meta, facet, views, sort, ranks];
        let t: Vec<Size> = (tables.iter().zip(brotli_all(&tables)))
            .map(|(t, br)| Size { raw: t.len(), br })
            .collect();

        let mut layout = Layout {
            file,
            postings,
            directory,
            shards: shards.collect(),
            directory_file: t[0],
            meta: t[1],
            facet_table: t[2],
            views: t[3],
            sort_table: t[4],
            name_ranks: t[5],
            uri_buckets,
            block,
            block_br: HashMap::new(),
            blocks_raw: 0,
            blocks_ratio: 0.0,
        };
        // Summaries: every block's raw size, brotli of about 64 spread blocks.
        let n_blocks = ds.len().div_ceil(block);
        layout.blocks_raw = (0..n_blocks).map(|b| layout.block_bytes(b).len()).sum();
        let step = n_blocks.div_ceil(64).max(1);
        let sample: Vec<usize> = (0..n_blocks).step_by(step).collect();
        layout.compress_blocks(&sample);
        let raw: usize = sample.iter().map(|&b| layout.block_bytes(b).len()).sum();
        let br: usize = sample.iter().map(|&b| layout.block_br[&b]).sum();
        layout.blocks_ratio = br as f64 / raw.max(1) as f64;
        layout
    }

    /// A summary block: its datasets as the catalogue file writes them.
    fn block_bytes(&self, b: usize) -> Vec<u8> {
        let ds = &self.file.datasets;
        let part = &ds[(b * self.block).min(ds.len())..((b + 1) * self.block).min(ds.len())];
        serde_json::to_vec(part).expect("datasets serialise")
    }

    /// Compresses the summary blocks not compressed yet (all cores).
    pub fn compress_blocks(&mut self, blocks: &[usize]) {
        let mut todo: Vec<usize> = (blocks.iter().copied())
            .filter(|b| !self.block_br.contains_key(b))
            .collect();
        todo.sort_unstable();
        todo.dedup();
        let bytes: Vec<Vec<u8>> = todo.iter().map(|&b| self.block_bytes(b)).collect();
        self.block_br
            .extend(todo.into_iter().zip(brotli_all(&bytes)));
    }

    /// Brotli bytes of summary block `b` (compressed by [`Layout::compress_blocks`]).
    pub fn block_brotli(&self, b: usize) -> usize {
        self.block_br.get(&b).copied().unwrap_or_default()
    }
}

/// Days since 1970-01-01 of an ISO date(-time) (`2024-03-05T…`); 0 if unreadable.
pub fn days(iso: &str) -> u64 {
    let num = |r: std::ops::Range<usize>| iso.get(r).and_then(|s| s.parse::<i64>().ok());
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return 0;
    };
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    (era * 146_097 + doe - 719_468).max(0) as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_since_epoch() {
        assert_eq!(days("1970-01-01T00:00:00"), 0);
        assert_eq!(days("2000-03-01"), 11_017);
        assert_eq!(days("2024-03-05T10:20:00"), 19_787);
        assert_eq!(days("garbage"), 0);
    }
}
