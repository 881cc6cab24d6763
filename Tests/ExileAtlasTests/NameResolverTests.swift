import Testing
import ExileAtlas

// MARK: - Fixture

/// All names of one entity, labelled by `label`.
private func namedEntity(_ id: String, _ label: String, _ names: [String]) -> [NameResolver<String>.Entry] {
    names.map { NameResolver<String>.Entry(id: id, name: $0, label: label) }
}

/// Places and people resembling the real data, with old/new names, Spanish, English and Russian
/// spellings, and the OCR slips found in the sources ("Toboisk", "Ust- Kylom", "Voronczh").
private let namesFixture: NameResolver<String> = NameResolver(
    namedEntity("alma-ata", "Alma-Ata", ["Alma Ata", "Alma-Ata", "Almaty", "Алма-Ата", "Verny"])
        + namedEntity("pishpek-frunze", "Pishpek-Frunze",
                 ["Pishpek-Frunze", "Pishpek", "Frunze", "Bishkek", "Бишкек", "Фрунзе"])
        + namedEntity("astrakhan", "Astrakhan", ["Astrakhan", "Astrakán", "Àstrakàn", "Астрахань"])
        + namedEntity("constantinople", "Constantinople", ["Constantinople", "Constantinopla", "Istanbul"])
        + namedEntity("tomsk", "Tomsk", ["Tomsk"])
        + namedEntity("omsk", "Omsk", ["Omsk"])
        + namedEntity("tobolsk", "Tobolsk", ["Tobolsk", "Toboisk"])
        + namedEntity("samara", "Samara", ["Samara"])
        + namedEntity("samarkand", "Samarkand", ["Samarkand", "Samarcanda"])
        + namedEntity("kansk", "Kansk", ["Kansk"])
        + namedEntity("kamensk", "Kamensk", ["Kamensk", "Kaminsk"])
        + namedEntity("novo-bayazet", "Novo-Bayazet", ["Novo-Bayazet", "Gavar", "Kamo"])
        + namedEntity("kurday-pass", "Kurday pass", ["Kurday pass"])
        + namedEntity("ust-kulom", "Ust-Kulom", ["Ust-Kulom", "Ust- Kylom"])
        + namedEntity("voronezh", "Voronezh", ["Voronezh", "Voronczh"])
        + namedEntity("radek", "Karl Radek", ["Karl Radek", "Rádek", "Karlyusha"])
        + namedEntity("ivan-smirnov", "Ivan Smirnov", ["Ivan Smirnov", "Iván Smirnov"])
        + namedEntity("v-smirnov", "Vladimir Smirnov", ["Vladimir Smirnov", "V. Smirnov"])
        + namedEntity("zinoviev", "Grigory Zinoviev", ["Grigory Zinoviev", "Zinóviev"])
        + namedEntity("trotsky", "Leon Trotsky", ["Leon Trotsky", "Trotsky", "Lev Davidovich Bronstein"])
)

/// The id of a `.found` resolution, or nil.
private func resolvedID<ID>(_ resolution: Resolution<ID>) -> ID? {
    if case .found(let id, _, _) = resolution { return id }
    return nil
}

/// The suggestions of a `.notFound` resolution, or nil for any other outcome.
private func suggestionsOf<ID>(_ resolution: Resolution<ID>) -> [Candidate<ID>]? {
    if case .notFound(_, let suggestions) = resolution { return suggestions }
    return nil
}

// MARK: - NameKey.exact

@Suite("NameKey.exact")
struct NameKeyExactTests {
    @Test("Latin accents and special letters fold", arguments: [
        ("Astrakán", "astrakan"), ("Àstrakàn", "astrakan"), ("Señor", "senor"), ("Münzenberg", "munzenberg"),
        ("Françoise", "francoise"), ("Kırşehir", "kirsehir"), ("İstanbul", "istanbul"), ("Ørsted", "orsted"),
        ("Straße", "strasse"), ("Ærø", "aero"), ("Œuvre", "oeuvre"), ("Łódź", "lodz"), ("NOVOSÍBIRSK", "novosibirsk"),
    ])
    func latin(input: String, expected: String) {
        #expect(NameKey.exact(input) == expected)
    }

    @Test("Apostrophes are dropped without a word break", arguments: [
        ("O'Brien", "obrien"), ("O’Brien", "obrien"), ("O‘Brien", "obrien"), ("O`Brien", "obrien"),
        ("Zinov´ev", "zinovev"), ("Zinovʹev", "zinovev"), ("Podʺyachev", "podyachev"),
    ])
    func apostrophes(input: String, expected: String) {
        #expect(NameKey.exact(input) == expected)
    }

    @Test("The whole Russian alphabet, lower and upper case")
    func russianAlphabet() {
        let expected = "abvgdeezhziyklmnoprstufkhtschshshchyeyuya"
        #expect(NameKey.exact("абвгдеёжзийклмнопрстуфхцчшщъыьэюя") == expected)
        #expect(NameKey.exact("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ") == expected)
    }

    @Test("Russian letters ё й ъ ь щ in real names", arguments: [
        ("Щёлково", "shchelkovo"),     // щ, ё
        ("Троцкий", "trotskiy"),       // ц, й
        ("Подъячев", "podyachev"),     // ъ dropped
        ("Астрахань", "astrakhan"),    // ь dropped, х
        ("Зиновьев", "zinovev"),       // ь dropped
        ("Ёлкин", "elkin"),            // capital Ё
    ])
    func russian(input: String, expected: String) {
        #expect(NameKey.exact(input) == expected)
    }

    @Test("Ukrainian, Kazakh and Kyrgyz letters", arguments: [
        ("Запоріжжя", "zaporizhzhya"), // і
        ("Київ", "kiyiv"),             // ї
        ("Європа", "yevropa"),         // є
        ("Ґудзик", "gudzik"),          // ґ
        ("Қазақстан", "kazakstan"),    // қ
        ("Өскемен", "oskemen"),        // ө
        ("Ақтөбе", "aktobe"),          // қ, ө
        ("әғңұүһ", "agnuuh"),          // ә ғ ң ұ ү һ
        ("Үргөн", "urgon"),            // Kyrgyz ү, ө
    ])
    func otherCyrillic(input: String, expected: String) {
        #expect(NameKey.exact(input) == expected)
    }

    @Test("Decomposed input (NFD) folds like precomposed")
    func decomposed() {
        #expect(NameKey.exact("Троцки\u{0438}\u{0306}") == "trotskiy")  // и + combining breve = й
        #expect(NameKey.exact("Ще\u{0308}лково") == "shchelkovo")        // е + diaeresis = ё
        #expect(NameKey.exact("Astraka\u{0301}n") == "astrakan")
    }

    @Test("Punctuation runs become one space, trimmed", arguments: [
        ("Alma-Ata", "alma ata"), ("  Alma -- Ata.  ", "alma ata"), ("Ust- Kylom", "ust kylom"),
        ("V. Smirnov", "v smirnov"), ("Kurday_pass", "kurday pass"), ("Smirnov, Ivan N.", "smirnov ivan n"),
        ("Leningrad (Petrograd)", "leningrad petrograd"), ("Алма-Ата", "alma ata"), ("…", ""), ("", ""),
    ])
    func separators(input: String, expected: String) {
        #expect(NameKey.exact(input) == expected)
    }

    @Test("Different spellings stay different exact keys")
    func exactIsNotLoose() {
        #expect(NameKey.exact("Astrakhan") != NameKey.exact("Astrakán"))
        #expect(NameKey.exact("Pishpek-Frunze") != NameKey.exact("PishpekFrunze"))
    }
}

// MARK: - NameKey.loose

@Suite("NameKey.loose")
struct NameKeyLooseTests {
    @Test("Transliteration variants share one key", arguments: [
        (["Astrakán", "Astrakhan", "Астрахань", "ASTRAKHAN"], "astrakan"),
        (["Zinóviev", "Zinoviev", "Zinovyev", "Зиновьев"], "zinovyev"),
        (["Bujarin", "Bukharin", "Бухарин"], "bukarin"),
        (["Kazajstán", "Kazakhstan", "Казахстан", "Қазақстан"], "kazakstan"),
        (["Yenisseisk", "Yeniseysk", "Yeniseisk", "Енисейск"], "eniseisk"),
        (["Minussinsk", "Minusinsk", "Минусинск"], "minusinsk"),
        (["Novosíbirsk", "Novosibirsk", "Новосибирск"], "novosibirsk"),
        (["Aktiubinsk", "Aktyubinsk", "Актюбинск"], "aktyubinsk"),
        (["Semipalatinsk", "Семипалатинск"], "semipalatinsk"),
        (["Mrachkovsky", "Mrachkovskii", "Mrachkovskiy", "Мрачковский"], "mrachkovski"),
        (["Trotsky", "Trotski", "Trotskij", "Trockij", "Троцкий"], "trotski"),
        (["Serguei", "Sergei", "Sergey", "Сергей"], "sergei"),
        (["Sermux", "Sermuks"], "sermuks"),
        (["Posnansky", "Poznansky", "Познанский"], "posnanski"),
        (["Odesa", "Odessa", "Одесса"], "odesa"),
        (["Samarcanda", "Samarkand", "Самарканд"], "samarkand"),
        (["Moscú", "Moscu"], "mosku"),
        (["Pishpek-Frunze", "Pishpek Frunze", "PishpekFrunze"], "pishpekfrunze"),
        (["Ust-Kulom", "Ust Kulom", "Ustkulom", "Усть-Кулом"], "ustkulom"),
        (["Alma-Ata", "Alma Ata", "almaata", "Алма-Ата"], "almata"),
    ] as [([String], String)])
    func variants(names: [String], key: String) {
        for name in names {
            #expect(NameKey.loose(name) == key, "\(name)")
        }
    }

    @Test("One rule at a time", arguments: [
        ("Kharkov", "karkov"),          // kh → k
        ("Jarkov", "karkov"),           // Spanish j → k
        ("Trotskij", "trotski"),        // final j is й → i
        ("Voronezh", "voronezh"),       // zh kept
        ("Tchitcherin", "chicherin"),   // French tch → ch
        ("Trocki", "trotski"),          // ck before i → tsk
        ("Cirilo", "sirilo"),           // c before e/i → s
        ("Cama", "kama"),               // c elsewhere → k
        ("Quiev", "kyev"),              // qu → k (and ie → ye)
        ("Guillermo", "gilermo"),       // gu before i → g, ll → l
        ("Sermux", "sermuks"),          // x → ks
        ("Wolkow", "volkov"),           // w → v
        ("Lutz", "luts"),               // tz → ts
        ("Uzbekistan", "usbekistan"),   // z before consonant → s
        ("Kazan", "kazan"),             // z before vowel kept
        ("Samarcanda", "samarkand"),    // final nda → nd
        ("Maria", "marya"),             // i before vowel → y
        ("Kurday", "kurdai"),           // y elsewhere → i
        ("Trotskii", "trotski"),        // ii → i
        ("Yezhov", "ezhov"),            // word-initial ye → e
        ("Sergeyev", "sergev"),         // ye after vowel → e, then ee → e
        ("Ульянов", "ulyanov"),         // ь before vowel → y
        ("Ust Kulom", "ustkulom"),      // spaces removed
        ("Odessa", "odesa"),            // doubles collapse
    ])
    func rule(input: String, expected: String) {
        #expect(NameKey.loose(input) == expected)
    }

    @Test("Clearly different names do not collide", arguments: [
        ("Tomsk", "Omsk"), ("Tomsk", "Tobolsk"), ("Omsk", "Tobolsk"), ("Samara", "Samarkand"),
        ("Tara", "Tashkent"), ("Kansk", "Kamensk"), ("Radek", "Rakovsky"), ("Sedova", "Sedov"),
        ("Ivan Smirnov", "V. Smirnov"), ("Narym", "Tara"), ("Alma Ata", "Almaty"), ("Moscú", "Moscow"),
        ("Kansk", "Kaminsk"), ("Samara", "Samarcanda"),
    ])
    func distinct(a: String, b: String) {
        #expect(NameKey.loose(a) != NameKey.loose(b))
        #expect(NameKey.exact(a) != NameKey.exact(b))
    }
}

// MARK: - EditDistance

@Suite("EditDistance")
struct EditDistanceTests {
    @Test("Hand-worked distances", arguments: [
        ("", "", 0), ("", "abc", 3), ("abc", "", 3), ("tomsk", "tomsk", 0),
        ("kitten", "sitting", 3),   // Levenshtein's classic: k→s, e→i, +g
        ("tomks", "tomsk", 1),      // one transposition
        ("tomks", "omsk", 2),       // delete t, transpose ks
        ("astrakn", "astrakan", 1), // one insertion
        ("ca", "abc", 3),           // optimal string alignment, not unrestricted (which gives 2)
        ("radek", "rakovski", 5),
    ])
    func distance(a: String, b: String, expected: Int) {
        #expect(EditDistance.damerauLevenshtein(a, b) == expected)
        #expect(EditDistance.damerauLevenshtein(b, a) == expected)
    }

    @Test("Works on any Equatable elements")
    func generic() {
        #expect(EditDistance.damerauLevenshtein([1, 2, 3], [1, 3, 2]) == 1)
        #expect(EditDistance.damerauLevenshtein(["Астрахань"], ["Astrakhan"]) == 1)
    }
}

// MARK: - NameResolver

@Suite("NameResolver")
struct NameResolverTests {
    @Test("Case, accents and script do not matter", arguments: [
        ("Astrakán", "astrakhan"), ("ASTRAKHAN", "astrakhan"), ("Астрахань", "astrakhan"), ("astrakhan", "astrakhan"),
        ("Bishkek", "pishpek-frunze"), ("frunze", "pishpek-frunze"), ("FRUNZE", "pishpek-frunze"),
        ("Фрунзе", "pishpek-frunze"), ("Almaty", "alma-ata"), ("Istanbul", "constantinople"),
        ("alma ata", "alma-ata"), ("ALMA-ATA", "alma-ata"), ("almaata", "alma-ata"), ("Radek", "radek"),
        ("Kurday", "kurday-pass"), ("Zinovyev", "zinoviev"), ("Trotski", "trotsky"), ("Ust Kulom", "ust-kulom"),
        ("Samara", "samara"), ("Kansk", "kansk"), ("Samarkanda", "samarkand"), ("PishpekFrunze", "pishpek-frunze"),
        ("Verny", "alma-ata"), ("Kamo", "novo-bayazet"),
    ])
    func resolves(query: String, id: String) {
        #expect(resolvedID(namesFixture.resolve(query)) == id)
    }

    @Test("Found reports the label and the stored name that matched")
    func foundDetails() {
        #expect(namesFixture.resolve("Almaty") == .found(id: "alma-ata", label: "Alma-Ata", matched: "Almaty"))
        // Both "Astrakán" and "Àstrakàn" have exact key "astrakan": the spelling typed wins.
        #expect(namesFixture.resolve("Astrakán") == .found(id: "astrakhan", label: "Astrakhan", matched: "Astrakán"))
        // "Astrakhan" and "Астрахань" share "astrakhan": the one that is the label is reported.
        #expect(namesFixture.resolve("ASTRAKHAN") == .found(id: "astrakhan", label: "Astrakhan", matched: "Astrakhan"))
        // "Alma Ata" (stored first) and "Alma-Ata" (the label) share "alma ata": the label wins.
        #expect(namesFixture.resolve("alma ata") == .found(id: "alma-ata", label: "Alma-Ata", matched: "Alma-Ata"))
        // Neither "Astrakán" nor "Àstrakàn" is typed or the label: the first stored is reported.
        #expect(namesFixture.resolve("astrakan") == .found(id: "astrakhan", label: "Astrakhan", matched: "Astrakán"))
        #expect(namesFixture.resolve("Radek") == .found(id: "radek", label: "Karl Radek", matched: "Rádek"))
        #expect(namesFixture.resolve("Trotski") == .found(id: "trotsky", label: "Leon Trotsky", matched: "Trotsky"))
        #expect(namesFixture.resolve("Kurday") == .found(id: "kurday-pass", label: "Kurday pass", matched: "Kurday pass"))
    }

    @Test("Step 0: a String id matches exactly")
    func idMatch() {
        #expect(namesFixture.resolve("alma-ata") == .found(id: "alma-ata", label: "Alma-Ata", matched: "alma-ata"))
        #expect(namesFixture.resolve(" novo-bayazet ") == .found(id: "novo-bayazet", label: "Novo-Bayazet", matched: "novo-bayazet"))
        #expect(namesFixture.resolve("v-smirnov") == .found(id: "v-smirnov", label: "Vladimir Smirnov", matched: "v-smirnov"))
    }

    @Test("Step 0 beats a name that another entity shares")
    func idBeatsName() {
        let resolver = NameResolver<String>(
            namedEntity("kamo", "Kamo (revolutionary)", ["Kamo", "Simon Ter-Petrosian"])
                + namedEntity("novo-bayazet", "Novo-Bayazet", ["Novo-Bayazet", "Kamo"])
        )
        #expect(resolvedID(resolver.resolve("kamo")) == "kamo")
        #expect(resolver.resolve("Kamo") == .ambiguous(query: "Kamo", candidates: [
            Candidate(id: "kamo", label: "Kamo (revolutionary)", matched: "Kamo"),
            Candidate(id: "novo-bayazet", label: "Novo-Bayazet", matched: "Kamo"),
        ]))
    }

    @Test("Ids that are not strings are never matched as text")
    func intIDs() {
        let resolver = NameResolver<Int>([.init(id: 7, name: "Tomsk", label: "Tomsk"),
                                          .init(id: 8, name: "Omsk", label: "Omsk")])
        #expect(resolvedID(resolver.resolve("TOMSK")) == 7)
        #expect(suggestionsOf(resolver.resolve("7")) == [])
    }

    @Test("A surname shared by two people is ambiguous, sorted by label")
    func ambiguousSmirnov() {
        #expect(namesFixture.resolve("Smirnov") == .ambiguous(query: "Smirnov", candidates: [
            Candidate(id: "ivan-smirnov", label: "Ivan Smirnov", matched: "Ivan Smirnov"),
            Candidate(id: "v-smirnov", label: "Vladimir Smirnov", matched: "Vladimir Smirnov"),
        ]))
        #expect(resolvedID(namesFixture.resolve("Ivan Smirnov")) == "ivan-smirnov")
        #expect(resolvedID(namesFixture.resolve("V. Smirnov")) == "v-smirnov")
    }

    @Test("Step 3: whole-word prefixes and suffixes, exact then loose", arguments: [
        ("Lev", "trotsky"), ("Bronstein", "trotsky"), ("Davidovich Bronstein", "trotsky"), ("Lev Davidovich", "trotsky"),
        ("Novo", "novo-bayazet"), ("Bayazet", "novo-bayazet"), ("Karl", "radek"),
        ("Grigori", "zinoviev"),   // loose only: "grigori" is not "grigory", but both loosen to "grigori"
    ])
    func partial(query: String, id: String) {
        #expect(resolvedID(namesFixture.resolve(query)) == id)
    }

    @Test("A middle word or part of a word is not a step-3 match")
    func notPartial() {
        #expect(resolvedID(namesFixture.resolve("Davidovich")) == nil)
        #expect(resolvedID(namesFixture.resolve("Alm")) == nil)      // part of a word
        #expect(resolvedID(namesFixture.resolve("Ata")) == "alma-ata") // whereas a whole last word is a suffix
    }

    @Test("Samara and Samarkand stay apart")
    func samara() {
        #expect(namesFixture.resolve("Samara") == .found(id: "samara", label: "Samara", matched: "Samara"))
        #expect(resolvedID(namesFixture.resolve("Samarcanda")) == "samarkand")
    }

    @Test("Did you mean: a dropped letter suggests Astrakhan first")
    func astrakhn() throws {
        let list = try #require(suggestionsOf(namesFixture.resolve("Astrakhn")))
        #expect(list.first == Candidate(id: "astrakhan", label: "Astrakhan", matched: "Astrakhan"))
        #expect(list.filter { $0.id == "astrakhan" }.count == 1)   // one candidate per id
    }

    @Test("Did you mean: a transposition suggests Tomsk, then Omsk")
    func tomks() throws {
        let list = try #require(suggestionsOf(namesFixture.resolve("Tomks")))
        #expect(list.map(\.id) == ["tomsk", "omsk"])   // distances 1 and 2
    }

    @Test("An unknown name far from everything gets no suggestion")
    func atlantis() throws {
        let list = try #require(suggestionsOf(namesFixture.resolve("Atlantis")))
        let key = NameKey.loose("Atlantis")
        #expect(list.allSatisfy { EditDistance.damerauLevenshtein(key, NameKey.loose($0.matched)) > 2 })
        #expect(list.isEmpty)
    }

    @Test("Suggestions include names the query begins, nearest first")
    func prefixSuggestion() throws {
        // "kame": Kamo at distance 1, Kamensk at distance 3 but begun by the query.
        let list = try #require(suggestionsOf(namesFixture.resolve("Kame")))
        #expect(list == [
            Candidate(id: "novo-bayazet", label: "Novo-Bayazet", matched: "Kamo"),
            Candidate(id: "kamensk", label: "Kamensk", matched: "Kamensk"),
        ])
    }

    @Test("At most five suggestions, ties broken by label")
    func fiveSuggestions() throws {
        let names = ["Tura", "Tora", "Tira", "Tera", "Tara", "Taro", "Tary"]
        let resolver = NameResolver(names.map { NameResolver<String>.Entry(id: $0.lowercased(), name: $0, label: $0) })
        let list = try #require(suggestionsOf(resolver.resolve("Tvra")))
        #expect(list.map(\.label) == ["Tara", "Tera", "Tira", "Tora", "Tura"])
    }

    @Test("OCR slips stored as names still resolve; near slips get suggestions")
    func ocr() throws {
        #expect(resolvedID(namesFixture.resolve("Toboisk")) == "tobolsk")
        #expect(resolvedID(namesFixture.resolve("ust kylom")) == "ust-kulom")
        let list = try #require(suggestionsOf(namesFixture.resolve("Voronesh")))
        #expect(list.first?.id == "voronezh")
    }

    @Test("An empty or punctuation-only query finds nothing")
    func empty() {
        #expect(namesFixture.resolve("") == .notFound(query: "", suggestions: []))
        #expect(namesFixture.resolve(" -- ") == .notFound(query: " -- ", suggestions: []))
    }

    @Test("Surname, Forename resolves by surname and by the full name in either order")
    func surnameCommaForename() {
        let resolver = NameResolver<String>([
            .init(id: "trotsky", name: "Trotsky, Leon", label: "Leon Trotsky"),
            .init(id: "sedova", name: "Natalia Sedova", label: "Natalia Sedova"),
        ])
        for query in ["Trotsky, Leon", "Leon Trotsky", "Trotsky", "trotsky ,  leon"] {
            guard case let .found(id, _, _) = resolver.resolve(query) else {
                Issue.record("\(query) not found"); continue
            }
            #expect(id == "trotsky", "\(query)")
        }
        guard case let .found(id, _, _) = resolver.resolve("Sedova, Natalia") else { Issue.record("Sedova, Natalia"); return }
        #expect(id == "sedova")
        #expect(NameResolver<String>.reordered("Trotsky, Leon") == "Leon Trotsky")
        #expect(NameResolver<String>.reordered("Alma Ata") == nil)
        #expect(NameResolver<String>.reordered("a, b, c") == nil)
    }
}
