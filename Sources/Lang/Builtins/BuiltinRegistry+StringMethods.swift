import Foundation

extension BuiltinRegistry {
    func registerStringMethods() {
        let k = ValueKind.string
        defineMethod(k, "split", [.optional("separator")],
                     "Pieces between separators; without one, split on runs of whitespace.") { args in
            let s = try args.receiverString()
            if args.isNil(0) {
                return .list(s.split(whereSeparator: { $0.isWhitespace }).map { .string(String($0)) })
            }
            let sep = try args.string(0)
            guard !sep.isEmpty else { throw RuntimeError("split() separator cannot be empty") }
            return .list(s.components(separatedBy: sep).map { .string($0) })
        }
        defineMethod(k, "join", [.required("values")], "The elements as text, separated by this string.") { args in
            let s = try args.receiverString()
            return .string(try args.interpreter.elements(of: args[0]).map(\.description).joined(separator: s))
        }
        defineMethod(k, "upper", [], "Upper-case copy.") { args in .string(try args.receiverString().uppercased()) }
        defineMethod(k, "lower", [], "Lower-case copy.") { args in .string(try args.receiverString().lowercased()) }
        defineMethod(k, "strip", [], "Copy without leading and trailing whitespace.") { args in
            .string(try args.receiverString().trimmingCharacters(in: .whitespacesAndNewlines))
        }
        defineMethod(k, "lstrip", [], "Copy without leading whitespace.") { args in
            .string(String(try args.receiverString().drop(while: { $0.isWhitespace })))
        }
        defineMethod(k, "rstrip", [], "Copy without trailing whitespace.") { args in
            let s = try args.receiverString()
            return .string(String(s.reversed().drop(while: { $0.isWhitespace }).reversed()))
        }
        defineMethod(k, "replace", [.required("old"), .required("new")], "Copy with every old replaced by new.") { args in
            let old = try args.string(0)
            guard !old.isEmpty else { throw RuntimeError("replace() cannot replace an empty string") }
            return .string(try args.receiverString().replacingOccurrences(of: old, with: try args.string(1)))
        }
        defineMethod(k, "startswith", [.required("prefix")], "True when the string starts with prefix.") { args in
            .bool(try args.receiverString().hasPrefix(try args.string(0)))
        }
        defineMethod(k, "endswith", [.required("suffix")], "True when the string ends with suffix.") { args in
            .bool(try args.receiverString().hasSuffix(try args.string(0)))
        }
        defineMethod(k, "contains", [.required("text")], "True when text occurs in the string.") { args in
            let sub = try args.string(0), s = try args.receiverString()
            return .bool(sub.isEmpty || s.contains(sub))
        }
        defineMethod(k, "find", [.required("text")], "Index of the first occurrence of text, or -1.") { args in
            let s = try args.receiverString(), sub = try args.string(0)
            guard let r = s.range(of: sub) else { return .number(-1) }
            return .number(Double(s.distance(from: s.startIndex, to: r.lowerBound)))
        }
        defineMethod(k, "count", [.required("text")], "Number of non-overlapping occurrences of text.") { args in
            let sub = try args.string(0)
            guard !sub.isEmpty else { throw RuntimeError("count() of an empty string") }
            return .number(Double(try args.receiverString().components(separatedBy: sub).count - 1))
        }
        defineMethod(k, "lines", [], "The lines of the string, without line breaks.") { args in
            .list(try args.receiverString().split(separator: "\n", omittingEmptySubsequences: false)
                .map { .string(String($0)) })
        }
    }
}
