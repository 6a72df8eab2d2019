/*
 * env.h — the process environment, read and changed under one process-wide lock.
 *
 * libc's environ is shared by every thread and every VM of the process, and setenv,
 * unsetenv and clearenv may free the strings and the array a concurrent getenv is reading.
 * Everything in Gale that touches the environment goes through these functions: the
 * runtime's reads of GOGC, GOMEMLIMIT, GODEBUG and GOMAXPROCS when a VM starts, and package
 * syscall's natives (behind os.Getenv/Setenv/... and time's TZ and ZONEINFO).
 */
#ifndef GALE_BASE_ENV_H
#define GALE_BASE_ENV_H

#include "base/base.h"

/* env_get returns a copy (owned by the caller: free it) of the value of [key], or NULL. */
char *env_get(const char *key);
/* env_set sets [key] to [value]; returns 0 or an errno value. */
int env_set(const char *key, const char *value);
/* env_unset removes [key]; returns 0 or an errno value. */
int env_unset(const char *key);
/* env_clear removes every variable. */
void env_clear(void);
/* env_godebug returns the integer value of [key] in GODEBUG ("k=v,k2=v2"), or 0. */
int64_t env_godebug(const char *key);
/* env_list returns every "key=value" string, each followed by a NUL byte, in one buffer
 * owned by the caller; *[len] is its length. */
char *env_list(size_t *len);

#endif
