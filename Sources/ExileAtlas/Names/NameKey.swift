import Foundation

/// Folds a place or person name to a comparison key, so that case, accents, script and
/// transliteration stop mattering.
///
/// ```swift
/// NameKey.exact("Alma-Ata")    // "alma ata"
/// NameKey.loose("Astrakán")    // "astrakan", as for "Astrakhan" and "Астрахань"
/// ```
///
/// Both keys are deterministic, locale-independent and use only the Swift standard library and
/// `decomposedStringWithCanonicalMapping` (present in swift-corelibs-foundation), never ICU
/// transforms, so they give the same result on Linux and macOS.
public enum NameKey {

    // MARK: Exact key

    /// The exact key: lower-cased, accents removed, Cyrillic transliterated, punctuation runs turned into one space.
    ///
    /// Letters: á→a, ñ→n, ü→u, ç→c, ı→i, İ→i, ø→o, ß→ss, æ→ae, œ→oe (also ł→l, đ/ð→d, þ→th);
    /// apostrophes (' ’ ‘ ` ´ ʼ ʹ ʺ) are dropped. Cyrillic uses one table for Russian, Ukrainian,
    /// Kazakh and Kyrgyz (а→a … х→kh, ц→ts, щ→shch, ъ and ь dropped, і→i, ї→yi, қ→k, ө→o …) plus the
    /// pre-1918 letters ѣ→e, ѳ→f, ѵ→i still used by émigré presses, and Belarusian ў→u.
    /// Every run of spaces, hyphens, dots, commas, underscores and other punctuation or symbols
    /// becomes one space; the result is trimmed.
    ///
    /// ```swift
    /// NameKey.exact("Ust- Kylom")   // "ust kylom"
    /// NameKey.exact("Щёлково")      // "shchelkovo"
    /// ```
    public static func exact(_ name: String) -> String {
        fold(name, signBeforeVowel: "")
    }

    // MARK: Loose key

    /// The loose key: the exact key with transliteration variants collapsed and spaces removed.
    ///
    /// Rules, applied word by word to the exact key (with one change: ь or ъ before a vowel gives "y",
    /// so "Зиновьев" reads "zinovyev"), then the words are joined and doubled letters collapsed:
    ///
    /// | rule | why |
    /// |---|---|
    /// | `kh` → `k` | х is kh in English, k or j in Spanish (Astrakhan / Astrakán). |
    /// | `j` → `k`, except `j` ending a word → `i` | Spanish j is х (Bujarin, Kazajstán); a final j is й (Trotskij). |
    /// | `zh`, `ch`, `sh` kept | ж, ч, ш are spelled alike in all our sources. |
    /// | `tch` → `ch` | French-style ч in older Spanish prints (Tchitcherin). |
    /// | `ck` before i/y/j → `tsk` | scholarly/Polish c is ц (Trockij, Trocki). |
    /// | `c` before e/i/y → `s`, other `c` → `k` | Spanish and English c (Samarcanda, Moscú). |
    /// | `qu` → `k`, `q` → `k` | Spanish qu is k. |
    /// | `gu` before e/i → `g` | Spanish writes hard g as gu (Serguei). |
    /// | `x` → `ks` | Sermux / Sermuks. |
    /// | `w` → `v` | German and Polish w is в. |
    /// | `tz` → `ts` | German tz is ц. |
    /// | `z` before a consonant → `s` | voicing is spelled either way (Poznansky / Posnansky). |
    /// | word-final `nda` → `nd` | Spanish exonyms add -a (Samarcanda / Samarkand). |
    /// | any run of i/y before a/e/o/u → `y`, elsewhere → `i` | soft vowels and й (Zinoviev / Zinovyev, Aktiubinsk / Aktyubinsk, Sergei / Sergey, -sky / -skiy / -skii / -skij all end in "ski"). |
    /// | `ye` at word start or after a vowel → `e` | Russian е is e or ye there (Yeniseysk / Енисейск). |
    /// | spaces removed | Pishpek-Frunze / PishpekFrunze, Ust-Kulom / Ustkulom. |
    /// | doubled letters → one | Odessa / Odesa, Minussinsk / Minusinsk, Alma-Ata / Almaata. |
    ///
    /// Known costs: German/scholarly j for й before a vowel ("Joffe", "Jakutsk") reads as k, and
    /// Moscow/Moscú or Alma-Ata/Almaty stay different keys; store such forms as names of their own.
    ///
    /// ```swift
    /// NameKey.loose("Trockij")     // "trotski", as for "Trotsky", "Trotski", "Trotskij"
    /// NameKey.loose("Bujarin")     // "bukarin", as for "Bukharin"
    /// ```
    public static func loose(_ name: String) -> String {
        loose(name, bytePaths: true)
    }

    /// `loose`, with the ASCII byte paths on or off (off: the `Character` rules only; tests
    /// check that both give the same key).
    static func loose(_ name: String, bytePaths: Bool) -> String {
        let base = fold(name, signBeforeVowel: "y", bytePaths: bytePaths)
        if bytePaths, let ascii = looseASCII(base) { return ascii }
        var joined: [Character] = []
        for word in base.split(separator: " ") {
            joined += looseWord(Array(word))
        }
        // Doubled letters collapse last, across former word boundaries ("alma ata" = "almaata").
        var out = ""
        var last: Character?
        for ch in joined where ch != last {
            out.append(ch)
            last = ch
        }
        return out
    }

    // MARK: - Folding

    /// Characters removed without leaving a word break (apostrophes, primes, soft-sign marks).
    private static let dropped: Set<Character> = [
        "'", "\u{2019}", "\u{2018}", "`", "\u{00B4}", "\u{02BC}", "\u{02B9}", "\u{02BA}", "\u{02BB}",
        "\u{2032}", "\u{2033}",
    ]

    /// Cyrillic vowels, after which a preceding ь/ъ reads as "y" in the loose key.
    private static let cyrillicVowels: Set<Character> = [
        "а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я", "і", "ї", "є", "ә", "ө", "ұ", "ү", "ѣ",
    ]

    /// Lower-case letters with a fixed Latin spelling (Cyrillic and Latin letters without a decomposition).
    ///
    /// Lookup is by `Character`, whose equality is canonical equivalence, so a decomposed
    /// "и" + U+0306 still finds "й".
    private static let table: [Character: String] = [
        // Russian
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
        "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
        "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
        // Ukrainian
        "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
        // Kazakh and Kyrgyz
        "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h",
        // Belarusian, and pre-1918 Russian spelling
        "ў": "u", "ѣ": "e", "ѳ": "f", "ѵ": "i",
        // Latin letters that do not decompose
        "ı": "i", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
    ]

    /// Lower-cases, transliterates and strips accents; `signBeforeVowel` replaces ь/ъ before a vowel.
    private static func fold(_ name: String, signBeforeVowel: String, bytePaths: Bool = true) -> String {
        if bytePaths, let ascii = foldASCII(name) { return ascii }
        let chars = Array(name.lowercased())
        var out = ""
        var pendingSpace = false

        func emit(_ piece: String) {
            guard !piece.isEmpty else { return }
            if pendingSpace, !out.isEmpty { out.append(" ") }
            pendingSpace = false
            out.append(piece)
        }

        for (index, ch) in chars.enumerated() {
            if dropped.contains(ch) { continue }
            if ch == "ь" || ch == "ъ" {
                if index + 1 < chars.count, cyrillicVowels.contains(chars[index + 1]) {
                    emit(signBeforeVowel)
                }
                continue
            }
            if ch.isASCII {
                if ch.isLetter || ch.isNumber { emit(String(ch)) } else { pendingSpace = true }
                continue
            }
            if let latin = table[ch] { emit(latin); continue }
            // Decompose (á → a + U+0301, İ → i + U+0307) and keep base letters and digits.
            for scalar in String(ch).decomposedStringWithCanonicalMapping.unicodeScalars {
                switch scalar.properties.generalCategory {
                case .nonspacingMark, .spacingMark, .enclosingMark:
                    continue
                case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                     .decimalNumber, .letterNumber, .otherNumber:
                    let base = Character(scalar)
                    if let latin = table[base] { emit(latin) } else { emit(String(base).lowercased()) }
                default:
                    pendingSpace = true
                }
            }
        }
        return out
    }

    /// `fold` for a name that is all ASCII (most ids and Latin names), on bytes: the same
    /// result, without walking `Character`s. Nil for any other name.
    private static func foldASCII(_ name: String) -> String? {
        var name = name
        return name.withUTF8 { bytes -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                switch byte {
                case UInt8(ascii: "'"), UInt8(ascii: "`"):
                    continue
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    if pendingSpace, !out.isEmpty { out.append(UInt8(ascii: " ")) }
                    pendingSpace = false
                    out.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    if pendingSpace, !out.isEmpty { out.append(UInt8(ascii: " ")) }
                    pendingSpace = false
                    out.append(byte + 32)
                default:
                    pendingSpace = true
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// `loose` after folding, for a folded name that is all ASCII: `looseWord` and the joining
    /// on bytes, rule for rule. Nil for any other text.
    private static func looseASCII(_ base: String) -> String? {
        var base = base
        return base.withUTF8 { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var joined: [UInt8] = []
            joined.reserveCapacity(bytes.count + 4)
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: " ") { end += 1 }
                if end > start { looseWordASCII(bytes[start..<end], into: &joined) }
                start = end + 1
            }
            var out: [UInt8] = []
            out.reserveCapacity(joined.count)
            for byte in joined where byte != out.last { out.append(byte) }
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static func isVowelASCII(_ c: UInt8) -> Bool {
        c == UInt8(ascii: "a") || c == UInt8(ascii: "e") || c == UInt8(ascii: "i") || c == UInt8(ascii: "o")
            || c == UInt8(ascii: "u") || c == UInt8(ascii: "y")
    }

    /// `looseWord` on the bytes of one ASCII word (lower-case letters and digits).
    private static func looseWordASCII(_ word: Slice<UnsafeBufferPointer<UInt8>>, into result: inout [UInt8]) {
        let w = Array(word)
        func at(_ k: Int) -> UInt8? { k < w.count ? w[k] : nil }
        func isConsonant(_ c: UInt8?) -> Bool {
            guard let c else { return false }
            return c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z") && !isVowelASCII(c)
        }
        let (a, c, e, g, h, i, j, k, n, o, q, s, t, u, v, x, y, z, d, w_) = (
            UInt8(ascii: "a"), UInt8(ascii: "c"), UInt8(ascii: "e"), UInt8(ascii: "g"), UInt8(ascii: "h"),
            UInt8(ascii: "i"), UInt8(ascii: "j"), UInt8(ascii: "k"), UInt8(ascii: "n"), UInt8(ascii: "o"),
            UInt8(ascii: "q"), UInt8(ascii: "s"), UInt8(ascii: "t"), UInt8(ascii: "u"), UInt8(ascii: "v"),
            UInt8(ascii: "x"), UInt8(ascii: "y"), UInt8(ascii: "z"), UInt8(ascii: "d"), UInt8(ascii: "w"))
        var out: [UInt8] = []
        out.reserveCapacity(w.count + 2)
        var index = 0
        while index < w.count {
            let ch = w[index]
            let next = at(index + 1)
            let next2 = at(index + 2)
            switch ch {
            case k:
                out.append(k)
                index += next == h ? 2 : 1
            case z:
                if next == h { out += [z, h]; index += 2 } else { out.append(isConsonant(next) ? s : z); index += 1 }
            case t:
                if next == c, next2 == h { index += 1 } else if next == z { out += [t, s]; index += 2 } else { out.append(t); index += 1 }
            case c:
                if next == h { out += [c, h]; index += 2 }
                else if next == k, let n2 = next2, n2 == i || n2 == y || n2 == j { out += [t, s]; index += 1 }
                else if let n1 = next, n1 == e || n1 == i || n1 == y { out.append(s); index += 1 }
                else { out.append(k); index += 1 }
            case q:
                out.append(k)
                index += next == u ? 2 : 1
            case g:
                out.append(g)
                if next == u, let n2 = next2, n2 == e || n2 == i { index += 2 } else { index += 1 }
            case x:
                out += [k, s]; index += 1
            case w_:
                out.append(v); index += 1
            case j:
                out.append(index == w.count - 1 ? i : k); index += 1
            default:
                out.append(ch); index += 1
            }
        }
        if out.count > 3, out[out.count - 3] == n, out[out.count - 2] == d, out[out.count - 1] == a { out.removeLast() }
        var soft: [UInt8] = []
        soft.reserveCapacity(out.count)
        var m = 0
        while m < out.count {
            if out[m] == i || out[m] == y {
                var end = m
                while end < out.count, out[end] == i || out[end] == y { end += 1 }
                let following = end < out.count ? out[end] : nil
                soft.append(following.map { $0 == a || $0 == e || $0 == o || $0 == u } == true ? y : i)
                m = end
            } else {
                soft.append(out[m]); m += 1
            }
        }
        for (position, ch) in soft.enumerated() {
            if ch == y, position + 1 < soft.count, soft[position + 1] == e,
               position == 0 || isVowelASCII(soft[position - 1]) {
                continue
            }
            result.append(ch)
        }
    }

    // MARK: - Loose rules

    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]

    private static func isConsonant(_ ch: Character?) -> Bool {
        guard let ch else { return false }
        return ch.isLetter && !vowels.contains(ch)
    }

    /// Applies the loose rules to one word of an exact key.
    private static func looseWord(_ w: [Character]) -> [Character] {
        func at(_ k: Int) -> Character? { k < w.count ? w[k] : nil }
        var out: [Character] = []
        var i = 0
        while i < w.count {
            let c = w[i]
            let next = at(i + 1)
            let next2 = at(i + 2)
            switch c {
            case "k":
                out.append("k")
                i += next == "h" ? 2 : 1                     // kh → k
            case "z":
                if next == "h" { out += ["z", "h"]; i += 2 } // zh kept
                else { out.append(isConsonant(next) ? "s" : "z"); i += 1 }
            case "t":
                if next == "c", next2 == "h" { i += 1 }      // tch → ch
                else if next == "z" { out += ["t", "s"]; i += 2 } // tz → ts
                else { out.append("t"); i += 1 }
            case "c":
                if next == "h" { out += ["c", "h"]; i += 2 }  // ch kept
                else if next == "k", let n2 = next2, "iyj".contains(n2) { out += ["t", "s"]; i += 1 } // -cki → -tski
                else if let n = next, "eiy".contains(n) { out.append("s"); i += 1 }
                else { out.append("k"); i += 1 }
            case "q":
                out.append("k")
                i += next == "u" ? 2 : 1                     // qu → k
            case "g":
                out.append("g")
                if next == "u", let n2 = next2, "ei".contains(n2) { i += 2 } else { i += 1 } // gue, gui
            case "x":
                out += ["k", "s"]; i += 1
            case "w":
                out.append("v"); i += 1
            case "j":
                out.append(i == w.count - 1 ? "i" : "k"); i += 1
            default:
                out.append(c); i += 1
            }
        }
        // Spanish exonyms: Samarcanda → samarkand.
        if out.count > 3, out.suffix(3) == ["n", "d", "a"] { out.removeLast() }

        // Soft vowels: a run of i/y is "y" before a vowel, "i" elsewhere.
        var soft: [Character] = []
        var k = 0
        while k < out.count {
            if out[k] == "i" || out[k] == "y" {
                var end = k
                while end < out.count, out[end] == "i" || out[end] == "y" { end += 1 }
                let following = end < out.count ? out[end] : nil
                soft.append(following.map { "aeou".contains($0) } == true ? "y" : "i")
                k = end
            } else {
                soft.append(out[k]); k += 1
            }
        }

        // "ye" at the word start or after a vowel is plain e (Yenisei / Енисей).
        var result: [Character] = []
        for (index, ch) in soft.enumerated() {
            if ch == "y", index + 1 < soft.count, soft[index + 1] == "e",
               index == 0 || vowels.contains(soft[index - 1]) {
                continue
            }
            result.append(ch)
        }
        return result
    }
}
