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
