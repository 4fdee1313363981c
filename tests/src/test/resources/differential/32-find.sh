# find by name, type, size, depth and with -exec.
mkdir -p a/b/c
touch a/x.txt a/b/y.txt a/b/c/z.log
ln -s x.txt a/link
dd if=/dev/zero of=a/big bs=1k count=10 2>/dev/null
find . | sort
find . -name '*.txt' | sort
find . -type l
find . -type d | sort
find . -size +5k
find . -maxdepth 2 -type f | sort
find . -mindepth 3 | sort
find a -name '*.log' -exec echo found {} \;
find . -empty -type f | sort
