/*
 * The path calls the sentry's VFS emulates, each with a real directory fd, printing one line per
 * call ("call: result" or "call: ERRNO") so that a run under runj can be compared with runc.
 *   vfs_calls at DIR          *at calls, xattrs, statfs, truncate below DIR (which must be empty)
 *   vfs_calls ro DIR FILE     every write to DIR (a read-only mount) and to FILE in it, by path and by fd
 *   vfs_calls climb DIR HOST  every call on HOST/f through `..` from a dirfd on DIR and from a cwd in DIR,
 *                             and calls reaching /dev (a mount the host serves) from that dirfd
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/fs.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/time.h>
#include <sys/xattr.h>
#include <unistd.h>

static void show(const char *what, long rc) {
    if (rc < 0) {
        printf("%s: %s\n", what, strerrorname_np(errno));
    } else {
        printf("%s: %ld\n", what, rc);
    }
    fflush(stdout);
}

#define T(x) show(#x, (long) (x))

enum { ATIME = 1, MTIME = 2 };

/* Prints a file's stat; only the times asked for, the others being "now" and different in every run. */
static void stat_of(int dir, const char *name, int flags, int times) {
    struct stat st;
    if (fstatat(dir, name, &st, flags) < 0) {
        printf("stat %s: %s\n", name, strerrorname_np(errno));
        return;
    }
    printf("stat %s: mode %o nlink %ld uid %d gid %d size %ld", name, st.st_mode, (long) st.st_nlink, st.st_uid,
           st.st_gid, (long) st.st_size);
    if (times & ATIME) {
        printf(" atime %ld.%09ld", (long) st.st_atim.tv_sec, st.st_atim.tv_nsec);
    }
    if (times & MTIME) {
        printf(" mtime %ld.%09ld", (long) st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
    }
    printf("\n");
}

static int at(const char *dir) {
    int d = open(dir, O_RDONLY | O_DIRECTORY);
    T(d >= 0);
    T(mkdirat(d, "sub", 0750));
    T(mkdirat(d, "sub", 0750));
    T(mkdirat(d, "sub/x/y", 0755));
    T(mkdirat(d, "sub/.", 0755));
    int s = openat(d, "sub", O_RDONLY | O_DIRECTORY);
    T(s >= 0);
    T(mknodat(s, "fifo", S_IFIFO | 0600, 0));
    T(mknodat(s, "reg", S_IFREG | 0640, 0));
    T(mknodat(s, "sock", S_IFSOCK | 0600, 0));
    T(mknodat(s, "chr", S_IFCHR | 0600, makedev(1, 3)));
    T(mknodat(s, "blk", S_IFBLK | 0600, makedev(7, 0)));
    T(mknodat(s, "dir", S_IFDIR | 0600, 0));
    T(mknodat(s, "reg/", S_IFREG | 0600, 0));
    T(symlinkat("reg", s, "sym"));
    T(symlinkat("reg", s, "sym"));
    T(symlinkat("", s, "empty"));
    T(linkat(s, "reg", d, "hard", 0));
    T(linkat(s, "sym", d, "hardsym", 0));
    T(linkat(s, "sym", d, "hardfollow", AT_SYMLINK_FOLLOW));
    T(linkat(d, "sub", d, "subdir-link", 0));
    T(linkat(s, "nope", d, "x", 0));
    T(linkat(s, "reg", d, "hard", 0));
    T(linkat(s, "reg", d, "y", 0x8000));
    stat_of(d, "hard", 0, 0);
    stat_of(d, "hardsym", AT_SYMLINK_NOFOLLOW, 0);
    T(fchmodat(s, "reg", 04604, 0));
    stat_of(s, "reg", 0, 0);
    T(fchmodat(s, "nope", 0600, 0));
    T(syscall(452, s, "sym", 0600, AT_SYMLINK_NOFOLLOW));
    T(syscall(452, s, "reg", 0600, 0x8000));
    T(fchownat(s, "reg", 0, 0, 0));
    T(fchownat(s, "sym", -1, -1, AT_SYMLINK_NOFOLLOW));
    T(fchownat(s, "reg", 0, 0, 0x8000));
    struct timespec ts[2] = {{1000000000, 5}, {1100000000, 7}};
    T(utimensat(s, "reg", ts, 0));
    stat_of(s, "reg", 0, ATIME | MTIME);
    struct timespec omit[2] = {{0, UTIME_OMIT}, {123456789, 0}};
    T(utimensat(s, "sym", omit, AT_SYMLINK_NOFOLLOW));
    stat_of(s, "sym", AT_SYMLINK_NOFOLLOW, MTIME);
    stat_of(s, "reg", 0, ATIME | MTIME);
    struct timespec bad[2] = {{0, 2000000000}, {0, 0}};
    T(utimensat(s, "reg", bad, 0));
    struct timespec both_omit[2] = {{0, UTIME_OMIT}, {0, UTIME_OMIT}};
    T(utimensat(s, "nope", both_omit, 0));
    T(utimensat(s, "reg", ts, 0x8000));
    struct timeval tv[2] = {{200000000, 1}, {300000000, 2}};
    T(futimesat(s, "reg", tv));
    stat_of(s, "reg", 0, ATIME | MTIME);
    struct timeval badtv[2] = {{0, 1000000}, {0, 0}};
    T(futimesat(s, "reg", badtv));
    T(syscall(SYS_renameat2, s, "reg", s, "fifo", RENAME_NOREPLACE));
    T(syscall(SYS_renameat2, s, "reg", s, "fifo", RENAME_EXCHANGE));
    T(syscall(SYS_renameat2, s, "reg", s, "gone", RENAME_EXCHANGE));
    T(syscall(SYS_renameat2, s, "reg", s, "x", RENAME_EXCHANGE | RENAME_NOREPLACE));
    stat_of(s, "fifo", 0, ATIME | MTIME);
    T(renameat(s, "fifo", d, "moved"));
    T(renameat(d, "sub", s, "inside"));
    T(renameat(d, "nonexist", d, "x"));
    T(renameat(d, "moved", d, "sub"));
    T(renameat(d, "moved/", d, "x"));
    T(renameat(d, "sub/.", d, "x"));
    T(mkdirat(d, "empty", 0700));
    T(renameat(d, "sub", d, "empty"));
    T(renameat(d, "empty", d, "sub"));
    T(mkdirat(d, "empty", 0700));
    T(renameat(d, "empty", s, "nested"));
    T(fchdir(d));
    T(setxattr("moved", "user.k", "value", 5, 0));
    T(setxattr("moved", "user.k", "value", 5, XATTR_CREATE));
    T(setxattr("moved", "user.j", "v", 1, XATTR_REPLACE));
    T(setxattr("moved", "bogus.k", "v", 1, 0));
    T(setxattr("moved", "trusted.k", "v", 1, 0));
    T(setxattr("moved", "", "v", 1, 0));
    T(setxattr("moved", "user.k", "v", 1, 8));
    T(lsetxattr("sub/sym", "user.k", "v", 1, 0));
    T(setxattr("sub/sym", "user.viasym", "w", 1, 0));
    char buf[256];
    T(getxattr("moved", "user.k", NULL, 0));
    T(getxattr("moved", "user.k", buf, 2));
    memset(buf, 0, sizeof buf);
    T(getxattr("moved", "user.k", buf, sizeof buf));
    printf("value %s\n", buf);
    T(getxattr("moved", "user.none", buf, sizeof buf));
    T(getxattr("moved", "trusted.k", buf, sizeof buf));
    T(lgetxattr("sub/sym", "user.k", buf, sizeof buf));
    T(getxattr("sub/reg", "user.viasym", buf, sizeof buf));
    T(listxattr("moved", NULL, 0));
    memset(buf, 0, sizeof buf);
    T(listxattr("moved", buf, sizeof buf));
    printf("list %s\n", buf);
    T(listxattr("moved", buf, 1));
    T(llistxattr("sub/sym", buf, sizeof buf));
    T(removexattr("moved", "user.k"));
    T(removexattr("moved", "user.k"));
    T(lremovexattr("sub/sym", "user.k"));
    struct statfs fs;
    T(statfs(".", &fs));
    printf("statfs type %lx namelen %ld rdonly %ld\n", (long) fs.f_type, (long) fs.f_namelen, (long) (fs.f_flags & 1));
    T(statfs("nope", &fs));
    T(truncate("moved", 3));
    stat_of(d, "moved", 0, ATIME);
    T(truncate("sub", 0));
    T(truncate("moved", -1));
    T(truncate("sub/sock", 0));
    T(unlinkat(d, "sub", 0));
    T(unlinkat(d, "sub", AT_REMOVEDIR));
    T(unlinkat(d, "sub/.", AT_REMOVEDIR));
    T(unlinkat(d, "sub/..", AT_REMOVEDIR));
    T(unlinkat(d, "hard/", 0));
    T(unlinkat(d, "hard", 1));
    T(unlinkat(d, "moved", AT_REMOVEDIR));
    T(unlinkat(d, "nope", 0));
    T(unlinkat(d, "hard", 0));
    T(unlinkat(s, "nested", AT_REMOVEDIR));
    T(mkdirat(d, "../../../../../../../../../../escaped", 0700));
    T(unlinkat(d, "../../../../../../../../../../escaped", AT_REMOVEDIR));
    return 0;
}

static int ro(const char *dir, const char *file) {
    int d = open(dir, O_RDONLY | O_DIRECTORY);
    T(d >= 0);
    T(mkdirat(d, "new", 0700));
    T(mknodat(d, "fifo", S_IFIFO | 0600, 0));
    T(symlinkat("x", d, "sym"));
    T(linkat(AT_FDCWD, file, d, "hard", 0));
    T(unlinkat(AT_FDCWD, file, 0));
    T(renameat(AT_FDCWD, file, d, "renamed"));
    T(unlinkat(d, "nope", 0));
    T(chmod(file, 0777));
    T(chown(file, 1, 1));
    T(utimes(file, NULL));
    T(truncate(file, 0));
    T(setxattr(file, "user.k", "v", 1, 0));
    T(removexattr(file, "user.k"));
    T(access(file, W_OK));
    int f = open(file, O_RDONLY);
    T(f >= 0);
    T(fchmod(f, 0777));
    T(fchown(f, 1, 1));
    T(ftruncate(f, 0));
    T(futimens(f, NULL));
    T(fsetxattr(f, "user.k", "v", 1, 0));
    T(fremovexattr(f, "user.k"));
    T(fchmodat(d, "", 0777, AT_EMPTY_PATH));
    T(syscall(452, f, "", 0777, AT_EMPTY_PATH));
    T(fchownat(f, "", 1, 1, AT_EMPTY_PATH));
    T(open(file, O_WRONLY) >= 0);
    struct statfs fs;
    T(statfs(dir, &fs));
    printf("statfs rdonly %ld\n", (long) (fs.f_flags & 1));
    return 0;
}

static int climb(const char *dir, const char *host) {
    char up[4096], f[4096], g[4096], n[4096];
    snprintf(up, sizeof up, "../../../../../../../../../../../..%s", host);
    snprintf(f, sizeof f, "%s/f", up);
    snprintf(g, sizeof g, "%s/g", up);
    snprintf(n, sizeof n, "%s/new", up);
    int d = open(dir, O_RDONLY | O_DIRECTORY);
    int rounds;
    for (rounds = 0; rounds < 2; rounds++) {
        /* first through the dirfd, then through the cwd */
        int base = rounds == 0 ? d : AT_FDCWD;
        if (rounds == 1) {
            T(fchdir(d));
        }
        T(mkdirat(base, n, 0777));
        T(mknodat(base, n, S_IFIFO | 0666, 0));
        T(symlinkat("x", base, n));
        T(linkat(base, f, base, g, 0));
        T(renameat(base, f, base, g));
        T(fchmodat(base, f, 0777, 0));
        T(fchownat(base, f, 1, 1, 0));
        T(utimensat(base, f, NULL, 0));
        T(unlinkat(base, f, 0));
        T(openat(base, f, O_RDONLY) >= 0);
    }
    /* A mount the host serves (the /dev tmpfs) reached from a dirfd on a bind mount. */
    T(mkdirat(d, "../dev/climbed", 0700));
    T(faccessat(AT_FDCWD, "/dev/climbed", F_OK, 0));
    T(openat(d, "../dev/null", O_WRONLY) >= 0);
    T(unlinkat(d, "../dev/climbed", AT_REMOVEDIR));
    T(truncate(f, 0));
    T(setxattr(f, "user.k", "v", 1, 0));
    T(removexattr(f, "user.k"));
    T(utimes(f, NULL));
    T(chmod(f, 0777));
    return 0;
}

int main(int argc, char **argv) {
    if (argc == 3 && strcmp(argv[1], "at") == 0) {
        return at(argv[2]);
    }
    if (argc == 4 && strcmp(argv[1], "ro") == 0) {
        return ro(argv[2], argv[3]);
    }
    if (argc == 4 && strcmp(argv[1], "climb") == 0) {
        return climb(argv[2], argv[3]);
    }
    fprintf(stderr, "usage: vfs_calls at DIR | ro DIR FILE | climb DIR HOST\n");
    return 2;
}
