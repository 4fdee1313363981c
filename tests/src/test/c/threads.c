/* A multithreaded guest: threads that make syscalls concurrently, a thread exiting on its own,
 * and the leader leaving with pthread_exit while other threads still run. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static void *worker(void *arg) {
    long n = (long) arg;
    for (int i = 0; i < 200; i++) {
        getppid();
    }
    return (void *) (n * 2);
}

static void *last(void *arg) {
    (void) arg;
    usleep(20000);
    printf("last thread done\n");
    fflush(stdout);
    exit(7);
}

int main(void) {
    pthread_t t[8];
    long sum = 0;
    for (long i = 0; i < 8; i++) {
        pthread_create(&t[i], NULL, worker, (void *) i);
    }
    for (int i = 0; i < 8; i++) {
        void *r;
        pthread_join(t[i], &r);
        sum += (long) r;
    }
    printf("sum %ld\n", sum);
    fflush(stdout);
    pthread_t l;
    pthread_create(&l, NULL, last, NULL);
    pthread_exit(NULL);
}
