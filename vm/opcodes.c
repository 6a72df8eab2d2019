/*
 * opcodes.c — names, formats and descriptions of the instructions, generated from the X-macro
 * in opcodes.h so that they can never disagree with the enum.
 */
#include "vm/opcodes.h"

static const char *const names[] = {
#define X(name, fmt, doc) #name,
    GALE_OPCODES(X)
#undef X
};

static const unsigned char formats[] = {
#define X(name, fmt, doc) fmt,
    GALE_OPCODES(X)
#undef X
};

static const char *const docs[] = {
#define X(name, fmt, doc) doc,
    GALE_OPCODES(X)
#undef X
};

const char *opcode_name(unsigned op)
{
    return op < OP__COUNT ? names[op] : "?";
}

int opcode_format(unsigned op)
{
    return op < OP__COUNT ? formats[op] : F_NONE;
}

const char *opcode_doc(unsigned op)
{
    return op < OP__COUNT ? docs[op] : "";
}

int opcode_has_extra(unsigned op)
{
    int f = opcode_format(op);
    return f == F_ABCX || f == F_ABKX || f == F_ABIX;
}

int opcode_length(unsigned op)
{
    int f = opcode_format(op);
    return f == F_ABIX ? 3 : (f == F_ABCX || f == F_ABKX) ? 2 : 1;
}
