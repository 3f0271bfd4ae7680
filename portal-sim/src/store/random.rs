//! Randomness from std alone: session tokens and confirmation codes.

use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// 64 unpredictable-enough bits from std alone: `RandomState` keys come from the OS and change
/// with every call; time and a counter make each input unique. A stand-in, not a vault.
pub fn random_u64() -> u64 {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    h.write_u128(
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos()),
    );
    h.finish()
}

/// A 128-bit token as 32 hex digits.
pub fn random_hex128() -> String {
    format!("{:016x}{:016x}", random_u64(), random_u64())
}

pub(super) fn new_code() -> String {
    format!("{:06}", random_u64() % 1_000_000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_differ() {
        let a = random_hex128();
        assert_eq!(a.len(), 32);
        assert_ne!(a, random_hex128());
        assert_eq!(new_code().len(), 6);
    }
}
