/*
 * re2_shim.cc — wraps RE2 (the C++ library whose semantics Go's regexp copies: leftmost-
 * first, linear time, UTF-8) behind the C functions of re2_shim.h.
 *
 * Options give Go's defaults: UTF-8, Perl syntax (\d \b (?flags) \pN), ^ and $ only at the
 * ends of the text unless (?m), . not matching \n unless (?s), leftmost-first unless Go's
 * Longest. CompilePOSIX is RE2's posix_syntax with longest_match, as Go's syntax.POSIX:
 * no Perl classes, ^ and $ at line boundaries (RE2's one_line off).
 * max_mem is raised from RE2's 8 MiB to 64 MiB so that programs Go compiles (up to 128 MiB
 * of instructions) mostly compile here too; the DFA cache gets what the program leaves and
 * falls back to the NFA when full, so matching stays linear.
 * C++ exceptions (only std::bad_alloc) never cross into C: they become failures.
 */
#include "stdlib/regexp/re2_shim.h"

#include <re2/re2.h>

#include <cstdlib>
#include <cstring>
#include <new>

struct ReProg {
    re2::RE2 *re;
};

extern "C" ReProg *re2shim_compile(const char *pat, size_t len, int mode, int *code, char **arg)
{
    *code = 0;
    *arg = nullptr;
    try {
        re2::RE2::Options o;
        o.set_encoding(re2::RE2::Options::EncodingUTF8);
        o.set_log_errors(false);
        o.set_max_mem(int64_t(64) << 20);
        o.set_longest_match((mode & (RE2SHIM_LONGEST | RE2SHIM_POSIX)) != 0);
        if (mode & RE2SHIM_POSIX) {
            o.set_posix_syntax(true);
            o.set_one_line(false);
        }
        re2::RE2 *re = new re2::RE2(re2::StringPiece(pat, len), o);
        if (!re->ok()) {
            *code = int(re->error_code());
            const std::string &a = re->error_arg();
            *arg = static_cast<char *>(malloc(a.size() + 1));
            if (*arg) {
                memcpy(*arg, a.data(), a.size());
                (*arg)[a.size()] = 0;
            }
            delete re;
            return nullptr;
        }
        ReProg *p = new ReProg;
        p->re = re;
        return p;
    } catch (...) {
        *code = int(re2::RE2::ErrorPatternTooLarge);
        return nullptr;
    }
}

extern "C" void re2shim_free(ReProg *p)
{
    if (p) {
        delete p->re;
        delete p;
    }
}

extern "C" int re2shim_ncap(const ReProg *p)
{
    return p->re->NumberOfCapturingGroups();
}

extern "C" int re2shim_match(const ReProg *p, const char *text, size_t len, size_t pos,
                             int64_t *cap, int npairs)
{
    enum { SMALL = 16 };
    re2::StringPiece small[SMALL];
    re2::StringPiece *sub = small;
    if (npairs > SMALL) {
        sub = new (std::nothrow) re2::StringPiece[npairs];
        if (!sub)
            return -1;
    }
    bool ok = false;
    try {
        ok = p->re->Match(re2::StringPiece(text, len), pos, len, re2::RE2::UNANCHORED, sub,
                          npairs);
    } catch (...) {
        ok = false;
    }
    if (ok) {
        for (int i = 0; i < npairs; i++) {
            if (sub[i].data() == nullptr) {
                cap[2 * i] = cap[2 * i + 1] = -1;
            } else {
                cap[2 * i] = sub[i].data() - text;
                cap[2 * i + 1] = cap[2 * i] + int64_t(sub[i].size());
            }
        }
    }
    if (sub != small)
        delete[] sub;
    return ok;
}
