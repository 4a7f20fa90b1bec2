extension HTMLRenderer {
    /// The page's only stylesheet, inlined so the page needs no network. System font stacks
    /// only: web fonts would be a fetch.
    static let stylesheet = """
    :root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --border: #d1d9e0; --code-bg: #f6f8fa; --accent: #0969da; }
    * { box-sizing: border-box; }
    body { margin: 0; background: #ffffff; color: var(--fg); font: 16px/1.55 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; }
    main.notebook { max-width: 860px; margin: 0 auto; padding: 32px 20px 64px; }
    .prose h1, .prose h2, .prose h3 { line-height: 1.25; margin: 1.4em 0 0.5em; }
    .prose h1 { font-size: 2em; border-bottom: 1px solid var(--border); padding-bottom: 0.3em; }
    .prose h2 { font-size: 1.5em; border-bottom: 1px solid var(--border); padding-bottom: 0.3em; }
    .prose a { color: var(--accent); }
    .prose table { border-collapse: collapse; }
    .prose th, .prose td { border: 1px solid var(--border); padding: 4px 10px; }
    .prose blockquote { margin: 0; padding: 0 1em; color: var(--muted); border-left: 4px solid var(--border); }
    code, pre { font: 13.5px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; }
    .prose code { background: var(--code-bg); padding: 0.1em 0.35em; border-radius: 4px; }
    .prose pre code { padding: 0; background: none; }
    pre { margin: 0; padding: 12px 14px; overflow-x: auto; background: var(--code-bg); border-radius: 6px; }
    pre.code-block { margin: 1em 0; }
    section.cell { margin: 1.2em 0; border: 1px solid var(--border); border-radius: 8px; overflow: hidden; }
    section.cell > pre.source { border-radius: 0; border-left: 4px solid var(--accent); }
    section.cell.hidden-code { border-style: dashed; }
    section.cell.failed { border-color: #cf222e; }
    section.cell.not-run { opacity: 0.55; }
    .outputs { padding: 8px 12px; border-top: 1px solid var(--border); display: flex; flex-direction: column; gap: 8px; }
    section.cell.hidden-code .outputs { border-top: none; }
    pre.output { background: #ffffff; padding: 4px 2px; white-space: pre-wrap; word-break: break-word; }
    pre.output.value { color: #0550ae; }
    .output.error { background: #ffebe9; border: 1px solid #ff8182; border-radius: 6px; }
    .output.error pre { background: none; color: #82071e; white-space: pre-wrap; }
    section.cell.expected-error .output.error { background: #fff8c5; border-color: #d4a72c; }
    section.cell.expected-error .output.error pre { color: #4d2d00; }
    section.cell.expected-error .output.error::before { content: "expected error"; display: block; padding: 6px 14px 0; font-size: 12px; color: #7d4e00; }
    figure.output { margin: 0; }
    figure.output svg { max-width: 100%; height: auto; display: block; }
    .output.table { overflow-x: auto; }
    .output.table table { border-collapse: collapse; font-size: 14px; }
    .output.table th, .output.table td { border: 1px solid var(--border); padding: 3px 10px; text-align: left; }
    .output.table td.num { text-align: right; font-variant-numeric: tabular-nums; }
    .output.table thead { background: var(--code-bg); }
    .note, .timing { padding: 6px 12px; font-size: 13px; color: var(--muted); border-top: 1px solid var(--border); }
    .run-error, footer.summary { margin: 1.2em 0; padding: 10px 14px; border-radius: 6px; }
    footer.summary.failed { background: #ffebe9; border: 1px solid #ff8182; color: #82071e; }
    .hl-kw { color: #cf222e; }
    .hl-str { color: #0a3069; }
    .hl-num { color: #0550ae; }
    .hl-com { color: #6e7781; font-style: italic; }
    .hl-fn { color: #8250df; }
    """
}
