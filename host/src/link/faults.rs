//! Seeded byte faults for a link: each byte is, with probability `rate`, dropped, has one bit
//! flipped, or is sent twice (one third each).

use thermoblock_contract::rng::splitmix64;

/// How often and how bytes go wrong.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FaultSpec {
    /// Probability that a byte is faulted, in `[0, 1)`.
    pub rate: f64,
    pub seed: u64,
}

impl std::str::FromStr for FaultSpec {
    type Err = String;

    /// `RATE` or `RATE@SEED`, e.g. `0.01@7`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (rate, seed) = s.split_once('@').unwrap_or((s, "1"));
        let rate: f64 = rate.parse().map_err(|_| format!("fault rate `{rate}` is not a number"))?;
        let seed: u64 = seed.parse().map_err(|_| format!("fault seed `{seed}` is not an integer"))?;
        if !(0.0..1.0).contains(&rate) {
            return Err(format!("fault rate {rate} must be in [0, 1)"));
        }
        Ok(FaultSpec { rate, seed })
    }
}

/// Faults injected so far.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FaultCounts {
    pub bytes: u64,
    pub dropped: u64,
    pub flipped: u64,
    pub duplicated: u64,
}

impl FaultCounts {
    pub fn total(&self) -> u64 {
        self.dropped + self.flipped + self.duplicated
    }
}

/// One direction's fault injector: a SplitMix64 stream keyed by the seed and a stream id.
#[derive(Clone, Debug)]
pub struct Faults {
    spec: FaultSpec,
    stream: u64,
    n: u64,
    pub counts: FaultCounts,
}

impl Faults {
    pub fn new(spec: FaultSpec, stream: u64) -> Self {
        Self { spec, stream: splitmix64(spec.seed ^ splitmix64(stream)), n: 0, counts: FaultCounts::default() }
    }

    fn next(&mut self) -> u64 {
        self.n += 1;
        splitmix64(self.stream.wrapping_add(self.n))
    }

    /// Passes `bytes` through, appending what arrives to `out`.
    pub fn apply(&mut self, bytes: &[u8], out: &mut Vec<u8>) {
        for &b in bytes {
            self.counts.bytes += 1;
            let r = self.next();
            let u = (r >> 11) as f64 / (1u64 << 53) as f64;
            if u >= self.spec.rate {
                out.push(b);
                continue;
            }
            match r % 3 {
                0 => self.counts.dropped += 1,
                1 => {
                    self.counts.flipped += 1;
                    out.push(b ^ 1 << (self.next() % 8));
                }
                _ => {
                    self.counts.duplicated += 1;
                    out.extend([b, b]);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fault_rate_matches_the_spec() {
        let mut f = Faults::new(FaultSpec { rate: 0.01, seed: 3 }, 0);
        let mut out = Vec::new();
        f.apply(&vec![0x55; 100_000], &mut out);
        // 1000 expected; binomial standard error sqrt(100000 · 0.01 · 0.99) ≈ 31.5; allow 4.5 SE.
        let n = f.counts.total() as f64;
        assert!((n - 1000.0).abs() < 4.5 * 31.5, "{n} faults");
        let c = f.counts;
        assert_eq!(out.len() as u64, 100_000 - c.dropped + c.duplicated);
        assert_eq!(out.iter().filter(|&&b| b != 0x55).count() as u64, c.flipped);
    }

    #[test]
    fn parses_rate_and_seed() {
        assert_eq!("0.01@7".parse(), Ok(FaultSpec { rate: 0.01, seed: 7 }));
        assert!("1.5".parse::<FaultSpec>().unwrap_err().contains("[0, 1)"));
        assert!("x@1".parse::<FaultSpec>().is_err());
    }
}
