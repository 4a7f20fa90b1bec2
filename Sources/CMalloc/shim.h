// glibc's allocator tuning (mallopt and its parameters), which the Glibc Swift module leaves out.
#include <malloc.h>
