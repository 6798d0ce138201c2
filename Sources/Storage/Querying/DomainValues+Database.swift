import GRDB
import Model

// The Model's values stored as their raw text: rows read them back typed.
extension CommitmentType: DatabaseValueConvertible {}
extension CommitmentContext: DatabaseValueConvertible {}
extension StatementKind: DatabaseValueConvertible {}
extension Language: DatabaseValueConvertible {}
extension PartyRole: DatabaseValueConvertible {}
extension PersonRole: DatabaseValueConvertible {}
extension DatePrecision: DatabaseValueConvertible {}
extension PartyCode: DatabaseValueConvertible {}
