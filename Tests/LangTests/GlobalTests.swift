import XCTest
@testable import Lang

final class GlobalTests: XCTestCase {
    func testAssignmentWhilePinnedKeepsTheOldValueUntilTheLastUnpin() {
        let g = Global(name: "f")
        weak var old: ListRef?
        do {
            let list = ListRef([])
            old = list
            g.define(.list(list))
        }
        Global.pin(g.storage)
        Global.pin(g.storage)
        Global.assign(g.storage, .nil)
        XCTAssertNotNil(old, "a pinned call may still be running the replaced value")
        Global.unpin(g.storage)
        XCTAssertNotNil(old)
        Global.unpin(g.storage)
        XCTAssertNil(old, "the last unpin releases replaced values")
        XCTAssertEqual(g.storage.pointee.pins, 0)
        XCTAssertTrue(g.storage.pointee.retired.isEmpty)
    }

    func testAssignmentWithoutPinsReleasesAtOnce() {
        let g = Global(name: "f")
        weak var old: ListRef?
        do {
            let list = ListRef([])
            old = list
            g.define(.list(list))
        }
        Global.assign(g.storage, .number(1))
        XCTAssertNil(old)
        XCTAssertTrue(g.storage.pointee.retired.isEmpty)
    }

    func testOnlyFunctionValuesTakeTheUnretainedPath() {
        let g = Global(name: "f")
        XCTAssertNil(g.storage.pointee.function)
        g.define(.number(3))
        XCTAssertNil(g.storage.pointee.function)
        let session = Session()
        _ = session.run("fn id(x) { x }")
        guard let id = session.interpreter.globals["id"] else { return XCTFail("id is not defined") }
        XCTAssertNotNil(id.storage.pointee.function)
    }

    func testRecursiveCallsLeaveNothingPinned() {
        let session = Session()
        let result = session.run("fn fib(n) { if n < 2 { n } else { fib(n - 1) + fib(n - 2) } }\nfib(15)")
        guard case .number(let v)? = result.value else { return XCTFail("\(result.diagnostics)") }
        XCTAssertEqual(v, 610)
        XCTAssertEqual(session.interpreter.globals["fib"]?.storage.pointee.pins, 0)
        let failing = session.run("fn boom(n) { if n == 0 { n + \"x\" } else { boom(n - 1) } }\nboom(5)")
        XCTAssertFalse(failing.succeeded)
        XCTAssertEqual(session.interpreter.globals["boom"]?.storage.pointee.pins, 0, "errors unpin too")
    }
}
