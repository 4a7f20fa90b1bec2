import Notebook
import XCTest

final class NotebookRunnerTests: XCTestCase {
    func document(_ text: String) throws -> NotebookDocument {
        try NotebookDocument.parse(text, file: "nb.md")
    }

    static let threeCells = "```alinea\nprint a\n```\n\n```alinea\nfail here\n```\n\n```alinea\nprint c\n```\n"

    func testStopsAtFirstUnexpectedErrorButKeepsWhatRan() throws {
        let executor = FakeExecutor()
        let run = NotebookRunner(executor: executor).run(try document(Self.threeCells))
        XCTAssertEqual(run.cells.map(\.status), [.succeeded, .failed, .notRun])
        XCTAssertEqual(executor.calls.map(\.code), ["print a", "fail here"])
        XCTAssertEqual(executor.calls.map(\.firstLine), [2, 6])
        XCTAssertEqual(executor.calls.map(\.file), ["nb.md", "nb.md"])
        XCTAssertEqual(run.cells[1].outputs, [.text("before\n"), .error("nb.md:6:1: error: boom")])
        XCTAssertEqual(run.exitStatus, 1)
        XCTAssertEqual(run.notRunCount, 1)
    }

    func testKeepGoingRunsEverything() throws {
        let executor = FakeExecutor()
        let run = NotebookRunner(executor: executor, options: NotebookRunOptions(keepGoing: true)).run(try document(Self.threeCells))
        XCTAssertEqual(run.cells.map(\.status), [.succeeded, .failed, .succeeded])
        XCTAssertEqual(executor.calls.count, 3)
        XCTAssertEqual(run.exitStatus, 1)
    }

    func testExpectedErrorThatFailsIsFine() throws {
        let run = NotebookRunner(executor: FakeExecutor()).run(try document("```alinea {expect-error}\nfail\n```\n```alinea\nprint ok\n```\n"))
        XCTAssertEqual(run.cells.map(\.status), [.failedAsExpected, .succeeded])
        XCTAssertEqual(run.exitStatus, 0)
    }

    func testExpectedErrorThatSucceedsIsAnUnexpectedError() throws {
        let text = "Prose\n\n```alinea {expect-error}\nprint fine\n```\n```alinea\nprint later\n```\n"
        let run = NotebookRunner(executor: FakeExecutor()).run(try document(text))
        XCTAssertEqual(run.cells.map(\.status), [.unexpectedSuccess, .notRun])
        XCTAssertEqual(run.cells[0].outputs.last, .error("cell at nb.md:3 was expected to fail but succeeded"))
        XCTAssertEqual(run.exitStatus, 1)
    }

    func testFailureWithoutErrorOutputGetsOne() throws {
        let executor = FakeExecutor()
        executor.scripted["silent"] = CellResult(outputs: [], failed: true)
        let run = NotebookRunner(executor: executor).run(try document("\n```alinea\nsilent\n```\n"))
        XCTAssertEqual(run.cells[0].outputs, [.error("cell at nb.md:2 failed")])
    }

    func testAllGoodExitsZero() throws {
        let run = NotebookRunner(executor: FakeExecutor()).run(try document("```alinea\nprint a\n```\n"))
        XCTAssertEqual(run.exitStatus, 0)
        XCTAssertEqual(run.unexpectedErrorCount, 0)
        XCTAssertEqual(NotebookRunner(executor: FakeExecutor()).run(try document("no cells\n")).exitStatus, 0)
    }

    func testParametersArePassedBeforeTheFirstCell() throws {
        let executor = FakeExecutor()
        let options = NotebookRunOptions(parameters: try NotebookParameters.parse(["lr=0.1", "name=a=b", "lr=0.2"]))
        _ = NotebookRunner(executor: executor, options: options).run(try document("```alinea\nprint a\n```\n"))
        XCTAssertEqual(executor.parameterCalls, 1)
        XCTAssertEqual(executor.parameters, ["lr": "0.2", "name": "a=b"])
    }

    func testParameterFailureStopsTheRun() throws {
        let executor = FakeExecutor()
        executor.failParameters = true
        let run = NotebookRunner(executor: executor).run(try document("```alinea\nprint a\n```\n"))
        XCTAssertEqual(run.cells.map(\.status), [.notRun])
        XCTAssertTrue(executor.calls.isEmpty)
        XCTAssertEqual(run.exitStatus, 1)
        XCTAssertEqual(run.parameterOutputs, [.error("parameter 'lr' is not a number")])
    }

    func testBadParameterArguments() {
        XCTAssertThrowsError(try NotebookParameters.parse(["novalue"]))
        XCTAssertThrowsError(try NotebookParameters.parse(["1x=2"]))
        XCTAssertThrowsError(try NotebookParameters.parse(["=2"]))
        XCTAssertEqual(try NotebookParameters.parse(["_x9="]), ["_x9": ""])
    }

    func testTimeoutsAndTimings() throws {
        let executor = FakeExecutor()
        var now = 0.0
        let runner = NotebookRunner(executor: executor, options: NotebookRunOptions(defaultTimeout: 60), clock: {
            now += 0.25
            return now
        })
        let run = runner.run(try document("```alinea {timeout=5}\nprint a\n```\n```alinea\nprint b\n```\n"))
        XCTAssertEqual(executor.calls.map(\.timeout), [5, 60])
        XCTAssertEqual(run.cells.map(\.seconds), [0.25, 0.25])
    }

    func testOnCellIsCalledInOrder() throws {
        var seen: [CellStatus] = []
        _ = NotebookRunner(executor: FakeExecutor()).run(try document(Self.threeCells)) { seen.append($0.status) }
        XCTAssertEqual(seen, [.succeeded, .failed, .notRun])
    }

    func testNoOutputHidesAllButUnexpectedErrors() throws {
        let text = "```alinea {no-output}\nprint a\n```\n```alinea {no-output}\nfail\n```\n"
        let run = NotebookRunner(executor: FakeExecutor()).run(try document(text))
        XCTAssertEqual(run.cells[0].visibleOutputs, [])
        XCTAssertEqual(run.cells[1].visibleOutputs, [.error("nb.md:5:1: error: boom")])
    }
}
