/// The element types of the safetensors format that Alinea reads, all converted to Float32 on load.
///
/// Conversions: F32 is copied; F16 and BF16 widen exactly; F64 rounds to the nearest Float32 (the
/// only lossy one, as `tensor.float()` in PyTorch); integer and BOOL types convert exactly when the
/// value is within ±2^24 and are rejected otherwise, because Float32 cannot hold such integers
/// exactly and token ids must never change silently. Alinea writes only F32.
public enum SafetensorsDType: String, CaseIterable, Sendable {
    /// 64-bit float.
    case f64 = "F64"
    /// 32-bit float.
    case f32 = "F32"
    /// IEEE half precision.
    case f16 = "F16"
    /// bfloat16.
    case bf16 = "BF16"
    /// 64-bit signed integer.
    case i64 = "I64"
    /// 32-bit signed integer.
    case i32 = "I32"
    /// 16-bit signed integer.
    case i16 = "I16"
    /// 8-bit signed integer.
    case i8 = "I8"
    /// 64-bit unsigned integer.
    case u64 = "U64"
    /// 32-bit unsigned integer.
    case u32 = "U32"
    /// 16-bit unsigned integer.
    case u16 = "U16"
    /// 8-bit unsigned integer.
    case u8 = "U8"
    /// Boolean stored as one byte (0 or 1).
    case bool = "BOOL"

    /// Bytes per element.
    public var size: Int {
        switch self {
        case .f64, .i64, .u64: return 8
        case .f32, .i32, .u32: return 4
        case .f16, .bf16, .i16, .u16: return 2
        case .i8, .u8, .bool: return 1
        }
    }

    /// Converts `count` little-endian elements at `raw` into `out`; returns a description of the first
    /// value that cannot be converted exactly (an integer outside ±2^24, a BOOL byte other than 0/1),
    /// or nil on success.
    func convert(_ raw: UnsafeRawPointer, count: Int, into out: UnsafeMutablePointer<Float>) -> String? {
        let limit = 1 << 24
        func integer<T: FixedWidthInteger>(_: T.Type) -> String? {
            for k in 0..<count {
                let v = T(littleEndian: raw.loadUnaligned(fromByteOffset: k * MemoryLayout<T>.size, as: T.self))
                guard v.magnitude <= limit else {
                    return "element \(k) is \(v), which Float32 cannot hold exactly (integers must lie within ±2^24)"
                }
                out[k] = Float(v)
            }
            return nil
        }
        switch self {
        case .f32:
            for k in 0..<count {
                out[k] = Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 * k, as: UInt32.self)))
            }
        case .f64:
            for k in 0..<count {
                out[k] = Float(Double(bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8 * k, as: UInt64.self))))
            }
        case .bf16:
            for k in 0..<count {
                let bits = UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: 2 * k, as: UInt16.self))
                out[k] = Float(bitPattern: UInt32(bits) << 16)
            }
        case .f16:
            for k in 0..<count {
                out[k] = SafetensorsDType.halfToFloat(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: 2 * k, as: UInt16.self)))
            }
        case .i64: return integer(Int64.self)
        case .i32: return integer(Int32.self)
        case .i16: return integer(Int16.self)
        case .i8: return integer(Int8.self)
        case .u64: return integer(UInt64.self)
        case .u32: return integer(UInt32.self)
        case .u16: return integer(UInt16.self)
        case .u8: return integer(UInt8.self)
        case .bool:
            for k in 0..<count {
                let b = raw.load(fromByteOffset: k, as: UInt8.self)
                guard b <= 1 else { return "element \(k) is byte \(b), but BOOL bytes must be 0 or 1" }
                out[k] = Float(b)
            }
        }
        return nil
    }

    /// IEEE binary16 → binary32, exact (done by hand so it needs no `Float16`, which some platforms lack).
    static func halfToFloat(_ h: UInt16) -> Float {
        let sign = UInt32(h & 0x8000) << 16
        let exponent = Int((h >> 10) & 0x1F)
        let mantissa = UInt32(h & 0x3FF)
        if exponent == 0x1F { return Float(bitPattern: sign | 0x7F80_0000 | (mantissa << 13)) }
        if exponent == 0 {
            // Subnormal half (or zero): value = mantissa · 2^-24, exact in Float32.
            let magnitude = Float(mantissa) * 0x1p-24
            return sign != 0 ? -magnitude : magnitude
        }
        return Float(bitPattern: sign | UInt32(exponent - 15 + 127) << 23 | (mantissa << 13))
    }
}
