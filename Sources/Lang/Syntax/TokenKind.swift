/// The kinds of token the lexer produces.
public enum TokenKind: UInt8, Sendable {
    /// Names and literals.
    case identifier, number, string
    /// The text before the first `{` of an interpolated string: `"loss = {`.
    case interpolationStart
    /// Text between two interpolations: `} and {`.
    case interpolationMiddle
    /// Text after the last interpolation: `}"`.
    case interpolationEnd

    /// Keywords (`let` ... `no_grad`).
    case kwLet, kwFn, kwIf, kwElse, kwWhile, kwFor, kwIn, kwBreak, kwContinue, kwReturn
    case kwAnd, kwOr, kwNot, kwTrue, kwFalse, kwNil, kwImport, kwNoGrad

    /// Arithmetic operators.
    case plus, minus, star, slash, percent, starStar, at
    /// Comparison operators.
    case equalEqual, bangEqual, less, lessEqual, greater, greaterEqual
    /// Assignment operators.
    case equal, plusEqual, minusEqual, starEqual, slashEqual
    /// Brackets.
    case leftParen, rightParen, leftBracket, rightBracket, leftBrace, rightBrace
    /// Punctuation.
    case comma, dot, colon, semicolon
    /// A statement-ending line break, and the end of input.
    case newline, eof

    /// Keyword spellings, used by the lexer and by did-you-mean hints.
    public static let keywords: [String: TokenKind] = [
        "let": .kwLet, "fn": .kwFn, "if": .kwIf, "else": .kwElse, "while": .kwWhile, "for": .kwFor,
        "in": .kwIn, "break": .kwBreak, "continue": .kwContinue, "return": .kwReturn, "and": .kwAnd,
        "or": .kwOr, "not": .kwNot, "true": .kwTrue, "false": .kwFalse, "nil": .kwNil,
        "import": .kwImport, "no_grad": .kwNoGrad,
    ]

    /// How the token is named in "expected X" messages.
    public var display: String {
        switch self {
        case .identifier: return "a name"
        case .number: return "a number"
        case .string, .interpolationStart: return "a string"
        case .interpolationMiddle, .interpolationEnd: return "the rest of the string"
        case .newline: return "end of line"
        case .eof: return "end of input"
        default: return "'\(spelling)'"
        }
    }

    /// The source spelling of keywords and punctuation.
    public var spelling: String {
        switch self {
        case .kwLet: return "let"
        case .kwFn: return "fn"
        case .kwIf: return "if"
        case .kwElse: return "else"
        case .kwWhile: return "while"
        case .kwFor: return "for"
        case .kwIn: return "in"
        case .kwBreak: return "break"
        case .kwContinue: return "continue"
        case .kwReturn: return "return"
        case .kwAnd: return "and"
        case .kwOr: return "or"
        case .kwNot: return "not"
        case .kwTrue: return "true"
        case .kwFalse: return "false"
        case .kwNil: return "nil"
        case .kwImport: return "import"
        case .kwNoGrad: return "no_grad"
        case .plus: return "+"
        case .minus: return "-"
        case .star: return "*"
        case .slash: return "/"
        case .percent: return "%"
        case .starStar: return "**"
        case .at: return "@"
        case .equalEqual: return "=="
        case .bangEqual: return "!="
        case .less: return "<"
        case .lessEqual: return "<="
        case .greater: return ">"
        case .greaterEqual: return ">="
        case .equal: return "="
        case .plusEqual: return "+="
        case .minusEqual: return "-="
        case .starEqual: return "*="
        case .slashEqual: return "/="
        case .leftParen: return "("
        case .rightParen: return ")"
        case .leftBracket: return "["
        case .rightBracket: return "]"
        case .leftBrace: return "{"
        case .rightBrace: return "}"
        case .comma: return ","
        case .dot: return "."
        case .colon: return ":"
        case .semicolon: return ";"
        case .newline: return "\\n"
        case .identifier, .number, .string, .interpolationStart, .interpolationMiddle,
             .interpolationEnd, .eof:
            return ""
        }
    }

    /// Tokens after which a line break does not end the statement: binary operators,
    /// assignment and `,` (so long expressions can be split after an operator).
    public var continuesLine: Bool {
        switch self {
        case .plus, .minus, .star, .slash, .percent, .starStar, .at, .equalEqual, .bangEqual, .less,
             .lessEqual, .greater, .greaterEqual, .equal, .plusEqual, .minusEqual, .starEqual,
             .slashEqual, .comma, .dot, .kwAnd, .kwOr, .kwNot, .kwIn:
            return true
        default:
            return false
        }
    }
}
