/// Authority-file URIs for places and people, read from the references the atlas keeps:
/// a place's coordinate record (`geonames:524901`) and the locators of its or a person's
/// general-reference evidence (`wikidata:Q649`).
public enum Authority {
    /// `http://www.geonames.org/524901`, the form CMIF and correspSearch expect.
    public static func geonames(_ place: Place) -> String? {
        guard let reference = place.coordinateReference, reference.hasPrefix("geonames:") else { return nil }
        return uri(locator: reference)
    }

    /// The record a locator names (`geonames:524901`, `wikidata:Q649`) as a URI, if it names one.
    public static func uri(locator: String) -> String? {
        if locator.hasPrefix("geonames:") {
            let id = locator.dropFirst("geonames:".count)
            return !id.isEmpty && id.allSatisfy(\.isNumber) ? "http://www.geonames.org/\(id)" : nil
        }
        return wikidata(Evidence(sourceID: "", locator: locator))
    }

    /// `http://www.wikidata.org/entity/Q649` from a locator `wikidata:Q649`.
    public static func wikidata(_ evidence: Evidence) -> String? {
        guard evidence.locator.hasPrefix("wikidata:Q") else { return nil }
        let id = evidence.locator.dropFirst("wikidata:".count)
        return id.dropFirst().allSatisfy(\.isNumber) && id.count > 1 ? "http://www.wikidata.org/entity/\(id)" : nil
    }

    /// A place's Wikidata entity, from the evidence of the place or of any of its names.
    public static func wikidata(_ place: Place, names: [PlaceName]) -> String? {
        ([place.evidence] + names.map(\.evidence)).lazy.compactMap(wikidata).first
    }
}
