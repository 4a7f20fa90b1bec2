/// One evaluated axis of an indexing expression: `xs[i]` has one `.index`, `t[1:3, ::2]` has
/// two `.slice`s. Omitted slice parts are `.nil`.
public enum IndexComponent {
    /// A single position, `xs[i]`.
    case index(Value)
    /// A slice `start:stop:step`.
    case slice(start: Value, stop: Value, step: Value)
}
