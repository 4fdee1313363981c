# Executing scripts: shebangs, arguments, missing interpreters.
printf '#!/bin/sh\necho "args: $# $1 $2"\necho "0: $0"\n' > s
chmod 755 s
./s one two
sh s three
printf '#!/nonexistent\n' > bad
chmod 755 bad
./bad
echo "bad interp: $?"
printf '#!/bin/sh -e\nfalse\necho unreachable\n' > e
chmod 755 e
./e
echo "with -e: $?"
