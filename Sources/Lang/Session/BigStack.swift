#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs work on a fresh thread with a 512 MB stack and waits for it.
///
/// Compiled Alinea code recurses on the native stack (a few hundred bytes to a few KB per
/// Alinea call, more in debug builds), and so do the parser, resolver and compiler on deeply
/// nested input, and deallocation of deeply nested lists. The main thread's 8 MB would overflow
/// long before `Interpreter.maxDepth` (10,000) calls; 512 MB leaves a wide margin. The memory is
/// only reserved: pages are committed as the stack actually grows.
enum BigStack {
    static let size = 512 << 20

    private final class Job: @unchecked Sendable {
        // @unchecked: the launching thread blocks in pthread_join while the job runs, so the
        // closure and its result are never touched by two threads at once.
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }

    private final class Box<T>: @unchecked Sendable {
        var value: T?
    }

    /// Runs `body` on a big-stack thread; if no thread can be created, runs it right here.
    static func run<T>(_ body: () -> T) -> T {
        let box = Box<T>()
        withoutActuallyEscaping(body) { body in
            let job = Job { box.value = body() }
            let raw = Unmanaged.passRetained(job).toOpaque()
            var attr = pthread_attr_t()
            pthread_attr_init(&attr)
            pthread_attr_setstacksize(&attr, size)
            defer { pthread_attr_destroy(&attr) }
            let start: @convention(c) (UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? = { arg in
                guard let arg else { return nil }
                Unmanaged<Job>.fromOpaque(arg).takeRetainedValue().body()
                return nil
            }
            #if canImport(Glibc)
            var thread = pthread_t()
            let rc = pthread_create(&thread, &attr, start, raw)
            if rc == 0 { pthread_join(thread, nil) }
            #else
            var thread: pthread_t?
            let rc = pthread_create(&thread, &attr, start, raw)
            if rc == 0, let thread { pthread_join(thread, nil) }
            #endif
            if rc != 0 {
                Unmanaged<Job>.fromOpaque(raw).takeRetainedValue().body()
            }
        }
        guard let value = box.value else {
            // The job always stores a value before the thread ends; this only guards the type.
            return body()
        }
        return value
    }
}
