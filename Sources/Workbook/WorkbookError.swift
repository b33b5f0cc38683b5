import Foundation

/// Why a workbook could not be written. Each case names the table (its id, which is also its CSV file stem),
/// the row and column where that applies, and says what to do.
public enum WorkbookError: Error, CustomStringConvertible, Sendable, Equatable {
    /// A table has more rows than a worksheet holds (1,048,576 including the header row).
    case tooManyRows(table: String, rows: Int)
    /// A table has more columns than a worksheet holds (16,384).
    case tooManyColumns(table: String, columns: Int)
    /// A text cell is longer than a spreadsheet cell holds (32,767 UTF-16 code units); `row` 0 is the header.
    case textTooLong(table: String, row: Int, column: String, length: Int)
    /// The `.xlsx` file could not be assembled or saved.
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .tooManyRows(let table, let rows):
            "table \(table): \(rows) rows do not fit in a worksheet (at most \(Limits.maxRows - 1) below the header); "
                + "use \(table).csv for the full table or split the table before writing the workbook"
        case .tooManyColumns(let table, let columns):
            "table \(table): \(columns) columns do not fit in a worksheet (at most \(Limits.maxColumns)); "
                + "use \(table).csv or split the table before writing the workbook"
        case .textTooLong(let table, let row, let column, let length):
            "table \(table), \(row == 0 ? "header row" : "row \(row)"), column \(column): text of \(length) characters is longer than a spreadsheet "
                + "cell holds (\(Limits.maxTextLength)); shorten the text or leave it to \(table).csv and \(table).json"
        case .cannotWrite(let path, let reason):
            "\(path): cannot write the workbook (\(reason)); check that the folder exists and is writable"
        }
    }

    /// Worksheet limits shared by Excel and LibreOffice Calc.
    enum Limits {
        static let maxRows = 1_048_576
        static let maxColumns = 16_384
        static let maxTextLength = 32_767
    }
}
