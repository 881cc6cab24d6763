import Testing
@testable import ExileAtlas

/// `NameKey.loose` takes byte paths for ASCII names (the import and the resolver fold every
/// name of a large atlas); they must give exactly the keys of the `Character` rules.
@Test func looseKeysOfASCIINamesAreTheSameOnBothPaths() {
    var generator = SeededGenerator(seed: 1928)
    let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789  -'`.,()/khzhtschckquguexwjyiaeo")
    var names = ["Alma-Ata", "Ust-Kulom", "Tchernov", "Zhitomir", "Samarcanda", "Yenisei", "Novo-Bayazet",
                 "p6578", "Place 123", "Quercy", "Guerrero", "Xochimilco", "Wolkonsky", "Kzyl-Orda", "Tz Ye ye"]
    for _ in 0..<20_000 {
        let length = Int(generator.next() % 14) + 1
        names.append(String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }))
    }
    for name in names {
        #expect(NameKey.loose(name, bytePaths: true) == NameKey.loose(name, bytePaths: false), "\(name)")
    }
}

/// SplitMix64: the same names on every run.
private struct SeededGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
