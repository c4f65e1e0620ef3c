//! The validator never panics: thousands of random mutations of a valid
//! bundle (seeded, so a failure reproduces) are each accepted or refused
//! with a clear message.

use serde_json::Value;
use strategi::content::{parse_bundle, BUNDLED_JSON};

/// xorshift64*: small, seeded, good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Walks to a random node and changes it.
fn mutate(v: &mut Value, rng: &mut Rng, depth: usize) {
    let descend = depth < 8 && rng.below(4) != 0;
    match v {
        Value::Object(map) if descend && !map.is_empty() => {
            let key = map.keys().nth(rng.below(map.len())).cloned().unwrap();
            if rng.below(10) == 0 {
                map.remove(&key);
            } else if rng.below(20) == 0 {
                map.insert(format!("okand_{key}"), Value::Null);
            } else {
                mutate(map.get_mut(&key).unwrap(), rng, depth + 1);
            }
        }
        Value::Array(items) if descend && !items.is_empty() => {
            let i = rng.below(items.len());
            match rng.below(8) {
                0 => {
                    items.remove(i);
                }
                1 => {
                    let copy = items[i].clone();
                    items.push(copy);
                }
                2 => items.reverse(),
                _ => mutate(&mut items[i], rng, depth + 1),
            }
        }
        _ => {
            *v = match rng.below(12) {
                0 => Value::Null,
                1 => Value::Bool(true),
                2 => Value::from(-1),
                3 => Value::from(1e300),
                4 => Value::from(u64::MAX),
                5 => Value::from(""),
                6 => Value::from("x".repeat(rng.below(5000))),
                7 => Value::from("<script>alert(1)</script>"),
                8 => Value::Array(vec![]),
                9 => Value::Object(Default::default()),
                10 => Value::from(0.5),
                _ => Value::from("http://inte-https.se"),
            }
        }
    }
}

#[test]
fn random_mutations_never_panic() {
    let original: Value = serde_json::from_str(BUNDLED_JSON).unwrap();
    let mut rng = Rng(0x5EED_2026_1126);
    let (mut accepted, mut refused) = (0, 0);
    for case in 0..3000 {
        let mut v = original.clone();
        for _ in 0..=rng.below(3) {
            mutate(&mut v, &mut rng, 0);
        }
        let text = v.to_string();
        match parse_bundle(&text, "muterad.json") {
            Ok(_) => accepted += 1,
            Err(problems) => {
                assert!(
                    !problems.is_empty(),
                    "case {case}: refused without a reason"
                );
                // Every refusal tells the editor where to look: the field it
                // is about, or that the text is not JSON or not the schema
                // (serde names the line and column then).
                for p in &problems {
                    assert!(!p.message.is_empty(), "case {case}: empty message");
                    let located = !p.field.is_empty()
                        || p.message.starts_with("är inte giltig JSON")
                        || (p.message.starts_with("följer inte schemat")
                            && p.message.contains("line"));
                    assert!(located, "case {case}: {p}");
                }
                refused += 1;
            }
        }
    }
    // Both outcomes happen, so the mutations are neither all harmless nor all fatal.
    assert!(
        accepted > 20 && refused > 1000,
        "accepted {accepted}, refused {refused}"
    );
}

#[test]
fn random_bytes_and_truncations_never_panic() {
    let mut rng = Rng(42);
    let bytes = BUNDLED_JSON.as_bytes();
    for _ in 0..500 {
        let cut = rng.below(bytes.len());
        let text = String::from_utf8_lossy(&bytes[..cut]);
        assert!(parse_bundle(&text, "avklippt.json").is_err());
        let mut noisy = bytes.to_vec();
        for _ in 0..8 {
            let i = rng.below(noisy.len());
            noisy[i] = rng.below(256) as u8;
        }
        // Noise is either harmless or refused with a reason.
        if let Err(problems) = parse_bundle(&String::from_utf8_lossy(&noisy), "brus.json") {
            assert!(problems.iter().all(|p| !p.message.is_empty()));
            assert!(!problems.is_empty());
        }
    }
}
