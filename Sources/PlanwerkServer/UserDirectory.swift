import Foundation
import HummingbirdBcrypt
import PlanwerkPipeline

/// The workspace's users in `inputs/benutzer.json` (names, roles, bcrypt hashes), changed under the inputs lock
/// and written atomically.
public struct UserDirectory: Sendable {
    public let inputs: String
    /// bcrypt cost of new passwords (12 = about a quarter second per login).
    public let cost: UInt8

    public init(inputs: String, cost: UInt8 = 12) {
        self.inputs = inputs
        self.cost = cost
    }

    /// The file.
    public var path: String { (inputs as NSString).appendingPathComponent("benutzer.json") }

    /// Why a user cannot be added or removed, or the file cannot be read; German.
    public struct Problem: Error, Sendable, Equatable {
        public let message: String
    }

    struct File: Codable { var users: [WorkspaceUser] }

    /// All users (none when the file does not exist yet).
    public func users() throws -> [WorkspaceUser] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        do {
            return try JSONDecoder().decode(File.self, from: data).users
        } catch {
            throw Problem(message: "\(path): keine gültige Benutzerliste (\(error.localizedDescription)); die Datei bleibt unverändert")
        }
    }

    /// The user named `name` whose password is `password`, else nil (also for unknown names, after the same work).
    public func authenticate(name: String, password: String) -> WorkspaceUser? {
        let user = (try? users())?.first { $0.name == name }
        // An unknown name costs a hash check too, so timing does not tell which names exist.
        let hash = user?.passwordHash ?? Self.unknownUserHash
        return Bcrypt.verify(password, hash: hash) && user != nil ? user : nil
    }

    /// Adds (or replaces) a user with a new password.
    public func add(name: String, role: Role, password: String, time: String) throws {
        guard Self.isValidName(name) else {
            throw Problem(message: "„\(name)“: ein Benutzername besteht aus 1 bis 64 Buchstaben, Ziffern, Punkt, Binde- oder Unterstrich")
        }
        guard password.count >= 8 else { throw Problem(message: "das Passwort muss mindestens 8 Zeichen lang sein") }
        let hash = Bcrypt.hash(password, cost: cost)
        try change { users in
            users.removeAll { $0.name == name }
            users.append(WorkspaceUser(name: name, role: role, passwordHash: hash, created: time))
        }
    }

    /// Removes a user; a `Problem` when there is none of that name.
    public func remove(name: String) throws {
        try change { users in
            guard users.contains(where: { $0.name == name }) else { throw Problem(message: "es gibt keinen Benutzer „\(name)“") }
            users.removeAll { $0.name == name }
        }
    }

    func change(_ body: (inout [WorkspaceUser]) throws -> Void) throws {
        try InputsLock.exclusively(inputs) {
            var list = try users()
            try body(&list)
            list.sort { $0.name < $1.name }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try AtomicFileWriter.write(try encoder.encode(File(users: list)) + Data("\n".utf8), to: URL(fileURLWithPath: path))
        }
    }

    /// The hash checked for names that do not exist.
    static let unknownUserHash = Bcrypt.hash("planwerk-unbekannt", cost: 12)

    /// Letters, digits, ".", "-", "_"; 1 to 64 characters.
    public static func isValidName(_ name: String) -> Bool {
        (1...64).contains(name.count) && name.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0) }
    }
}
