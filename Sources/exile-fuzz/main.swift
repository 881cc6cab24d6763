// exile-fuzz: a seeded mutation fuzzer for the parts that read untrusted input: the EDTF
// parser, the CSV, JSON and CMIF importers (each with a dry-run import into a real atlas,
// so the reader, the matching, the loader, the schema's constraints and the reference
// checks run too).
//
//     exile-fuzz [--seconds N] [--seed S]
//
// Every input must come back as a value or a located error: a trap ends the process (a
// crash, reported by scripts/fuzz), and an input that takes longer than 5 seconds is
// reported as a hang. Prints the counts and 'N passed, N failed'.
//
// Built with -DEXILE_LIBFUZZER, AddressSanitizer, coverage instrumentation and libFuzzer's
// driver linked in (scripts/fuzz --libfuzzer), the same checks run under coverage-guided
// fuzzing instead: the first byte of each input picks the target.
import ExileAtlas
import Foundation

var seconds = 60.0
var seed: UInt64 = 1928
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
    switch argument {
    case "--seconds": seconds = arguments.next().flatMap(Double.init) ?? seconds
    case "--seed": seed = arguments.next().flatMap { UInt64($0) } ?? seed
    default:
        FileHandle.standardError.write(Data("usage: exile-fuzz [--seconds N] [--seed S]\n".utf8))
        exit(2)
    }
}

/// SplitMix64: small, fast and reproducible from a seed.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
var random = SplitMix(state: seed)

let edtfSeeds = ["1928-01-25", "1928-06", "1928", "1928-04/1928-10", "1929-02~", "1928?", "1928-01-16/1928-01-20",
                 "1929-01-22/..", "../1926", "192X", "1928-21", "1928-06-09%", "1928-01-25T03:00Z", "/1928"]
let csvSeeds: [[(name: String, text: String)]] = [[
    ("source.csv", "id,kind,title\nref,reference,\"A \"\"quoted\"\", title\"\n"),
    ("place.csv", "id,name,kind,latitude,longitude,coord_source_id,source_id,locator,quote\nchita,Chita,town,52.03,113.5,ref,ref,general,\n"),
    ("person.csv", "id,name,born,source_id,locator\nvolkonsky,Сергей Волконский,1788,ref,general\n"),
    ("exile.csv", "id,person_id,place_id,kind,period,source_id,locator\nv-chita,volkonsky,chita,exile,1827/1830,ref,general\n"),
    ("journey.csv", "id,person_id,title,period,source_id,locator\nj1,volkonsky,To Siberia,1826~,ref,g\n"),
    ("leg.csv", "id,journey_id,seq,from_place_id,to_place_id,modes,source_id,locator\nl1,j1,1,chita,chita,sleigh+on-foot,ref,g\n"),
]]
let jsonSeed = #"{"source": [{"id": "ref", "kind": "reference", "title": "T"}], "place": [{"id": "p", "name": "P", "kind": "town", "latitude": 52.5, "longitude": 113, "coord_source_id": "ref", "source_id": "ref", "locator": "g"}]}"#
let cmifSeed = """
    <?xml version="1.0" encoding="UTF-8"?>
    <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title><editor>E</editor></titleStmt>
    <publicationStmt><publisher>P</publisher><idno type="url">https://example.org/l.xml</idno><date when="2026-01-01T00:00:00Z"/>
    <availability><licence target="https://creativecommons.org/licenses/by/4.0/">CC-BY 4.0</licence></availability></publicationStmt>
    <sourceDesc><bibl type="print" xml:id="c3f497f0-488d-4233-9448-130ba8109bd8">An edition</bibl></sourceDesc></fileDesc>
    <profileDesc><correspDesc key="1" source="#c3f497f0-488d-4233-9448-130ba8109bd8">
    <correspAction type="sent"><persName ref="http://d-nb.info/gnd/118766259">Serge, Victor</persName>
    <placeName ref="http://www.geonames.org/2950159">Berlin</placeName><date notBefore="1928-04" notAfter="1928-05" cert="low"/></correspAction>
    <correspAction type="received"><persName ref="http://www.wikidata.org/entity/Q33391">Trotzki, Leo</persName>
    <orgName evidence="conjecture">KPD</orgName><placeName>Alma-Ata</placeName></correspAction></correspDesc></profileDesc></teiHeader>
    <text><body><p/></body></text></TEI>
    """
let alphabet = Array("\",\n\r-/.~?%X0123456789aéЖ {}[]:;'=\u{FEFF}\t+".unicodeScalars)

/// One random change: flip, insert, delete, duplicate or swap a stretch.
@MainActor func mutate(_ text: String) -> String {
    var scalars = Array(text.unicodeScalars)
    for _ in 0..<Int.random(in: 1...4, using: &random) {
        let position = scalars.isEmpty ? 0 : Int.random(in: 0..<scalars.count, using: &random)
        switch Int.random(in: 0..<5, using: &random) {
        case 0 where !scalars.isEmpty: scalars[position] = alphabet.randomElement(using: &random)!
        case 1: scalars.insert(alphabet.randomElement(using: &random)!, at: position)
        case 2 where !scalars.isEmpty: scalars.removeSubrange(position..<min(scalars.count, position + Int.random(in: 1...8, using: &random)))
        case 3 where !scalars.isEmpty:
            let end = min(scalars.count, position + Int.random(in: 1...40, using: &random))
            scalars.insert(contentsOf: scalars[position..<end], at: position)
        default:
            if scalars.count > 2 { scalars.swapAt(position, Int.random(in: 0..<scalars.count, using: &random)) }
        }
    }
    var result = String.UnicodeScalarView()
    result.append(contentsOf: scalars)
    return String(result)
}

// A watchdog: an input that runs longer than 5 seconds is a hang.
final class Heartbeat: @unchecked Sendable {
    private let lock = NSLock()
    private var started = Date()
    private var current = ""
    func begin(_ what: String) { lock.lock(); started = Date(); current = what; lock.unlock() }
    func check() -> (Double, String) { lock.lock(); defer { lock.unlock() }; return (Date().timeIntervalSince(started), current) }
}

let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exile-fuzz-\(ProcessInfo.processInfo.processIdentifier)")
try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }
let atlas: Atlas
do { atlas = try Atlas.open(at: folder.appendingPathComponent("fuzz.sqlite")) } catch {
    FileHandle.standardError.write(Data("exile-fuzz: cannot open an atlas: \(error)\n".utf8))
    exit(1)
}

// The unmutated seeds must import, or the fuzzer would only ever test rejection.
do { _ = try atlas.importCSV(csvSeeds[0], dryRun: true) } catch {
    FileHandle.standardError.write(Data("exile-fuzz: the CSV seed does not import: \(error)\n".utf8))
    exit(1)
}
let cmifFile = folder.appendingPathComponent("fuzz.xml")
/// A CMIF text imported as a dry run: a value or a located error, never a trap.
func importCMIF(_ text: String) -> Bool {
    guard (try? Data(text.utf8).write(to: cmifFile)) != nil else { return false }
    return (try? atlas.importFiles([cmifFile], dryRun: true, format: .cmif)) != nil
}
guard importCMIF(cmifSeed) else {
    FileHandle.standardError.write(Data("exile-fuzz: the CMIF seed does not import\n".utf8))
    exit(1)
}

#if EXILE_LIBFUZZER
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

/// The atlas the libFuzzer callback imports into (a C callback cannot capture it).
nonisolated(unsafe) var fuzzAtlas: Atlas? = atlas

/// One libFuzzer input: byte 0 picks EDTF, CSV (as exile.csv beside the seed tables) or JSON.
func fuzzOne(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let bytes, size > 0, let atlas = fuzzAtlas else { return 0 }
    let data = Data(bytes: bytes + 1, count: size - 1)
    let text = String(decoding: data, as: UTF8.self)
    switch bytes[0] % 3 {
    case 0:
        if let date = try? HistoricalDate(parsing: text) { precondition(date.earliest <= date.latest) }
    case 1:
        var files = csvSeeds[0].filter { $0.name != "exile.csv" }
        files.append(("exile.csv", text))
        _ = try? atlas.importCSV(files, dryRun: true)
    default:
        _ = try? atlas.importJSON(data, name: "fuzz.json", dryRun: true)
    }
    return 0
}

var driverArguments = [CommandLine.arguments[0], "-max_total_time=\(Int(seconds))", "-seed=\(seed)", "-timeout=5"]
var cArguments: [UnsafeMutablePointer<CChar>?] = driverArguments.map { strdup($0) } + [nil]
var argc = Int32(driverArguments.count)
let status = cArguments.withUnsafeMutableBufferPointer { buffer -> Int32 in
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = buffer.baseAddress
    return LLVMFuzzerRunDriver(&argc, &argv) { fuzzOne($0, $1) }
}
exit(status)
#endif

// (libFuzzer has its own -timeout; this watchdog serves the mutation loop.)
let heartbeat = Heartbeat()
Thread.detachNewThread {
    while true {
        Thread.sleep(forTimeInterval: 0.5)
        let (elapsed, what) = heartbeat.check()
        if elapsed > 5 {
            FileHandle.standardError.write(Data("exile-fuzz: HANG (\(Int(elapsed)) s) on \(what.debugDescription.prefix(500))\n".utf8))
            exit(3)
        }
    }
}

var counts = (edtf: 0, edtfAccepted: 0, csv: 0, csvAccepted: 0, json: 0, jsonAccepted: 0, cmif: 0, cmifAccepted: 0)
let deadline = Date().addingTimeInterval(seconds)
while Date() < deadline {
    for _ in 0..<20 {
        let edtf = mutate(edtfSeeds.randomElement(using: &random)!)
        heartbeat.begin(edtf)
        counts.edtf += 1
        if let date = try? HistoricalDate(parsing: edtf) {
            counts.edtfAccepted += 1
            precondition(date.earliest <= date.latest, "bounds out of order for \(edtf)")
        }
    }
    var files = csvSeeds[0]
    let victim = Int.random(in: 0..<files.count, using: &random)
    files[victim].text = mutate(files[victim].text)
    heartbeat.begin(files[victim].text)
    counts.csv += 1
    if (try? atlas.importCSV(files, dryRun: true)) != nil { counts.csvAccepted += 1 }

    let json = mutate(jsonSeed)
    heartbeat.begin(json)
    counts.json += 1
    if (try? atlas.importJSON(Data(json.utf8), name: "fuzz.json", dryRun: true)) != nil { counts.jsonAccepted += 1 }

    let cmif = mutate(cmifSeed)
    heartbeat.begin(cmif)
    counts.cmif += 1
    if importCMIF(cmif) { counts.cmifAccepted += 1 }
}
let total = counts.edtf + counts.csv + counts.json + counts.cmif
print("""
    exile-fuzz: seed \(seed), \(Int(seconds)) s: \(total) inputs, 0 crashes, 0 hangs
      EDTF: \(counts.edtf) inputs, \(counts.edtfAccepted) accepted
      CSV import (dry run): \(counts.csv) file sets, \(counts.csvAccepted) accepted
      JSON import (dry run): \(counts.json) documents, \(counts.jsonAccepted) accepted
      CMIF import (dry run): \(counts.cmif) files, \(counts.cmifAccepted) accepted
    fuzz: \(total) passed, 0 failed
    """)
