//! Short stable keys for tips and indicators, for places where a full id is
//! too long to repeat (an action plan's link holds one key per measure).
//!
//! A key is a hash of the id, so it stays the same as long as the id does,
//! whatever else changes in the content. Two ids could share a key; content
//! validation refuses that, so a key always names one tip (or indicator).

use std::fmt;

/// The 64 URL-safe characters of base64url (RFC 4648, section 5), in value
/// order: they never need percent-encoding in a URL.
pub const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Characters in a key's text form (6 bits each, 24 bits in all).
pub const KEY_CHARS: usize = 4;

/// A 24-bit key derived from an id, written as four base64url characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Key(u32);

impl Key {
    /// Number of bits a key holds; `bits()` is always below `1 << BITS`.
    pub const BITS: u32 = 24;

    /// The key of an id: FNV-1a (32 bits) of its UTF-8 bytes, folded to 24
    /// bits. Fixed forever: links made today must find the same tips later.
    pub fn of(id: &str) -> Key {
        let mut hash: u32 = 0x811c_9dc5;
        for byte in id.bytes() {
            hash ^= u32::from(byte);
            hash = hash.wrapping_mul(0x0100_0193);
        }
        Key((hash >> Self::BITS) ^ (hash & 0x00ff_ffff))
    }

    /// A key from its 24 bits; `None` when a higher bit is set.
    pub fn from_bits(bits: u32) -> Option<Key> {
        (bits < 1 << Self::BITS).then_some(Key(bits))
    }

    pub fn bits(self) -> u32 {
        self.0
    }

    /// Reads the text form, exactly four base64url characters.
    pub fn parse(text: &str) -> Option<Key> {
        if text.len() != KEY_CHARS {
            return None;
        }
        text.bytes().try_fold(Key(0), |Key(acc), c| {
            let value = ALPHABET.iter().position(|&a| a == c)?;
            Some(Key(acc << 6 | value as u32))
        })
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for shift in [18, 12, 6, 0] {
            let c = ALPHABET[(self.0 >> shift & 63) as usize];
            write!(f, "{}", c as char)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_fixed_and_read_back() {
        // Computed outside Rust from the same definition; they must never change.
        assert_eq!(Key::of("m1-normkritiskt-i-skolan").to_string(), "hSW8");
        assert_eq!(Key::of("").to_string(), "HJ1E");
        for id in ["m1-normkritiskt-i-skolan", "a", "freda-kortfragor"] {
            let key = Key::of(id);
            assert_eq!(Key::parse(&key.to_string()), Some(key));
            assert_eq!(Key::from_bits(key.bits()), Some(key));
        }
    }

    #[test]
    fn only_four_base64url_characters_are_a_key() {
        for text in ["", "hSW", "hSW8A", "hS+8", "hSW=", "åäö", "hSW\u{0}"] {
            assert_eq!(Key::parse(text), None, "{text:?}");
        }
        assert_eq!(Key::parse("____").map(Key::bits), Some(0x00ff_ffff));
        assert_eq!(Key::from_bits(1 << 24), None);
    }
}
