#ifndef ALINEA_CEDITLINE_SHIM_H
#define ALINEA_CEDITLINE_SHIM_H
#include <stdio.h>
#include <histedit.h>
#include <editline/readline.h>

/*
 * Swift does not import C variadic functions (el_set, el_wset, el_get, history_w),
 * so every call the LineEditor target needs gets a fixed-signature wrapper here.
 */

/* A user-defined editor function: returns one of the CC_* codes. */
typedef unsigned char (*alinea_el_func_t)(EditLine *, int);
/* A prompt callback; the wide variant so the prompt does not depend on the locale. */
typedef wchar_t *(*alinea_el_wprompt_t)(EditLine *);

static inline int alinea_el_set_int(EditLine *el, int op, int value) {
    return el_set(el, op, value);
}

static inline int alinea_el_set_string(EditLine *el, int op, const char *value) {
    return el_set(el, op, value);
}

/* `bind KEY COMMAND`; KEY uses libedit's notation ("^R", "\\e[A"). */
static inline int alinea_el_bind(EditLine *el, const char *key, const char *command) {
    return el_set(el, EL_BIND, key, command, (const char *)NULL);
}

/* `setty -d FLAG`: changes one terminal flag in edit mode only (e.g. "-isig"). */
static inline int alinea_el_setty_edit(EditLine *el, const char *flag) {
    return el_set(el, EL_SETTY, "-d", flag, (const char *)NULL);
}

static inline int alinea_el_addfn(EditLine *el, const char *name, const char *help,
                                  alinea_el_func_t fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}

/* The prompt callback; text between two `literal` characters is sent verbatim and takes no columns. */
static inline int alinea_el_set_prompt(EditLine *el, alinea_el_wprompt_t fn, wchar_t literal) {
    return el_wset(el, EL_PROMPT_ESC, fn, literal);
}

static inline int alinea_el_set_history(EditLine *el, HistoryW *history) {
    return el_wset(el, EL_HIST, history_w, history);
}

static inline int alinea_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

static inline void *alinea_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0)
        return NULL;
    return data;
}

/* Terminal width in columns, or 80 when the terminal does not say. */
static inline int alinea_el_columns(EditLine *el) {
    int columns = 0;
    if (el_get(el, EL_GETTC, "co", &columns) != 0 || columns <= 0)
        return 80;
    return columns;
}

static inline int alinea_history_setsize(HistoryW *h, int size) {
    HistEventW ev;
    return history_w(h, &ev, H_SETSIZE, size);
}

static inline int alinea_history_setunique(HistoryW *h, int unique) {
    HistEventW ev;
    return history_w(h, &ev, H_SETUNIQUE, unique);
}

static inline int alinea_history_enter(HistoryW *h, const wchar_t *line) {
    HistEventW ev;
    return history_w(h, &ev, H_ENTER, line);
}

#endif
