# /dev/null swallows and gives EOF; /dev/zero gives zeros; /dev/full refuses writes.
echo gone > /dev/null
cat /dev/null | wc -c
head -c 16 /dev/zero | od -An -tx1
dd if=/dev/zero bs=4096 count=256 2>/dev/null | wc -c
stat -c '%F %t:%T' /dev/null /dev/zero
echo x > /dev/full
echo "full: $?"
head -c 100 /dev/urandom | wc -c
[ -c /dev/tty ] && echo "tty is a char device"
