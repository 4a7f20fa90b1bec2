internal import CEditLine
import Foundation

/// Creating and configuring the libedit session.
extension LineEditor {
    /// The libedit objects behind an interactive editor.
    typealias Session = (editLine: OpaquePointer, history: OpaquePointer,
                         input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>)

    /// Opens libedit on duplicates of `input` and `output` (so closing our `FILE`s never closes the caller's
    /// descriptors); nil when anything fails, and the editor then reads plainly.
    static func openSession(programName: String, input: Int32, output: Int32, terminal: String?) -> Session? {
        prepareLocale()
        // Close-on-exec duplicates: programs the REPL starts must not inherit the editor's terminal handles.
        let inFD = fcntl(input, F_DUPFD_CLOEXEC, 0)
        let outFD = fcntl(output, F_DUPFD_CLOEXEC, 0)
        guard inFD >= 0, outFD >= 0 else {
            if inFD >= 0 { close(inFD) }
            if outFD >= 0 { close(outFD) }
            return nil
        }
        guard let inFile = fdopen(inFD, "r") else {
            close(inFD)
            close(outFD)
            return nil
        }
        guard let outFile = fdopen(outFD, "w") else {
            fclose(inFile)
            close(outFD)
            return nil
        }
        guard let editLine = el_init(programName, inFile, outFile, outFile) else {
            fclose(inFile)
            fclose(outFile)
            return nil
        }
        guard let history = history_winit() else {
            el_end(editLine)
            fclose(inFile)
            fclose(outFile)
            return nil
        }
        if let terminal {
            alinea_el_set_string(editLine, EL_TERMINAL, terminal)
        }
        return (editLine, history, inFile, outFile)
    }

    /// libedit decodes multibyte input only under a UTF-8 `LC_CTYPE`, chosen before `el_init`. An unset locale
    /// ("C"/"POSIX", common in containers and under tmux with a bare environment) becomes `C.UTF-8`; an explicitly
    /// configured locale is respected.
    static func prepareLocale() {
        let configured = setlocale(LC_CTYPE, "").map { String(cString: $0) }
        if configured == nil || configured == "C" || configured == "POSIX" {
            if setlocale(LC_CTYPE, "C.UTF-8") == nil {
                _ = setlocale(LC_CTYPE, "en_US.UTF-8")
            }
        }
    }

    /// Emacs keys, our key functions and bindings, history, prompt; then the user's `~/.editrc`.
    func configure(_ editLine: OpaquePointer) {
        guard let history else { return }
        alinea_history_setsize(history, Int32(clamping: max(historyLimit, 1)))
        alinea_history_setunique(history, 1)
        alinea_el_set_history(editLine, history)
        alinea_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        alinea_el_set_string(editLine, EL_EDITOR, "emacs")
        // libedit's handlers redraw after SIGCONT and track SIGWINCH while a line is being edited.
        alinea_el_set_int(editLine, EL_SIGNAL, 1)
        // Ctrl-C must reach us as a key so it can discard the line; as SIGINT it would kill the process.
        alinea_el_setty_edit(editLine, "-isig")
        // libedit dereferences the prompt unconditionally, so there is always one, even before the first read.
        setPrompt("")
        alinea_el_set_prompt(editLine, { editLine in
            guard let editLine else { return nil }
            return LineEditor.from(editLine)?.promptBuffer
        }, 1)
        addFunctions(editLine)
        for (key, command) in Self.bindings where alinea_el_bind(editLine, key, command) != 0 {
            failedBindings.append(key)
        }
        el_source(editLine, nil)
    }

    /// Key → libedit command. Both the ANSI (`\e[A`) and application-mode (`\eOA`) forms of the arrows are bound,
    /// since which one a terminal sends depends on its cursor-key mode; Home/End/Delete come in several
    /// spellings (xterm, rxvt, tmux/screen) and libedit only binds the one `$TERM`'s terminfo names.
    static let bindings: [(key: String, command: String)] = [
        ("\\e[A", "alinea-history-prefix-prev"),
        ("\\eOA", "alinea-history-prefix-prev"),
        ("\\e[B", "alinea-history-prefix-next"),
        ("\\eOB", "alinea-history-prefix-next"),
        ("^R", "em-inc-search-prev"),
        ("^S", "em-inc-search-next"),
        ("^I", "alinea-complete"),
        ("^C", "alinea-interrupt"),
        ("\\e[H", "ed-move-to-beg"),
        ("\\eOH", "ed-move-to-beg"),
        ("\\e[1~", "ed-move-to-beg"),
        ("\\e[7~", "ed-move-to-beg"),
        ("\\e[F", "ed-move-to-end"),
        ("\\eOF", "ed-move-to-end"),
        ("\\e[4~", "ed-move-to-end"),
        ("\\e[8~", "ed-move-to-end"),
        ("\\e[3~", "ed-delete-next-char"),
        ("\\e[1;5D", "ed-prev-word"),
        ("\\e[1;5C", "em-next-word"),
    ]

    /// Registers the editor functions implemented in Swift. The C function pointers are closures that capture
    /// nothing; each finds its editor through `EL_CLIENTDATA`.
    private func addFunctions(_ editLine: OpaquePointer) {
        alinea_el_addfn(editLine, "alinea-complete", "Complete the word before the cursor") { editLine, _ in
            guard let editLine, let editor = LineEditor.from(editLine) else { return UInt8(CC_ERROR) }
            return editor.completeWord(editLine)
        }
        alinea_el_addfn(editLine, "alinea-interrupt", "Discard the line") { editLine, _ in
            guard let editLine, let editor = LineEditor.from(editLine) else { return UInt8(CC_ERROR) }
            return editor.discardLine(editLine)
        }
        alinea_el_addfn(editLine, "alinea-history-prefix-prev",
                        "Previous history entry starting with the text before the cursor") { editLine, _ in
            guard let editLine, let editor = LineEditor.from(editLine) else { return UInt8(CC_ERROR) }
            return editor.searchHistory(editLine, .older)
        }
        alinea_el_addfn(editLine, "alinea-history-prefix-next",
                        "Next history entry starting with the text before the cursor") { editLine, _ in
            guard let editLine, let editor = LineEditor.from(editLine) else { return UInt8(CC_ERROR) }
            return editor.searchHistory(editLine, .newer)
        }
    }

    /// The editor registered as `EL_CLIENTDATA` of `editLine`.
    static func from(_ editLine: OpaquePointer) -> LineEditor? {
        guard let data = alinea_el_get_clientdata(editLine) else { return nil }
        return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
    }

    /// Stores `prompt` where the prompt callback finds it.
    func setPrompt(_ prompt: String) {
        let wide = WideText.wide(prompt)
        promptBuffer?.deallocate()
        let buffer = UnsafeMutablePointer<wchar_t>.allocate(capacity: wide.count)
        buffer.initialize(from: wide, count: wide.count)
        promptBuffer = buffer
    }
}
