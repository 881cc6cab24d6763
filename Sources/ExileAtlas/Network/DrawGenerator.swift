// DrawGenerator.swift
//
// The pseudo-random numbers of the robustness draws (`HubRobustness`), written out so that the
// same seed gives the same numbers with every Swift toolchain and on every machine (the standard
// library's `random(in:)` does not promise its algorithm):
//
//   xoshiro256** 1.0: D. Blackman and S. Vigna, "Scrambled linear pseudorandom number
//   generators", ACM Transactions on Mathematical Software 47(4), 2021; reference C code
//   https://prng.di.unimi.it/xoshiro256starstar.c (public domain);
//   SplitMix64: G. L. Steele, D. Lea and C. H. Flood, "Fast splittable pseudorandom number
//   generators", OOPSLA 2014; https://prng.di.unimi.it/splitmix64.c, which Vigna recommends for
//   filling xoshiro's state from a 64-bit seed;
//   bounded integers: D. Lemire, "Fast random integer generation in an interval", ACM
//   Transactions on Modeling and Computer Simulation 29(1), 2019 (unbiased, by rejection).

/// The generator of one draw: xoshiro256** whose 256-bit state is four consecutive outputs of
/// SplitMix64 started at the run's seed and moved on by four outputs a draw, so that every draw
/// has its own stream, fixed by `(seed, draw)` alone, whatever thread runs it.
struct DrawGenerator: RandomNumberGenerator {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    /// The golden-ratio increment of SplitMix64.
    private static let gamma: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The generator of draw `draw` (from 0) of a run seeded with `seed`.
    init(seed: UInt64, draw: Int) {
        var state = seed &+ UInt64(truncatingIfNeeded: draw) &* 4 &* Self.gamma
        func splitMix() -> UInt64 {
            state &+= Self.gamma
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix(); s1 = splitMix(); s2 = splitMix(); s3 = splitMix()
    }

    /// A generator with its state given word by word (for checking against the reference code).
    init(state: (UInt64, UInt64, UInt64, UInt64)) {
        (s0, s1, s2, s3) = state
    }

    /// The next 64 random bits (xoshiro256**'s `next`).
    mutating func next() -> UInt64 {
        let result = rotated(s1 &* 5, by: 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotated(s3, by: 45)
        return result
    }

    /// A whole number in `0..<bound` (`bound` at least 1), every value equally likely (Lemire 2019).
    mutating func next(below bound: Int) -> Int {
        let s = UInt64(bound)
        var product = next().multipliedFullWidth(by: s)
        if product.low < s {
            let threshold = (0 &- s) % s
            while product.low < threshold { product = next().multipliedFullWidth(by: s) }
        }
        return Int(product.high)
    }

    /// A number in [0, 1) with 53 random bits (the top bits of `next()`).
    mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    private func rotated(_ x: UInt64, by k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }
}
