/// What `DemoDataGenerator.write(to:boundariesTo:)` wrote: row counts and every deliberate defect, so tests and
/// users can check an analysis of the file against it.
///
/// Row kinds. The file holds `rowsWritten` records after the header:
/// - `citizenInitiatedRows` calibrated citizen-initiated calls (`callTypeCounts` per type = round(calibration ×
///   scale)) and `officerInitiatedRows` officer-initiated activity rows, all well-formed;
/// - extra rows that a careful reader rejects: `malformedRows` (wrong column count or a stray quote inside a field)
///   and `unparseableCreatedAtRows` (`created_at` = `UNKNOWN`);
/// - `duplicateIdRows` extra "in progress" rows that repeat the incident id, call type and times of a calibrated
///   call, with empty `cleared_at` and `disposition`, written just before the final row of that call.
///   Keeping either the first or the last row per id therefore leaves the per-type counts exact.
/// Soft defects counted among the calibrated citizen-initiated rows: `missingArrivalRows`, `missingClearedRows`,
/// `outsideCityRows`, `missingCoordinateRows` and `arrivalBeforeDispatchRows`.
public struct DemoDataSummary: Sendable, Codable, Equatable {
    /// Seed used.
    public var seed: UInt64
    /// Scale used (1 = Milwaukee's 2021 volume).
    public var scale: Double
    /// The CSV written.
    public var csvPath: String
    /// The boundary GeoJSON written, if any.
    public var boundariesPath: String?
    /// Bytes in the CSV.
    public var bytesWritten: Int
    /// Physical lines in the CSV, header included (narratives with line breaks span two lines).
    public var linesWritten: Int
    /// CSV records after the header, extras included.
    public var rowsWritten: Int
    /// Calibrated citizen-initiated calls (911 and non-emergency), well-formed.
    public var citizenInitiatedRows: Int
    /// Officer-initiated activity rows (`source` = `OFFICER`), well-formed.
    public var officerInitiatedRows: Int
    /// Calibrated citizen-initiated calls per call type.
    public var callTypeCounts: [String: Int]
    /// Extra malformed records (wrong column count, stray quote).
    public var malformedRows: Int
    /// Line numbers (1 = header) where the malformed records start.
    public var malformedLineNumbers: [Int]
    /// Extra records whose `created_at` is `UNKNOWN`.
    public var unparseableCreatedAtRows: Int
    /// Line numbers where those records start.
    public var unparseableCreatedAtLineNumbers: [Int]
    /// Extra "in progress" rows repeating an incident id.
    public var duplicateIdRows: Int
    /// The repeated incident ids.
    public var duplicateIncidentIds: [String]
    /// Calibrated citizen rows with an empty `arrived_at`.
    public var missingArrivalRows: Int
    /// Calibrated citizen rows with an empty `cleared_at`.
    public var missingClearedRows: Int
    /// Calibrated citizen rows whose coordinates lie far outside the city.
    public var outsideCityRows: Int
    /// Calibrated citizen rows with empty coordinates.
    public var missingCoordinateRows: Int
    /// Calibrated citizen rows whose `arrived_at` precedes `dispatched_at`.
    public var arrivalBeforeDispatchRows: Int
    /// Districts and neighbourhoods in the boundary file.
    public var districts: Int
    public var neighbourhoods: Int
}

extension DemoDataSummary: CustomStringConvertible {
    /// A short human-readable report.
    public var description: String {
        """
        Demo data (seed \(seed), scale \(scale)): \(csvPath)
          \(rowsWritten) rows (\(linesWritten) lines, \(bytesWritten) bytes): \(citizenInitiatedRows) citizen-initiated \
        calls of \(callTypeCounts.count) types, \(officerInitiatedRows) officer-initiated
          deliberate defects: \(malformedRows) malformed rows (lines \(malformedLineNumbers.map(String.init).joined(separator: ", "))), \
        \(unparseableCreatedAtRows) with created_at UNKNOWN (lines \(unparseableCreatedAtLineNumbers.map(String.init).joined(separator: ", "))), \
        \(duplicateIdRows) duplicate incident ids
          soft problems among citizen calls: \(missingArrivalRows) missing arrival, \(missingClearedRows) missing clear, \
        \(outsideCityRows) outside the city, \(missingCoordinateRows) without coordinates, \(arrivalBeforeDispatchRows) \
        arrival before dispatch
          boundaries: \(boundariesPath ?? "not written") (\(districts) districts, \(neighbourhoods) neighbourhoods)
        """
    }
}
