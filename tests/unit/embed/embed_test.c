/*
 * embed_test.c — the embedding API (include/gale.h) as a host uses it: a run returns the
 * program's exit status to the host (no gale_set_exit), whatever the program's goroutines
 * were doing, and the VM can run again afterwards.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "include/gale.h"

static int run(GaleVM *vm, const char *src)
{
    return gale_run_string(vm, "embedded.go", src, strlen(src));
}

static GaleVM *open_vm(void)
{
    static char host[] = "host";
    static char *argv[] = {host, NULL};
    return gale_open(1, argv);
}

Test(embed, returns_exit_status, .timeout = 20)
{
    GaleVM *vm = open_vm();
    cr_assert_eq(run(vm, "package main\nfunc main() {}\n"), 0);
    cr_assert_eq(run(vm, "package main\nimport \"os\"\nfunc main() { os.Exit(3) }\n"), 3);
    cr_assert_eq(run(vm, "package main\nfunc main() { panic(1) }\n"), 2);
    gale_close(vm);
}

Test(embed, ends_while_goroutines_block, .timeout = 20)
{
    GaleVM *vm = open_vm();
    const char *src = "package main\n"
                      "func main() {\n"
                      "\tfor i := 0; i < 10; i++ {\n"
                      "\t\tgo func() { select {} }()\n"
                      "\t}\n"
                      "\tc := make(chan int)\n"
                      "\tgo func() { <-c }()\n"
                      "}\n";
    cr_assert_eq(run(vm, src), 0);
    cr_assert_eq(run(vm, src), 0, "a second run on the same GaleVM");
    gale_close(vm);
}

Test(embed, ends_with_a_locked_main, .timeout = 20)
{
    /* the goroutine wired to its thread ends the program: that thread must not wait for its
     * goroutine forever */
    GaleVM *vm = open_vm();
    const char *src = "package main\n"
                      "import (\"runtime\"; \"time\")\n"
                      "func main() {\n"
                      "\truntime.LockOSThread()\n"
                      "\tgo func() { time.Sleep(time.Millisecond) }()\n"
                      "\ttime.Sleep(2 * time.Millisecond)\n"
                      "}\n";
    cr_assert_eq(run(vm, src), 0);
    gale_close(vm);
}

Test(embed, deadlock_is_reported, .timeout = 20)
{
    GaleVM *vm = open_vm();
    cr_assert_eq(run(vm, "package main\nfunc main() { <-make(chan int) }\n"), 2);
    gale_close(vm);
}
