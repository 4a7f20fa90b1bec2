import Engine
import Foundation
import XCTest

/// Both directions against Python's `safetensors`/PyTorch, run only when `import torch, safetensors` works.
final class SafetensorsInteropTests: XCTestCase {
    override func setUpWithError() throws {
        try XCTSkipUnless(TorchPython.available, "torch and safetensors are not importable")
    }

    func testPyTorchWrittenFilesLoadWithIdenticalValues() throws {
        let s = try DataScratch()
        let result = try TorchPython.run([scriptPath(), s.directory])
        XCTAssertEqual(result.status, 0, result.output)
        try SafetensorsTests.checkDTypeFixture(safetensors: s.path("torch_dtypes.safetensors"), expected: s.path("torch_dtypes.json"))
        // The freshly generated files must match the committed fixtures, so the offline tests stay meaningful.
        // (torch_dtypes.safetensors has two metadata entries, which Rust writes in hash order, so its
        // bytes vary between runs; its decoded values are compared above.)
        XCTAssertEqual(try SafetensorsTests.tensorsAndMetadata(s.path("torch_dtypes.safetensors")),
                       try SafetensorsTests.tensorsAndMetadata(TestPaths.fixtures + "/safetensors/torch_dtypes.safetensors"))
        for name in ["torch_dtypes.json", "torch_f32.safetensors"] {
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: s.path(name))),
                           try Data(contentsOf: URL(fileURLWithPath: TestPaths.fixtures + "/safetensors/" + name)), name)
        }
        // Alinea's writer produces exactly the bytes safetensors wrote for the same tensors.
        try Safetensors.write(SafetensorsTests.referenceTensors(), metadata: ["format": "pt"], to: s.path("alinea_f32.safetensors"))
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: s.path("alinea_f32.safetensors"))),
                       try Data(contentsOf: URL(fileURLWithPath: s.path("torch_f32.safetensors"))))
    }

    func testAlineaWrittenFilesLoadInPyTorchWithIdenticalValues() throws {
        let s = try DataScratch()
        let path = s.path("alinea.safetensors")
        var tensors = SafetensorsTests.referenceTensors()
        let odd = try Tensor(shape: [3, 1, 2], values: [0.1, -0.0, Float.leastNonzeroMagnitude, .infinity, -3.4e38, 7])
        tensors.append(("blocks.0.attn.q.weight", odd))
        tensors.append(("nan", try Tensor(shape: [2], values: [.nan, 1])))
        let metadata = ["format": "pt", "step": "12", "note": "é \"quoted\""]
        try Safetensors.write(tensors, metadata: metadata, to: path)
        let script = """
            import json, sys, math, torch
            from safetensors import safe_open
            from safetensors.torch import load_file
            tensors = load_file(sys.argv[1])
            with safe_open(sys.argv[1], framework="pt") as f:
                meta = f.metadata()
            out = {"metadata": meta, "tensors": {k: {"dtype": str(v.dtype), "shape": list(v.shape),
                   "bits": [int(b) for b in v.reshape(-1).view(torch.int32).tolist()]} for k, v in tensors.items()}}
            print(json.dumps(out))
            """
        let result = try TorchPython.run(["-c", script, path])
        XCTAssertEqual(result.status, 0, result.output)
        let report = try JSONValue(parsing: result.output)
        XCTAssertEqual(report["metadata"]?.objectValue?.compactMapValues(\.stringValue), metadata)
        let loaded = try XCTUnwrap(report["tensors"]?.objectValue)
        XCTAssertEqual(Set(loaded.keys), Set(tensors.map(\.name)))
        for (name, t) in tensors {
            let entry = try XCTUnwrap(loaded[name], name)
            XCTAssertEqual(entry["dtype"]?.stringValue, "torch.float32")
            XCTAssertEqual(entry["shape"]?.arrayValue?.compactMap(\.intValue), t.shape, name)
            let bits = (entry["bits"]?.arrayValue ?? []).compactMap(\.intValue).map { UInt32(bitPattern: Int32(truncatingIfNeeded: $0)) }
            XCTAssertEqual(bits, t.scalars.map(\.bitPattern), name)
        }
    }

    private func scriptPath() -> String {
        // Resolve links first: the fixtures directory may be reached through a symbolic link.
        URL(fileURLWithPath: TestPaths.fixtures).resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("scripts/make_safetensors_fixtures.py").path
    }
}
