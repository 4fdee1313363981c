# Root reads and writes despite mode bits, but execute needs an x bit.
echo secret > f
chmod 000 f
cat f
echo more >> f
cat f
printf '#!/bin/sh\necho ran\n' > s
chmod 644 s
./s
echo "noexec: $?"
chmod 100 s
./s
[ -r f ] && echo readable
[ -x f ] || echo "not executable"
