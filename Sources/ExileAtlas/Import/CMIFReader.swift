import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads CMIF 1.0 and 1.1 files (TEI, `http://www.tei-c.org/ns/1.0`) into `CMIFFile`
/// values, with FoundationXML's `XMLParser`, locating every letter, name, place, date and
/// problem by line and column.
///
/// The rules are those of the CMIF documentation, its RELAX NG schema and its Schematron
/// (TEI Correspondence SIG, CMIF 1.1.0, 2025):
/// - the root is `TEI` in the TEI namespace, and `teiHeader/profileDesc` holds at least
///   one `correspDesc` (else the file is not CMIF);
/// - dates are `YYYY`, `YYYY-MM` or `YYYY-MM-DD` in `when`, `from`, `to`, `notBefore` and
///   `notAfter`, and real days (not `1928-02-30`, `1928-13`, `02.1928`); see `CMIFDate` for
///   the EDTF each form becomes;
/// - a `correspAction` names someone (`persName`, `orgName`) or a place; CMIF writes an
///   unknown correspondent as `<persName>Unknown</persName>`, kept here with `isUnknown`;
/// - `correspDesc/@source` points to a `bibl/@xml:id`.
///
/// What breaks a rule without making the file unreadable (a `bibl/@xml:id` that is not a
/// UUID, a letter without an addressee, TEI's `forwarded` action) is a note in
/// `CMIFFile.notes`; the letters are kept as the file has them.
///
/// ```swift
/// do {
///     let file = try CMIFReader.read(contentsOf: URL(fileURLWithPath: "letters.xml"))
///     for letter in file.letters { print(letter.senders.map(\.name), letter.date?.edtf ?? "undated") }
/// } catch {
///     print(error)  // letters.xml:41:23: when="1928-02-30" is not a day ...; write ...
/// }
/// ```
public enum CMIFReader {
    /// The TEI namespace every CMIF element is in.
    public static let teiNamespace = "http://www.tei-c.org/ns/1.0"

    // MARK: - Reading

    /// Reads a CMIF file from disk.
    /// - Parameter url: The file; its path is the `file` of every locator and problem.
    /// - Throws: `AtlasError.invalidData` with every problem found, each located.
    public static func read(contentsOf url: URL) throws(AtlasError) -> CMIFFile {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .invalidData([DataProblem(file: url.path, line: 0, column: 0, message: "cannot be read; check the path and its permissions")])
        }
        return try read(data: data, file: url.path)
    }

    /// Reads CMIF from bytes.
    /// - Parameters:
    ///   - data: The XML.
    ///   - file: The name problems and locators give (`letters.xml`).
    /// - Throws: `AtlasError.invalidData` with every problem found, each located.
    public static func read(data: Data, file: String) throws(AtlasError) -> CMIFFile {
        let bytes = [UInt8](data)
        guard bytes.contains(where: { !isXMLSpace($0) }) else {
            throw .invalidData([DataProblem(file: file, line: 1, column: 1, message:
                "the file is empty; a CMIF file is a TEI document with one correspDesc per letter")])
        }
        let collector = Collector(file: file, bytes: bytes)
        // From a stream, which FoundationXML hands to libxml2 in small chunks: given the whole
        // document as one chunk, libxml2 refuses one larger than its 10,000,000-byte lookup
        // limit ("libxml2 error 1" at the last line), and editions' CMIF files are larger.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = collector
        _ = parser.parse()  // On Linux it may answer true after an error: the collector keeps errors.
        if collector.result == nil, collector.problems.isEmpty {
            collector.problems.append(collector.problem(at: TextPosition(line: 1, column: 1),
                "this is not XML (no root element); a CMIF file is a TEI document"))
        }
        guard collector.problems.isEmpty, let result = collector.result else { throw .invalidData(collector.problems) }
        return result
    }

    /// Whether the bytes look like a TEI document (a `TEI` root in the TEI namespace near the
    /// start), to recognise a CMIF file by its content rather than its name.
    public static func recognises(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(4096), as: UTF8.self)
        return head.contains("<TEI") && head.contains(teiNamespace)
    }

    static func isXMLSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}

// MARK: - The parser's delegate

/// Gathers the elements CMIF defines as `XMLParser` reports them, keeping a stack of open
/// elements with their positions, and builds the values when each closes.
private final class Collector: NSObject, XMLParserDelegate {
    let file: String
    var lines: TextLines
    var problems: [DataProblem] = []
    var notes: [DataProblem] = []
    var result: CMIFFile?

    /// An open element.
    struct Frame {
        var name: String
        var attributes: [String: String]
        /// Byte offset of its `<`.
        var start: Int
        var position: TextPosition
        /// Whether its text (and its descendants') is kept.
        var captures: Bool
        var text = ""
    }

    var stack: [Frame] = []
    var sawRoot = false
    var stopped = false

    // What is being built.
    var header = CMIFHeader()
    var bibls: [CMIFBibl] = []
    var biblRef: String?
    var letters: [CMIFLetter] = []
    var correspDescsInProfile = 0
    var letter: CMIFLetter?
    var action: CMIFAction?
    var actionDates = 0
    var editorEmail: String?

    init(file: String, bytes: [UInt8]) {
        self.file = file
        self.lines = TextLines(bytes)
    }

    /// The local names of the open elements, from the root.
    var path: [String] { stack.map(\.name) }

    func problem(at position: TextPosition, _ message: String) -> DataProblem {
        DataProblem(file: file, line: position.line, column: position.column, message: message)
    }

    static let captured: Set<String> = ["title", "editor", "email", "publisher", "idno", "licence", "bibl",
                                        "persName", "orgName", "placeName", "date"]

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        guard !stopped else { return }
        let start = tagStart(parser: parser, qualifiedName: qualifiedName ?? name)
        let position = lines.position(ofByte: start)
        if !sawRoot {
            sawRoot = true
            guard name == "TEI", namespaceURI == CMIFReader.teiNamespace else {
                let found = namespaceURI.map { $0.isEmpty ? "no namespace" : "the namespace \($0)" } ?? "no namespace"
                let message = name == "TEI"
                    ? "the root element TEI is in \(found), not TEI's; write <TEI xmlns=\"\(CMIFReader.teiNamespace)\"> (CMIF is TEI)"
                    : "the root element is <\(qualifiedName ?? name)> in \(found), not <TEI xmlns=\"\(CMIFReader.teiNamespace)\">; a CMIF file is a TEI document"
                problems.append(problem(at: position, message))
                stop(parser)
                return
            }
        }
        let inTEI = namespaceURI == CMIFReader.teiNamespace
        let parentCaptures = stack.last?.captures ?? false
        let frame = Frame(name: inTEI ? name : "{\(namespaceURI ?? "")}\(name)", attributes: attributes, start: start,
                          position: position, captures: parentCaptures || (inTEI && Self.captured.contains(name)))
        let parentPath = path
        stack.append(frame)
        guard inTEI else { return }

        switch (name, parentPath.last) {
        case ("correspDesc", "profileDesc") where parentPath.suffix(3) == ["TEI", "teiHeader", "profileDesc"]:
            correspDescsInProfile += 1
            letter = CMIFLetter(key: nonEmpty(attributes["key"]), ref: nonEmpty(attributes["ref"]),
                                source: nonEmpty(attributes["source"]).map { $0.hasPrefix("#") ? String($0.dropFirst()) : $0 },
                                actions: [], position: position)
        case ("correspAction", "correspDesc") where letter != nil:
            let kind: CMIFAction.Kind
            switch attributes["type"]?.trimmingCharacters(in: .whitespaces) {
            case "sent": kind = .sent
            case "received": kind = .received
            case let other? where !other.isEmpty:
                kind = .other(other)
                notes.append(problem(at: valuePosition(frame, "type"),
                    "correspAction type=\"\(other)\" is TEI's, not CMIF's (sent, received); it is kept as its own action, not as a sender or addressee"))
            default:
                kind = .other("")
                problems.append(problem(at: position,
                    "a correspAction without type; write type=\"sent\" for the sender's side or type=\"received\" for the addressee's"))
            }
            action = CMIFAction(kind: kind, parties: [], places: [], date: nil, position: position)
            actionDates = 0
        case (_, "correspAction") where action != nil && !["persName", "orgName", "placeName", "date"].contains(name):
            notes.append(problem(at: position,
                "<\(name)> in a correspAction is not CMIF (persName, orgName, placeName and date only); it is ignored"))
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !stopped, let top = stack.last, top.captures else { return }
        stack[stack.count - 1].text += string
    }

    func parser(_ parser: XMLParser, foundCDATA data: Data) {
        self.parser(parser, foundCharacters: String(decoding: data, as: UTF8.self))
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard !stopped, let frame = stack.popLast() else { return }
        let parentPath = path
        let text = collapse(frame.text)
        // Descendants' text belongs to the capturing parent (a ref in a publisher), except an
        // editor's e-mail, which is kept apart from the name.
        if let parent = stack.last, parent.captures, !(frame.name == "email" && parent.name == "editor") {
            stack[stack.count - 1].text += frame.text
        }
        switch frame.name {
        case "TEI" where stack.isEmpty:
            finish(frame)
        case "title" where parentPath.last == "titleStmt" && parentPath.contains("fileDesc"):
            if header.title == nil { header.title = nonEmpty(text) }
        case "email" where parentPath.last == "editor":
            editorEmail = nonEmpty(text)
        case "editor" where parentPath.last == "titleStmt":
            header.editors.append(CMIFEditor(name: text, email: editorEmail))
            editorEmail = nil
        case "publisher" where parentPath.last == "publicationStmt":
            if let text = nonEmpty(text) { header.publishers.append(text) }
        case "idno" where parentPath.last == "publicationStmt":
            if frame.attributes["type"]?.lowercased() == "url" { header.url = nonEmpty(text) }
        case "date" where parentPath.last == "publicationStmt":
            header.date = nonEmpty(frame.attributes["when"])
        case "licence" where parentPath.last == "availability":
            header.licence = nonEmpty(text)
            header.licenceTarget = nonEmpty(frame.attributes["target"])
        case "ref" where parentPath.contains("bibl") && parentPath.contains("sourceDesc"):
            if biblRef == nil { biblRef = nonEmpty(frame.attributes["target"]) }
        case "bibl" where parentPath.last == "sourceDesc":
            finishBibl(frame, text: text)
        case "persName", "orgName":
            if parentPath.last == "correspAction", action != nil { addParty(frame, text: text) }
        case "placeName":
            if parentPath.last == "correspAction", action != nil {
                action?.places.append(CMIFPlace(name: text, refs: refs(frame), cert: certainty(frame),
                                                evidence: evidence(frame), position: frame.position))
            }
        case "date":
            if parentPath.last == "correspAction", action != nil { addDate(frame, text: text) }
        case "correspAction":
            if parentPath.last == "correspDesc", var finished = action {
                if finished.parties.isEmpty, finished.places.isEmpty {
                    problems.append(problem(at: finished.position,
                        "this correspAction names no one and no place; write <persName>Unknown</persName> where the correspondent is not known, as CMIF asks"))
                } else if finished.parties.isEmpty {
                    // A place without a name: the correspondent is not known, as CMIF's Unknown says.
                    finished.parties = [CMIFParty(kind: .person, name: "", refs: [], cert: nil, evidence: nil,
                                                  isUnknown: true, position: finished.position)]
                    notes.append(problem(at: finished.position,
                        "a correspAction with a place but no persName or orgName; read as an unknown correspondent (CMIF writes <persName>Unknown</persName>)"))
                }
                letter?.actions.append(finished)
                action = nil
            }
        case "correspDesc":
            if let finished = letter, parentPath.last == "profileDesc" { finishLetter(finished) }
            letter = nil
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        guard !stopped else { return }
        let code = (parseError as NSError).code
        let offset = lines.offset(line: parser.lineNumber, byteColumn: max(1, parser.columnNumber))
        let position = lines.position(ofByte: offset)
        let atEnd = lines.bytes[min(offset, lines.bytes.count)...].allSatisfy(CMIFReader.isXMLSpace)
        let open = stack.last.map { "<\($0.name)> (opened at \($0.position))" }
        let message: String
        if let open, atEnd || code == LibXML2Error.documentEnd {
            message = "the file ends inside \(open): it is truncated; download or export it again in full"
        } else if code == LibXML2Error.documentEnd {
            message = sawRoot
                ? "there is more after the end of the root element; a TEI document has one root, <TEI>: remove what follows </TEI>"
                : "this is not XML: no root element here; a CMIF file is a TEI document"
        } else if code == LibXML2Error.documentEmpty {
            message = "this is not XML: it does not begin with a tag; a CMIF file is a TEI document (<TEI xmlns=\"\(CMIFReader.teiNamespace)\">)"
        } else if code == LibXML2Error.tagNameMismatch, let open {
            message = "this end tag does not close \(open); fix the nesting of the tags"
        } else if let what = LibXML2Error.descriptions[code] {
            message = "this is not well-formed XML: \(what)"
        } else {
            message = "this is not well-formed XML (libxml2 error \(code)); check the markup here"
        }
        // The XML error first: what else is wrong may follow from it.
        problems.insert(problem(at: position, message), at: 0)
        stop(parser)
    }

    // MARK: - Building values

    func addParty(_ frame: Frame, text: String) {
        let unknown = text.isEmpty || Self.unknownNames.contains(text.lowercased().filter { !" .[]()?".contains($0) })
        action?.parties.append(CMIFParty(kind: frame.name == "persName" ? .person : .organisation, name: text,
                                         refs: refs(frame), cert: certainty(frame), evidence: evidence(frame),
                                         isUnknown: unknown, position: frame.position))
    }

    /// How CMIF (and the files it grew from) write that no one is named, lower-cased, without
    /// spaces, dots and brackets: `Unknown`, `Unbekannt`, `N. N.`, `[unknown]`.
    static let unknownNames: Set<String> = ["unknown", "unbekannt", "nn", "inconnu", "desconocido", "sconosciuto"]

    func addDate(_ frame: Frame, text: String) {
        actionDates += 1
        guard actionDates == 1 else {
            notes.append(problem(at: frame.position, "a second date in one correspAction; only the first is read"))
            return
        }
        var date = CMIFDate(when: frame.attributes["when"], from: frame.attributes["from"], to: frame.attributes["to"],
                            notBefore: frame.attributes["notBefore"], notAfter: frame.attributes["notAfter"],
                            cert: certainty(frame), evidence: evidence(frame), text: nonEmpty(text),
                            edtf: nil, form: nil, position: frame.position)
        var valid = true
        for name in ["when", "from", "to", "notBefore", "notAfter"] {
            guard let value = frame.attributes[name] else { continue }
            if let message = CMIFDates.check(value) {
                problems.append(problem(at: valuePosition(frame, name), "\(name)=\"\(value)\" \(message)"))
                valid = false
            }
        }
        guard valid else { return }
        if date.when != nil, [date.from, date.to, date.notBefore, date.notAfter].contains(where: { $0 != nil }) {
            notes.append(problem(at: frame.position,
                "a date with when and also from, to, notBefore or notAfter; TEI forbids both, so when alone is read"))
        }
        guard let (edtf, form) = CMIFDates.edtf(date) else {
            notes.append(problem(at: frame.position,
                "a date without when, from, to, notBefore or notAfter (CMIF's Schematron E0004); the letter is read as undated"))
            action?.date = date
            return
        }
        do {
            _ = try HistoricalDate(parsing: edtf)
            date.edtf = edtf
            date.form = form
        } catch {
            problems.append(problem(at: frame.position,
                "the date \(edtf) (from its attributes) is not a valid date: \(error.reason)"))
        }
        action?.date = date
    }

    func finishBibl(_ frame: Frame, text: String) {
        let id = nonEmpty(frame.attributes["xml:id"] ?? frame.attributes["id"])
        let typeValue = frame.attributes["type"]
        let kind = typeValue.flatMap { CMIFBibl.Kind(rawValue: $0.trimmingCharacters(in: .whitespaces)) }
        if id == nil {
            notes.append(problem(at: frame.position,
                "a bibl without xml:id (mandatory since CMIF 1.1); give it a UUID and point correspDesc/@source to it"))
        } else if let id, id.range(of: "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", options: .regularExpression) == nil {
            notes.append(problem(at: valuePosition(frame, "xml:id"),
                "bibl xml:id=\"\(id)\" is not a UUID, as CMIF recommends (Schematron W0001)"))
        }
        if kind == nil {
            notes.append(problem(at: typeValue == nil ? frame.position : valuePosition(frame, "type"),
                typeValue.map { "bibl type=\"\($0)\" is not one of CMIF's print, online, hybrid" }
                    ?? "a bibl without type; write type=\"print\", \"online\" or \"hybrid\""))
        }
        bibls.append(CMIFBibl(id: id, kind: kind, text: text, ref: biblRef, position: frame.position))
        biblRef = nil
    }

    func finishLetter(_ letter: CMIFLetter) {
        if !letter.actions.contains(where: { $0.kind == .sent }) {
            notes.append(problem(at: letter.position, "a letter without correspAction type=\"sent\" (Schematron E0001); it is kept without sender"))
        }
        if !letter.actions.contains(where: { $0.kind == .received }) {
            notes.append(problem(at: letter.position, "a letter without correspAction type=\"received\" (Schematron E0002); it is kept without addressee"))
        }
        letters.append(letter)
    }

    func finish(_ root: Frame) {
        guard correspDescsInProfile > 0 else {
            problems.append(problem(at: root.position,
                "this TEI file is not CMIF: teiHeader/profileDesc holds no correspDesc; CMIF puts one correspDesc per letter there"))
            return
        }
        let ids = Set(bibls.compactMap(\.id))
        for letter in letters {
            guard let source = letter.source, !ids.contains(source) else { continue }
            let known = ids.isEmpty ? "the file has no bibl with an xml:id" : "the bibl ids are \(ids.sorted().joined(separator: ", "))"
            problems.append(problem(at: letter.position,
                "correspDesc source=\"#\(source)\" points to no bibl (Schematron E0003; \(known)); correct the id after the #"))
        }
        if header.title == nil { notes.append(problem(at: root.position, "no titleStmt/title; CMIF asks for the index's title")) }
        if header.url == nil { notes.append(problem(at: root.position, "no publicationStmt/idno type=\"url\"; CMIF asks for the address the file is published at")) }
        result = CMIFFile(file: file, header: header, bibls: bibls, letters: letters, notes: notes)
    }

    // MARK: - Attributes and positions

    func refs(_ frame: Frame) -> [String] {
        (frame.attributes["ref"] ?? "").split(whereSeparator: { $0.isWhitespace }).map { AuthorityReference.normalise(String($0)) }
    }

    func certainty(_ frame: Frame) -> String? {
        guard let cert = nonEmpty(frame.attributes["cert"]) else { return nil }
        if !CMIFCertainty.values.contains(cert) {
            notes.append(problem(at: valuePosition(frame, "cert"), "cert=\"\(cert)\" is not a TEI certainty (CMIF 1.1: low); it is ignored"))
            return nil
        }
        return cert
    }

    func evidence(_ frame: Frame) -> String? {
        nonEmpty(frame.attributes["evidence"])
    }

    func stop(_ parser: XMLParser) {
        stopped = true
        parser.abortParsing()
    }

    /// The byte offset of the `<` of the element just started: libxml2 reports the position
    /// of the last byte it read of the start tag, so the `<` is the last one at or before it.
    func tagStart(parser: XMLParser, qualifiedName: String) -> Int {
        let bytes = lines.bytes
        var index = min(lines.offset(line: parser.lineNumber, byteColumn: max(1, parser.columnNumber)), bytes.count - 1)
        while index > 0, bytes[index] != UInt8(ascii: "<") { index -= 1 }
        return index
    }

    /// The position of an attribute's value in the element's start tag (after the quote),
    /// or the element's position if the attribute is not found there.
    func valuePosition(_ frame: Frame, _ attribute: String) -> TextPosition {
        let bytes = lines.bytes
        let name = Array(attribute.utf8)
        var index = frame.start + 1
        while index < bytes.count, !CMIFReader.isXMLSpace(bytes[index]), bytes[index] != UInt8(ascii: ">"), bytes[index] != UInt8(ascii: "/") { index += 1 }
        while index < bytes.count {
            while index < bytes.count, CMIFReader.isXMLSpace(bytes[index]) { index += 1 }
            guard index < bytes.count, bytes[index] != UInt8(ascii: ">"), bytes[index] != UInt8(ascii: "/") else { break }
            let nameStart = index
            while index < bytes.count, bytes[index] != UInt8(ascii: "="), !CMIFReader.isXMLSpace(bytes[index]) { index += 1 }
            let found = Array(bytes[nameStart..<index])
            while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "'") { index += 1 }
            guard index < bytes.count else { break }
            let quote = bytes[index]
            index += 1
            if found == name { return lines.position(ofByte: index) }
            while index < bytes.count, bytes[index] != quote { index += 1 }
            index += 1
        }
        return frame.position
    }
}

// MARK: - XML errors

/// libxml2's error numbers (`xmlParserErrors`), which FoundationXML passes on as the
/// `NSError` code. (swift-corelibs-foundation's `XMLParser.ErrorCode` cases are one off from
/// these, so they are not compared with.)
enum LibXML2Error {
    static let documentEmpty = 4
    static let documentEnd = 5
    static let tagNameMismatch = 76
    /// What the common errors mean, with what to do.
    static let descriptions: [Int: String] = [
        9: "a character that is not allowed in XML, or bytes that are not UTF-8; save the file as UTF-8",
        23: "an entity reference without its closing ;; write &amp; for a plain &",
        26: "an entity XML does not define (such as &nbsp;); write the character itself, or &amp; for &",
        38: "a < inside an attribute value; write &lt;",
        39: "an attribute value without quotes; write name=\"value\"",
        40: "an attribute value whose quote is not closed; close it",
        41: "an attribute without a value; write name=\"value\"",
        42: "the same attribute twice in one tag; keep one",
        45: "a comment that is not closed; end it with -->",
        68: "a tag or entity name is missing or starts with a wrong character (a plain & or < in text?); write &amp; and &lt;",
        73: "a tag that is not closed with >; close it",
        201: "a namespace prefix that is not declared; declare it with xmlns:prefix=\"...\" or remove the prefix",
    ]
}

// MARK: - Dates

/// CMIF's date rules and their EDTF.
enum CMIFDates {
    /// Why a dating attribute's value is not a CMIF date, or nil if it is one.
    static func check(_ value: String) -> String? {
        let shape = value.range(of: #"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"#, options: .regularExpression) != nil
        guard shape else {
            return "is not a CMIF date; write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 1928-02 for February 1928, 1928-02-03 for its third day)"
        }
        do {
            _ = try HistoricalDate(parsing: value)
            return nil
        } catch {
            return "is not a date in the calendar (\(error.reason))"
        }
    }

    /// The EDTF of a date's attributes and what its interval means, or nil if it has none.
    static func edtf(_ date: CMIFDate) -> (String, CMIFDate.Form)? {
        let qualify = { (end: String) -> String in
            CMIFCertainty.isLow(date.cert) && !end.isEmpty && end != ".." ? end + "?" : end
        }
        if let when = date.when { return (qualify(when), .exact) }
        if date.from != nil || date.to != nil {
            let start = date.from ?? date.notBefore ?? "", end = date.to ?? date.notAfter ?? ""
            return ("\(qualify(start))/\(qualify(end))", .period)
        }
        if date.notBefore != nil || date.notAfter != nil {
            let start = date.notBefore ?? "..", end = date.notAfter ?? ".."
            return ("\(qualify(start))/\(qualify(end))", .between)
        }
        return nil
    }
}

// MARK: - Text

/// Runs of whitespace as one space, trimmed at both ends.
private func collapse(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
}

private func nonEmpty(_ text: String?) -> String? {
    guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
    return text
}
