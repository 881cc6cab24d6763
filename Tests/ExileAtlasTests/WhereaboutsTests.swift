import Testing
@testable import ExileAtlas

/// The whereabouts rule at its boundaries, on hand-made stays and attestations, then on the
/// shipped data against the seed text.
@Suite struct WhereaboutsTests {
    let evidence = Evidence(sourceID: "deutscher-1959", locator: "L1", quote: "q")

    func date(_ text: String) throws -> HistoricalDate { try HistoricalDate(parsing: text) }

    func stay(_ id: String, _ person: String = "radek", at place: String?, _ period: String,
              start: PeriodBound.Basis = .stated, end: PeriodBound.Basis = .stated,
              kind: Exile.Kind = .exile) throws -> Exile {
        Exile(id: id, personID: person, placeID: place, placeNote: place == nil ? "not stated" : nil, kind: kind,
              period: try date(period), start: PeriodBound(basis: start, evidence: start == .stated ? evidence : nil, note: "n"),
              end: PeriodBound(basis: end, evidence: end == .stated ? evidence : nil, note: "n"), evidence: evidence)
    }

    func attestation(_ id: String, _ person: String = "radek", at place: String?, _ when: String,
                     kind: Attestation.Kind = .letter) throws -> Attestation {
        Attestation(id: id, personID: person, placeID: place, placeNote: place == nil ? "not stated" : nil,
                    kind: kind, date: try date(when), evidence: evidence)
    }

    // MARK: - Statuses

    @Test func theLastAttestationIsNotTheEnd() throws {
        let tomsk = try stay("tomsk", at: "tomsk", "1928-06/..", end: .unknown)
        let whereabouts = Whereabouts(stays: [tomsk], attestations: [try attestation("a", at: "tomsk", "1928-07-14")],
                                      deaths: ["radek": try date("1939")])
        #expect(whereabouts.presence(of: tomsk, on: try date("1928-07-14"))?.status == .attested)
        #expect(whereabouts.presence(of: tomsk, on: try date("1928-07-01"))?.status == .within)
        let october = try #require(whereabouts.presence(of: tomsk, on: try date("1928-10-15")))
        #expect(october.status == .possible)
        #expect(october.evidence.map(\.id) == ["a"], "the last attestation before the date is the evidence")
        #expect(october.span.possibleUntil == .death(try date("1939")))
        // Death ends what is possible: the last day of 1939 still is, 1940 is not.
        #expect(whereabouts.presence(of: tomsk, on: try date("1939-12-31"))?.status == .possible)
        #expect(whereabouts.presence(of: tomsk, on: try date("1940-01-01")) == nil)
        #expect(whereabouts.presence(of: tomsk, on: try date("1928-05-31")) == nil, "before the start")
    }

    @Test func theNextStayElsewhereEndsWhatIsPossible() throws {
        let tobolsk = try stay("tobolsk", at: "tobolsk", "1928-01/..", end: .unknown)
        let tomsk = try stay("tomsk", at: "tomsk", "1928-06-10/..", end: .unknown)
        let whereabouts = Whereabouts(stays: [tobolsk, tomsk], attestations: [try attestation("a", at: "tobolsk", "1928-05-10")])
        let span = whereabouts.span(of: tobolsk)
        #expect(span.known == Day(iso: "1928-01-31")!...Day(iso: "1928-05-10")!)
        #expect(span.reach?.upperBound == Day(iso: "1928-06-09")!, "possible until the day before Tomsk begins")
        #expect(span.possibleUntil == .stay(tomsk))
        #expect(whereabouts.presence(of: tobolsk, on: try date("1928-06-09"))?.status == .possible)
        #expect(whereabouts.presence(of: tobolsk, on: try date("1928-06-10")) == nil)
        // A month-long start is sure only from its last day: January itself is possible.
        #expect(whereabouts.presence(of: tobolsk, on: try date("1928-01-15"))?.status == .possible)
    }

    @Test func anAttestationElsewhereEndsWhatIsPossibleToo() throws {
        let tara = try stay("tara", "muralov", at: "tara", "1928-02/..", end: .unknown)
        let whereabouts = Whereabouts(stays: [tara], attestations: [try attestation("m", "muralov", at: "moscow", "1929-07", kind: .mention)])
        #expect(whereabouts.span(of: tara).reach?.upperBound == Day(iso: "1929-06-30")!)
        #expect(whereabouts.presence(of: tara, on: try date("1929-07-01")) == nil)
    }

    @Test func aStatedEndBoundsTheStayAndAVagueEndIsOnlyPossible() throws {
        let dacha = try stay("dacha", "trotsky", at: "dacha", "1928-06/1928-23", end: .inferred, kind: .residence)
        let whereabouts = Whereabouts(stays: [dacha], attestations: [])
        #expect(whereabouts.presence(of: dacha, on: try date("1928-08-15"))?.status == .within)
        #expect(whereabouts.presence(of: dacha, on: try date("1928-10"))?.status == .possible, "inside the autumn the move is dated to")
        #expect(whereabouts.presence(of: dacha, on: try date("1928-12-01")) == nil)
    }

    @Test func anAttestationOfAYearDoesNotAttestADay() throws {
        let astrakhan = try stay("astrakhan", "rakovsky", at: "astrakhan", "1928-01/..", end: .unknown)
        let whereabouts = Whereabouts(stays: [astrakhan], attestations: [try attestation("y", "rakovsky", at: "astrakhan", "1928")])
        #expect(whereabouts.presence(of: astrakhan, on: try date("1928"))?.status == .attested)
        #expect(whereabouts.presence(of: astrakhan, on: try date("1928-10-15"))?.status != .attested)
        // A letter of some day in 1928 proves the stay only up to 1 January.
        #expect(whereabouts.span(of: astrakhan).known?.upperBound == Day(iso: "1928-01-31")!)
    }

    @Test func aHouseCountsAsItsTownAndAStayWithNoPlaceTakesPlacelessMentions() throws {
        let town = try stay("town", "trotsky", at: "alma-ata", "1928-01-25/1929-01-22")
        let unknown = try stay("somewhere", "sapronov", at: nil, "1928?/..", start: .unknown, end: .unknown)
        let whereabouts = Whereabouts(
            stays: [town, unknown],
            attestations: [try attestation("house", "trotsky", at: "alma-ata-dacha", "1928-07-01"),
                           try attestation("decl", "sapronov", at: nil, "1928-06-18", kind: .mention)],
            parents: ["alma-ata-dacha": "alma-ata"])
        #expect(whereabouts.presence(of: town, on: try date("1928-07-01"))?.status == .attested)
        #expect(whereabouts.presence(of: unknown, on: try date("1928-06-18"))?.status == .attested)
        #expect(whereabouts.presence(of: unknown, on: try date("1928-09"))?.status == .possible)
    }

    // MARK: - One place for the network and the maps

    @Test func placeOfAPersonPrefersTheExileToAHouseAndRefusesToGuessBetweenTwo() throws {
        let exile = try stay("alma", "trotsky", at: "alma-ata", "1928-01-25/1929-01-22")
        let house = try stay("house", "trotsky", at: "alma-ata-dacha", "1928-06/1928-23", kind: .residence)
        let whereabouts = Whereabouts(stays: [exile, house], attestations: [], parents: ["alma-ata-dacha": "alma-ata"])
        #expect(whereabouts.place(of: "trotsky", at: try date("1928-07")) == "alma-ata")
        #expect(whereabouts.place(of: "trotsky", at: nil) == "alma-ata")
        #expect(whereabouts.place(of: "trotsky", at: try date("1935")) == nil)

        let a = try stay("a", "x", at: "tomsk", "1928/..", start: .inferred, end: .unknown)
        let b = try stay("b", "x", at: "narym", "1928/..", start: .inferred, end: .unknown)
        #expect(Whereabouts(stays: [a, b], attestations: []).place(of: "x", at: try date("1928-06")) == nil)
    }

    // MARK: - Timeline

    @Test func timelineShowsTheGapAfterTheLastAttestation() throws {
        let tomsk = try stay("tomsk", at: "tomsk", "1928-06/..", end: .unknown)
        let whereabouts = Whereabouts(stays: [tomsk], attestations: [
            try attestation("july", at: "tomsk", "1928-07-14"),
            try attestation("october", at: nil, "1928-10", kind: .letter),
        ])
        let timeline = whereabouts.timeline(of: "radek")
        #expect(timeline.map(\.kind) == [.stay, .attestation, .gap, .attestation])
        let gap = try #require(timeline.first { $0.kind == .gap })
        #expect(gap.start == Day(iso: "1928-07-15")!)
        #expect(gap.end == Day(iso: "1928-10-31")!, "to the end of the last thing known")
        #expect(gap.possibly.map(\.id) == ["tomsk"])
        #expect(gap.edtf == "1928-07-15/1928-10-31")
    }

    @Test func daysBetweenTwoLettersAreNoGapAMonthIs() throws {
        let whereabouts = Whereabouts(stays: [], attestations: [
            try attestation("a", "s", at: "wien", "1886-08-22"), try attestation("b", "s", at: "ischl", "1886-09-07"),
            try attestation("c", "s", at: "wien", "1886-10-20"),
        ])
        let gaps = whereabouts.timeline(of: "s").filter { $0.kind == .gap }
        #expect(gaps.map(\.edtf) == ["1886-09-08/1886-10-19"], "15 days are not a gap, 42 are")
    }

    // MARK: - The rules' small pieces

    @Test func unknownEndsMustBeOpenOrUncertain() throws {
        #expect(try stay("x", at: "tomsk", "1928-06/1928-07-14", end: .unknown).boundProblems.map(\.column) == ["end_basis"])
        #expect(try stay("x", at: "tomsk", "1928-06/..", end: .unknown).boundProblems.isEmpty)
        #expect(try stay("x", at: "tomsk", "1928-06/1929?", end: .unknown).boundProblems.isEmpty)
        #expect(try stay("x", at: "tomsk", "1928/..", start: .unknown, end: .unknown).boundProblems.map(\.column) == ["start_basis"])
    }

    @Test func certainOverlapIgnoresSharedVagueBoundaries() throws {
        let krasin = try stay("k", "trotsky", at: "k", "1928-02-15/1928-06", kind: .residence)
        let dacha = try stay("d", "trotsky", at: "d", "1928-06/1928-23", kind: .residence)
        let town = try stay("t", "trotsky", at: "t", "1928-08/1929-01-22", kind: .residence)
        #expect(!krasin.certainlyOverlaps(dacha))
        #expect(dacha.certainlyOverlaps(town), "town from 31 August at the latest, dacha until 1 September at least")
    }

    @Test func dayArithmeticInvertsTheDayNumber() throws {
        var day = Day(iso: "1927-12-30")!
        for _ in 0..<800 {
            let next = day.adding(days: 1)
            #expect(next - day == 1)
            day = next
        }
        #expect(day.iso == "1930-03-09")
        #expect(Day(iso: "1928-02-28")!.adding(days: 1).iso == "1928-02-29")
        #expect(Day(iso: "1900-02-28")!.adding(days: 1).iso == "1900-03-01")
        #expect(Day.distantFuture.adding(days: 5) == .distantFuture)
        #expect(Day.distantPast.adding(days: -5) == .distantPast)
    }

    @Test func claimsConflictOnlyAtTheSameMoment() throws {
        func claim(_ id: String, _ source: String, _ value: String, moment: String?) throws -> Claim {
            Claim(id: id, subject: "journey", subjectID: "expulsion-1929", property: "temperature", value: value,
                  moment: try moment.map(date), evidence: Evidence(sourceID: source, locator: "L1"))
        }
        let a = try claim("a", "deutscher-1959", "-38", moment: "1929-02")
        #expect(!a.conflicts(with: try claim("b", "agn-mexico", "-21", moment: "1929-01")))
        #expect(a.conflicts(with: try claim("b", "agn-mexico", "-21", moment: "1929-02-01")))
        #expect(!a.conflicts(with: try claim("b", "agn-mexico", "-21", moment: nil)), "a moment against the whole")
        #expect(!a.conflicts(with: try claim("b", "deutscher-1959", "-21", moment: "1929-02")), "one source")
        #expect(!a.conflicts(with: try claim("b", "agn-mexico", "-38", moment: "1929-02")), "one value")
        #expect(try claim("c", "deutscher-1959", "Ilych", moment: nil).conflicts(with: try claim("d", "agn-mexico", "Kalinin", moment: nil)))
    }
}

/// The rule on the shipped data, checked against the seed text as a historian would.
@Suite struct ShippedWhereaboutsTests {
    @Test func radekIsPossiblyAtTomskInOctober1928() throws {
        let (atlas, _) = try freshAtlas()
        let whereabouts = try atlas.whereabouts(personIDs: ["radek"])
        let october = whereabouts.presences(on: try HistoricalDate(parsing: "1928-10-15"))
        #expect(october.map(\.stay.placeID) == ["tomsk"])
        #expect(october.first?.status == .possible)
        #expect(october.first?.evidence.first?.evidence.locator == "L950", "his letter of 14 July 1928 from Tomsk")
        #expect(whereabouts.presences(on: try HistoricalDate(parsing: "1928-05-10")).first?.status == .attested)
    }

    @Test func everyDeporteeTheSourcesNameHasAnExile() throws {
        let (atlas, _) = try freshAtlas()
        let exiled = Set(try atlas.exiles().map(\.personID))
        for person in try atlas.people(role: .deportee) {
            #expect(exiled.contains(person.id), "\(person.id) is a deportee with no exile row")
        }
        let sapronov = try atlas.exiles(ExileFilter(personID: "sapronov"))
        #expect(sapronov.count == 1)
        #expect(sapronov.first?.placeID == nil)
        #expect(sapronov.first?.evidence.locator == "L689-690")
    }

    @Test func rolesFollowFromTheFacts() throws {
        let (atlas, _) = try freshAtlas()
        let trotsky = try #require(try atlas.roles()["trotsky"]).map(\.role)
        #expect(trotsky.contains(.correspondent), "he wrote most of the letters")
        #expect(trotsky.contains(.deportee))
        #expect(try atlas.people(role: .correspondent).contains { $0.id == "trotsky" })
    }

    @Test func theAtlasChecksClean() throws {
        let (atlas, _) = try freshAtlas()
        let errors = try atlas.check().filter { $0.level == .error }
        #expect(errors.isEmpty, "\(errors)")
    }

    @Test func theTemperaturesAreNoConflictButTheShipIs() throws {
        let (atlas, _) = try freshAtlas()
        let conflicts = try atlas.conflicts()
        #expect(!conflicts.contains { $0.property == "temperature" })
        #expect(conflicts.contains { $0.property == "vehicle" && $0.subjectID == "expulsion-1929-5" })
    }

    @Test func kaminskHasTwoCandidatesAndTheChosenOneIsThePlace() throws {
        let (atlas, _) = try freshAtlas()
        let candidates = try atlas.placeCandidates(of: "kaminsk")
        #expect(candidates.count == 2)
        let chosen = try #require(candidates.first { $0.chosen })
        #expect(chosen.coordinate == (try atlas.place(id: "kaminsk"))?.coordinate)
        #expect(chosen.name.hasPrefix("Kamen-na-Obi"))
    }
}
