import Foundation

/// ODT to PDF/A-2b with LibreOffice, the Land's office suite, which renders our ODT faithfully: one headless
/// process per batch, with its own profile folder (never the user's LibreOffice), a time limit, tagged PDF
/// (headings, tables, lists), fonts embedded, the ODT's title, subject, author and language as metadata.
public enum PDFConverter {
    /// The longest a batch may take.
    public static let timeLimit: TimeInterval = 600

    /// The export filter: PDF/A-2b (SelectPdfVersion 2) and tagged.
    static let filter = #"pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"},"UseTaggedPDF":{"type":"boolean","value":"true"}}"#

    /// A conversion that failed; German, with the files concerned.
    public struct Failure: Error, Sendable {
        public let message: String
    }

    /// LibreOffice's program, searched in PATH (soffice, libreoffice); nil when not installed.
    static func office(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            for name in ["soffice", "libreoffice"] {
                let candidate = "\(dir)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    /// Converts the ODT files into `dir` (same names, `.pdf`), each written atomically; returns the PDFs.
    public static func convert(_ odts: [URL], into dir: URL) throws -> [URL] {
        guard !odts.isEmpty else { return [] }
        guard let office = office() else {
            throw Failure(message: "LibreOffice fehlt (soffice nicht gefunden); ohne es entstehen keine PDF-Dateien. Installieren: apt-get install libreoffice-writer-nogui")
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("planwerk-pdf-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let out = work.appendingPathComponent("pdf")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: office)
        process.arguments = ["--headless", "--norestore", "-env:UserInstallation=\(work.appendingPathComponent("profile").absoluteString)",
                             "--convert-to", filter, "--outdir", out.path] + odts.map(\.path)
        process.standardOutput = FileHandle.nullDevice
        let errorFile = work.appendingPathComponent("stderr.txt")
        FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        let errors = try FileHandle(forWritingTo: errorFile)
        defer { try? errors.close() }
        process.standardError = errors
        try process.run()
        let deadline = Date().addingTimeInterval(timeLimit)
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                process.waitUntilExit()
                throw Failure(message: "LibreOffice hat die PDF-Dateien nicht binnen \(Int(timeLimit)) s erzeugt (abgebrochen)")
            }
            usleep(50_000)
        }
        let stderr = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        var written: [URL] = []
        var missing: [String] = []
        for odt in odts {
            let name = odt.deletingPathExtension().lastPathComponent + ".pdf"
            guard let data = FileManager.default.contents(atPath: out.appendingPathComponent(name).path), !data.isEmpty else {
                missing.append(odt.lastPathComponent)
                continue
            }
            let target = dir.appendingPathComponent(name)
            try AtomicFileWriter.write(data, to: target)
            written.append(target)
        }
        if !missing.isEmpty {
            throw Failure(message: "LibreOffice hat keine PDF-Datei erzeugt für: \(missing.joined(separator: ", "))"
                + (stderr.isEmpty ? "" : " (LibreOffice meldet: \(stderr.split(separator: "\n").first ?? ""))"))
        }
        return written
    }
}
