// planwerk-fuzz: libFuzzer's entry points around PlanwerkFuzzing. The target is chosen by the environment
// variable PLANWERK_FUZZ_TARGET (text-path, parsers, xml-loaders, json-config, edited-record); the project
// folder (inputs/, schemas/) by PLANWERK_PROJECT.
import Foundation
import FuzzDriver
import PlanwerkFuzzing

nonisolated(unsafe) private var target = FuzzTarget.textPath
nonisolated(unsafe) private var environment: FuzzEnvironment?

@_cdecl("LLVMFuzzerInitialize")
public func fuzzerInitialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    let env = ProcessInfo.processInfo.environment
    guard let name = env["PLANWERK_FUZZ_TARGET"], let chosen = FuzzTarget(rawValue: name) else {
        FileHandle.standardError.write(Data("PLANWERK_FUZZ_TARGET: eines von \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))\n".utf8))
        exit(2)
    }
    target = chosen
    let root = URL(fileURLWithPath: env["PLANWERK_PROJECT"] ?? FileManager.default.currentDirectoryPath)
    do {
        environment = try FuzzEnvironment(projectRoot: root)
    } catch {
        FileHandle.standardError.write(Data("PLANWERK_PROJECT: \(root.path): Konfiguration nicht ladbar (\(error))\n".utf8))
        exit(2)
    }
    return 0
}

@_cdecl("planwerk_fuzz_one")
public func fuzzerTestOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = start.map { Data(bytes: $0, count: count) } ?? Data()
    target.run(data, with: environment!)
    return 0
}
