#ifndef ALINEA_CGRAPHVIZ_SHIM_H
#define ALINEA_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

// Swift 6 strict concurrency rejects any use of mutable C globals such as `Agdirected` or
// `AgMemDisc`; these accessors hand them over without Swift touching the globals directly.

/// Descriptor of a directed, non-strict graph (the `Agdirected` global), for `agopen`.
static inline Agdesc_t alinea_agdirected(void) { return Agdirected; }

/// Descriptor of a strict directed graph (the `Agstrictdirected` global), for `agopen`.
static inline Agdesc_t alinea_agstrictdirected(void) { return Agstrictdirected; }

/// cgraph's default memory discipline (`&AgMemDisc`), for building an `Agdisc_t` for `agread`.
static inline Agmemdisc_t *alinea_agmemdisc(void) { return &AgMemDisc; }

/// A copy of cgraph's default I/O discipline (`AgIoDisc`), whose `putstr`/`flush` writers we reuse.
static inline Agiodisc_t alinea_agiodisc(void) { return AgIoDisc; }

#endif
