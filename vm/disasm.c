/*
 * disasm.c — `gale disasm`: every function of a module with its instructions, operands,
 * constants and the source line of each instruction. The operand layout comes from the
 * X-macro in opcodes.h, so the listing can never disagree with the interpreter.
 */
#include "vm/vm.h"

#include <inttypes.h>
#include <string.h>

static void put_const(FILE *out, const Proto *p, uint64_t idx)
{
    if (idx >= (uint64_t)p->nk) {
        fprintf(out, "K%" PRIu64 "?", idx);
        return;
    }
    fprintf(out, "K%" PRIu64 "(0x%" PRIx64 ")", idx, p->k[idx].u);
}

static void disasm_proto(const Proto *p, FILE *out)
{
    fprintf(out, "func %s (params %d, results %d, registers %d)%s\n", p->name, p->nparams,
            p->nresults, p->nregs, (p->flags & PROTO_NATIVE) ? " native" : "");
    if (p->flags & PROTO_NATIVE)
        return;
    for (int32_t pc = 0; pc < p->ncode; pc++) {
        Instr i = p->code[pc];
        unsigned op = INSTR_OP(i);
        int fmt = opcode_format(op);
        fprintf(out, "  %5d  line %-5d %-10s", pc, p->lines ? p->lines[pc] : 0, opcode_name(op));
        switch (fmt) {
        case F_NONE: break;
        case F_A: fprintf(out, " R%u", INSTR_A(i)); break;
        case F_AB: fprintf(out, " R%u R%u", INSTR_A(i), INSTR_B(i)); break;
        case F_ABC:
        case F_ABCX: fprintf(out, " R%u R%u R%u", INSTR_A(i), INSTR_B(i), INSTR_C(i)); break;
        case F_ABI:
        case F_ABIX: fprintf(out, " R%u R%u %d", INSTR_A(i), INSTR_B(i), INSTR_SC(i)); break;
        case F_ABU: fprintf(out, " R%u R%u %u", INSTR_A(i), INSTR_B(i), INSTR_C(i)); break;
        case F_ABK:
        case F_ABKX:
            fprintf(out, " R%u R%u ", INSTR_A(i), INSTR_B(i));
            put_const(out, p, INSTR_C(i));
            break;
        case F_AK:
            fprintf(out, " R%u ", INSTR_A(i));
            put_const(out, p, INSTR_BX(i));
            break;
        case F_AI: fprintf(out, " R%u %" PRId64, INSTR_A(i), (int64_t)INSTR_SBX(i)); break;
        case F_J: fprintf(out, " -> %" PRId64, pc + 1 + (int64_t)INSTR_SBX(i)); break;
        case F_AJ:
            fprintf(out, " R%u -> %" PRId64, INSTR_A(i), pc + 1 + (int64_t)INSTR_SBX(i));
            break;
        case F_ABJ:
            fprintf(out, " R%u R%u -> %d", INSTR_A(i), INSTR_B(i), pc + 1 + INSTR_SC(i));
            break;
        case F_AIJ:
            fprintf(out, " R%u %d -> %d", INSTR_A(i), INSTR_SB(i), pc + 1 + INSTR_SC(i));
            break;
        }
        fputc('\n', out);
        for (int x = 1; x < opcode_length(op) && pc + 1 < p->ncode; x++) {
            pc++;
            fprintf(out, "  %5d  line %-5d   .extra 0x%" PRIx64 "\n", pc,
                    p->lines ? p->lines[pc] : 0, p->code[pc]);
        }
    }
}

void vm_disasm(const Module *m, FILE *out)
{
    for (int i = 0; i < m->nprotos; i++) {
        const Proto *p = m->protos[i];
        /* the standard library is not listed: only the program's own functions */
        if (p->file && strncmp(p->file, "stdlib/", 7) == 0)
            continue;
        disasm_proto(p, out);
        fputc('\n', out);
    }
}
