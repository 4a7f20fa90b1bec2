/// Series colours: the "tab10" palette familiar from matplotlib, chosen to stay distinguishable
/// for common colour-vision deficiencies; it repeats after ten series.
enum PlotPalette {
    static let colours = [
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
        "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
    ]

    /// The colour of series `i`.
    static func colour(_ i: Int) -> String {
        colours[((i % colours.count) + colours.count) % colours.count]
    }
}
