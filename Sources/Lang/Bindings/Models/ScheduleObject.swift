import Engine

/// A learning-rate schedule as an Alinea value: `sched(step)` or `sched.lr(step)` gives the rate
/// for a 0-based step; `sched.apply(opt)` sets `opt.lr` for the step it is about to take.
final class ScheduleObject: NativeObject {
    /// The engine schedule.
    let schedule: LRSchedule

    /// Wraps a schedule.
    init(_ schedule: LRSchedule) { self.schedule = schedule }

    var typeName: String { "LRSchedule" }

    /// The call that would rebuild the schedule.
    var description: String {
        func n(_ x: Double) -> String { formatNumber(x) }
        switch schedule {
        case .constant(let lr): return "lr_schedule(\"constant\", peak = \(n(lr)))"
        case .linearWarmup(let peak, let warmup): return "lr_schedule(\"warmup\", peak = \(n(peak)), warmup = \(warmup))"
        case .linearDecay(let peak, let warmup, let total, let end):
            return "lr_schedule(\"linear\", peak = \(n(peak)), warmup = \(warmup), total = \(total), minimum = \(n(end)))"
        case .cosine(let peak, let warmup, let total, let minimum):
            return "lr_schedule(\"cosine\", peak = \(n(peak)), warmup = \(warmup), total = \(total), minimum = \(n(minimum)))"
        }
    }

    var memberNames: [String] { ScheduleObject.methods.names }

    func method(_ name: String) -> Builtin? { ScheduleObject.methods[name] }

    /// `sched(step)` is `sched.lr(step)`.
    var callable: Builtin? { ScheduleObject.methods["lr"] }

    /// The shared method table.
    static let methods = MethodTable([
        nativeMethod("lr", [.required("step")], "The learning rate for a 0-based step.") { args in
            let s = try args.receiver(ScheduleObject.self).schedule
            return .number(s.lr(at: try args.integer(0)))
        },
        nativeMethod("apply", [.required("optimizer")],
               "Sets optimizer.lr for the step it is about to take (its step_count); returns the rate.") { args in
            let s = try args.receiver(ScheduleObject.self).schedule
            let o = try args.native(0, OptimizerObject.self, expected: "an optimizer").optimizer
            s.apply(to: o)
            return .number(o.learningRate)
        },
    ])
}
