/// An engine object exposed to Alinea (a module, optimizer, dataset, tokenizer...).
///
/// Everything except `typeName` has a default, so a minimal object only names its type. The
/// protocol is class-bound so `Value.native` holds a single reference.
public protocol NativeObject: AnyObject {
    /// The type name shown by `type(x)` and in error messages, e.g. `Linear`.
    var typeName: String { get }
    /// How `print` and the REPL show the object.
    var description: String { get }
    /// Truth value in conditions.
    var isTruthy: Bool { get }
    /// Attribute and method names, for completion and did-you-mean hints.
    var memberNames: [String] { get }
    /// `obj.name`; nil when there is no such attribute (methods are looked up separately).
    func attribute(_ name: String) throws -> Value?
    /// `obj.name = value`; false when there is no such settable attribute.
    func setAttribute(_ name: String, to value: Value) throws -> Bool
    /// The method called by `obj.name(...)`; it receives the object as `Arguments.receiver`.
    func method(_ name: String) -> Builtin?
    /// What `obj(...)` calls (receiver = the object); nil when not callable.
    var callable: Builtin? { get }
    /// Elements for `for x in obj`; nil when not iterable.
    func elements() throws -> [Value]?
    /// `obj[...]`; nil when not indexable.
    func index(_ components: [IndexComponent]) throws -> Value?
    /// `obj[...] = value`; false when not supported.
    func setIndex(_ components: [IndexComponent], to value: Value) throws -> Bool
    /// `self op other` (or `other op self` when `selfOnLeft` is false); nil when unsupported.
    func binary(_ op: BinaryOperator, _ other: Value, selfOnLeft: Bool) throws -> Value?
}

extension NativeObject {
    /// `<TypeName>` by default.
    public var description: String { "<\(typeName)>" }
    /// Objects are true by default.
    public var isTruthy: Bool { true }
    /// No members by default.
    public var memberNames: [String] { [] }
    /// No attributes by default.
    public func attribute(_ name: String) throws -> Value? { nil }
    /// No settable attributes by default.
    public func setAttribute(_ name: String, to value: Value) throws -> Bool { false }
    /// No methods by default.
    public func method(_ name: String) -> Builtin? { nil }
    /// Not callable by default.
    public var callable: Builtin? { nil }
    /// Not iterable by default.
    public func elements() throws -> [Value]? { nil }
    /// Not indexable by default.
    public func index(_ components: [IndexComponent]) throws -> Value? { nil }
    /// Index assignment unsupported by default.
    public func setIndex(_ components: [IndexComponent], to value: Value) throws -> Bool { false }
    /// No operators by default.
    public func binary(_ op: BinaryOperator, _ other: Value, selfOnLeft: Bool) throws -> Value? { nil }
}
