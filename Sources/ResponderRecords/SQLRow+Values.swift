import Foundation
import SQLKit

extension SQLRow {
    /// A text column, nil when NULL.
    func text(_ column: String) throws -> String? {
        try decodeNil(column: column) ? nil : decode(column: column, as: String.self)
    }

    /// An integer column, nil when NULL.
    func int(_ column: String) throws -> Int? {
        try decodeNil(column: column) ? nil : decode(column: column, as: Int.self)
    }

    /// A floating-point column, nil when NULL.
    func double(_ column: String) throws -> Double? {
        try decodeNil(column: column) ? nil : decode(column: column, as: Double.self)
    }

    /// A 0/1 integer column as a Bool (false when NULL).
    func flag(_ column: String) throws -> Bool { (try int(column) ?? 0) != 0 }

    /// A NOT NULL text column.
    func requiredText(_ column: String) throws -> String { try decode(column: column, as: String.self) }
}

extension Optional where Wrapped == String {
    /// nil for an empty or blank value: the store keeps "not given" as NULL.
    var nonBlank: String? {
        guard let value = self?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }
}
