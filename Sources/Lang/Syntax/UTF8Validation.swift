/// Strict UTF-8 validation that reports where the first bad byte is, so the error can be located.
enum UTF8Validation {
    /// Offset of the first byte that does not start a well-formed UTF-8 sequence, or nil.
    /// Rejects overlong forms, surrogates and code points above U+10FFFF, as the standard requires.
    static func firstInvalidOffset(_ b: [UInt8]) -> Int? {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            let need: Int
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; hi = 0x9F
            case 0xF0: need = 3; lo = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; hi = 0x8F
            default: return i
            }
            for k in 1...need {
                guard i + k < n else { return i }
                let d = b[i + k]
                let (l, h) = k == 1 ? (lo, hi) : (UInt8(0x80), UInt8(0xBF))
                if d < l || d > h { return i }
            }
            i += need + 1
        }
        return nil
    }
}
