/*
 * env.c — the process environment behind one lock (see env.h).
 *
 * env_lock is a process-wide static, the exception to "no global mutable state": what it
 * guards, libc's environ, is itself one per process and shared by every VM, so a lock kept
 * in a VM (gale_pkg_state) would not exclude another VM's setenv. It holds no data of its
 * own. Readers copy what they need before unlocking, since the next setenv may free it.
 * A host embedding Gale that changes the environment from its own threads without this lock
 * is not covered (libc gives no way to).
 */
#include "base/env.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

extern char **environ;

static pthread_mutex_t env_lock = PTHREAD_MUTEX_INITIALIZER;

char *env_get(const char *key)
{
    pthread_mutex_lock(&env_lock);
    const char *v = getenv(key);
    char *copy = v ? xstrdup(v) : NULL;
    pthread_mutex_unlock(&env_lock);
    return copy;
}

int env_set(const char *key, const char *value)
{
    pthread_mutex_lock(&env_lock);
    int err = setenv(key, value, 1) < 0 ? errno : 0;
    pthread_mutex_unlock(&env_lock);
    return err;
}

int env_unset(const char *key)
{
    pthread_mutex_lock(&env_lock);
    int err = unsetenv(key) < 0 ? errno : 0;
    pthread_mutex_unlock(&env_lock);
    return err;
}

void env_clear(void)
{
    pthread_mutex_lock(&env_lock);
    clearenv();
    pthread_mutex_unlock(&env_lock);
}

char *env_list(size_t *len)
{
    pthread_mutex_lock(&env_lock);
    size_t n = 0;
    for (char **e = environ; e && *e; e++)
        n += strlen(*e) + 1;
    char *buf = xmalloc(n ? n : 1), *p = buf;
    for (char **e = environ; e && *e; e++) {
        size_t k = strlen(*e) + 1;
        memcpy(p, *e, k);
        p += k;
    }
    pthread_mutex_unlock(&env_lock);
    *len = n;
    return buf;
}

int64_t env_godebug(const char *key)
{
    char *env = env_get("GODEBUG");
    size_t klen = strlen(key);
    int64_t v = 0;
    for (const char *p = env; p && *p;) {
        if (strncmp(p, key, klen) == 0 && p[klen] == '=') {
            v = strtoll(p + klen + 1, NULL, 10);
            break;
        }
        p = strchr(p, ',');
        if (p)
            p++;
    }
    free(env);
    return v;
}
