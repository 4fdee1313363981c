# mknod: devices need CAP_MKNOD (not in the default set); fifos do not.
mknod c c 1 3
echo "char: $?"
mknod p p
echo "fifo: $?"
stat -c %F p
mkfifo -m 600 q
stat -c '%F %a' q
[ -e c ] || echo "no device made"
