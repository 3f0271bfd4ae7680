//! A tiny deterministic PRNG (SplitMix64). The seed must give byte-identical data on every
//! machine, so no `rand`, no hashing with random state.

#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// A generator for one item derived from a parent seed and a path of numbers (dataset,
    /// version, row…), so rows can be generated independently and on demand.
    #[inline]
    pub fn derive(seed: u64, path: &[u64]) -> Self {
        let mut g = Rng(seed ^ 0x6a09_e667_f3bc_c908);
        for &p in path {
            g = g.child(p);
        }
        g
    }

    /// `derive(seed, [path…, p])` from `derive(seed, [path…])`: a scan derives the dataset and
    /// version once and only the row per row.
    #[inline]
    pub fn child(&self, p: u64) -> Self {
        Rng(mix(self.0 ^ mix(p.wrapping_add(0x9e37_79b9_7f4a_7c15))))
    }

    /// The generator as it will be after `k` more draws (draws are independent of each other,
    /// so one field's choice can be computed without the ones before it).
    #[inline]
    pub fn skip(&self, k: u64) -> Self {
        Rng(self.0.wrapping_add(k.wrapping_mul(0x9e37_79b9_7f4a_7c15)))
    }

    #[inline]
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        mix(self.0)
    }

    /// Uniform in `0..n` (n > 0; returns 0 for n == 0 so callers never divide by zero).
    #[inline]
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            return 0;
        }
        // Multiply-shift: unbiased enough for fixtures and branch-free.
        ((u128::from(self.next_u64()) * u128::from(n)) >> 64) as u64
    }

    /// Uniform in `lo..=hi`.
    #[inline]
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.below(hi.saturating_sub(lo) + 1)
    }

    /// Uniform in `[0, 1)`.
    #[inline]
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    #[inline]
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    #[inline]
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }

    /// A heavy-tailed count in `1..=max` (log-uniform), like page views on a portal.
    pub fn skewed(&mut self, max: u64) -> u64 {
        let x = self.unit() * (max.max(1) as f64).ln();
        (x.exp() as u64).clamp(1, max.max(1))
    }
}

#[inline]
pub fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_in_range() {
        let mut a = Rng::derive(7, &[1, 2]);
        let mut b = Rng::derive(7, &[1, 2]);
        for _ in 0..1000 {
            let x = a.range(3, 9);
            assert_eq!(x, b.range(3, 9));
            assert!((3..=9).contains(&x));
        }
        assert_ne!(
            Rng::derive(7, &[1, 2]).next_u64(),
            Rng::derive(7, &[2, 1]).next_u64()
        );
        assert_eq!(a.below(0), 0);
        let mut c = Rng::derive(7, &[1, 2, 3]);
        let d = Rng::derive(7, &[1, 2]).child(3);
        assert_eq!(d.skip(2).next_u64(), {
            c.next_u64();
            c.next_u64();
            c.next_u64()
        });
    }
}
