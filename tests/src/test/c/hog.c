/* Allocates and touches memory in 8 MiB steps up to 2 GiB, reporting each step: under a memory
 * limit it is killed by the OOM killer (SIGKILL, status 137) before it gets there. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    const size_t step = 8 << 20;
    for (size_t total = step; total <= (size_t)2 << 30; total += step) {
        char *p = malloc(step);
        if (p == NULL) {
            printf("malloc failed at %zu MiB\n", total >> 20);
            return 1;
        }
        memset(p, 1, step);
    }
    printf("allocated 2 GiB\n");
    return 0;
}
