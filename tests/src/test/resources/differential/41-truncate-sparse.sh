# Truncation and sparse files: sizes, holes read as zeros.
echo 0123456789 > f
truncate -s 4 f
cat f; echo
truncate -s 1M f
stat -c %s f
tail -c 3 f | od -An -tx1
dd if=/dev/zero of=s bs=1 count=1 seek=99999 2>/dev/null
stat -c %s s
printf abc | dd of=f bs=1 seek=2 conv=notrunc 2>/dev/null
head -c 6 f | od -An -c
